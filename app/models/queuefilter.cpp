#include "queuefilter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ioc::models {

bool QueueFilter::isEmpty() const
{
    return states.isEmpty() && categoryIds.isEmpty() && areaIds.isEmpty() && agencyIds.isEmpty() &&
           notAgencyIds.isEmpty() && channels.isEmpty() && !urgentOnly && !overdueOnly && dueWithinSeconds < 0 &&
           !conflictsOnly && hidden == HiddenFilter::Include && !receivedFrom.isValid() && !receivedTo.isValid() &&
           !searchIds && !onlyIds;
}

QList<SavedView> allSavedViews()
{
    return {SavedView::All,           SavedView::ToVerify,  SavedView::ToDistribute,
            SavedView::DueWithinHour, SavedView::Overdue,   SavedView::Urgent,
            SavedView::Returned,      SavedView::Conflicts, SavedView::Hidden};
}

QList<SavedView> agencySavedViews()
{
    return {SavedView::All,
            SavedView::ToAccept,
            SavedView::AgencyLead,
            SavedView::ToApprove,
            SavedView::AgencyCoordinating,
            SavedView::AgencyUpperLevel,
            SavedView::DueWithinHour,
            SavedView::Overdue,
            SavedView::Urgent,
            SavedView::Conflicts};
}

QString savedViewName(SavedView view)
{
    switch (view) {
    case SavedView::All:
        return u"all"_s;
    case SavedView::ToVerify:
        return u"to_verify"_s;
    case SavedView::ToDistribute:
        return u"to_distribute"_s;
    case SavedView::DueWithinHour:
        return u"due_within_hour"_s;
    case SavedView::Overdue:
        return u"overdue"_s;
    case SavedView::Urgent:
        return u"urgent"_s;
    case SavedView::Returned:
        return u"returned"_s;
    case SavedView::Conflicts:
        return u"conflicts"_s;
    case SavedView::Hidden:
        return u"hidden"_s;
    case SavedView::ToAccept:
        return u"to_accept"_s;
    case SavedView::AgencyLead:
        return u"agency_lead"_s;
    case SavedView::AgencyCoordinating:
        return u"agency_coordinating"_s;
    case SavedView::AgencyUpperLevel:
        return u"agency_upper_level"_s;
    case SavedView::ToApprove:
        return u"to_approve"_s;
    }
    return {};
}

std::optional<SavedView> savedViewFromName(QStringView name)
{
    for (SavedView view : allSavedViews() + agencySavedViews()) {
        if (savedViewName(view) == name) {
            return view;
        }
    }
    return std::nullopt;
}

QString savedViewLabel(SavedView view)
{
    switch (view) {
    case SavedView::All:
        return QCoreApplication::translate("ioc::models::SavedView", "All reports");
    case SavedView::ToVerify:
        return QCoreApplication::translate("ioc::models::SavedView", "To verify");
    case SavedView::ToDistribute:
        return QCoreApplication::translate("ioc::models::SavedView", "To distribute");
    case SavedView::DueWithinHour:
        return QCoreApplication::translate("ioc::models::SavedView", "Due within 1 hour");
    case SavedView::Overdue:
        return QCoreApplication::translate("ioc::models::SavedView", "Overdue");
    case SavedView::Urgent:
        return QCoreApplication::translate("ioc::models::SavedView", "Urgent");
    case SavedView::Returned:
        return QCoreApplication::translate("ioc::models::SavedView", "Returned by agencies");
    case SavedView::Conflicts:
        return QCoreApplication::translate("ioc::models::SavedView", "Conflicts");
    case SavedView::Hidden:
        return QCoreApplication::translate("ioc::models::SavedView", "Hidden");
    case SavedView::ToAccept:
        return QCoreApplication::translate("ioc::models::SavedView", "To accept");
    case SavedView::AgencyLead:
        return QCoreApplication::translate("ioc::models::SavedView", "Led by my agency");
    case SavedView::AgencyCoordinating:
        return QCoreApplication::translate("ioc::models::SavedView", "Coordinating");
    case SavedView::AgencyUpperLevel:
        return QCoreApplication::translate("ioc::models::SavedView", "Following as upper level");
    case SavedView::ToApprove:
        return QCoreApplication::translate("ioc::models::SavedView", "To approve");
    }
    return {};
}

QueueFilter filterOf(SavedView view, const QString &agencyId, const QStringList &subordinates)
{
    using core::ReportState;
    QueueFilter filter;
    switch (view) {
    case SavedView::All:
        break;
    case SavedView::ToVerify:
        filter.states = {ReportState::Received, ReportState::IdentityCheck};
        filter.hidden = HiddenFilter::Exclude;
        break;
    case SavedView::ToDistribute:
        filter.states = {ReportState::Verified};
        filter.hidden = HiddenFilter::Exclude;
        break;
    case SavedView::DueWithinHour:
        filter.dueWithinSeconds = 3600;
        break;
    case SavedView::Overdue:
        filter.overdueOnly = true;
        break;
    case SavedView::Urgent:
        filter.urgentOnly = true;
        break;
    case SavedView::Returned:
        filter.states = {ReportState::Returned};
        break;
    case SavedView::Conflicts:
        filter.conflictsOnly = true;
        break;
    case SavedView::Hidden:
        filter.hidden = HiddenFilter::Only;
        break;
    case SavedView::ToAccept:
        filter.states = {ReportState::Distributed};
        filter.agencyIds = {agencyId};
        break;
    case SavedView::AgencyLead:
        filter.agencyIds = {agencyId};
        break;
    case SavedView::AgencyCoordinating:
        // Neither led by it nor by an agency it is the upper level of.
        filter.notAgencyIds = QSet<QString>(subordinates.cbegin(), subordinates.cend());
        filter.notAgencyIds.insert(agencyId);
        break;
    case SavedView::AgencyUpperLevel:
        filter.agencyIds = QSet<QString>(subordinates.cbegin(), subordinates.cend());
        if (filter.agencyIds.isEmpty()) {
            filter.onlyIds = QSet<QString>(); // an agency with none below it follows nothing
        }
        break;
    case SavedView::ToApprove:
        filter.states = {ReportState::AwaitingApproval};
        filter.agencyIds = {agencyId};
        break;
    }
    return filter;
}

} // namespace ioc::models

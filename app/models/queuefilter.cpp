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
    return {SavedView::All,       SavedView::ToAccept,      SavedView::AgencyLead, SavedView::AgencyInvolved,
            SavedView::ToApprove, SavedView::DueWithinHour, SavedView::Overdue,    SavedView::Urgent,
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
    case SavedView::AgencyInvolved:
        return u"agency_involved"_s;
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
    case SavedView::AgencyInvolved:
        return QCoreApplication::translate("ioc::models::SavedView", "Coordinating or following");
    case SavedView::ToApprove:
        return QCoreApplication::translate("ioc::models::SavedView", "To approve");
    }
    return {};
}

QueueFilter filterOf(SavedView view, const QString &agencyId)
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
    case SavedView::AgencyInvolved:
        filter.notAgencyIds = {agencyId};
        break;
    case SavedView::ToApprove:
        filter.states = {ReportState::AwaitingApproval};
        filter.agencyIds = {agencyId};
        break;
    }
    return filter;
}

} // namespace ioc::models

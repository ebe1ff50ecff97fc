#include "core/visibility.h"

namespace ioc::core {

QStringList agenciesSeeing(const Report &report, const Directory &directory)
{
    QStringList agencies;
    const auto add = [&agencies](const QString &id) {
        if (!id.isEmpty() && !agencies.contains(id)) {
            agencies.append(id);
        }
    };
    add(report.leadAgencyId);
    for (const QString &id : report.coordinatingAgencyIds) {
        add(id);
    }
    add(report.coordinatorAgencyId);
    if (!report.leadAgencyId.isEmpty()) {
        for (const QString &id : directory.upperLevelAgencies(report.leadAgencyId)) {
            add(id);
        }
    }
    return agencies;
}

ReportAccess reportAccess(const Actor &actor, const Report &report, const Directory &directory)
{
    switch (actor.role) {
    case Role::DutyOfficer:
    case Role::Supervisor:
    case Role::System:
        return {true, true};
    case Role::Admin:
        return {false, false};
    case Role::ConnectedSystem:
        // Only the reports it filed, which the server knows from their creation event (the
        // server's `ReportService::filedBy`), never with identity.
        return {false, false};
    case Role::AgencyStaff:
    case Role::AgencyLeader: {
        const bool sees = !actor.agencyId.isEmpty() && agenciesSeeing(report, directory).contains(actor.agencyId);
        return {sees, sees && report.consents.shareWithAgency};
    }
    case Role::Citizen: {
        if (!report.reporter.accountId.isEmpty() && report.reporter.accountId == actor.userId) {
            return {true, true};
        }
        const bool publicReport = report.state == ReportState::Published && report.isPublic && !report.hidden &&
                                  !report.confidentialPublication;
        return {publicReport, publicReport && report.consents.publishIdentity};
    }
    }
    return {};
}

bool isOnPublicTimeline(const Report &report)
{
    if (!report.isPublic || report.hidden || report.confidentialPublication || report.consents.confidentialResult) {
        return false;
    }
    switch (report.state) {
    case ReportState::Received:
    case ReportState::IdentityCheck:
    case ReportState::AwaitingSupplement:
    case ReportState::Rejected:
    case ReportState::Cancelled:
        return false;
    default:
        return true;
    }
}

} // namespace ioc::core

#include "core/publication.h"
#include "core/reportjson.h"
#include "core/visibility.h"
#include "referencestore.h"
#include "reportservice.h"

#include <QJsonArray>

// What each reader sees of a report.
namespace ioc::server {

namespace {

// The fields of a report its citizen may read.
const QStringList citizenFields{QStringLiteral("id"),
                                QStringLiteral("code"),
                                QStringLiteral("version"),
                                QStringLiteral("state"),
                                QStringLiteral("title"),
                                QStringLiteral("content"),
                                QStringLiteral("category_id"),
                                QStringLiteral("position"),
                                QStringLiteral("captured_at"),
                                QStringLiteral("received_at"),
                                QStringLiteral("channel"),
                                QStringLiteral("urgent"),
                                QStringLiteral("public"),
                                QStringLiteral("reporter"),
                                QStringLiteral("consents"),
                                QStringLiteral("media"),
                                QStringLiteral("reject_reasons"),
                                QStringLiteral("reply_text"),
                                QStringLiteral("supplement_request"),
                                QStringLiteral("commitment_text"),
                                QStringLiteral("public_text"),
                                QStringLiteral("rating"),
                                QStringLiteral("interactions")};

} // namespace

QJsonObject ReportService::view(const core::Report &report, const core::Actor &actor, bool withEvents) const
{
    const core::ReportAccess access = core::reportAccess(actor, report, m_reference.directory());
    QJsonObject object = core::json::fromReport(report, access.identity ? core::json::Identity::Include
                                                                        : core::json::Identity::Withhold);
    const bool citizen = actor.role == core::Role::Citizen;
    if (citizen) {
        QJsonObject filtered;
        for (const QString &field : citizenFields) {
            if (object.contains(field)) {
                filtered.insert(field, object.value(field));
            }
        }
        if (report.state != core::ReportState::Published) {
            filtered.remove(QStringLiteral("public_text"));
        }
        // The reply addressed by name is the reporter's own; others read the public text only.
        if (report.reporter.accountId.isEmpty() || report.reporter.accountId != actor.userId) {
            filtered.remove(QStringLiteral("reply_text"));
        }
        object = filtered;
    }
    if (withEvents) {
        QJsonArray events;
        for (const core::ReportEvent &event : this->events(report.id)) {
            if (citizen) {
                if (!core::publication::isOnCitizenTimeline(event.action)) {
                    continue;
                }
                events.append(
                    QJsonObject{{QStringLiteral("action"), event.action},
                                {QStringLiteral("at"), core::json::fromEvent(event).value(QStringLiteral("acted_at"))},
                                {QStringLiteral("state"), core::reportStateName(event.toState)}});
            } else {
                events.append(core::json::fromEvent(event));
            }
        }
        object.insert(QStringLiteral("events"), events);
    }
    return object;
}

} // namespace ioc::server

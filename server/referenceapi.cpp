#include "apiserver.h"
#include "core/calendarfile.h"
#include "core/crashpoint.h"
#include "core/reportjson.h"

#include <QJsonArray>
#include <QJsonDocument>

// /v1/calendar, /v1/sla-policy, /v1/areas, /v1/agencies, /v1/categories
namespace ioc::server {

namespace {

// Stores a reference change with its change-feed entry and audit record.
ApiResult commitReference(Call &call, const QString &kind, const QString &id, const QJsonObject &data, bool document)
{
    QString problem;
    Services &s = call.services;
    const bool committed = s.database.transaction(
        [&] {
            const bool stored = document ? s.reference.storeDocument(kind, data, &problem)
                                         : s.reference.store(kind, id, data, &problem);
            if (!stored) {
                return false;
            }
            s.feed.record(kind, id);
            const bool audited = s.audit.append({call.actor().userId,
                                                 core::roleName(call.actor().role),
                                                 QStringLiteral("update"),
                                                 kind,
                                                 id,
                                                 s.clock.now(),
                                                 s.clock.now(),
                                                 {},
                                                 data},
                                                s.clock.now(), &problem);
            IOC_CRASH_POINT("server.reference.before_commit");
            return audited;
        },
        &problem);
    if (committed) {
        // Committed, not yet loaded here nor announced: every instance (this one restarted
        // included) still judges with it, through the reference generation.
        IOC_CRASH_POINT("server.reference.after_commit");
    }
    if (!committed || !s.reference.reload(&problem)) {
        qWarning("ioc-server: cannot store %s %s: %s", qPrintable(kind), qPrintable(id), qPrintable(problem));
        return error(500, QStringLiteral("internal_error"));
    }
    s.announceChanges();
    return ok(data);
}

void getCalendar(Call &call)
{
    call.respond(ok(core::calendarfile::toJson(call.services.reference.calendar())));
}

void putCalendar(Call &call)
{
    QString problem;
    const auto calendar = core::calendarfile::parse(call.request.body, &problem);
    if (!calendar) {
        ApiResult result = error(400, QStringLiteral("invalid_document"));
        result.body[QStringLiteral("error")] = QJsonObject{{QStringLiteral("code"), QStringLiteral("invalid_document")},
                                                           {QStringLiteral("message"), problem},
                                                           {QStringLiteral("message_en"), problem}};
        call.respond(result);
        return;
    }
    call.respond(commitReference(call, QStringLiteral("calendar"), QStringLiteral("calendar"),
                                 core::calendarfile::toJson(*calendar), true));
}

void getPolicy(Call &call)
{
    call.respond(ok(call.services.reference.policy().toJson()));
}

void putPolicy(Call &call)
{
    QString problem;
    const auto policy = core::SlaPolicy::fromJson(call.request.body, &problem);
    if (!policy) {
        ApiResult result = error(400, QStringLiteral("invalid_document"));
        result.body[QStringLiteral("error")] = QJsonObject{{QStringLiteral("code"), QStringLiteral("invalid_document")},
                                                           {QStringLiteral("message"), problem},
                                                           {QStringLiteral("message_en"), problem}};
        call.respond(result);
        return;
    }
    call.respond(
        commitReference(call, QStringLiteral("sla_policy"), QStringLiteral("sla_policy"), policy->toJson(), true));
}

std::function<void(Call &)> listOf(const QString &kind)
{
    return [kind](Call &call) {
        QJsonArray items;
        for (const QJsonObject &item : call.services.reference.entities(kind)) {
            items.append(item);
        }
        call.respond(ok({{QStringLiteral("items"), items}}));
    };
}

// PUT /v1/<kind>s/{id}: validated by the same codec the clients use.
std::function<void(Call &)> putOf(const QString &kind)
{
    return [kind](Call &call) {
        auto body = call.jsonBody();
        if (!body) {
            return;
        }
        body->insert(QStringLiteral("id"), call.params.value(QStringLiteral("id")));
        core::WorkflowError problem;
        QJsonObject normalised;
        if (kind == QStringLiteral("area")) {
            const auto area = core::json::toArea(*body);
            problem = area.error();
            normalised = area.ok() ? core::json::fromArea(area.value()) : QJsonObject();
        } else if (kind == QStringLiteral("agency")) {
            const auto agency = core::json::toAgency(*body);
            problem = agency.error();
            normalised = agency.ok() ? core::json::fromAgency(agency.value()) : QJsonObject();
        } else {
            const auto category = core::json::toCategory(*body);
            problem = category.error();
            normalised = category.ok() ? core::json::fromCategory(category.value()) : QJsonObject();
        }
        if (problem.isError()) {
            call.respond(workflowError(problem));
            return;
        }
        call.respond(commitReference(call, kind, call.params.value(QStringLiteral("id")), normalised, false));
    };
}

} // namespace

void addReferenceRoutes(QList<Route> &routes)
{
    const QList<core::Role> admin{core::Role::Admin};
    routes.append({"GET", QStringLiteral("/v1/calendar"), true, {}, getCalendar});
    routes.append({"PUT", QStringLiteral("/v1/calendar"), true, admin, putCalendar});
    routes.append({"GET", QStringLiteral("/v1/sla-policy"), true, {}, getPolicy});
    routes.append({"PUT", QStringLiteral("/v1/sla-policy"), true, admin, putPolicy});
    for (const char *kind : {"area", "agency", "category"}) {
        const QString name = QString::fromLatin1(kind);
        const QString plural = name == QStringLiteral("agency")     ? QStringLiteral("agencies")
                               : name == QStringLiteral("category") ? QStringLiteral("categories")
                                                                    : QStringLiteral("areas");
        routes.append({"GET", QStringLiteral("/v1/") + plural, true, {}, listOf(name)});
        routes.append({"PUT", QStringLiteral("/v1/%1/{id}").arg(plural), true, admin, putOf(name)});
    }
}

} // namespace ioc::server

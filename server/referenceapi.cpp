#include "apiserver.h"
#include "core/calendarfile.h"
#include "core/crashpoint.h"
#include "core/reportjson.h"
#include "livechannel.h"
#include "passwords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

// /v1/calendar, /v1/sla-policy, /v1/areas, /v1/agencies, /v1/categories, /v1/users
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

void listUsers(Call &call)
{
    QJsonArray items;
    for (const core::User &user : call.services.users.users()) {
        items.append(core::json::fromUser(user));
    }
    call.respond(ok({{QStringLiteral("items"), items}}));
}

void addUser(Call &call)
{
    const auto body = call.jsonBody();
    if (!body) {
        return;
    }
    auto user =
        core::json::toUser(QJsonObject{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                       {QStringLiteral("username"), body->value(QStringLiteral("username"))},
                                       {QStringLiteral("display_name"), body->value(QStringLiteral("display_name"))},
                                       {QStringLiteral("role"), body->value(QStringLiteral("role"))},
                                       {QStringLiteral("agency_id"), body->value(QStringLiteral("agency_id"))}});
    const QString password = body->value(QStringLiteral("password")).toString();
    if (!user.ok()) {
        call.respond(workflowError(user.error()));
        return;
    }
    if (password.size() < 8) {
        call.respond(error(400, QStringLiteral("invalid_value"), QStringLiteral("password")));
        return;
    }
    if (call.services.users.userByName(user.value().username)) {
        call.respond(error(409, QStringLiteral("username_taken")));
        return;
    }
    auto responder = std::make_shared<Responder>(std::move(call.responder));
    Services *services = &call.services;
    const core::User created = user.value();
    const core::Actor actor = call.actor();
    const int iterations = services->passwordIterations;
    QtConcurrent::run([password, iterations] {
        return passwords::hash(password.toUtf8(), iterations);
    }).then(&services->live, [services, responder, created, actor](const QString &hash) {
        static const HttpRequest none;
        Call done{none, {}, std::nullopt, *services, std::move(*responder)};
        QString problem;
        const bool committed = services->database.transaction(
            [&] {
                if (!services->users.addUser(created, hash, &problem)) {
                    return false;
                }
                services->feed.record(QStringLiteral("user"), created.id);
                return services->audit.append({actor.userId,
                                               core::roleName(actor.role),
                                               QStringLiteral("add_user"),
                                               QStringLiteral("user"),
                                               created.id,
                                               services->clock.now(),
                                               services->clock.now(),
                                               {},
                                               core::json::fromUser(created)},
                                              services->clock.now(), &problem);
            },
            &problem);
        done.respond(committed ? ok({{QStringLiteral("user"), core::json::fromUser(created)}}, 201)
                               : error(409, QStringLiteral("username_taken")));
        if (committed) {
            services->announceChanges();
        }
    });
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
    routes.append({"GET", QStringLiteral("/v1/users"), true, staffRoles(), listUsers});
    routes.append({"POST", QStringLiteral("/v1/users"), true, admin, addUser});
}

} // namespace ioc::server

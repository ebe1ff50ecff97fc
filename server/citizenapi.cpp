#include "apiserver.h"
#include "core/reportjson.h"
#include "livechannel.h"
#include "passwords.h"

#include <QJsonArray>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

// /v1/citizen/…: what the app, the portal and the simulator use.
namespace ioc::server {

namespace {

const QStringList citizenActions{QStringLiteral("supplement"), QStringLiteral("cancel"), QStringLiteral("rate"),
                                 QStringLiteral("interact")};

void registerAccount(Call &call)
{
    if (!call.services.ready) {
        call.respond(error(503, QStringLiteral("not_ready")));
        return;
    }
    const auto body = call.jsonBody();
    if (!body) {
        return;
    }
    const QString username = body->value(QStringLiteral("username")).toString().trimmed();
    const QString displayName = body->value(QStringLiteral("display_name")).toString().trimmed();
    const QString password = body->value(QStringLiteral("password")).toString();
    if (username.size() < 3 || username.size() > 64) {
        call.respond(error(400, QStringLiteral("invalid_value"), QStringLiteral("username")));
        return;
    }
    if (password.size() < 8) {
        call.respond(error(400, QStringLiteral("invalid_value"), QStringLiteral("password")));
        return;
    }
    // 409 below tells whether a name is taken (docs/security.md); counting registrations per
    // address keeps that from listing accounts at scale.
    if (const qint64 wait = call.services.users.reserveRegistration(call.clientAddress()); wait > 0) {
        ApiResult result = error(429, QStringLiteral("too_many_registrations"));
        result.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", QByteArray::number(wait)));
        call.respond(result);
        return;
    }
    if (call.services.users.userByName(username)) {
        call.respond(error(409, QStringLiteral("username_taken")));
        return;
    }
    core::User user{QUuid::createUuid().toString(QUuid::WithoutBraces),
                    username,
                    displayName.isEmpty() ? username : displayName,
                    core::Role::Citizen,
                    {},
                    true};
    auto responder = std::make_shared<Responder>(std::move(call.responder));
    Services *services = &call.services;
    const int iterations = services->passwordIterations;
    QtConcurrent::run([password, iterations] {
        return passwords::hash(password.toUtf8(), iterations);
    }).then(&services->live, [services, responder, user](const QString &hash) {
        static const HttpRequest none;
        Call done{none, {}, std::nullopt, *services, std::move(*responder)};
        QString problem;
        if (!services->users.addUser(user, hash, &problem)) {
            done.respond(error(409, QStringLiteral("username_taken")));
            return;
        }
        done.respond(ok({{QStringLiteral("user"), core::json::fromUser(user)}}, 201));
    });
}

void myReports(Call &call)
{
    QJsonArray items;
    for (const core::Report &report : call.services.reports.reportsOfAccount(call.actor().userId)) {
        items.append(call.services.reports.view(report, call.actor(), false));
    }
    call.respond(ok({{QStringLiteral("items"), items}}));
}

void createOwn(Call &call)
{
    call.respond(call.services.reports.create(call.actor(), call.request.body,
                                              QString::fromLatin1(call.request.header("idempotency-key"))));
}

void getOwn(Call &call)
{
    call.respond(call.services.reports.get(call.actor(), call.params.value(QStringLiteral("id"))));
}

void actOwn(Call &call)
{
    const auto body = call.jsonBody();
    if (!body) {
        return;
    }
    if (!citizenActions.contains(body->value(QStringLiteral("action")).toString())) {
        call.respond(workflowError(core::WorkflowError(QStringLiteral("role_not_allowed"))));
        return;
    }
    call.respond(call.services.reports.act(call.actor(), call.params.value(QStringLiteral("id")), call.request.body,
                                           call.request.header("if-match"),
                                           QString::fromLatin1(call.request.header("idempotency-key"))));
}

} // namespace

void addCitizenRoutes(QList<Route> &routes)
{
    const QList<core::Role> citizen{core::Role::Citizen};
    routes.append({"POST", QStringLiteral("/v1/citizen/accounts"), false, {}, registerAccount});
    routes.append({"GET", QStringLiteral("/v1/citizen/reports"), true, citizen, myReports});
    routes.append({"POST", QStringLiteral("/v1/citizen/reports"), true, citizen, createOwn});
    routes.append({"GET", QStringLiteral("/v1/citizen/reports/{id}"), true, citizen, getOwn});
    routes.append({"POST", QStringLiteral("/v1/citizen/reports/{id}/actions"), true, citizen, actOwn});
}

} // namespace ioc::server

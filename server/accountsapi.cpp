#include "apiserver.h"
#include "core/sanctions.h"
#include "core/vntime.h"
#include "livechannel.h"

#include <QJsonArray>

// /v1/accounts/{id}: citizen accounts' sanctions (Điều 14.1).
namespace ioc::server {

namespace {

QJsonObject statusJson(const core::AccountStatus &status, const QDateTime &now)
{
    return core::accountStatusToJson(status, now);
}

std::optional<core::User> citizenAccount(Call &call)
{
    const auto user = call.services.users.user(call.params.value(QStringLiteral("id")));
    if (!user || user->role != core::Role::Citizen) {
        call.respond(error(404, QStringLiteral("account_not_found")));
        return std::nullopt;
    }
    return user;
}

void getStatus(Call &call)
{
    const auto user = citizenAccount(call);
    if (!user) {
        return;
    }
    call.respond(ok(
        {{QStringLiteral("account"), statusJson(call.services.accounts.status(user->id), call.services.clock.now())}}));
}

void act(Call &call)
{
    const auto user = citizenAccount(call);
    if (!user) {
        return;
    }
    const auto body = call.jsonBody();
    if (!body) {
        return;
    }
    const auto action = core::accountActionFromName(body->value(QStringLiteral("action")).toString());
    if (!action) {
        call.respond(workflowError(core::WorkflowError(QStringLiteral("unknown_action"), QStringLiteral("action"))));
        return;
    }
    Services &s = call.services;
    const QDateTime now = s.clock.now();
    const core::AccountStatus before = s.accounts.status(user->id);
    const auto after =
        core::applyAccountAction(before, call.actor(), *action, body->value(QStringLiteral("payload")).toObject(), now);
    if (!after.ok()) {
        call.respond(workflowError(after.error()));
        return;
    }
    QString problem;
    const bool committed = s.database.transaction(
        [&] {
            return s.accounts.save(user->id, after.value()) &&
                   s.audit.append({call.actor().userId, core::roleName(call.actor().role),
                                   core::accountActionName(*action), QStringLiteral("account"), user->id, now, now,
                                   statusJson(before, now), statusJson(after.value(), now)},
                                  now, &problem);
        },
        &problem);
    call.respond(committed ? ok({{QStringLiteral("account"), statusJson(after.value(), now)}})
                           : error(500, QStringLiteral("internal_error")));
}

} // namespace

void addAccountRoutes(QList<Route> &routes)
{
    const QList<core::Role> ioc{core::Role::DutyOfficer, core::Role::Supervisor};
    routes.append({"GET", QStringLiteral("/v1/accounts/{id}"), true, ioc, getStatus});
    routes.append({"POST", QStringLiteral("/v1/accounts/{id}/actions"), true, ioc, act});
}

} // namespace ioc::server

#include "apiserver.h"
#include "core/reportjson.h"
#include "core/totp.h"
#include "core/vntime.h"
#include "livechannel.h"
#include "passwords.h"
#include "useradmin.h"

#include <QJsonArray>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

// /v1/users: the accounts list, and account administration for the admin role (the same rules
// as `ioc-admin server user`, server/useradmin.h).
namespace ioc::server {

namespace {

UserAdmin administration(Services &s)
{
    return UserAdmin(s.database, s.users, s.feed, s.audit, &s.reference, s.clock);
}

ApiResult refused(const AccountRefusal &refusal)
{
    if (refusal.code == QStringLiteral("unknown_agency")) {
        return workflowError(core::WorkflowError(refusal.code, refusal.field)); // the rules' own message
    }
    return error(refusal.status, refusal.code, refusal.field);
}

void listUsers(Call &call)
{
    // Citizens' accounts name reporters, whose identity leaves the server only on an audited
    // reveal (PRODUCT.md §17): administrators, who manage the accounts, get them; everyone else
    // gets the staff, and a console names a citizen in a timeline by role.
    const bool withCitizens = call.actor().role == core::Role::Admin;
    QJsonArray items;
    for (const core::User &user : call.services.users.users()) {
        if (user.role != core::Role::Citizen || withCitizens) {
            items.append(core::json::fromUser(user));
        }
    }
    call.respond(ok({{QStringLiteral("items"), items}}));
}

// Hashes a password off the request thread, then runs `then` with the hash on this one.
void withHash(Call &call, const QString &password, std::function<ApiResult(const QString &hash)> then)
{
    auto responder = std::make_shared<Responder>(std::move(call.responder));
    Services *services = &call.services;
    const int iterations = services->passwordIterations;
    QtConcurrent::run([password, iterations] {
        return passwords::hash(password.toUtf8(), iterations);
    }).then(&services->live, [services, responder, then = std::move(then)](const QString &hash) {
        static const HttpRequest none;
        Call done{none, {}, std::nullopt, *services, std::move(*responder)};
        const ApiResult result = then(hash);
        done.respond(result);
        if (result.status < 300) {
            services->announceChanges();
        }
    });
}

// A new account from a request's body: a fresh id, the names and agency given, `role`.
core::Result<core::User> newUser(const QJsonObject &body, const QJsonValue &role)
{
    return core::json::toUser(QJsonObject{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                          {QStringLiteral("username"), body.value(QStringLiteral("username"))},
                                          {QStringLiteral("display_name"), body.value(QStringLiteral("display_name"))},
                                          {QStringLiteral("role"), role},
                                          {QStringLiteral("agency_id"), body.value(QStringLiteral("agency_id"))}});
}

void addUser(Call &call)
{
    const auto body = call.jsonBody();
    if (!body) {
        return;
    }
    const auto user = newUser(*body, body->value(QStringLiteral("role")));
    if (!user.ok()) {
        call.respond(workflowError(user.error()));
        return;
    }
    const QString password = body->value(QStringLiteral("password")).toString();
    if (const auto refusal = administration(call.services).checkNew(user.value(), password)) {
        call.respond(refused(*refusal));
        return;
    }
    const core::User created = user.value();
    const core::Actor actor = call.actor();
    Services *services = &call.services;
    withHash(call, password, [services, created, actor](const QString &hash) {
        if (const auto refusal = administration(*services).add(created, hash, actor)) {
            return refused(*refusal); // another request took the name meanwhile
        }
        return ok({{QStringLiteral("user"), core::json::fromUser(created)}}, 201);
    });
}

// set_password {password}, deactivate, reactivate, revoke_sessions, totp_enrol (answers the
// otpauth URI, the secret and the recovery codes, once), totp_remove.
void actOnUser(Call &call)
{
    const auto body = call.jsonBody();
    if (!body) {
        return;
    }
    UserAdmin admin = administration(call.services);
    const auto user = call.services.users.user(call.params.value(QStringLiteral("id")));
    if (!user) {
        call.respond(error(404, QStringLiteral("user_not_found")));
        return;
    }
    const QString action = body->value(QStringLiteral("action")).toString();
    const core::Actor actor = call.actor();
    std::optional<AccountRefusal> refusal;
    if (action == QStringLiteral("set_password")) {
        const QString password = body->value(QStringLiteral("password")).toString();
        if (const auto weak = UserAdmin::checkPassword(password)) {
            call.respond(refused(*weak));
            return;
        }
        Services *services = &call.services;
        const core::User target = *user;
        withHash(call, password, [services, target, actor](const QString &hash) {
            if (const auto problem = administration(*services).setPassword(target, hash, actor)) {
                return refused(*problem);
            }
            return ok({{QStringLiteral("user"), core::json::fromUser(target)}});
        });
        return;
    }
    int ended = 0;
    if (action == QStringLiteral("deactivate") || action == QStringLiteral("reactivate")) {
        refusal = admin.setActive(*user, action == QStringLiteral("reactivate"), actor);
    } else if (action == QStringLiteral("revoke_sessions")) {
        refusal = admin.revokeSessions(*user, actor, &ended);
    } else if (action == QStringLiteral("totp_enrol")) {
        TotpStore::Enrolment enrolment;
        if (const auto problem = admin.enrolTotp(*user, call.services.totp, actor, &enrolment)) {
            call.respond(refused(*problem));
            return;
        }
        call.respond(ok({{QStringLiteral("user"), core::json::fromUser(*user)},
                         {QStringLiteral("otpauth_uri"), UserAdmin::totpUri(*user, enrolment.secret)},
                         {QStringLiteral("secret"), core::totp::toBase32(enrolment.secret)},
                         {QStringLiteral("recovery_codes"), QJsonArray::fromStringList(enrolment.recoveryCodes)}}));
        return;
    } else if (action == QStringLiteral("totp_remove")) {
        refusal = admin.removeTotp(*user, call.services.totp, actor);
    } else {
        call.respond(error(400, QStringLiteral("unknown_action"), QStringLiteral("action")));
        return;
    }
    if (refusal) {
        call.respond(refused(*refusal));
        return;
    }
    call.services.announceChanges();
    const auto after = call.services.users.user(user->id);
    QJsonObject answer{{QStringLiteral("user"), core::json::fromUser(after.value_or(*user))}};
    if (action == QStringLiteral("revoke_sessions")) {
        answer.insert(QStringLiteral("sessions_ended"), ended);
    }
    call.respond(ok(answer));
}

// /v1/systems: connected systems of the Open311 interface (docs/open311.md) and their API keys,
// the same rules as `ioc-admin server system`. A key is answered once, when it is made.
QJsonObject systemJson(Services &s, const core::User &user)
{
    QJsonArray keys;
    for (const ApiKeyInfo &info : s.apiKeys->keys(user.id)) {
        keys.append(QJsonObject{{QStringLiteral("key_id"), info.keyId},
                                {QStringLiteral("created_at"), core::vntime::toIso8601(info.createdAt)},
                                {QStringLiteral("revoked_at"), info.revokedAt.isValid()
                                                                   ? QJsonValue(core::vntime::toIso8601(info.revokedAt))
                                                                   : QJsonValue()}});
    }
    QJsonObject object = core::json::fromUser(user);
    object.insert(QStringLiteral("api_keys"), keys);
    return object;
}

void listSystems(Call &call)
{
    QJsonArray items;
    for (const core::User &user : call.services.users.users()) {
        if (user.role == core::Role::ConnectedSystem) {
            items.append(systemJson(call.services, user));
        }
    }
    call.respond(ok({{QStringLiteral("items"), items}}));
}

void addSystem(Call &call)
{
    const auto body = call.jsonBody();
    if (!body) {
        return;
    }
    const auto user = newUser(*body, core::roleName(core::Role::ConnectedSystem));
    if (!user.ok()) {
        call.respond(workflowError(user.error()));
        return;
    }
    // Nobody knows the password: a connected system never signs in; its key is its credential.
    const QString password = UserAdmin::unknowablePassword();
    if (const auto refusal = administration(call.services).checkNew(user.value(), password)) {
        call.respond(refused(*refusal));
        return;
    }
    const core::User created = user.value();
    const core::Actor actor = call.actor();
    Services *services = &call.services;
    withHash(call, password, [services, created, actor](const QString &hash) {
        QString key;
        QString keyId;
        if (const auto refusal =
                administration(*services).addConnectedSystem(created, hash, *services->apiKeys, actor, &key, &keyId)) {
            return refused(*refusal);
        }
        return ok({{QStringLiteral("system"), systemJson(*services, created)},
                   {QStringLiteral("api_key"), key},
                   {QStringLiteral("key_id"), keyId}},
                  201);
    });
}

void issueSystemKey(Call &call)
{
    const auto user = call.services.users.user(call.params.value(QStringLiteral("id")));
    if (!user || user->role != core::Role::ConnectedSystem) {
        call.respond(error(404, QStringLiteral("user_not_found")));
        return;
    }
    QString key;
    QString keyId;
    if (const auto refusal =
            administration(call.services).issueApiKey(*user, *call.services.apiKeys, call.actor(), &key, &keyId)) {
        call.respond(refused(*refusal));
        return;
    }
    call.respond(ok({{QStringLiteral("system"), systemJson(call.services, *user)},
                     {QStringLiteral("api_key"), key},
                     {QStringLiteral("key_id"), keyId}},
                    201));
}

void revokeSystemKeys(Call &call)
{
    const auto user = call.services.users.user(call.params.value(QStringLiteral("id")));
    if (!user || user->role != core::Role::ConnectedSystem) {
        call.respond(error(404, QStringLiteral("user_not_found")));
        return;
    }
    int revoked = 0;
    if (const auto refusal =
            administration(call.services).revokeApiKeys(*user, *call.services.apiKeys, call.actor(), &revoked)) {
        call.respond(refused(*refusal));
        return;
    }
    call.respond(
        ok({{QStringLiteral("system"), systemJson(call.services, *user)}, {QStringLiteral("revoked"), revoked}}));
}

} // namespace

void addUserRoutes(QList<Route> &routes)
{
    const QList<core::Role> admin{core::Role::Admin};
    routes.append({"GET", QStringLiteral("/v1/users"), true, staffRoles(), listUsers});
    routes.append({"POST", QStringLiteral("/v1/users"), true, admin, addUser});
    routes.append({"POST", QStringLiteral("/v1/users/{id}/actions"), true, admin, actOnUser});
    routes.append({"GET", QStringLiteral("/v1/systems"), true, admin, listSystems});
    routes.append({"POST", QStringLiteral("/v1/systems"), true, admin, addSystem});
    routes.append({"POST", QStringLiteral("/v1/systems/{id}/keys"), true, admin, issueSystemKey});
    routes.append({"DELETE", QStringLiteral("/v1/systems/{id}/keys"), true, admin, revokeSystemKeys});
}

} // namespace ioc::server

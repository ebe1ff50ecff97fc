#include "apiserver.h"
#include "core/reportjson.h"
#include "livechannel.h"
#include "passwords.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

// /v1/health, /v1/auth/*, /v1/me
namespace ioc::server {

namespace {

QJsonObject userJson(const core::User &user)
{
    return core::json::fromUser(user);
}

void health(Call &call)
{
    const bool ready = call.services.ready;
    ApiResult result = ready ? ok({}) : error(503, QStringLiteral("not_ready"));
    result.body.insert(QStringLiteral("status"), ready ? QStringLiteral("ok") : QStringLiteral("starting"));
    result.body.insert(QStringLiteral("epoch"), call.services.epoch);
    result.body.insert(QStringLiteral("time"), call.services.clock.now().toString(Qt::ISODateWithMs));
    call.respond(result);
}

void token(Call &call)
{
    if (!call.services.ready) {
        call.respond(error(503, QStringLiteral("not_ready")));
        return;
    }
    const auto body = call.jsonBody();
    if (!body) {
        return;
    }
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() != QStringLiteral("username") && it.key() != QStringLiteral("password") &&
            it.key() != QStringLiteral("totp")) {
            call.respond(error(400, QStringLiteral("unknown_field"), it.key()));
            return;
        }
    }
    if (!body->value(QStringLiteral("username")).isString() || !body->value(QStringLiteral("password")).isString()) {
        call.respond(error(400, QStringLiteral("missing_field"), QStringLiteral("username")));
        return;
    }
    const QString username = body->value(QStringLiteral("username")).toString();
    if (username.size() > UserStore::maxUsernameLength) {
        call.respond(error(400, QStringLiteral("invalid_value"), QStringLiteral("username")));
        return;
    }
    const QByteArray password = body->value(QStringLiteral("password")).toString().toUtf8();
    const QString totp = body->value(QStringLiteral("totp")).toString().trimmed();
    const QString address = call.clientAddress();
    UserStore &users = call.services.users;
    // Counted before the slow password check: parallel guesses cannot all get through first.
    if (const qint64 wait = users.reserveSignIn(username, address); wait > 0) {
        ApiResult result = error(429, QStringLiteral("too_many_attempts"));
        result.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", QByteArray::number(wait)));
        call.respond(result);
        return;
    }
    const auto user = users.userByName(username);
    // An unknown user costs the same time as a wrong password, so timing does not tell them apart.
    static const QString unknownUserHash = passwords::hash("no such user", passwords::defaultIterations);
    const QString stored = user ? users.passwordHash(user->id) : unknownUserHash;
    auto responder = std::make_shared<Responder>(std::move(call.responder));
    Services *services = &call.services;
    QtConcurrent::run([password, stored] {
        return passwords::verify(password, stored);
    }).then(&services->live, [services, responder, user, username, address, totp](bool verified) {
        static const HttpRequest none;
        Call done{none, {}, std::nullopt, *services, std::move(*responder)};
        if (!verified || !user || !user->active) {
            done.respond(error(401, QStringLiteral("invalid_credentials"))); // counted already
            return;
        }
        // The second factor (RFC 6238): whoever enrolled needs a code (or a recovery code) every
        // time; a role the policy names cannot sign in before enrolling, except on a demo.
        // A wrong code counts like a wrong password (reserved above).
        if (services->totp.isEnrolled(user->id)) {
            if (totp.isEmpty()) {
                done.respond(error(401, QStringLiteral("totp_required"), QStringLiteral("totp")));
                return;
            }
            const TotpStore::Verdict verdict = services->totp.verify(user->id, totp, services->clock.now());
            if (verdict != TotpStore::Verdict::Accepted) {
                done.respond(error(401,
                                   verdict == TotpStore::Verdict::Replayed ? QStringLiteral("totp_used")
                                                                           : QStringLiteral("totp_invalid"),
                                   QStringLiteral("totp")));
                return;
            }
        } else if (!services->demo && services->reference.policy().requiresTotp(user->role)) {
            done.respond(error(403, QStringLiteral("totp_enrolment_required")));
            return;
        }
        services->users.signInSucceeded(username, address);
        const IssuedTokens tokens = services->users.issueTokens(user->id);
        done.respond(ok(QJsonObject{{QStringLiteral("access_token"), tokens.accessToken},
                                    {QStringLiteral("refresh_token"), tokens.refreshToken},
                                    {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                    {QStringLiteral("expires_in"), tokens.expiresIn},
                                    {QStringLiteral("user"), userJson(*user)}}));
    });
}

void refresh(Call &call)
{
    const auto body = call.jsonBody();
    if (!body) {
        return;
    }
    const auto tokens = call.services.users.refresh(body->value(QStringLiteral("refresh_token")).toString().toLatin1());
    if (!tokens) {
        call.respond(error(401, QStringLiteral("token_invalid")));
        return;
    }
    call.respond(ok(QJsonObject{{QStringLiteral("access_token"), tokens->accessToken},
                                {QStringLiteral("refresh_token"), tokens->refreshToken},
                                {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                {QStringLiteral("expires_in"), tokens->expiresIn}}));
}

void logout(Call &call)
{
    call.services.users.logout(call.session->sessionId);
    call.respond(ok({{QStringLiteral("logged_out"), true}}));
}

void me(Call &call)
{
    call.respond(ok({{QStringLiteral("user"), userJson(call.session->user)}}));
}

} // namespace

void addAuthRoutes(QList<Route> &routes)
{
    routes.append({"GET", QStringLiteral("/v1/health"), false, {}, health});
    routes.append({"POST", QStringLiteral("/v1/auth/token"), false, {}, token});
    routes.append({"POST", QStringLiteral("/v1/auth/refresh"), false, {}, refresh});
    routes.append({"POST", QStringLiteral("/v1/auth/logout"), true, {}, logout});
    routes.append({"GET", QStringLiteral("/v1/me"), true, {}, me});
}

} // namespace ioc::server

#include "useradmin.h"

#include "apikeys.h"
#include "auditlog.h"
#include "changefeed.h"
#include "core/reportjson.h"
#include "core/secret.h"
#include "core/totp.h"
#include "referencestore.h"
#include "serverdatabase.h"
#include "userstore.h"

namespace ioc::server {

namespace {

AccountRefusal refusal(int status, const QString &code, const QString &field, const QString &message)
{
    return AccountRefusal{status, code, field, message};
}

bool agencyRole(core::Role role)
{
    return role == core::Role::AgencyStaff || role == core::Role::AgencyLeader;
}

} // namespace

UserAdmin::UserAdmin(ServerDatabase &database, UserStore &users, ChangeFeed &feed, AuditLog &audit,
                     const ReferenceStore *reference, const core::Clock &clock)
    : m_database(database)
    , m_users(users)
    , m_feed(feed)
    , m_audit(audit)
    , m_reference(reference)
    , m_clock(clock)
{}

std::optional<AccountRefusal> UserAdmin::checkPassword(const QString &password)
{
    if (password.size() < minPasswordLength) {
        return refusal(400, QStringLiteral("invalid_value"), QStringLiteral("password"),
                       QStringLiteral("a password needs at least %1 characters").arg(minPasswordLength));
    }
    return std::nullopt;
}

std::optional<AccountRefusal> UserAdmin::checkNew(const core::User &user, const QString &password) const
{
    if (user.username.trimmed().isEmpty() || user.username.size() > UserStore::maxUsernameLength ||
        user.username != user.username.trimmed()) {
        return refusal(400, QStringLiteral("invalid_value"), QStringLiteral("username"),
                       QStringLiteral("a user name has 1 to %1 characters, without spaces around it")
                           .arg(UserStore::maxUsernameLength));
    }
    if (user.displayName.trimmed().isEmpty()) {
        return refusal(400, QStringLiteral("missing_field"), QStringLiteral("display_name"),
                       QStringLiteral("a display name is required (it shows on timelines)"));
    }
    if (user.role == core::Role::System) {
        // The server's own actor: no account signs in as it (a connected system has its role).
        return refusal(400, QStringLiteral("invalid_value"), QStringLiteral("role"),
                       QStringLiteral("`system` is the server's own actor; a connected system's account has the role "
                                      "`connected_system`"));
    }
    // A connected system may be an agency's own software (Điều 17.3), or belong to none.
    if (user.role != core::Role::ConnectedSystem && agencyRole(user.role) != !user.agencyId.isEmpty()) {
        return refusal(400, agencyRole(user.role) ? QStringLiteral("missing_field") : QStringLiteral("invalid_value"),
                       QStringLiteral("agency_id"),
                       agencyRole(user.role) ? QStringLiteral("an agency role needs the agency (--agency ID)")
                                             : QStringLiteral("only agency roles belong to an agency"));
    }
    if (!user.agencyId.isEmpty() && m_reference && !m_reference->directory().agency(user.agencyId)) {
        return refusal(400, QStringLiteral("unknown_agency"), QStringLiteral("agency_id"),
                       QStringLiteral("no agency has the id %1").arg(user.agencyId));
    }
    if (auto weak = checkPassword(password)) {
        return weak;
    }
    if (m_users.userByName(user.username)) {
        return refusal(409, QStringLiteral("username_taken"), QStringLiteral("username"),
                       QStringLiteral("the user name %1 is taken").arg(user.username));
    }
    return std::nullopt;
}

std::optional<core::User> UserAdmin::find(const QString &idOrName) const
{
    if (auto byId = m_users.user(idOrName)) {
        return byId;
    }
    return m_users.userByName(idOrName);
}

std::optional<AccountRefusal> UserAdmin::commit(const core::User &user, const QString &action, const core::Actor &by,
                                                const QJsonObject &before, const QJsonObject &after,
                                                const std::function<bool(QString *)> &change)
{
    QString problem;
    const QDateTime now = m_clock.now();
    const bool committed = m_database.transaction(
        [&] {
            if (!change(&problem)) {
                return false;
            }
            if (user.role != core::Role::Citizen) {
                m_feed.record(QStringLiteral("user"), user.id);
            }
            return m_audit.append(
                {by.userId, core::roleName(by.role), action, QStringLiteral("user"), user.id, now, now, before, after},
                now, &problem);
        },
        &problem);
    if (!committed) {
        return refusal(500, QStringLiteral("internal_error"), QString(),
                       QStringLiteral("the change was not stored: %1").arg(problem));
    }
    return std::nullopt;
}

std::optional<AccountRefusal> UserAdmin::add(const core::User &user, const QString &passwordHash, const core::Actor &by)
{
    if (m_users.userByName(user.username)) {
        return refusal(409, QStringLiteral("username_taken"), QStringLiteral("username"),
                       QStringLiteral("the user name %1 is taken").arg(user.username));
    }
    return commit(user, QStringLiteral("add_user"), by, {}, core::json::fromUser(user),
                  [&](QString *problem) { return m_users.addUser(user, passwordHash, problem); });
}

QString UserAdmin::unknowablePassword()
{
    const core::SecretBytes secret = core::SecretBytes::random(32);
    return QString::fromLatin1(QByteArray(secret.data(), secret.size()).toHex());
}

std::optional<AccountRefusal> UserAdmin::addConnectedSystem(const core::User &user, const QString &passwordHash,
                                                            ApiKeyStore &keys, const core::Actor &by, QString *key,
                                                            QString *keyId)
{
    if (user.role != core::Role::ConnectedSystem) {
        return refusal(400, QStringLiteral("invalid_value"), QStringLiteral("role"),
                       QStringLiteral("a connected system's account has the role connected_system"));
    }
    if (m_users.userByName(user.username)) {
        return refusal(409, QStringLiteral("username_taken"), QStringLiteral("username"),
                       QStringLiteral("the user name %1 is taken").arg(user.username));
    }
    // The key's id is known only inside the change; commit() writes the audit entry after it.
    QJsonObject after = core::json::fromUser(user);
    return commit(user, QStringLiteral("add_connected_system"), by, {}, after, [&](QString *problem) {
        if (!m_users.addUser(user, passwordHash, problem)) {
            return false;
        }
        *key = keys.issue(user.id, keyId, problem);
        after.insert(QStringLiteral("api_key_id"), *keyId);
        return !key->isEmpty();
    });
}

std::optional<AccountRefusal> UserAdmin::issueApiKey(const core::User &user, ApiKeyStore &keys, const core::Actor &by,
                                                     QString *key, QString *keyId)
{
    if (user.role != core::Role::ConnectedSystem) {
        return refusal(400, QStringLiteral("not_a_connected_system"), QStringLiteral("username"),
                       QStringLiteral("%1 is not a connected system's account").arg(user.username));
    }
    QJsonObject after;
    return commit(user, QStringLiteral("issue_api_key"), by, {}, after, [&](QString *problem) {
        *key = keys.issue(user.id, keyId, problem);
        after.insert(QStringLiteral("api_key_id"), *keyId);
        return !key->isEmpty();
    });
}

std::optional<AccountRefusal> UserAdmin::revokeApiKeys(const core::User &user, ApiKeyStore &keys, const core::Actor &by,
                                                       int *revoked)
{
    if (user.role != core::Role::ConnectedSystem) {
        return refusal(400, QStringLiteral("not_a_connected_system"), QStringLiteral("username"),
                       QStringLiteral("%1 is not a connected system's account").arg(user.username));
    }
    QJsonObject after;
    return commit(user, QStringLiteral("revoke_api_keys"), by, {}, after, [&](QString *problem) {
        *revoked = keys.revokeAll(user.id, problem);
        after.insert(QStringLiteral("api_keys_revoked"), *revoked);
        return *revoked >= 0;
    });
}

std::optional<AccountRefusal> UserAdmin::setPassword(const core::User &user, const QString &passwordHash,
                                                     const core::Actor &by)
{
    // The audit entry says that the password changed, never what it is.
    return commit(user, QStringLiteral("set_password"), by, {},
                  {{QStringLiteral("password"), QStringLiteral("changed")}}, [&](QString *problem) {
                      return m_users.setPasswordHash(user.id, passwordHash, problem) &&
                             m_users.revokeSessions(user.id, problem) >= 0;
                  });
}

std::optional<AccountRefusal> UserAdmin::setActive(const core::User &user, bool active, const core::Actor &by)
{
    if (!active && user.role == core::Role::Admin && user.active && m_users.otherActiveAdmins(user.id) == 0) {
        return refusal(
            409, QStringLiteral("last_admin"), QString(),
            QStringLiteral("%1 is the last active administrator: make another one first").arg(user.username));
    }
    core::User after = user;
    after.active = active;
    return commit(after, active ? QStringLiteral("reactivate_user") : QStringLiteral("deactivate_user"), by,
                  {{QStringLiteral("active"), user.active}}, {{QStringLiteral("active"), active}},
                  [&](QString *problem) {
                      return m_users.setActive(user.id, active, problem) &&
                             (active || m_users.revokeSessions(user.id, problem) >= 0);
                  });
}

std::optional<AccountRefusal> UserAdmin::revokeSessions(const core::User &user, const core::Actor &by, int *ended)
{
    int sessions = 0;
    auto refused = commit(user, QStringLiteral("revoke_sessions"), by, {}, {}, [&](QString *problem) {
        sessions = m_users.revokeSessions(user.id, problem);
        return sessions >= 0;
    });
    if (ended) {
        *ended = sessions;
    }
    return refused;
}

std::optional<AccountRefusal> UserAdmin::enrolTotp(const core::User &user, TotpStore &totp, const core::Actor &by,
                                                   TotpStore::Enrolment *enrolment)
{
    if (user.role == core::Role::Citizen) {
        return AccountRefusal{400, QStringLiteral("invalid_value"), QStringLiteral("role"),
                              QStringLiteral("citizens' accounts have no one-time codes")};
    }
    return commit(user, QStringLiteral("totp_enrol"), by, {}, {{QStringLiteral("totp"), true}},
                  [&](QString *problem) { return totp.enrol(user.id, enrolment, problem); });
}

std::optional<AccountRefusal> UserAdmin::removeTotp(const core::User &user, TotpStore &totp, const core::Actor &by)
{
    return commit(user, QStringLiteral("totp_remove"), by, {{QStringLiteral("totp"), true}},
                  {{QStringLiteral("totp"), false}}, [&](QString *problem) { return totp.remove(user.id, problem); });
}

QString UserAdmin::totpUri(const core::User &user, const QByteArray &secret)
{
    return core::totp::uri(secret, QStringLiteral("IOC"), user.username);
}

} // namespace ioc::server

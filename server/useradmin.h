#pragma once

#include "core/clock.h"
#include "core/directory.h"
#include "core/workflow.h"
#include "totpstore.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace ioc::server {

class ApiKeyStore;
class AuditLog;
class ChangeFeed;
class ServerDatabase;
class UserStore;
class ReferenceStore;

// What went wrong with an account change: an HTTP status, a machine code and the field at fault,
// and a sentence for a person at a terminal.
struct AccountRefusal
{
    int status = 400;
    QString code;
    QString field;
    QString message;
};

// Account administration, shared by the admin role's `/v1/users` and by `ioc-admin server user`
// (offline, on the server's database: how the first administrator is made). Every change is one
// transaction with its audit entry (who, when, what changed; never a password or its hash), and
// staff accounts reach the consoles through the change feed (names on timelines).
class UserAdmin final
{
public:
    static constexpr int minPasswordLength = 8;

    UserAdmin(ServerDatabase &database, UserStore &users, ChangeFeed &feed, AuditLog &audit,
              const ReferenceStore *reference, const core::Clock &clock);

    // Whether a new account may be made (role, agency, names, password); nothing if it may.
    // `reference` (when given) checks that an agency role names an existing agency.
    std::optional<AccountRefusal> checkNew(const core::User &user, const QString &password) const;
    static std::optional<AccountRefusal> checkPassword(const QString &password);

    // The user named, by id or by user name.
    std::optional<core::User> find(const QString &idOrName) const;

    // The password hash is made by the caller (slow on purpose, off the request thread).
    std::optional<AccountRefusal> add(const core::User &user, const QString &passwordHash, const core::Actor &by);
    // A new password ends the user's sessions.
    std::optional<AccountRefusal> setPassword(const core::User &user, const QString &passwordHash,
                                              const core::Actor &by);
    // Deactivating ends the user's sessions at once; the last active administrator stays.
    std::optional<AccountRefusal> setActive(const core::User &user, bool active, const core::Actor &by);
    std::optional<AccountRefusal> revokeSessions(const core::User &user, const core::Actor &by, int *ended = nullptr);
    // A new authenticator secret and recovery codes (RFC 6238), replacing any earlier ones; they
    // are handed back to show once, never recorded. Citizens have none.
    std::optional<AccountRefusal> enrolTotp(const core::User &user, TotpStore &totp, const core::Actor &by,
                                            TotpStore::Enrolment *enrolment);
    std::optional<AccountRefusal> removeTotp(const core::User &user, TotpStore &totp, const core::Actor &by);
    // A random password nobody is told, for an account that never signs in.
    static QString unknowablePassword();
    // A connected system (Open311, docs/open311.md): its account (role connected_system, a
    // password nobody knows: it never signs in) and its first API key, in one transaction. The
    // key is handed back in *key to show once, never recorded; *keyId names it in lists.
    std::optional<AccountRefusal> addConnectedSystem(const core::User &user, const QString &passwordHash,
                                                     ApiKeyStore &keys, const core::Actor &by, QString *key,
                                                     QString *keyId);
    // Another key for a connected system (a rotation: the old ones work until revoked).
    std::optional<AccountRefusal> issueApiKey(const core::User &user, ApiKeyStore &keys, const core::Actor &by,
                                              QString *key, QString *keyId);
    // Every working key of the system stops working at once.
    std::optional<AccountRefusal> revokeApiKeys(const core::User &user, ApiKeyStore &keys, const core::Actor &by,
                                                int *revoked);

    // The otpauth:// URI an authenticator app reads (as a QR code, or typed).
    static QString totpUri(const core::User &user, const QByteArray &secret);

private:
    std::optional<AccountRefusal> commit(const core::User &user, const QString &action, const core::Actor &by,
                                         const QJsonObject &before, const QJsonObject &after,
                                         const std::function<bool(QString *)> &change);

    ServerDatabase &m_database;
    UserStore &m_users;
    ChangeFeed &m_feed;
    AuditLog &m_audit;
    const ReferenceStore *m_reference;
    const core::Clock &m_clock;
};

} // namespace ioc::server

#include "userstore.h"

#include "core/reportjson.h"
#include "core/secret.h"
#include "serverdatabase.h"

#include <QCryptographicHash>
#include <QUuid>

#include <algorithm>

namespace ioc::server {

namespace {

QString newToken()
{
    const core::SecretBytes bytes = core::SecretBytes::random(32);
    return QString::fromLatin1(QByteArray(bytes.data(), bytes.size())
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenHash(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

core::User userFrom(const Sql &sql)
{
    core::User user;
    user.id = sql.value(0).toString();
    user.username = sql.value(1).toString();
    user.displayName = sql.value(2).toString();
    user.role = core::roleFromName(sql.value(3).toString()).value_or(core::Role::Citizen);
    user.agencyId = sql.value(4).toString();
    user.active = sql.value(5).toBool();
    return user;
}

const QString userColumns = QStringLiteral("id, username, display_name, role, agency_id, active");

} // namespace

UserStore::UserStore(ServerDatabase &database, const core::Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

std::optional<core::User> UserStore::user(const QString &id) const
{
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(userColumns), {id}) || !sql.next()) {
        return std::nullopt;
    }
    return userFrom(sql);
}

std::optional<core::User> UserStore::userByName(const QString &username) const
{
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("SELECT %1 FROM users WHERE username = ?").arg(userColumns), {username}) ||
        !sql.next()) {
        return std::nullopt;
    }
    return userFrom(sql);
}

QList<core::User> UserStore::users() const
{
    QList<core::User> users;
    Sql sql(m_database);
    if (sql.exec(QStringLiteral("SELECT %1 FROM users ORDER BY username").arg(userColumns))) {
        while (sql.next()) {
            users.append(userFrom(sql));
        }
    }
    return users;
}

QString UserStore::passwordHash(const QString &userId) const
{
    Sql sql(m_database);
    return sql.exec(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {userId}) && sql.next()
               ? sql.value(0).toString()
               : QString();
}

bool UserStore::addUser(const core::User &user, const QString &passwordHash, QString *error)
{
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("INSERT INTO users (id, username, display_name, role, agency_id, password_hash, "
                                 "active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {user.id, user.username, user.displayName, core::roleName(user.role),
                   user.agencyId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(user.agencyId),
                   passwordHash, user.active, m_clock.now().toMSecsSinceEpoch()})) {
        *error = sql.error();
        return false;
    }
    return true;
}

bool UserStore::setPasswordHash(const QString &userId, const QString &passwordHash, QString *error)
{
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {passwordHash, userId})) {
        *error = sql.error();
        return false;
    }
    return true;
}

bool UserStore::setActive(const QString &userId, bool active, QString *error)
{
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("UPDATE users SET active = ? WHERE id = ?"), {active ? 1 : 0, userId})) {
        *error = sql.error();
        return false;
    }
    return true;
}

int UserStore::revokeSessions(const QString &userId, QString *error)
{
    Sql count(m_database);
    if (!count.exec(
            QStringLiteral("SELECT COUNT(DISTINCT session_id) FROM tokens WHERE user_id = ? AND expires_at > ?"),
            {userId, m_clock.now().toMSecsSinceEpoch()}) ||
        !count.next()) {
        *error = count.error();
        return -1;
    }
    const int sessions = count.value(0).toInt();
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("DELETE FROM tokens WHERE user_id = ?"), {userId})) {
        *error = sql.error();
        return -1;
    }
    return sessions;
}

int UserStore::otherActiveAdmins(const QString &userId) const
{
    Sql sql(m_database);
    return sql.exec(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ? AND active = 1 AND id <> ?"),
                    {core::roleName(core::Role::Admin), userId}) &&
                   sql.next()
               ? sql.value(0).toInt()
               : 0;
}

IssuedTokens UserStore::issue(const QString &userId, const QString &sessionId)
{
    IssuedTokens tokens{newToken(), newToken(), accessTokenSeconds};
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    Sql sql(m_database);
    const QString insert = QStringLiteral(
        "INSERT INTO tokens (token_hash, user_id, kind, session_id, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?)");
    sql.exec(insert, {tokenHash(tokens.accessToken.toLatin1()), userId, QStringLiteral("access"), sessionId,
                      now + accessTokenSeconds * 1000, now});
    sql.exec(insert, {tokenHash(tokens.refreshToken.toLatin1()), userId, QStringLiteral("refresh"), sessionId,
                      now + refreshTokenSeconds * 1000, now});
    sql.exec(QStringLiteral("DELETE FROM tokens WHERE expires_at < ?"), {now});
    return tokens;
}

IssuedTokens UserStore::issueTokens(const QString &userId)
{
    return issue(userId, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

std::optional<Session> UserStore::authenticate(const QByteArray &accessToken) const
{
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("SELECT user_id, session_id FROM tokens WHERE token_hash = ? AND kind = 'access' "
                                 "AND expires_at > ?"),
                  {tokenHash(accessToken), m_clock.now().toMSecsSinceEpoch()}) ||
        !sql.next()) {
        return std::nullopt;
    }
    const QString sessionId = sql.value(1).toString();
    const auto found = user(sql.value(0).toString());
    if (!found || !found->active) {
        return std::nullopt;
    }
    return Session{*found, sessionId};
}

std::optional<IssuedTokens> UserStore::refresh(const QByteArray &refreshToken)
{
    const QString hash = tokenHash(refreshToken);
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("SELECT user_id, session_id FROM tokens WHERE token_hash = ? AND kind = 'refresh' "
                                 "AND expires_at > ?"),
                  {hash, m_clock.now().toMSecsSinceEpoch()}) ||
        !sql.next()) {
        return std::nullopt;
    }
    const QString userId = sql.value(0).toString();
    const QString sessionId = sql.value(1).toString();
    const auto found = user(userId);
    if (!found || !found->active) {
        return std::nullopt;
    }
    Sql revoke(m_database);
    revoke.exec(QStringLiteral("DELETE FROM tokens WHERE session_id = ?"), {sessionId});
    return issue(userId, sessionId);
}

void UserStore::logout(const QString &sessionId)
{
    Sql sql(m_database);
    sql.exec(QStringLiteral("DELETE FROM tokens WHERE session_id = ?"), {sessionId});
}

namespace {

QString userKey(const QString &username)
{
    return QStringLiteral("user:") + username.toLower();
}

QString addressKey(const QString &address)
{
    return QStringLiteral("address:") + address;
}

constexpr qint64 quietWindowMs = 3600 * 1000; // a count older than this, and not blocking, restarts
constexpr qint64 longestWaitSeconds = 15 * 60;

} // namespace

qint64 UserStore::reserve(const QList<ThrottleRule> &rules)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (now - m_lastPrune > 600 * 1000) {
        m_lastPrune = now;
        pruneThrottle();
    }
    qint64 wait = 0;
    const auto count = [&](const ThrottleRule &rule) {
        Sql sql(m_database);
        if (!sql.exec(
                QStringLiteral("INSERT INTO sign_in_throttle (throttle_key, failures, blocked_until, updated_at) "
                               "VALUES (?, 1, 0, ?) ON CONFLICT (throttle_key) DO UPDATE SET "
                               "failures = CASE WHEN sign_in_throttle.updated_at < ? AND "
                               "sign_in_throttle.blocked_until < ? THEN 1 ELSE sign_in_throttle.failures + 1 END, "
                               "updated_at = excluded.updated_at RETURNING failures, blocked_until"),
                {rule.key, now, now - quietWindowMs, now}) ||
            !sql.next()) {
            return false;
        }
        const int attempts = sql.value(0).toInt();
        const qint64 blockedUntil = sql.value(1).toLongLong();
        if (blockedUntil > now) {
            wait = std::max(wait, (blockedUntil - now + 999) / 1000);
            return true;
        }
        if (attempts >= rule.threshold) {
            // This attempt goes ahead; the next ones wait, whatever it turns out to be.
            const qint64 seconds =
                std::min(rule.firstWaitSeconds << std::min(attempts - rule.threshold, 10), longestWaitSeconds);
            Sql block(m_database);
            return block.exec(QStringLiteral("UPDATE sign_in_throttle SET blocked_until = ? WHERE throttle_key = ?"),
                              {now + seconds * 1000, rule.key});
        }
        return true;
    };
    // One transaction: on PostgreSQL the upsert locks each row, so attempts arriving at several
    // instances are counted one after the other.
    QString error;
    const bool counted =
        m_database.transaction([&] { return std::all_of(rules.cbegin(), rules.cend(), count); }, &error);
    if (!counted) {
        qWarning("ioc-server: cannot count an attempt: %s", qPrintable(error));
        return 1; // unsure: not now
    }
    return wait;
}

qint64 UserStore::reserveSignIn(const QString &username, const QString &address)
{
    return reserve(
        {{userKey(username), userAttemptsBeforeWaiting, 30}, {addressKey(address), addressAttemptsBeforeWaiting, 60}});
}

qint64 UserStore::reserveRegistration(const QString &address)
{
    return reserve({{QStringLiteral("register:") + address, registrationsBeforeWaiting, 600}});
}

qint64 UserStore::reserveLookup(const QString &userId)
{
    return reserve({{QStringLiteral("lookup:") + userId, lookupsBeforeWaiting, 60}});
}

void UserStore::signInSucceeded(const QString &username, const QString &address)
{
    Sql forget(m_database);
    forget.exec(QStringLiteral("DELETE FROM sign_in_throttle WHERE throttle_key = ?"), {userKey(username)});
    Sql fewer(m_database);
    fewer.exec(QStringLiteral("UPDATE sign_in_throttle SET failures = failures - 1 WHERE throttle_key = ? AND "
                              "failures > 0"),
               {addressKey(address)});
}

void UserStore::pruneThrottle()
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    Sql sql(m_database);
    sql.exec(QStringLiteral("DELETE FROM sign_in_throttle WHERE updated_at < ? AND blocked_until < ?"),
             {now - 24 * 3600 * 1000LL, now});
}

} // namespace ioc::server

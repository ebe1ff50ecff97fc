#include "userstore.h"

#include "core/reportjson.h"
#include "core/secret.h"
#include "serverdatabase.h"

#include <QCryptographicHash>
#include <QUuid>

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

qint64 UserStore::throttledFor(const QString &username, const QString &address) const
{
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("SELECT blocked_until FROM login_failures WHERE username = ? AND address = ?"),
                  {username, address}) ||
        !sql.next()) {
        return 0;
    }
    const qint64 left = sql.value(0).toLongLong() - m_clock.now().toMSecsSinceEpoch();
    return left > 0 ? (left + 999) / 1000 : 0;
}

void UserStore::recordFailure(const QString &username, const QString &address)
{
    Sql sql(m_database);
    int failures = 1;
    if (sql.exec(QStringLiteral("SELECT failures FROM login_failures WHERE username = ? AND address = ?"),
                 {username, address}) &&
        sql.next()) {
        failures = sql.value(0).toInt() + 1;
    }
    // From the 5th failure on: wait 30 s, doubling with each further failure, at most 15 min.
    qint64 blockedUntil = 0;
    if (failures >= failuresBeforeThrottling) {
        const qint64 wait = std::min<qint64>(30LL << std::min(failures - failuresBeforeThrottling, 5), 15 * 60);
        blockedUntil = m_clock.now().toMSecsSinceEpoch() + wait * 1000;
    }
    Sql upsert(m_database);
    upsert.exec(QStringLiteral("INSERT INTO login_failures (username, address, failures, blocked_until) "
                               "VALUES (?, ?, ?, ?) ON CONFLICT (username, address) DO UPDATE SET "
                               "failures = excluded.failures, blocked_until = excluded.blocked_until"),
                {username, address, failures, blockedUntil});
}

void UserStore::clearFailures(const QString &username, const QString &address)
{
    Sql sql(m_database);
    sql.exec(QStringLiteral("DELETE FROM login_failures WHERE username = ? AND address = ?"), {username, address});
}

} // namespace ioc::server

#include "apikeys.h"

#include "core/secret.h"
#include "serverdatabase.h"

#include <QCryptographicHash>

namespace ioc::server {

namespace {

QString keyHash(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toLatin1(), QCryptographicHash::Sha256).toHex());
}

QString randomText(qsizetype bytes)
{
    const core::SecretBytes random = core::SecretBytes::random(bytes);
    return QString::fromLatin1(QByteArray(random.data(), random.size())
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

ApiKeyStore::ApiKeyStore(ServerDatabase &database, const core::Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

QString ApiKeyStore::issue(const QString &userId, QString *keyId, QString *error)
{
    // "ioc311_" tells what the key is when it turns up somewhere it should not (a log, a ticket).
    const QString key = QStringLiteral("ioc311_") + randomText(32);
    const QString id = randomText(9);
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("INSERT INTO api_keys (key_hash, key_id, user_id, created_at) VALUES (?, ?, ?, ?)"),
                  {keyHash(key), id, userId, m_clock.now().toMSecsSinceEpoch()})) {
        *error = sql.error();
        return {};
    }
    *keyId = id;
    return key;
}

int ApiKeyStore::revokeAll(const QString &userId, QString *error)
{
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("UPDATE api_keys SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"),
                  {m_clock.now().toMSecsSinceEpoch(), userId})) {
        *error = sql.error();
        return -1;
    }
    return sql.rowsAffected();
}

QList<ApiKeyInfo> ApiKeyStore::keys(const QString &userId) const
{
    QList<ApiKeyInfo> list;
    Sql sql(m_database);
    sql.exec(
        QStringLiteral("SELECT key_id, created_at, revoked_at FROM api_keys WHERE user_id = ? ORDER BY created_at"),
        {userId});
    while (sql.next()) {
        ApiKeyInfo info{sql.value(0).toString(),
                        userId,
                        QDateTime::fromMSecsSinceEpoch(sql.value(1).toLongLong(), QTimeZone::utc()),
                        {}};
        if (!sql.value(2).isNull()) {
            info.revokedAt = QDateTime::fromMSecsSinceEpoch(sql.value(2).toLongLong(), QTimeZone::utc());
        }
        list.append(info);
    }
    return list;
}

std::optional<ApiKeyStore::Holder> ApiKeyStore::authenticate(const QString &key) const
{
    if (key.size() < 16 || key.size() > 128) {
        return std::nullopt;
    }
    Sql sql(m_database);
    if (!sql.exec(
            QStringLiteral("SELECT u.id, u.username, u.display_name, u.agency_id, k.key_id, u.active FROM api_keys k "
                           "JOIN users u ON u.id = k.user_id WHERE k.key_hash = ? AND k.revoked_at IS NULL "
                           "AND u.role = ?"),
            {keyHash(key), core::roleName(core::Role::ConnectedSystem)}) ||
        !sql.next() || !sql.value(5).toBool()) {
        return std::nullopt;
    }
    Holder holder;
    holder.user.id = sql.value(0).toString();
    holder.user.username = sql.value(1).toString();
    holder.user.displayName = sql.value(2).toString();
    holder.user.agencyId = sql.value(3).toString();
    holder.user.role = core::Role::ConnectedSystem;
    holder.user.active = true;
    holder.keyId = sql.value(4).toString();
    return holder;
}

RateLimiter::RateLimiter(ServerDatabase &database, const core::Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

qint64 RateLimiter::take(const QString &bucket, int limit, int windowSeconds)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const qint64 windowMs = qint64(windowSeconds) * 1000;
    const qint64 start = now - now % windowMs;
    const qint64 wait = (start + windowMs - now + 999) / 1000;
    Sql sql(m_database);
    if (now - m_lastPrune > 10 * windowMs) {
        m_lastPrune = now;
        sql.exec(QStringLiteral("DELETE FROM rate_limits WHERE window_start < ?"), {start - windowMs});
    }
    if (!sql.exec(QStringLiteral("INSERT INTO rate_limits (bucket, window_start, hits) VALUES (?, ?, 1) "
                                 "ON CONFLICT (bucket) DO UPDATE SET hits = CASE WHEN rate_limits.window_start = "
                                 "excluded.window_start THEN rate_limits.hits + 1 ELSE 1 END, "
                                 "window_start = excluded.window_start RETURNING hits"),
                  {bucket, start}) ||
        !sql.next()) {
        qWarning("ioc-server: cannot count a request: %s", qPrintable(sql.error()));
        return std::max<qint64>(wait, 1); // unsure: not now
    }
    return sql.value(0).toInt() > limit ? std::max<qint64>(wait, 1) : 0;
}

} // namespace ioc::server

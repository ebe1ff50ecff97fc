#include "storage/mediacache.h"

#include "core/crashpoint.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace ioc::storage {

MediaCache::MediaCache(Database &database, qint64 limitBytes)
    : m_database(database)
    , m_limit(limitBytes)
{
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT max(last_access) FROM media_blobs")) && query.next()) {
        m_clock = query.value(0).toLongLong();
    }
    m_clock = std::max(m_clock, QDateTime::currentMSecsSinceEpoch());
}

QString MediaCache::sha256Of(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

bool MediaCache::put(const QString &sha256, const QByteArray &data, const QString &mimeType, bool pinned,
                     StorageError *error)
{
    if (sha256Of(data) != sha256) {
        error->kind = StorageError::Kind::Other;
        error->message = QStringLiteral("media %1: content does not match its SHA-256").arg(sha256);
        return false;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO media_blobs (sha256, data, size, mime_type, last_access, pinned) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (sha256) DO UPDATE SET last_access = excluded.last_access, "
        "pinned = max(pinned, excluded.pinned)"));
    query.addBindValue(sha256);
    query.addBindValue(data);
    query.addBindValue(data.size());
    query.addBindValue(mimeType);
    query.addBindValue(++m_clock);
    query.addBindValue(pinned);
    if (!query.exec()) {
        *error = StorageError::fromSql(query.lastError(), QStringLiteral("caching media"));
        return false;
    }
    if (pinned) {
        // The file is kept before the action that names it (a crash here leaves a pin that the
        // sync engine releases at its next start, as no outbox entry needs it).
        IOC_CRASH_POINT("media.pinned");
    }
    return evict(error);
}

std::optional<QByteArray> MediaCache::get(const QString &sha256)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT data FROM media_blobs WHERE sha256 = ?"));
    query.addBindValue(sha256);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    const QByteArray data = query.value(0).toByteArray();
    QSqlQuery touch(m_database.connection());
    touch.prepare(QStringLiteral("UPDATE media_blobs SET last_access = ? WHERE sha256 = ?"));
    touch.addBindValue(++m_clock);
    touch.addBindValue(sha256);
    touch.exec();
    return data;
}

bool MediaCache::contains(const QString &sha256) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM media_blobs WHERE sha256 = ?"));
    query.addBindValue(sha256);
    return query.exec() && query.next();
}

bool MediaCache::unpin(const QString &sha256, StorageError *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE media_blobs SET pinned = 0 WHERE sha256 = ?"));
    query.addBindValue(sha256);
    if (!query.exec()) {
        *error = StorageError::fromSql(query.lastError(), QStringLiteral("caching media"));
        return false;
    }
    return evict(error);
}

QStringList MediaCache::pinned() const
{
    QStringList hashes;
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT sha256 FROM media_blobs WHERE pinned = 1"))) {
        while (query.next()) {
            hashes.append(query.value(0).toString());
        }
    }
    return hashes;
}

qint64 MediaCache::totalSize() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT coalesce(sum(size), 0) FROM media_blobs")) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

bool MediaCache::evict(StorageError *error)
{
    qint64 total = totalSize();
    if (total <= m_limit) {
        return true;
    }
    QSqlQuery oldest(m_database.connection());
    oldest.setForwardOnly(true);
    if (!oldest.exec(QStringLiteral("SELECT sha256, size FROM media_blobs WHERE pinned = 0 ORDER BY last_access"))) {
        *error = StorageError::fromSql(oldest.lastError(), QStringLiteral("evicting media"));
        return false;
    }
    QStringList victims;
    while (total > m_limit && oldest.next()) {
        victims.append(oldest.value(0).toString());
        total -= oldest.value(1).toLongLong();
    }
    oldest.finish();
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM media_blobs WHERE sha256 = ?"));
    for (const QString &sha : victims) {
        remove.addBindValue(sha);
        if (!remove.exec()) {
            *error = StorageError::fromSql(remove.lastError(), QStringLiteral("evicting media"));
            return false;
        }
    }
    return true;
}

} // namespace ioc::storage

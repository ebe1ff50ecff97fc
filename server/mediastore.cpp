#include "mediastore.h"

#include "core/crashpoint.h"
#include "core/reportjson.h"
#include "media/exif.h"
#include "serverdatabase.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QUuid>

namespace ioc::server {

MediaStore::MediaStore(ServerDatabase &database)
    : m_database(database)
{}

std::optional<StoredMedia> MediaStore::find(const QString &sha256) const
{
    return findRow(sha256, false);
}

std::optional<StoredMedia> MediaStore::findForAttach(const QString &sha256) const
{
    return findRow(sha256, true);
}

std::optional<StoredMedia> MediaStore::findRow(const QString &sha256, bool forAttach) const
{
    // Attaching share-locks the file's row until the report's transaction ends, so the expiry of
    // unattached files (which locks the rows it deletes) cannot take it away meanwhile. The
    // embedded database's transactions take turns anyway.
    const bool lock = forAttach && m_database.dialect() == ServerDatabase::Dialect::Postgres;
    Sql sql(m_database);
    if (!sql.exec(lock ? QStringLiteral("SELECT size, mime_type, facts, blob_id FROM media WHERE sha256 = ? FOR SHARE")
                       : QStringLiteral("SELECT size, mime_type, facts, blob_id FROM media WHERE sha256 = ?"),
                  {sha256}) ||
        !sql.next()) {
        return std::nullopt;
    }
    StoredMedia media{sha256, sql.value(0).toLongLong(), sql.value(1).toString(), {}, sql.value(3).toString()};
    const auto facts = core::json::toMediaFacts(QJsonDocument::fromJson(sql.value(2).toString().toUtf8()).object());
    if (facts.ok()) {
        media.facts = facts.value();
    }
    return media;
}

bool MediaStore::isUploader(const QString &sha256, const QString &userId) const
{
    Sql sql(m_database);
    return sql.exec(QStringLiteral("SELECT 1 FROM media_uploaders WHERE sha256 = ? AND user_id = ?"),
                    {sha256, userId}) &&
           sql.next();
}

QStringList MediaStore::reportsShowing(const QString &sha256) const
{
    QStringList reports;
    Sql sql(m_database);
    if (sql.exec(QStringLiteral("SELECT report_id FROM report_media WHERE sha256 = ?"), {sha256})) {
        while (sql.next()) {
            reports.append(sql.value(0).toString());
        }
    }
    return reports;
}

QString MediaStore::createUpload(const QString &userId, const QString &sha256, qint64 size, const QString &fileName,
                                 const QDateTime &now)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Sql sql(m_database);
    // The file name is optional: an absent one is stored empty, never NULL. The bytes announced
    // count towards the sender's daily quota from now, whether they arrive or not.
    if (!sql.exec(QStringLiteral("INSERT INTO media_uploads (id, user_id, sha256, size, file_name, received, "
                                 "created_at, updated_at) VALUES (?, ?, ?, ?, COALESCE(?, ''), 0, ?, ?)"),
                  {id, userId, sha256, size, fileName, now.toMSecsSinceEpoch(), now.toMSecsSinceEpoch()}) ||
        !sql.exec(QStringLiteral("INSERT INTO media_upload_log (user_id, size, created_at) VALUES (?, ?, ?)"),
                  {userId, size, now.toMSecsSinceEpoch()})) {
        qWarning("ioc-server: cannot start an upload: %s", qPrintable(sql.error()));
        return {};
    }
    return id;
}

std::optional<MediaUpload> MediaStore::upload(const QString &id) const
{
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("SELECT user_id, sha256, size, file_name, mime_type, received FROM media_uploads "
                                 "WHERE id = ?"),
                  {id}) ||
        !sql.next()) {
        return std::nullopt;
    }
    return MediaUpload{id,
                       sql.value(0).toString(),
                       sql.value(1).toString(),
                       sql.value(2).toLongLong(),
                       sql.value(3).toString(),
                       sql.value(4).toString(),
                       sql.value(5).toLongLong()};
}

bool MediaStore::setUploadType(const QString &id, const QString &mimeType)
{
    Sql sql(m_database);
    return sql.exec(QStringLiteral("UPDATE media_uploads SET mime_type = ? WHERE id = ?"), {mimeType, id});
}

bool MediaStore::appendChunk(const MediaUpload &upload, const QByteArray &data, const QDateTime &now, QString *error)
{
    const bool stored = m_database.transaction(
        [&] {
            Sql sql(m_database);
            // Only if nobody appended meanwhile (another instance, a retried request).
            if (!sql.exec(QStringLiteral("UPDATE media_uploads SET received = ?, updated_at = ? "
                                         "WHERE id = ? AND received = ?"),
                          {upload.received + data.size(), now.toMSecsSinceEpoch(), upload.id, upload.received})) {
                *error = sql.error();
                return false;
            }
            if (sql.rowsAffected() != 1) {
                *error = QStringLiteral("offset moved");
                return false;
            }
            if (!sql.exec(QStringLiteral("INSERT INTO media_chunks (blob_id, offset_bytes, data) VALUES (?, ?, ?)"),
                          {upload.id, upload.received, data})) {
                *error = sql.error();
                return false;
            }
            return true;
        },
        error);
    if (stored) {
        IOC_CRASH_POINT("server.media.part_stored");
    }
    return stored;
}

QString MediaStore::hashBlob(const QString &blobId) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Sql sql(m_database);
    // One chunk at a time: never the whole file in memory.
    qint64 offset = 0;
    for (;;) {
        if (!sql.exec(QStringLiteral("SELECT data FROM media_chunks WHERE blob_id = ? AND offset_bytes = ?"),
                      {blobId, offset}) ||
            !sql.next()) {
            break;
        }
        const QByteArray data = sql.value(0).toByteArray();
        if (data.isEmpty()) {
            break;
        }
        hash.addData(data);
        offset += data.size();
    }
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray MediaStore::read(const QString &blobId, qint64 offset, qint64 length) const
{
    QByteArray out;
    Sql sql(m_database);
    // The chunks overlapping [offset, offset + length).
    if (!sql.exec(QStringLiteral("SELECT offset_bytes, data FROM media_chunks WHERE blob_id = ? AND offset_bytes < ? "
                                 "AND offset_bytes > ? ORDER BY offset_bytes"),
                  {blobId, offset + length, offset - chunkLimit})) {
        return out;
    }
    while (sql.next()) {
        const qint64 start = sql.value(0).toLongLong();
        const QByteArray data = sql.value(1).toByteArray();
        const qint64 from = std::max<qint64>(offset, start);
        const qint64 to = std::min<qint64>(offset + length, start + data.size());
        if (to > from) {
            out.append(data.constData() + (from - start), to - from);
        }
    }
    return out;
}

void MediaStore::resetUpload(const QString &id)
{
    QString error;
    m_database.transaction(
        [&] {
            Sql sql(m_database);
            return sql.exec(QStringLiteral("DELETE FROM media_chunks WHERE blob_id = ?"), {id}) &&
                   sql.exec(QStringLiteral("UPDATE media_uploads SET received = 0, mime_type = NULL WHERE id = ?"),
                            {id});
        },
        &error);
}

void MediaStore::deleteUpload(const QString &id)
{
    QString error;
    m_database.transaction(
        [&] {
            Sql sql(m_database);
            return sql.exec(QStringLiteral("DELETE FROM media_chunks WHERE blob_id = ?"), {id}) &&
                   sql.exec(QStringLiteral("DELETE FROM media_uploads WHERE id = ?"), {id});
        },
        &error);
}

bool MediaStore::complete(const MediaUpload &upload, const core::MediaFacts &facts, const QDateTime &now,
                          QString *error)
{
    const bool stored = m_database.transaction(
        [&] {
            Sql sql(m_database);
            const QString factsJson = QString::fromUtf8(
                QJsonDocument(core::json::fromMediaFacts(facts).toObject()).toJson(QJsonDocument::Compact));
            if (!sql.exec(
                    QStringLiteral("INSERT INTO media (sha256, size, mime_type, facts, blob_id, created_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING"),
                    {upload.sha256, upload.size, upload.mimeType, factsJson, upload.id, now.toMSecsSinceEpoch()})) {
                *error = sql.error();
                return false;
            }
            if (sql.rowsAffected() == 0 &&
                !sql.exec(QStringLiteral("DELETE FROM media_chunks WHERE blob_id = ?"), {upload.id})) {
                *error = sql.error(); // the file was already stored: keep one copy
                return false;
            }
            if (!sql.exec(QStringLiteral("DELETE FROM media_uploads WHERE id = ?"), {upload.id}) ||
                !sql.exec(QStringLiteral("INSERT INTO media_uploaders (sha256, user_id) VALUES (?, ?) "
                                         "ON CONFLICT (sha256, user_id) DO NOTHING"),
                          {upload.sha256, upload.userId})) {
                *error = sql.error();
                return false;
            }
            return true;
        },
        error);
    if (stored) {
        IOC_CRASH_POINT("server.media.completed");
    }
    return stored;
}

QString MediaStore::storeWhole(const QByteArray &data, const QString &mimeType, const core::MediaFacts &facts,
                               const QString &userId, const QDateTime &now, QString *error)
{
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    const QString blobId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool stored = m_database.transaction(
        [&] {
            Sql sql(m_database);
            if (!find(sha256)) {
                for (qint64 offset = 0; offset < data.size(); offset += chunkLimit) {
                    if (!sql.exec(
                            QStringLiteral("INSERT INTO media_chunks (blob_id, offset_bytes, data) VALUES (?, ?, ?)"),
                            {blobId, offset, data.mid(offset, chunkLimit)})) {
                        *error = sql.error();
                        return false;
                    }
                }
                const QString factsJson = QString::fromUtf8(
                    QJsonDocument(core::json::fromMediaFacts(facts).toObject()).toJson(QJsonDocument::Compact));
                if (!sql.exec(QStringLiteral("INSERT INTO media (sha256, size, mime_type, facts, blob_id, created_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?)"),
                              {sha256, data.size(), mimeType, factsJson, blobId, now.toMSecsSinceEpoch()})) {
                    *error = sql.error();
                    return false;
                }
            }
            if (!sql.exec(QStringLiteral("INSERT INTO media_uploaders (sha256, user_id) VALUES (?, ?) "
                                         "ON CONFLICT (sha256, user_id) DO NOTHING"),
                          {sha256, userId})) {
                *error = sql.error();
                return false;
            }
            return true;
        },
        error);
    if (!stored) {
        return QString();
    }
    if (mimeType.startsWith(QStringLiteral("image/")) && !publicCopy(sha256)) {
        QString problem;
        if (!makePublicCopy(sha256, data, &problem)) {
            qWarning("ioc-server: no metadata-free copy of %s: %s", qPrintable(sha256), qPrintable(problem));
        }
    }
    return sha256;
}

bool MediaStore::linkReport(const core::Report &report)
{
    QStringList shown = report.resultAttachments;
    for (const core::MediaItem &item : report.media) {
        shown.append(item.sha256);
    }
    const QString &reportId = report.id;
    Sql sql(m_database);
    for (const QString &sha256 : std::as_const(shown)) {
        if (!sql.exec(QStringLiteral("INSERT INTO report_media (report_id, sha256) VALUES (?, ?) "
                                     "ON CONFLICT (report_id, sha256) DO NOTHING"),
                      {reportId, sha256})) {
            return false;
        }
    }
    return true;
}

std::optional<PublicCopy> MediaStore::publicCopy(const QString &sha256) const
{
    if (const auto known = m_publicCopies.constFind(sha256); known != m_publicCopies.cend()) {
        return *known;
    }
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("SELECT public_sha256, size, blob_id FROM media_public WHERE sha256 = ?"), {sha256}) ||
        !sql.next()) {
        return std::nullopt;
    }
    const PublicCopy copy{sql.value(0).toString(), sql.value(1).toLongLong(), sql.value(2).toString()};
    m_publicCopies.insert(sha256, copy);
    return copy;
}

QStringList MediaStore::originalsOf(const QString &publicSha256) const
{
    QStringList originals;
    Sql sql(m_database);
    if (sql.exec(QStringLiteral("SELECT sha256 FROM media_public WHERE public_sha256 = ?"), {publicSha256})) {
        while (sql.next()) {
            originals.append(sql.value(0).toString());
        }
    }
    return originals;
}

bool MediaStore::makePublicCopy(const QString &sha256, const QByteArray &original, QString *error)
{
    const auto stripped = media::stripMetadata(original, error);
    return stripped && storePublicCopy(sha256, *stripped, error);
}

bool MediaStore::storePublicCopy(const QString &sha256, const QByteArray &stripped, QString *error)
{
    // Two originals that differ only in their metadata have the same copy: each maps to it.
    const QString publicSha =
        QString::fromLatin1(QCryptographicHash::hash(stripped, QCryptographicHash::Sha256).toHex());
    const QString blobId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return m_database.transaction(
        [&] {
            Sql sql(m_database);
            if (!sql.exec(QStringLiteral("INSERT INTO media_public (sha256, public_sha256, size, blob_id) "
                                         "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                          {sha256, publicSha, stripped.size(), blobId})) {
                *error = sql.error();
                return false;
            }
            if (sql.rowsAffected() == 0) {
                return true; // made already (another instance, or the same bytes)
            }
            for (qint64 offset = 0; offset < stripped.size(); offset += chunkLimit) {
                if (!sql.exec(QStringLiteral("INSERT INTO media_chunks (blob_id, offset_bytes, data) VALUES (?, ?, ?)"),
                              {blobId, offset, stripped.mid(offset, chunkLimit)})) {
                    *error = sql.error();
                    return false;
                }
            }
            return true;
        },
        error);
}

int MediaStore::backfillPublicCopies(int limit)
{
    QList<std::pair<QString, QString>> missing; // sha256, blob id
    {
        Sql sql(m_database);
        if (sql.exec(QStringLiteral("SELECT m.sha256, m.blob_id FROM media m WHERE m.mime_type LIKE 'image/%' AND NOT "
                                    "EXISTS (SELECT 1 FROM media_public p WHERE p.sha256 = m.sha256) LIMIT ?"),
                     {limit})) {
            while (sql.next()) {
                missing.append({sql.value(0).toString(), sql.value(1).toString()});
            }
        }
    }
    int made = 0;
    for (const auto &[sha256, blobId] : std::as_const(missing)) {
        const auto stored = find(sha256);
        QString error;
        if (stored && makePublicCopy(sha256, read(blobId, 0, stored->size), &error)) {
            ++made;
        } else {
            qWarning("ioc-server: no metadata-free copy of %s: %s", qPrintable(sha256), qPrintable(error));
        }
    }
    return made;
}

qint64 MediaStore::bytesAnnouncedSince(const QString &userId, const QDateTime &since, QDateTime *oldest) const
{
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("SELECT coalesce(sum(size), 0), min(created_at) FROM media_upload_log "
                                 "WHERE user_id = ? AND created_at >= ?"),
                  {userId, since.toMSecsSinceEpoch()}) ||
        !sql.next()) {
        return 0;
    }
    if (oldest) {
        *oldest = sql.value(1).isNull() ? QDateTime()
                                        : QDateTime::fromMSecsSinceEpoch(sql.value(1).toLongLong(), QTimeZone::utc());
    }
    return sql.value(0).toLongLong();
}

int MediaStore::expireUnattached(const QDateTime &before)
{
    // Completed files that no report shows, older than `before`: a client that uploaded and never
    // sent its report (or an attacker filling the disk). Each row is locked and looked at again
    // before it goes, so a report attaching it at this moment keeps it (findForAttach).
    const bool postgres = m_database.dialect() == ServerDatabase::Dialect::Postgres;
    int expired = 0;
    QString error;
    m_database.transaction(
        [&] {
            Sql candidates(m_database);
            if (!candidates.exec(
                    QStringLiteral("SELECT sha256, blob_id FROM media m WHERE created_at < ? AND NOT EXISTS "
                                   "(SELECT 1 FROM report_media r WHERE r.sha256 = m.sha256) LIMIT 500") +
                        (postgres ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString()),
                    {before.toMSecsSinceEpoch()})) {
                return false;
            }
            QList<std::pair<QString, QString>> files;
            while (candidates.next()) {
                files.append({candidates.value(0).toString(), candidates.value(1).toString()});
            }
            Sql sql(m_database);
            for (const auto &[sha256, blobId] : std::as_const(files)) {
                if (!sql.exec(QStringLiteral("SELECT 1 FROM report_media WHERE sha256 = ?"), {sha256})) {
                    return false;
                }
                if (sql.next()) {
                    continue; // attached meanwhile
                }
                if (!sql.exec(QStringLiteral("DELETE FROM media_chunks WHERE blob_id IN (SELECT blob_id FROM "
                                             "media_public WHERE sha256 = ?)"),
                              {sha256}) ||
                    !sql.exec(QStringLiteral("DELETE FROM media_public WHERE sha256 = ?"), {sha256}) ||
                    !sql.exec(QStringLiteral("DELETE FROM media WHERE sha256 = ?"), {sha256}) ||
                    !sql.exec(QStringLiteral("DELETE FROM media_chunks WHERE blob_id = ?"), {blobId}) ||
                    !sql.exec(QStringLiteral("DELETE FROM media_uploaders WHERE sha256 = ?"), {sha256})) {
                    return false;
                }
                m_publicCopies.remove(sha256);
                ++expired;
            }
            return true;
        },
        &error);
    if (!error.isEmpty()) {
        qWarning("ioc-server: cannot expire unattached files: %s", qPrintable(error));
        return 0;
    }
    return expired;
}

int MediaStore::expireUploads(const QDateTime &now)
{
    {
        Sql sql(m_database);
        sql.exec(QStringLiteral("DELETE FROM media_upload_log WHERE created_at < ?"),
                 {now.addDays(-2).toMSecsSinceEpoch()});
    }
    QStringList stale;
    {
        Sql sql(m_database);
        if (sql.exec(QStringLiteral("SELECT id FROM media_uploads WHERE updated_at < ?"),
                     {now.addDays(-abandonedUploadDays).toMSecsSinceEpoch()})) {
            while (sql.next()) {
                stale.append(sql.value(0).toString());
            }
        }
    }
    for (const QString &id : stale) {
        deleteUpload(id);
    }
    return int(stale.size());
}

} // namespace ioc::server

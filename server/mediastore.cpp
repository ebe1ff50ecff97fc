#include "mediastore.h"

#include "core/crashpoint.h"
#include "core/reportjson.h"
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
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("SELECT size, mime_type, facts, blob_id FROM media WHERE sha256 = ?"), {sha256}) ||
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
    // The file name is optional: an absent one is stored empty, never NULL.
    if (!sql.exec(QStringLiteral("INSERT INTO media_uploads (id, user_id, sha256, size, file_name, received, "
                                 "created_at, updated_at) VALUES (?, ?, ?, ?, COALESCE(?, ''), 0, ?, ?)"),
                  {id, userId, sha256, size, fileName, now.toMSecsSinceEpoch(), now.toMSecsSinceEpoch()})) {
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
    return stored ? sha256 : QString();
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

int MediaStore::expireUploads(const QDateTime &now)
{
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

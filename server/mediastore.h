#pragma once

#include "core/report.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace ioc::server {

class ServerDatabase;

struct StoredMedia
{
    QString sha256;
    qint64 size = 0;
    QString mimeType;
    core::MediaFacts facts;
    QString blobId;
};

// The copy of a picture without its metadata, which readers other than the IOC get.
struct PublicCopy
{
    QString sha256; // the copy's own
    qint64 size = 0;
    QString blobId;
};

struct MediaUpload
{
    QString id;
    QString userId;
    QString sha256; // what the file must hash to
    qint64 size = 0;
    QString fileName;
    QString mimeType; // known after the first chunk
    qint64 received = 0;
};

// Files by SHA-256, kept in the database in chunks; uploads in progress; who sent which file;
// which reports show it. Knows nothing of HTTP or roles (mediaapi.cpp decides who may do what).
class MediaStore final
{
public:
    static constexpr qint64 chunkLimit = 4 * 1024 * 1024; // bytes per PUT
    static constexpr int maxItemsPerReport = 10;
    static constexpr qint64 maxBytesPerReport = 150LL * 1024 * 1024;
    static constexpr int abandonedUploadDays = 7;

    explicit MediaStore(ServerDatabase &database);

    std::optional<StoredMedia> find(const QString &sha256) const;
    // As find(), inside the transaction of a report that attaches the file: the file cannot
    // expire until that transaction ends.
    std::optional<StoredMedia> findForAttach(const QString &sha256) const;
    bool isUploader(const QString &sha256, const QString &userId) const;
    // The reports that show this file.
    QStringList reportsShowing(const QString &sha256) const;

    QString createUpload(const QString &userId, const QString &sha256, qint64 size, const QString &fileName,
                         const QDateTime &now);
    std::optional<MediaUpload> upload(const QString &id) const;
    bool setUploadType(const QString &id, const QString &mimeType);
    // Stores the bytes at `offset` (which must be the upload's `received`).
    bool appendChunk(const MediaUpload &upload, const QByteArray &data, const QDateTime &now, QString *error);
    // SHA-256 (hex) over the blob's chunks in order.
    QString hashBlob(const QString &blobId) const;
    // The first `length` bytes of a blob (the head for type detection), or a range of it.
    QByteArray read(const QString &blobId, qint64 offset, qint64 length) const;
    // Forgets the bytes received so far (hash mismatch): the client starts again at 0.
    void resetUpload(const QString &id);
    void deleteUpload(const QString &id);
    // Turns a fully received, verified upload into a stored file (or, if the same file was
    // stored meanwhile, drops the duplicate bytes) and records the sender as an uploader.
    bool complete(const MediaUpload &upload, const core::MediaFacts &facts, const QDateTime &now, QString *error);
    // Stores a whole file at once (demo data, the simulator): chunks, facts, its sender. Returns
    // the file's SHA-256, or an empty string and the reason in `error`.
    QString storeWhole(const QByteArray &data, const QString &mimeType, const core::MediaFacts &facts,
                       const QString &userId, const QDateTime &now, QString *error);
    // Records that a report shows its media and result attachments (inside the report's
    // transaction).
    bool linkReport(const core::Report &report);
    // The metadata-free copy of a picture (std::nullopt: none, e.g. a video or a PDF), by the
    // original's SHA-256; and the originals a copy was made from (two pictures that differ only
    // in their metadata share it).
    std::optional<PublicCopy> publicCopy(const QString &sha256) const;
    QStringList originalsOf(const QString &publicSha256) const;
    // Strips a picture's metadata and keeps the copy (once; a file exiv2 cannot rewrite gets
    // none, and says why in `error`).
    bool makePublicCopy(const QString &sha256, const QByteArray &original, QString *error);
    // Keeps a copy already stripped (off the request thread).
    bool storePublicCopy(const QString &sha256, const QByteArray &stripped, QString *error);
    // Makes the copies older files lack (files stored before copies existed), at most `limit`.
    int backfillPublicCopies(int limit);

    // Drops uploads nobody touched for abandonedUploadDays, and the quota's records older than
    // its window.
    int expireUploads(const QDateTime &now);
    // Drops completed files that no report shows and that were stored before `before` (policy
    // "uploads.unattached_expiry"); the number dropped.
    int expireUnattached(const QDateTime &before);
    // Bytes `userId` announced in uploads since `since` (the daily quota), and when the oldest of
    // them was announced.
    qint64 bytesAnnouncedSince(const QString &userId, const QDateTime &since, QDateTime *oldest = nullptr) const;

private:
    std::optional<StoredMedia> findRow(const QString &sha256, bool forAttach) const;
    // Immutable once made: original → copy, filled as copies are looked up.
    mutable QHash<QString, PublicCopy> m_publicCopies;

    ServerDatabase &m_database;
};

} // namespace ioc::server

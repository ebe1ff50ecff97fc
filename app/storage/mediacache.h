#pragma once

#include "storage/storageerror.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace ioc::storage {

class Database;

// Photos and videos of reports, cached in the profile's encrypted media database, addressed by
// SHA-256 (verified before storing). When the cache exceeds its size limit, the least recently
// used unpinned items go; pinned items (media of an offline report waiting for upload) stay.
class MediaCache final
{
public:
    MediaCache(Database &database, qint64 limitBytes);
    Q_DISABLE_COPY_MOVE(MediaCache)

    // Stores `data` if its SHA-256 is `sha256` (lower-case hex); refuses it otherwise.
    bool put(const QString &sha256, const QByteArray &data, const QString &mimeType, bool pinned, StorageError *error);
    std::optional<QByteArray> get(const QString &sha256);
    bool contains(const QString &sha256) const;
    bool unpin(const QString &sha256, StorageError *error);
    QStringList pinned() const;
    qint64 totalSize() const;
    qint64 limit() const { return m_limit; }
    // Evicts least recently used unpinned items until the cache fits its limit.
    bool evict(StorageError *error);

    static QString sha256Of(const QByteArray &data);

private:
    Database &m_database;
    qint64 m_limit;
    qint64 m_clock = 0; // strictly increasing access stamps, so LRU order is exact
};

} // namespace ioc::storage

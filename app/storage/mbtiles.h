#pragma once

#include "storage/storageerror.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace ioc::storage {

class Database;

// An MBTiles file (the SQLite tile container of the MBTiles 1.3 specification: `metadata`
// name/value pairs and `tiles` with TMS rows), read and written through the project's own
// SQLite driver, unencrypted: a basemap is public data. Tile coordinates here are XYZ (y down);
// the TMS flip happens inside. One connection, one thread.
class MbTiles final
{
public:
    // Opens an existing file read-only; a file that is not MBTiles is refused with a message.
    static std::unique_ptr<MbTiles> open(const QString &path, StorageError *error);
    // Creates a new file (an existing one is refused) with the given metadata.
    static std::unique_ptr<MbTiles> create(const QString &path, const QHash<QString, QString> &metadata,
                                           StorageError *error);
    ~MbTiles();
    Q_DISABLE_COPY_MOVE(MbTiles)

    // The tile's bytes (PNG, JPEG or WebP as the file holds them), or nothing if absent.
    std::optional<QByteArray> tile(int z, int x, int y) const;
    bool putTile(int z, int x, int y, const QByteArray &data, StorageError *error);
    // Writes many tiles in one transaction.
    bool begin(StorageError *error);
    bool commit(StorageError *error);
    QHash<QString, QString> metadata() const { return m_metadata; }
    // "png", "jpg", "webp" (metadata `format`), for the Content-Type of served tiles.
    QString format() const { return m_metadata.value(QStringLiteral("format"), QStringLiteral("png")); }

private:
    MbTiles() = default;
    std::unique_ptr<Database> m_database;
    QHash<QString, QString> m_metadata;
};

} // namespace ioc::storage

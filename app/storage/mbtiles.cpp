#include "storage/mbtiles.h"

#include "storage/database.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace ioc::storage {

namespace {

int tmsRow(int z, int y)
{
    return (1 << z) - 1 - y;
}

StorageError formatError(const QString &path, const QString &message)
{
    StorageError error;
    error.kind = StorageError::Kind::Corrupt;
    error.message = QStringLiteral("%1: not an MBTiles file (%2)").arg(path, message);
    return error;
}

} // namespace

MbTiles::~MbTiles() = default;

std::unique_ptr<MbTiles> MbTiles::open(const QString &path, StorageError *error)
{
    if (!QFileInfo::exists(path)) {
        error->kind = StorageError::Kind::Missing;
        error->message = QStringLiteral("%1: no such file").arg(path);
        return nullptr;
    }
    Database::Options options;
    options.path = path;
    options.readOnly = true;
    options.allowUnencrypted = true;
    std::unique_ptr<MbTiles> tiles(new MbTiles());
    tiles->m_database = Database::open(std::move(options), error);
    if (!tiles->m_database) {
        return nullptr;
    }
    QSqlQuery query(tiles->m_database->connection());
    if (!query.exec(QStringLiteral("SELECT name, value FROM metadata"))) {
        *error = formatError(path, query.lastError().text());
        return nullptr;
    }
    while (query.next()) {
        tiles->m_metadata.insert(query.value(0).toString(), query.value(1).toString());
    }
    if (!query.exec(QStringLiteral("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1"))) {
        *error = formatError(path, query.lastError().text());
        return nullptr;
    }
    return tiles;
}

std::unique_ptr<MbTiles> MbTiles::create(const QString &path, const QHash<QString, QString> &metadata,
                                         StorageError *error)
{
    if (QFileInfo::exists(path)) {
        error->kind = StorageError::Kind::Other;
        error->message = QStringLiteral("%1 exists already").arg(path);
        return nullptr;
    }
    Database::Options options;
    options.path = path;
    options.create = true;
    options.allowUnencrypted = true;
    std::unique_ptr<MbTiles> tiles(new MbTiles());
    tiles->m_database = Database::open(std::move(options), error);
    if (!tiles->m_database) {
        return nullptr;
    }
    QSqlQuery query(tiles->m_database->connection());
    for (const char *sql :
         {"CREATE TABLE metadata (name TEXT, value TEXT)",
          "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)",
          "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)"}) {
        if (!query.exec(QString::fromLatin1(sql))) {
            *error = StorageError::fromSql(query.lastError(), path);
            return nullptr;
        }
    }
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it) {
        query.prepare(QStringLiteral("INSERT INTO metadata (name, value) VALUES (?, ?)"));
        query.addBindValue(it.key());
        query.addBindValue(it.value());
        if (!query.exec()) {
            *error = StorageError::fromSql(query.lastError(), path);
            return nullptr;
        }
    }
    tiles->m_metadata = metadata;
    return tiles;
}

std::optional<QByteArray> MbTiles::tile(int z, int x, int y) const
{
    if (z < 0 || z > 30 || x < 0 || y < 0 || x >= (1 << z) || y >= (1 << z)) {
        return std::nullopt;
    }
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"));
    query.addBindValue(z);
    query.addBindValue(x);
    query.addBindValue(tmsRow(z, y));
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toByteArray();
}

bool MbTiles::putTile(int z, int x, int y, const QByteArray &data, StorageError *error)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO tiles (zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?)"));
    query.addBindValue(z);
    query.addBindValue(x);
    query.addBindValue(tmsRow(z, y));
    query.addBindValue(data);
    if (!query.exec()) {
        *error = StorageError::fromSql(query.lastError(), m_database->path());
        return false;
    }
    return true;
}

bool MbTiles::begin(StorageError *error)
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("BEGIN"))) {
        *error = StorageError::fromSql(query.lastError(), m_database->path());
        return false;
    }
    return true;
}

bool MbTiles::commit(StorageError *error)
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        *error = StorageError::fromSql(query.lastError(), m_database->path());
        return false;
    }
    return true;
}

} // namespace ioc::storage

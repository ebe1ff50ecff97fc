#include "serverdatabase.h"

#include "storage/sqlcipherdriver.h"

#include <QDir>
#include <QFile>
#include <QSqlError>

namespace ioc::server {

Sql::Sql(const QSqlDatabase &db)
    : m_query(db)
{}

bool Sql::exec(const QString &sql, const QVariantList &values)
{
    if (values.isEmpty()) {
        return m_query.exec(sql);
    }
    if (!m_query.prepare(sql)) {
        return false;
    }
    for (const QVariant &value : values) {
        m_query.addBindValue(value);
    }
    return m_query.exec();
}

QString Sql::error() const
{
    return m_query.lastError().text();
}

namespace {

// Reads the database key (64 hex digits) from `path`, creating it with 0600 permissions first if
// it does not exist.
std::optional<core::SecretBytes> loadOrCreateKey(const QString &path, bool mayCreate, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        if (!mayCreate) {
            *error = QStringLiteral("the key file %1 does not exist").arg(path);
            return std::nullopt;
        }
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            *error = QStringLiteral("cannot create the key file %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const core::SecretBytes key = core::SecretBytes::random(storage::DatabaseKey::keySize);
        const core::SecretBytes hex = key.toHex();
        file.write(hex.data(), hex.size());
        file.write("\n");
        file.close();
        return key.clone();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the key file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray hex = file.readLine().trimmed();
    QByteArray raw = QByteArray::fromHex(hex);
    core::secureZero(hex.data(), std::size_t(hex.size()));
    if (raw.size() != storage::DatabaseKey::keySize) {
        *error = QStringLiteral("the key file %1 must hold 64 hexadecimal digits").arg(path);
        return std::nullopt;
    }
    return core::SecretBytes::take(raw);
}

} // namespace

std::unique_ptr<ServerDatabase> ServerDatabase::openEmbedded(const QString &dataDirectory, const QString &keyFile,
                                                             QString *error)
{
    storage::SqlCipherDriver::registerDriver();
    const QString dbPath = QDir(dataDirectory).filePath(QStringLiteral("server.db"));
    const bool dbExists = QFile::exists(dbPath);
    const QString keyPath = keyFile.isEmpty() ? QDir(dataDirectory).filePath(QStringLiteral("server.key")) : keyFile;
    // A named key file must exist; the default one is created with a new database only.
    const auto key = loadOrCreateKey(keyPath, keyFile.isEmpty() && !dbExists, error);
    if (!key) {
        return nullptr;
    }
    storage::Database::Options options;
    options.path = dbPath;
    options.key = storage::DatabaseKey::fromRawKey(*key);
    options.migrations = QStringLiteral(":/ioc/migrations/server");
    options.create = true;
    storage::StorageError storageError;
    std::unique_ptr<ServerDatabase> db(new ServerDatabase());
    db->m_database = storage::Database::open(std::move(options), &storageError);
    if (!db->m_database) {
        *error = storageError.message;
        return nullptr;
    }
    return db;
}

ServerDatabase::~ServerDatabase() = default;

QSqlDatabase ServerDatabase::connection() const
{
    return m_database->connection();
}

QString ServerDatabase::path() const
{
    return m_database->path();
}

bool ServerDatabase::transaction(const std::function<bool()> &work, QString *error)
{
    storage::StorageError storageError;
    const bool ok = m_database->transaction(work, &storageError);
    if (!ok && error != nullptr && storageError.isError()) {
        *error = storageError.message;
    }
    return ok;
}

qint64 ServerDatabase::nextValue(const QString &counter)
{
    Sql sql(connection());
    if (sql.exec(QStringLiteral("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = ? "
                                "RETURNING value"),
                 {counter}) &&
        sql.next()) {
        return sql.value(0).toLongLong();
    }
    Sql insert(connection());
    insert.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, '1')"), {counter});
    return 1;
}

QString ServerDatabase::meta(const QString &key) const
{
    Sql sql(connection());
    return sql.exec(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}) && sql.next()
               ? sql.value(0).toString()
               : QString();
}

bool ServerDatabase::setMeta(const QString &key, const QString &value)
{
    Sql sql(connection());
    return sql.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                    {key, value});
}

} // namespace ioc::server

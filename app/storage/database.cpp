#include "storage/database.h"

#include "core/crashpoint.h"
#include "storage/logging.h"
#include "storage/sqlcipherdriver.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

namespace ioc::storage {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("ioc-storage-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Migration files by version: NNNN_description.sql.
QMap<int, QString> migrationFiles(const QString &folder)
{
    static const QRegularExpression name(QStringLiteral(R"(^(\d{4})_.*\.sql$)"));
    QMap<int, QString> files;
    const QStringList entries = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &entry : entries) {
        const auto match = name.match(entry);
        if (match.hasMatch()) {
            files.insert(match.captured(1).toInt(), QDir(folder).filePath(entry));
        }
    }
    return files;
}

} // namespace

std::unique_ptr<Database> Database::open(Options options, StorageError *error)
{
    std::unique_ptr<Database> database(new Database());
    database->m_path = options.path;
    auto *driver = new SqlCipherDriver();
    driver->setKey(std::move(options.key));
    database->m_db = QSqlDatabase::addDatabase(driver, nextConnectionName());
    database->m_db.setDatabaseName(options.path);
    QStringList connectOptions{QStringLiteral("QSQLCIPHER_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs)};
    if (options.create) {
        connectOptions.append(QStringLiteral("QSQLCIPHER_CREATE_IF_MISSING"));
    }
    if (options.readOnly) {
        connectOptions.append(QStringLiteral("QSQLCIPHER_OPEN_READONLY"));
    }
    if (options.allowUnencrypted) {
        connectOptions.append(QStringLiteral("QSQLCIPHER_ALLOW_UNENCRYPTED"));
    }
    database->m_db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    if (!database->m_db.open()) {
        *error = StorageError::fromSql(database->m_db.lastError(), options.path);
        if (database->m_db.lastError().nativeErrorCode() == QStringLiteral("14") ||
            database->m_db.lastError().databaseText().contains(QStringLiteral("does not exist"))) {
            error->kind = StorageError::Kind::Missing;
        }
        return nullptr;
    }
    if (!options.readOnly) {
        QSqlQuery pragma(database->m_db);
        // secure_delete: what is deleted (a reporter's identity that left an agency's view, a
        // revealed identity dropped) is overwritten, not left readable in free pages to anyone
        // who has the key.
        for (const char *sql :
             {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
              "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY", "PRAGMA secure_delete = ON"}) {
            if (!pragma.exec(QString::fromLatin1(sql))) {
                *error = StorageError::fromSql(pragma.lastError(), options.path);
                return nullptr;
            }
        }
    }
    if (!options.migrations.isEmpty() && !database->migrate(options.migrations, error)) {
        return nullptr;
    }
    return database;
}

Database::~Database()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

SqlCipherDriver *Database::driver() const
{
    return qobject_cast<SqlCipherDriver *>(m_db.driver());
}

int Database::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

int Database::knownSchemaVersion(const QString &migrations)
{
    const auto files = migrationFiles(migrations);
    return files.isEmpty() ? 0 : files.lastKey();
}

bool Database::migrate(const QString &migrations, StorageError *error)
{
    const auto files = migrationFiles(migrations);
    const int current = schemaVersion();
    m_openedAt = current;
    const int known = files.isEmpty() ? 0 : files.lastKey();
    if (current > known) {
        error->kind = StorageError::Kind::SchemaTooNew;
        error->message = QStringLiteral("%1: the database has schema version %2, newer than this program knows (%3); "
                                        "install a newer version of the program")
                             .arg(m_path)
                             .arg(current)
                             .arg(known);
        return false;
    }
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        if (it.key() <= current) {
            continue;
        }
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly)) {
            error->kind = StorageError::Kind::Other;
            error->message = QStringLiteral("cannot read migration %1").arg(it.value());
            return false;
        }
        const QString script = QString::fromUtf8(file.readAll());
        const int version = it.key();
        const bool ok = transaction(
            [this, &script, version] {
                const bool migrated = driver()->executeScript(script) &&
                                      QSqlQuery(m_db).exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
                IOC_CRASH_POINT("migration.before_commit");
                return migrated;
            },
            error);
        if (!ok) {
            if (!error->isError()) {
                *error = StorageError::fromSql(driver()->lastError(),
                                               QStringLiteral("%1: migration %2").arg(m_path).arg(version));
            }
            return false;
        }
        IOC_CRASH_POINT("migration.after_commit");
        qCDebug(lcStorage) << "migrated" << m_path << "to schema version" << version;
    }
    return true;
}

bool Database::transaction(const std::function<bool()> &work, StorageError *error)
{
    if (!m_db.transaction()) {
        *error = StorageError::fromSql(m_db.lastError(), m_path);
        return false;
    }
    if (!work()) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        *error = StorageError::fromSql(m_db.lastError(), m_path);
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace ioc::storage

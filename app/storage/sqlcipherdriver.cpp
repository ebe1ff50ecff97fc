#include "storage/sqlcipherdriver.h"

#include "storage/logging.h"
#include "storage/sqlcipherresult.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

namespace ioc::storage {

namespace {

struct Options
{
    bool create = false;
    bool readOnly = false;
    bool allowUnencrypted = false;
    int busyTimeoutMs = 5000;
};

std::optional<Options> parseOptions(const QString &text, QString *error)
{
    Options options;
    for (const QString &raw : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString option = raw.trimmed();
        if (option == QStringLiteral("QSQLCIPHER_CREATE_IF_MISSING")) {
            options.create = true;
        } else if (option == QStringLiteral("QSQLCIPHER_OPEN_READONLY")) {
            options.readOnly = true;
        } else if (option == QStringLiteral("QSQLCIPHER_ALLOW_UNENCRYPTED")) {
            options.allowUnencrypted = true;
        } else if (option.startsWith(QStringLiteral("QSQLCIPHER_BUSY_TIMEOUT="))) {
            bool ok = false;
            options.busyTimeoutMs = option.section(QLatin1Char('='), 1).toInt(&ok);
            if (!ok || options.busyTimeoutMs < 0) {
                *error = QStringLiteral("bad connect option: %1").arg(option);
                return std::nullopt;
            }
        } else {
            *error = QStringLiteral("unknown connect option: %1").arg(option);
            return std::nullopt;
        }
    }
    return options;
}

QMetaType typeOfDeclaration(const QString &declared)
{
    const QString type = declared.toUpper();
    if (type.contains(QStringLiteral("INT"))) {
        return QMetaType::fromType<qlonglong>();
    }
    if (type.contains(QStringLiteral("REAL")) || type.contains(QStringLiteral("FLOA")) ||
        type.contains(QStringLiteral("DOUB"))) {
        return QMetaType::fromType<double>();
    }
    if (type.contains(QStringLiteral("BLOB"))) {
        return QMetaType::fromType<QByteArray>();
    }
    return QMetaType::fromType<QString>();
}

} // namespace

SqlCipherDriver::SqlCipherDriver(QObject *parent)
    : QSqlDriver(parent)
{}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

QString SqlCipherDriver::driverName()
{
    return QStringLiteral("QSQLCIPHER");
}

QString SqlCipherDriver::libraryVersion()
{
    sqlite3 *db = nullptr;
    QString cipher;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW) {
            cipher = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(db);
    return QStringLiteral("%1 (SQLite %2)").arg(cipher, QString::fromLatin1(sqlite3_libversion()));
}

void SqlCipherDriver::registerDriver()
{
    static const bool registered = [] {
        QSqlDatabase::registerSqlDriver(driverName(), new QSqlDriverCreator<SqlCipherDriver>());
        return true;
    }();
    Q_UNUSED(registered);
}

void SqlCipherDriver::setKey(DatabaseKey key)
{
    m_key = std::move(key);
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case LowPrecisionNumbers:
    case FinishQuery:
        return true;
    case QuerySize:
    case NamedPlaceholders: // Qt rewrites named placeholders to positional ones for us
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

void SqlCipherDriver::fail(const QString &what, int code, QSqlError::ErrorType type)
{
    QString detail;
    if (code == SQLITE_NOTADB) {
        detail = QStringLiteral("wrong key or not a database");
    } else if (m_db != nullptr) {
        detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    } else {
        detail = QString::fromUtf8(sqlite3_errstr(code));
    }
    setLastError(QSqlError(what, detail, type, QString::number(code)));
}

bool SqlCipherDriver::open(const QString &db, const QString &, const QString &, const QString &, int,
                           const QString &connectOptions)
{
    if (isOpen()) {
        close();
    }
    QString optionError;
    const auto options = parseOptions(connectOptions, &optionError);
    if (!options) {
        setLastError(QSqlError(optionError, {}, QSqlError::ConnectionError));
        setOpenError(true);
        return false;
    }
    const bool inMemory = db == QStringLiteral(":memory:");
    if (!inMemory && !options->create && !QFileInfo::exists(db)) {
        setLastError(QSqlError(QStringLiteral("Cannot open the database"), QStringLiteral("%1 does not exist").arg(db),
                               QSqlError::ConnectionError, QString::number(SQLITE_CANTOPEN)));
        setOpenError(true);
        return false;
    }
    int flags = options->readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (options->create && !options->readOnly) {
        flags |= SQLITE_OPEN_CREATE;
    }
    flags |= SQLITE_OPEN_NOMUTEX; // one connection per thread
    int rc = sqlite3_open_v2(db.toUtf8().constData(), &m_db, flags, nullptr);
    const auto abandon = [this](const QString &what, int code) {
        fail(what, code, QSqlError::ConnectionError);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        m_key = DatabaseKey();
        setOpenError(true);
        return false;
    };
    if (rc != SQLITE_OK) {
        return abandon(QStringLiteral("Cannot open the database"), rc);
    }
    sqlite3_extended_result_codes(m_db, 1);
    // SQLCipher would also print its own lines ("hmac check failed…") to stderr on a wrong key;
    // the driver's error says it clearly enough.
    sqlite3_exec(m_db, "PRAGMA cipher_log_source = NONE", nullptr, nullptr, nullptr);
    if (pragmaRows("PRAGMA cipher_version").value(0).isEmpty()) {
        setLastError(QSqlError(QStringLiteral("Cannot open the database"),
                               QStringLiteral("the SQLite library in use is not SQLCipher"),
                               QSqlError::ConnectionError));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        setOpenError(true);
        return false;
    }
    if (!m_key.isEmpty()) {
        rc = sqlite3_key(m_db, m_key.literal().data(), int(m_key.literal().size()));
        m_key = DatabaseKey();
        if (rc != SQLITE_OK) {
            return abandon(QStringLiteral("Cannot key the database"), rc);
        }
    } else if (!options->allowUnencrypted) {
        return abandon(QStringLiteral("Cannot open the database"), SQLITE_AUTH);
    }
    sqlite3_busy_timeout(m_db, options->busyTimeoutMs);
    // Reading the schema proves the key; a wrong key or a foreign file fails here, before
    // anything is written.
    rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return abandon(QStringLiteral("Cannot open the database"), rc);
    }
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    for (SqlCipherResult *result : std::as_const(m_results)) {
        result->finalize();
    }
    m_results.clear();
    if (m_db != nullptr) {
        const int rc = sqlite3_close_v2(m_db);
        if (rc != SQLITE_OK) {
            qCWarning(lcStorage) << "closing the database:" << sqlite3_errstr(rc);
        }
        m_db = nullptr;
    }
    m_key = DatabaseKey();
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    auto *result = new SqlCipherResult(this);
    m_results.append(result);
    return result;
}

void SqlCipherDriver::forget(SqlCipherResult *result) const
{
    m_results.removeOne(result);
}

bool SqlCipherDriver::execSimple(const char *sql, const QString &what)
{
    if (!isOpen()) {
        return false;
    }
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        fail(what, rc, QSqlError::TransactionError);
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock at once, so a transaction never fails half-way on a lock
    // upgrade that the busy timeout cannot resolve.
    return execSimple("BEGIN IMMEDIATE", QStringLiteral("Cannot begin a transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return execSimple("COMMIT", QStringLiteral("Cannot commit the transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return execSimple("ROLLBACK", QStringLiteral("Cannot roll back the transaction"));
}

QStringList SqlCipherDriver::pragmaRows(const char *sql)
{
    QStringList rows;
    sqlite3_stmt *stmt = nullptr;
    if (m_db == nullptr || sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        return rows;
    }
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        rows.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
    }
    sqlite3_finalize(stmt);
    return rows;
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen()) {
        return names;
    }
    QString sql;
    if (type == QSql::Tables) {
        sql = QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    } else if (type == QSql::Views) {
        sql = QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'view'");
    } else if (type == QSql::SystemTables) {
        names.append(QStringLiteral("sqlite_schema"));
        return names;
    } else {
        sql = QStringLiteral("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')");
    }
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (query.exec(sql)) {
        while (query.next()) {
            names.append(query.value(0).toString());
        }
    }
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord record;
    if (!isOpen()) {
        return record;
    }
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName)))) {
        return record;
    }
    while (query.next()) {
        QSqlField field(query.value(1).toString(), typeOfDeclaration(query.value(2).toString()), tableName);
        field.setRequiredStatus(query.value(3).toBool() ? QSqlField::Required : QSqlField::Optional);
        field.setDefaultValue(query.value(4));
        record.append(field);
    }
    return record;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    QSqlIndex index(tableName);
    if (!isOpen()) {
        return index;
    }
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName)))) {
        return index;
    }
    QMap<int, QSqlField> keyColumns;
    while (query.next()) {
        const int position = query.value(5).toInt();
        if (position > 0) {
            keyColumns.insert(position, QSqlField(query.value(1).toString(),
                                                  typeOfDeclaration(query.value(2).toString()), tableName));
        }
    }
    for (const QSqlField &field : std::as_const(keyColumns)) {
        index.append(field);
    }
    index.setName(tableName);
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType) const
{
    if (identifier.startsWith(QLatin1Char('"')) && identifier.endsWith(QLatin1Char('"')) && identifier.size() > 1) {
        return identifier;
    }
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_db));
}

bool SqlCipherDriver::executeScript(const QString &script)
{
    if (!isOpen()) {
        return false;
    }
    const QByteArray utf8 = script.toUtf8();
    const char *sql = utf8.constData();
    const char *const end = sql + utf8.size();
    while (sql < end) {
        sqlite3_stmt *stmt = nullptr;
        const char *tail = nullptr;
        int rc = sqlite3_prepare_v2(m_db, sql, int(end - sql), &stmt, &tail);
        const QString statement = QString::fromUtf8(sql, tail != nullptr ? tail - sql : end - sql).trimmed();
        if (rc != SQLITE_OK) {
            fail(QStringLiteral("Cannot prepare: %1").arg(statement.left(200)), rc, QSqlError::StatementError);
            return false;
        }
        if (stmt != nullptr) {
            while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            }
            sqlite3_finalize(stmt);
            if (rc != SQLITE_DONE) {
                fail(QStringLiteral("Cannot execute: %1").arg(statement.left(200)), rc, QSqlError::StatementError);
                return false;
            }
        }
        if (tail == nullptr || tail == sql) {
            break;
        }
        sql = tail;
    }
    return true;
}

bool SqlCipherDriver::rekey(const DatabaseKey &newKey)
{
    if (!isOpen() || newKey.isEmpty()) {
        return false;
    }
    // Not in WAL mode: a rekey killed half-way would leave the main file under the old key and
    // WAL frames under the new one, and no key could read both (the header comes from the main
    // file). With a rollback journal the change is all or nothing. The WAL is emptied first.
    const QString mode = pragmaRows("PRAGMA journal_mode").value(0);
    const bool wal = mode.compare(QStringLiteral("wal"), Qt::CaseInsensitive) == 0;
    if (wal &&
        (pragmaRows("PRAGMA wal_checkpoint(TRUNCATE)").isEmpty() ||
         pragmaRows("PRAGMA journal_mode = DELETE").value(0).compare(QStringLiteral("delete"), Qt::CaseInsensitive) !=
             0)) {
        fail(QStringLiteral("Cannot change the key"), sqlite3_errcode(m_db), QSqlError::StatementError);
        return false;
    }
    const int rc = sqlite3_rekey(m_db, newKey.literal().data(), int(newKey.literal().size()));
    if (rc != SQLITE_OK) {
        fail(QStringLiteral("Cannot change the key"), rc, QSqlError::StatementError);
        if (wal) {
            pragmaRows("PRAGMA journal_mode = WAL");
        }
        return false;
    }
    if (wal &&
        pragmaRows("PRAGMA journal_mode = WAL").value(0).compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0) {
        fail(QStringLiteral("The key was changed, but WAL mode could not be restored"), sqlite3_errcode(m_db),
             QSqlError::StatementError);
        return false;
    }
    return true;
}

QString SqlCipherDriver::cipherVersion() const
{
    return const_cast<SqlCipherDriver *>(this)->pragmaRows("PRAGMA cipher_version").value(0);
}

QStringList SqlCipherDriver::cipherIntegrityCheck()
{
    return pragmaRows("PRAGMA cipher_integrity_check");
}

QStringList SqlCipherDriver::integrityCheck()
{
    QStringList rows = pragmaRows("PRAGMA integrity_check");
    if (rows == QStringList{QStringLiteral("ok")}) {
        rows.clear();
    } else if (rows.isEmpty()) {
        rows.append(QStringLiteral("integrity_check could not run"));
    }
    return rows;
}

} // namespace ioc::storage

#pragma once

#include "storage/databasekey.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QStringList>

#include <memory>

struct sqlite3;

namespace ioc::storage {

class SqlCipherResult;

// A Qt Sql driver over the SQLCipher C API, registered as "QSQLCIPHER": the project's only
// SQLite driver (Qt's QSQLITE must never be loaded beside it: both export the sqlite3_*
// symbols and would silently mix).
//
// The database name is a file path. Before open(), give the key with setKey() — a byte buffer
// that is wiped, never a QString password. Connect options (semicolon-separated):
//   QSQLCIPHER_CREATE_IF_MISSING   create the file if it does not exist (default: refuse)
//   QSQLCIPHER_OPEN_READONLY       open read-only
//   QSQLCIPHER_BUSY_TIMEOUT=<ms>   wait for locks this long (default 5000)
//   QSQLCIPHER_ALLOW_UNENCRYPTED   open without a key (the "plain SQLite" benchmark baseline)
// A wrong key or a file that is not a database fails with "wrong key or not a database" and
// leaves the file untouched.
class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT

public:
    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;
    Q_DISABLE_COPY_MOVE(SqlCipherDriver)

    static QString driverName();
    // "4.6.1 community (SQLite 3.46.1)", read from the linked library.
    static QString libraryVersion();
    // Registers the driver under driverName() with QSqlDatabase (idempotent).
    static void registerDriver();

    void setKey(DatabaseKey key);

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host, int port,
              const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QVariant handle() const override;

    // Runs every statement of a script in order (migrations); stops at the first error.
    bool executeScript(const QString &script);
    // Re-encrypts the database with a new key.
    bool rekey(const DatabaseKey &newKey);
    QString cipherVersion() const;
    // Problems found by PRAGMA cipher_integrity_check / integrity_check; empty means sound.
    QStringList cipherIntegrityCheck();
    QStringList integrityCheck();

private:
    friend class SqlCipherResult;
    bool execSimple(const char *sql, const QString &what);
    QStringList pragmaRows(const char *sql);
    void fail(const QString &what, int code, QSqlError::ErrorType type);
    void forget(SqlCipherResult *result) const;

    sqlite3 *m_db = nullptr;
    DatabaseKey m_key;
    mutable QList<SqlCipherResult *> m_results;
};

} // namespace ioc::storage

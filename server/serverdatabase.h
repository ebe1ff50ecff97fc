#pragma once

#include "storage/database.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

namespace ioc::server {

class ServerDatabase;

// One statement at a time on the server's database, with its error kept, to keep handlers short.
// Statements with parameters are prepared once per text and reused from the database's pool
// (a round trip less per statement on PostgreSQL, no re-parse on SQLite).
class Sql final
{
public:
    explicit Sql(const ServerDatabase &db);
    ~Sql();
    Q_DISABLE_COPY_MOVE(Sql)

    bool exec(const QString &sql, const QVariantList &values = {});
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QString error() const;

private:
    void release();

    const ServerDatabase &m_db;
    QSqlQuery m_query;
    QString m_pooledText; // the text m_query was prepared with, if it came from the pool
};

// The server's database: the embedded SQLCipher file DIR/server.db (keyed from DIR/server.key,
// created with 0600 permissions, unless a key file is named), or PostgreSQL, which several
// server instances may share. The SQL is common to both; what differs (migration bookkeeping,
// transactions, change notifications between instances) lives here.
class ServerDatabase final : public QObject
{
    Q_OBJECT

public:
    enum class Dialect
    {
        Sqlite,
        Postgres,
    };

    static std::unique_ptr<ServerDatabase> openEmbedded(const QString &dataDirectory, const QString &keyFile,
                                                        QString *error);
    // postgresql://user@[host][:port]/database[?host=/socket/dir]. The password comes from
    // `passwordFile` (its first line) when given, else libpq finds it (PGPASSWORD, PGPASSFILE,
    // ~/.pgpass). Errors never repeat the URL.
    static std::unique_ptr<ServerDatabase> openPostgres(const QString &url, const QString &passwordFile,
                                                        QString *error);
    static std::unique_ptr<ServerDatabase> openPostgres(const QString &url, QString *error)
    {
        return openPostgres(url, {}, error);
    }
    // As the schema's owner (`ownerUrl`): migrates, adds the audit trail's triggers, and grants
    // `runtimeRole` (the role the server then runs as) what it needs and no more: on audit_log
    // only SELECT and INSERT. The owner's connection is closed when this returns.
    static bool preparePostgres(const QString &ownerUrl, const QString &ownerPasswordFile, const QString &runtimeRole,
                                QString *error);
    ~ServerDatabase() override;
    Q_DISABLE_COPY_MOVE(ServerDatabase)

    Dialect dialect() const { return m_dialect; }
    QSqlDatabase connection() const;
    QString path() const;
    // Runs `work` in one transaction; commits if it returns true.
    bool transaction(const std::function<bool()> &work, QString *error);
    // The next value of a counter kept in `meta` (call inside a transaction: the row stays locked
    // until commit, so values are handed out in commit order, across instances too).
    qint64 nextValue(const QString &counter);
    // Reserves `count` consecutive values of a counter (bulk writes) and returns the first.
    qint64 reserveValues(const QString &counter, qint64 count);
    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

    // Tells the other instances that the change feed reached `head` (PostgreSQL NOTIFY; nothing
    // to do for the embedded database, which has one instance).
    void announceChange(qint64 head);

signals:
    // Another instance committed changes up to `head`.
    void remoteChange(qint64 head);

private:
    friend class Sql;
    explicit ServerDatabase(Dialect dialect);
    bool migratePostgres(QString *error);
    // Triggers that refuse UPDATE and DELETE (and TRUNCATE) on audit_log.
    bool protectAuditTrail(QString *error);
    // A prepared statement for `text`, from the pool if one is free.
    QSqlQuery takeStatement(const QString &text, bool *prepared) const;
    void returnStatement(const QString &text, QSqlQuery query) const;

    Dialect m_dialect;
    std::unique_ptr<storage::Database> m_embedded;
    QString m_connectionName;
    mutable std::unordered_map<QString, std::vector<QSqlQuery>> m_statements;
};

} // namespace ioc::server

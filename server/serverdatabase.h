#pragma once

#include "storage/database.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

namespace ioc::server {

// A query with its error kept, to keep handlers short.
class Sql final
{
public:
    explicit Sql(const QSqlDatabase &db);
    bool exec(const QString &sql, const QVariantList &values = {});
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QString error() const;

private:
    QSqlQuery m_query;
};

// The server's database: the embedded SQLCipher file DIR/server.db, keyed from a key file
// (DIR/server.key, created with 0600 permissions, unless one is named).
class ServerDatabase final
{
public:
    static std::unique_ptr<ServerDatabase> openEmbedded(const QString &dataDirectory, const QString &keyFile,
                                                        QString *error);
    Q_DISABLE_COPY_MOVE(ServerDatabase)
    ~ServerDatabase();

    QSqlDatabase connection() const;
    QString path() const;
    // Runs `work` in one transaction; commits if it returns true.
    bool transaction(const std::function<bool()> &work, QString *error);
    // The next value of a counter kept in `meta` (call inside a transaction: the update
    // serialises writers, so values are handed out in commit order).
    qint64 nextValue(const QString &counter);
    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

private:
    ServerDatabase() = default;
    std::unique_ptr<storage::Database> m_database;
};

} // namespace ioc::server

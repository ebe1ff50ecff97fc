#pragma once

#include "storage/databasekey.h"
#include "storage/storageerror.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace ioc::storage {

class SqlCipherDriver;

// One open SQLCipher connection (for one thread), with its schema migrated. Closing it removes
// the connection. WAL journal and synchronous=FULL: a committed transaction survives a crash or
// a power cut.
class Database final
{
public:
    struct Options
    {
        QString path;
        DatabaseKey key;
        QString migrations; // resource folder of numbered NNNN_*.sql files, e.g. ":/ioc/migrations/replica"
        bool create = false;
        bool readOnly = false;
        bool allowUnencrypted = false; // public files (MBTiles basemaps) and the benchmark baseline
        int busyTimeoutMs = 5000;
    };

    static std::unique_ptr<Database> open(Options options, StorageError *error);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase connection() const { return m_db; }
    SqlCipherDriver *driver() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const;
    // The schema version the file had before this connection migrated it (0: a new file, or
    // opened without a migrations folder).
    int openedAtSchemaVersion() const { return m_openedAt; }
    // The newest schema version the migrations folder knows.
    static int knownSchemaVersion(const QString &migrations);

    // Runs `work` in one transaction; commits if it returns true, rolls back otherwise.
    bool transaction(const std::function<bool()> &work, StorageError *error);

private:
    Database() = default;
    bool migrate(const QString &migrations, StorageError *error);

    QSqlDatabase m_db;
    QString m_path;
    int m_openedAt = 0;
};

} // namespace ioc::storage

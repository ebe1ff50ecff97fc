#pragma once

#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3_stmt;

namespace ioc::storage {

class SqlCipherDriver;

// One statement of a QSQLCIPHER connection. Forward-only queries stream rows from SQLite; other
// queries keep the rows they have read so they can seek back.
class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;
    Q_DISABLE_COPY_MOVE(SqlCipherResult)

    // The driver is closing: finalize the statement now.
    void finalize();

protected:
    QVariant handle() const override;
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    bool fetchNext() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    bool step();
    QVariantList currentRow() const;
    QVariant columnValue(int column) const;
    void setError(const QString &what, QSqlError::ErrorType type);
    const SqlCipherDriver *cipherDriver() const;

    sqlite3_stmt *m_stmt = nullptr;
    bool m_rowPending = false; // a row stepped to but not yet handed out
    bool m_done = false;
    int m_rowsAffected = 0;
    QSqlRecord m_record;
    QList<QVariantList> m_cache; // rows read, when not forward-only
    QVariantList m_row;          // the current row, when not forward-only
};

} // namespace ioc::storage

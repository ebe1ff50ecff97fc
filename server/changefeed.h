#pragma once

#include <QList>
#include <QString>

namespace ioc::server {

class ServerDatabase;

struct ChangeRow
{
    qint64 seq = 0;
    QString kind;
    QString entityId;
    bool deleted = false;
    bool removal = false; // the report left the reader's agency
    QString reportData;   // for a report change: its stored JSON, read with the page
};

// The change feed: one row per entity holding its latest change, plus per-agency removals, all
// under one server sequence assigned inside the writing transaction (so in commit order).
class ChangeFeed final
{
public:
    explicit ChangeFeed(ServerDatabase &database);

    // Inside a transaction.
    qint64 record(const QString &kind, const QString &id, bool deleted = false);
    // For bulk writes: records under a sequence value reserved with ServerDatabase::reserveValues.
    void recordAt(qint64 seq, const QString &kind, const QString &id);
    bool recordRemoval(const QString &reportId, const QString &agencyId);
    bool clearRemoval(const QString &reportId, const QString &agencyId);

    // Rows after `cursor` in sequence order. `agencyId` empty: every row (IOC roles); otherwise
    // this agency's removals too. `scanned` receives the last sequence read (the next cursor).
    QList<ChangeRow> page(qint64 cursor, int limit, const QString &agencyId, qint64 *scanned, bool *hasMore) const;
    qint64 head() const;
    // Cursors below this are too old (410).
    qint64 oldestValidCursor() const;

private:
    void write(qint64 seq, const QString &kind, const QString &id, bool deleted);

    ServerDatabase &m_database;
};

} // namespace ioc::server

#pragma once

#include <QJsonObject>
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
    QString reportData;   // for a report change without an entry: its stored JSON, read with the page
    QByteArray entry;     // with ChangeFeed::Entries: the stored change, when it is current
};

// One change as GET /v1/changes lists it: {kind, id, version (the data's), deleted, data}.
QJsonObject feedChange(const QString &kind, const QString &id, const QJsonValue &data, bool deleted = false);

// The change feed: one row per entity holding its latest change, plus per-agency removals, all
// under one server sequence assigned inside the writing transaction (so in commit order).
class ChangeFeed final
{
public:
    // The form of stored entries (ReportService::feedEntry). Raise it whenever what the IOC's
    // roles read of a report changes: entries of another form are built again on reading.
    static constexpr int EntryFormat = 1;
    // Whether a page is read with the stored entries (the IOC's roles) or with reports' data.
    enum class Read
    {
        Data,
        Entries
    };

    explicit ChangeFeed(ServerDatabase &database);

    // Inside a transaction. `entry`: the change as the IOC's roles read it, serialised (kept
    // beside the row and sent as is); empty where there is none.
    qint64 record(const QString &kind, const QString &id, bool deleted = false, const QByteArray &entry = {});
    // For bulk writes: records under a sequence value reserved with ServerDatabase::reserveValues.
    void recordAt(qint64 seq, const QString &kind, const QString &id, const QByteArray &entry = {});
    bool recordRemoval(const QString &reportId, const QString &agencyId);
    bool clearRemoval(const QString &reportId, const QString &agencyId);

    // Rows after `cursor` in sequence order. `agencyId` empty: every row (IOC roles); otherwise
    // this agency's removals too. `scanned` receives the last sequence read (the next cursor).
    // With Read::Entries, a row's current entry comes instead of its report's data.
    QList<ChangeRow> page(qint64 cursor, int limit, const QString &agencyId, qint64 *scanned, bool *hasMore,
                          Read read = Read::Data) const;
    qint64 head() const;
    // Cursors below this are too old (410).
    qint64 oldestValidCursor() const;

private:
    void write(qint64 seq, const QString &kind, const QString &id, bool deleted, const QByteArray &entry);

    ServerDatabase &m_database;
};

} // namespace ioc::server

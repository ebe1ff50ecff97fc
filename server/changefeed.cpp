#include "changefeed.h"

#include "serverdatabase.h"

namespace ioc::server {

QJsonObject feedChange(const QString &kind, const QString &id, const QJsonValue &data, bool deleted)
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("id"), id},
            {QStringLiteral("version"), data.toObject().value(QStringLiteral("version")).toInt()},
            {QStringLiteral("deleted"), deleted},
            {QStringLiteral("data"), data}};
}

ChangeFeed::ChangeFeed(ServerDatabase &database)
    : m_database(database)
{}

qint64 ChangeFeed::record(const QString &kind, const QString &id, bool deleted, const QByteArray &entry)
{
    const qint64 seq = m_database.nextValue(QStringLiteral("change_seq"));
    write(seq, kind, id, deleted, entry);
    return seq;
}

void ChangeFeed::recordAt(qint64 seq, const QString &kind, const QString &id, const QByteArray &entry)
{
    write(seq, kind, id, false, entry);
}

void ChangeFeed::write(qint64 seq, const QString &kind, const QString &id, bool deleted, const QByteArray &entry)
{
    Sql sql(m_database);
    sql.exec(QStringLiteral("INSERT INTO changes (seq, kind, entity_id, deleted, entry, entry_seq, entry_format) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, entity_id) DO UPDATE SET "
                            "seq = excluded.seq, deleted = excluded.deleted, entry = excluded.entry, "
                            "entry_seq = excluded.entry_seq, entry_format = excluded.entry_format"),
             {seq, kind, id, deleted ? 1 : 0,
              entry.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(entry),
              entry.isEmpty() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(seq),
              entry.isEmpty() ? QVariant(QMetaType::fromType<int>()) : QVariant(EntryFormat)});
}

bool ChangeFeed::recordRemoval(const QString &reportId, const QString &agencyId)
{
    const qint64 seq = m_database.nextValue(QStringLiteral("change_seq"));
    Sql sql(m_database);
    return sql.exec(QStringLiteral("INSERT INTO report_removals (seq, report_id, agency_id) VALUES (?, ?, ?) "
                                   "ON CONFLICT (report_id, agency_id) DO UPDATE SET seq = excluded.seq"),
                    {seq, reportId, agencyId});
}

bool ChangeFeed::clearRemoval(const QString &reportId, const QString &agencyId)
{
    Sql sql(m_database);
    return sql.exec(QStringLiteral("DELETE FROM report_removals WHERE report_id = ? AND agency_id = ?"),
                    {reportId, agencyId});
}

QList<ChangeRow> ChangeFeed::page(qint64 cursor, int limit, const QString &agencyId, qint64 *scanned, bool *hasMore,
                                  Read read) const
{
    QList<ChangeRow> rows;
    Sql sql(m_database);
    // Reports are read with the page (one query, not one per row).
    if (agencyId.isEmpty() && read == Read::Entries) {
        // A current entry, or else the report's data (read only then).
        const QString current = QStringLiteral("c.entry_seq = c.seq AND c.entry_format = %1").arg(EntryFormat);
        sql.exec(QStringLiteral("SELECT c.seq, c.kind, c.entity_id, c.deleted, 0, CASE WHEN %1 THEN NULL WHEN "
                                "c.kind = 'report' THEN (SELECT data FROM reports WHERE id = c.entity_id) END, "
                                "CASE WHEN %1 THEN c.entry END FROM changes c WHERE c.seq > ? ORDER BY c.seq LIMIT ?")
                     .arg(current),
                 {cursor, limit + 1});
    } else if (agencyId.isEmpty()) {
        sql.exec(QStringLiteral("SELECT c.seq, c.kind, c.entity_id, c.deleted, 0, r.data, NULL FROM changes c "
                                "LEFT JOIN reports r ON c.kind = 'report' AND r.id = c.entity_id "
                                "WHERE c.seq > ? ORDER BY c.seq LIMIT ?"),
                 {cursor, limit + 1});
    } else {
        sql.exec(QStringLiteral("SELECT f.seq, f.kind, f.entity_id, f.deleted, f.removal, r.data, NULL FROM ("
                                "SELECT seq, kind, entity_id, deleted, 0 AS removal FROM changes WHERE seq > ? "
                                "UNION ALL SELECT seq, 'report', report_id, 1, 1 FROM report_removals "
                                "WHERE agency_id = ? AND seq > ?) AS f "
                                "LEFT JOIN reports r ON f.kind = 'report' AND r.id = f.entity_id "
                                "ORDER BY f.seq LIMIT ?"),
                 {cursor, agencyId, cursor, limit + 1});
    }
    *scanned = cursor;
    while (sql.next()) {
        if (rows.size() == limit) {
            *hasMore = true;
            return rows;
        }
        ChangeRow row{sql.value(0).toLongLong(), sql.value(1).toString(), sql.value(2).toString(),
                      sql.value(3).toBool(),     sql.value(4).toBool(),   sql.value(5).toString(),
                      sql.value(6).toByteArray()};
        *scanned = row.seq;
        rows.append(row);
    }
    *hasMore = false;
    return rows;
}

qint64 ChangeFeed::head() const
{
    return m_database.meta(QStringLiteral("change_seq")).toLongLong();
}

qint64 ChangeFeed::oldestValidCursor() const
{
    return m_database.meta(QStringLiteral("oldest_cursor")).toLongLong();
}

} // namespace ioc::server

#include "changefeed.h"
#include "reportservice.h"
#include "serverdatabase.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

// The change feed's stored entries (migration 0014): each report's change as the IOC's roles read
// it, serialised in the transaction that writes the report, so that GET /v1/changes sends bytes
// instead of building every report again (docs/performance.md). A report's entry is its own
// fields and its events' stored forms; an action makes one new event form, not all of them again.
namespace ioc::server {

namespace {

// The reader every entry is made for: a duty officer, whose view is a supervisor's too
// (core::reportAccess gives both the same; tests/server/testfeedentries.cpp holds them equal).
const core::Actor &entryReader()
{
    static const core::Actor reader{QString(), core::Role::DutyOfficer, QString()};
    return reader;
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// `text` as a JSON string, quotes included.
QByteArray jsonString(const QString &text)
{
    const QByteArray list = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return list.mid(1, list.size() - 2);
}

} // namespace

bool ReportService::readsFeedEntries(core::Role role)
{
    return role == entryReader().role || role == core::Role::Supervisor;
}

QByteArray ReportService::entryKey(const core::Report &shown)
{
    // An event's form depends on the reporter's identity (masked wherever it stands in the
    // payload) and on the format; the report's id salts the digest so that equal identities on
    // two reports give two keys.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray(QByteArray::number(ChangeFeed::EntryFormat) + '\n' + shown.id.toUtf8() + '\n'));
    hash.addData(compactJson(core::json::fromReporter(shown.reporter, core::json::Identity::Include)));
    return hash.result().left(16);
}

QByteArray ReportService::eventEntry(const core::ReportEvent &event, const core::Report &shown) const
{
    return compactJson(staffEvent(event, shown, core::json::Identity::Mask, true, false));
}

QJsonObject ReportService::entryView(const core::Report &shown) const
{
    return viewWith(shown, entryReader(), nullptr);
}

QByteArray ReportService::assembleEntry(const core::Report &shown, const QJsonObject &view,
                                        const QList<QByteArray> &eventEntries) const
{
    // {"kind", "id", "version", "deleted", "data": {the report's fields…, "events": [forms]}}, as
    // feedChange lays a change out (the keys in another order, which JSON does not mind).
    QByteArray report = compactJson(view);
    report.chop(1); // its closing brace: the events go in before it
    QByteArray entry = QByteArrayLiteral("{\"kind\":\"report\",\"id\":") + jsonString(shown.id) +
                       QByteArrayLiteral(",\"version\":") + QByteArray::number(shown.version) +
                       QByteArrayLiteral(",\"deleted\":false,\"data\":") + report +
                       (report.size() > 1 ? QByteArrayLiteral(",\"events\":[") : QByteArrayLiteral("\"events\":["));
    for (qsizetype i = 0; i < eventEntries.size(); ++i) {
        if (i > 0) {
            entry += ',';
        }
        entry += eventEntries.at(i);
    }
    entry += QByteArrayLiteral("]}}");
    return entry;
}

QByteArray ReportService::feedEntry(const core::Report &report) const
{
    const core::Report shown = withChecks(report);
    return feedEntryOf(shown, entryView(shown), entryKey(shown));
}

QByteArray ReportService::feedEntryOf(const core::Report &shown, const QJsonObject &view, const QByteArray &key) const
{
    struct Row
    {
        qint64 seq = 0;
        QString data;     // when there is no current form: the event, to make one from
        QByteArray entry; // the current form
    };
    QList<Row> rows;
    {
        // Read whole before anything else runs on the connection (PostgreSQL's rows come one
        // at a time).
        Sql sql(m_database);
        sql.exec(QStringLiteral("SELECT seq, CASE WHEN entry_key = ? AND entry IS NOT NULL THEN entry END, "
                                "CASE WHEN entry_key = ? AND entry IS NOT NULL THEN NULL ELSE data END "
                                "FROM report_events WHERE report_id = ? ORDER BY seq"),
                 {key, key, shown.id});
        while (sql.next()) {
            rows.append({sql.value(0).toLongLong(), sql.value(2).toString(), sql.value(1).toByteArray()});
        }
    }
    QList<QByteArray> forms;
    forms.reserve(rows.size());
    for (Row &row : rows) {
        if (row.entry.isEmpty()) {
            // Written by an older server, or for another identity or format: made again, and kept.
            const auto event = core::json::toEvent(QJsonDocument::fromJson(row.data.toUtf8()).object());
            if (!event.ok()) {
                continue; // as events() skips it
            }
            row.entry = eventEntry(event.value(), shown);
            Sql update(m_database);
            update.exec(QStringLiteral("UPDATE report_events SET entry = ?, entry_key = ? WHERE report_id = ? AND "
                                       "seq = ?"),
                        {row.entry, key, shown.id, row.seq});
        }
        forms.append(row.entry);
    }
    return assembleEntry(shown, view, forms);
}

int ReportService::fillFeedEntries(qint64 *position, int limit, QString *error)
{
    QList<std::pair<qint64, QString>> stale;
    {
        Sql sql(m_database);
        if (!sql.exec(QStringLiteral("SELECT seq, entity_id FROM changes WHERE seq > ? AND kind = 'report' AND "
                                     "deleted = 0 AND (entry_seq IS NULL OR entry_seq <> seq OR entry_format IS NULL "
                                     "OR entry_format <> ?) ORDER BY seq LIMIT ?"),
                      {*position, ChangeFeed::EntryFormat, limit})) {
            *error = sql.error();
            return -1;
        }
        while (sql.next()) {
            stale.append({sql.value(0).toLongLong(), sql.value(1).toString()});
        }
    }
    if (stale.isEmpty()) {
        return 0;
    }
    const bool done = m_database.transaction(
        [&] {
            for (const auto &[seq, id] : stale) {
                // Under the report's lock; a change written meanwhile moved the row's sequence
                // and brought its own entry, so this one is kept only where the sequence stayed.
                const auto report = lockForUpdate(id);
                if (!report) {
                    continue;
                }
                Sql update(m_database);
                if (!update.exec(QStringLiteral("UPDATE changes SET entry = ?, entry_seq = seq, entry_format = ? "
                                                "WHERE kind = 'report' AND entity_id = ? AND seq = ?"),
                                 {feedEntry(*report), ChangeFeed::EntryFormat, id, seq})) {
                    *error = update.error();
                    return false;
                }
            }
            return true;
        },
        error);
    if (!done) {
        return -1;
    }
    *position = stale.constLast().first;
    return int(stale.size());
}

} // namespace ioc::server

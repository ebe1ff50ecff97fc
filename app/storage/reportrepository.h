#pragma once

#include "core/report.h"
#include "storage/storageerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <QtNumeric>

#include <functional>
#include <optional>

namespace ioc::storage {

class Database;

// What the queue needs of a report, read from indexed columns (no JSON parsing).
struct QueueRow
{
    QString id;
    QString code;
    QString title;
    core::ReportState state = core::ReportState::Received;
    QString categoryId;
    QString areaId;
    core::Channel channel = core::Channel::MobileApp;
    QDateTime receivedAt;
    bool urgent = false;
    bool hidden = false;
    QString leadAgencyId;
    QString claimedBy;
    QDateTime nextDueAt; // invalid when no countdown clock runs
    QString nextDueStep;
    int version = 0;
    double latitude = qQNaN(); // NaN when the report has no position
    double longitude = qQNaN();
    QString sourceSystemId; // channel connected_system: the system's account
};

// A report near another one, with who sent it (its first sender key from the server: opaque,
// empty when unknown) for comparing senders.
struct NearbyReport
{
    core::Report report;
    QString sender;
};

// The replica's reports: the server's view of each report (the reporter's identity masked, with
// the server's identity checks and sender keys; a revealed identity is IdentityRepository's),
// its running clocks, its timeline, and full-text search over
// folded text. Statements are prepared once per repository; use one repository per connection.
class ReportRepository final
{
public:
    explicit ReportRepository(Database &database);
    Q_DISABLE_COPY_MOVE(ReportRepository)

    // Stores a report as received, with its sender keys; a raw identity in it is not kept
    // (PRODUCT.md §17). Call inside a transaction when storing many.
    bool store(const core::Report &report, StorageError *error);
    // As store(), with the report's JSON (identity masked or withheld) already serialised.
    bool store(const core::Report &report, const QByteArray &jsonWithoutIdentity, StorageError *error);
    bool remove(const QString &id, StorageError *error);
    // An agency's replica: the queue's countdown (next_due_at) is the agency's own next deadline,
    // not the IOC's; empty (the default): every clock counts.
    void setClockOwner(const QString &agencyId) { m_clockOwner = agencyId; }

    // A bulk load (initial or full sync), inside the caller's transaction: the search index is
    // not maintained row by row but rebuilt once by endBulkLoad().
    bool beginBulkLoad(StorageError *error);
    bool endBulkLoad(StorageError *error);
    // A bulk load began and has not ended (e.g. the process died in the middle of it).
    bool isBulkLoading() const;
    // The full-text index checked against the reports it indexes (FTS5's integrity check in its
    // "rank" form): empty when sound, else what is wrong. Reads every report: for `db check`.
    std::optional<QString> searchIndexProblem() const;
    // A cheap test run at every open: the index holds as many rows as there are reports.
    bool searchIndexLooksComplete() const;
    // Builds the index again from the reports (and ends an unfinished bulk load), in one transaction.
    bool rebuildSearchIndex(StorageError *error);
    bool replaceEvents(const QString &reportId, const QList<core::ReportEvent> &events, StorageError *error);
    // Whether the replica already holds the event of the request with this Idempotency-Key.
    bool hasEventOfRequest(const QString &reportId, const QString &requestKey) const;

    std::optional<core::Report> report(const QString &id) const;
    QList<core::ReportEvent> events(const QString &reportId) const;
    int count() const;
    std::optional<int> version(const QString &id) const;

    // Open reports (a countdown clock runs), urgent first, then by nearest due time.
    QList<QueueRow> openReports(int limit) const;
    QList<QueueRow> openReportsOfArea(const QString &areaId, int limit) const;
    QList<QueueRow> openReportsOfAgency(const QString &agencyId, int limit) const;
    // Every report, for loading the queue model.
    QList<QueueRow> allRows() const;
    // Every report's row, one at a time into `visit` (the same object, refilled): a million
    // reports are read without a list of a million rows. False when the read failed.
    bool forEachRow(const std::function<void(const QueueRow &)> &visit) const;
    // The rows of these reports (those still in the replica), for updating the queue model.
    QList<QueueRow> rows(const QStringList &ids) const;
    // Reports within `radiusMetres` of a position (a bounding box: callers measure the exact
    // distance) received between `from` and `to`, at most `limit`, those received closest to
    // the middle of the window first.
    QList<NearbyReport> near(double latitude, double longitude, double radiusMetres, const QDateTime &from,
                             const QDateTime &to, int limit) const;
    // Ids of reports whose folded title, content or address match every word of `text`
    // (prefix match, diacritics and đ ignored), most recently stored first.
    QStringList search(const QString &text, int limit) const;

    // The FTS5 query for a user's search text: folded words, each quoted, as prefixes.
    static QString ftsQuery(const QString &text);
    // A phone number reduced for look-ups: digits only, +84/84 prefix → 0.
    static QString phoneDigits(const QString &phone);
    // The other reports of the report's sender (a sender key in common: the same account, phone
    // number or citizen ID), for the checks of Điều 7.6.2.e, f and h; no identity needed.
    std::optional<QStringList> reportsOfSender(const core::Report &report, StorageError *error) const;

private:
    QList<QueueRow> queueRows(QSqlQuery &query) const;
    static void readQueueRow(const QSqlQuery &query, QueueRow &row);

    Database &m_database;
    QString m_clockOwner;
    QSqlQuery m_upsert;
    QSqlQuery m_deleteKeys;
    QSqlQuery m_insertKey;
    QSqlQuery m_deleteClocks;
    QSqlQuery m_insertClock;
    QSqlQuery m_deleteEvents;
    QSqlQuery m_insertEvent;
};

} // namespace ioc::storage

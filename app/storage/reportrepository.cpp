#include "storage/reportrepository.h"

#include "core/crashpoint.h"
#include "core/identitycheck.h"
#include "core/reportjson.h"
#include "core/vietnamesetext.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QTimeZone>
#include <QtMath>

#include <algorithm>

namespace ioc::storage {

namespace {

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qlonglong>());
}

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

const QString queueColumns = QStringLiteral(
    "id, code, title, state, category_id, area_id, channel, received_at, urgent, hidden, lead_agency_id, "
    "claimed_by, next_due_at, next_due_step, version, latitude, longitude, source_system_id");

} // namespace

ReportRepository::ReportRepository(Database &database)
    : m_database(database)
    , m_upsert(database.connection())
    , m_deleteKeys(database.connection())
    , m_insertKey(database.connection())
    , m_deleteClocks(database.connection())
    , m_insertClock(database.connection())
    , m_deleteEvents(database.connection())
    , m_insertEvent(database.connection())
{
    m_upsert.prepare(QStringLiteral(
        "INSERT INTO reports (id, code, version, state, title, category_id, area_id, channel, latitude, longitude, "
        "received_at, urgent, hidden, is_public, lead_agency_id, claimed_by, next_due_at, next_due_step, open_clocks, "
        "folded, data, published_at, rated_at, rating, sanction, repeat_of, reject_reasons, source_system_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET code = excluded.code, version = excluded.version, state = excluded.state, "
        "title = excluded.title, category_id = excluded.category_id, area_id = excluded.area_id, "
        "channel = excluded.channel, latitude = excluded.latitude, longitude = excluded.longitude, "
        "received_at = excluded.received_at, urgent = excluded.urgent, hidden = excluded.hidden, "
        "is_public = excluded.is_public, lead_agency_id = excluded.lead_agency_id, claimed_by = excluded.claimed_by, "
        "next_due_at = excluded.next_due_at, next_due_step = excluded.next_due_step, "
        "open_clocks = excluded.open_clocks, folded = excluded.folded, data = excluded.data, "
        "published_at = excluded.published_at, rated_at = excluded.rated_at, rating = excluded.rating, "
        "sanction = excluded.sanction, repeat_of = excluded.repeat_of, reject_reasons = excluded.reject_reasons, "
        "source_system_id = excluded.source_system_id"));
    m_deleteClocks.prepare(QStringLiteral("DELETE FROM report_clocks WHERE report_id = ?"));
    m_insertClock.prepare(
        QStringLiteral("INSERT INTO report_clocks (report_id, seq, step, status, agency_id, started_at, due_at, "
                       "stopped_at, on_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_deleteKeys.prepare(QStringLiteral("DELETE FROM report_sender_keys WHERE report_id = ?"));
    m_insertKey.prepare(
        QStringLiteral("INSERT OR IGNORE INTO report_sender_keys (report_id, sender_key) VALUES (?, ?)"));
    m_deleteEvents.prepare(QStringLiteral("DELETE FROM report_events WHERE report_id = ?"));
    m_insertEvent.prepare(QStringLiteral(
        "INSERT INTO report_events (report_id, seq, action, actor_id, actor_role, actor_agency_id, acted_at, "
        "received_at, from_state, to_state, version, payload, request_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
}

bool ReportRepository::store(const core::Report &report, StorageError *error)
{
    // Never the raw identity: only a reveal puts that in the replica (IdentityRepository).
    QJsonObject object = core::json::fromReport(report, core::json::Identity::Mask);
    return store(report, QJsonDocument(object).toJson(QJsonDocument::Compact), error);
}

bool ReportRepository::store(const core::Report &report, const QByteArray &jsonWithoutIdentity, StorageError *error)
{
    const auto fail = [this, error](QSqlQuery &query) {
        *error = StorageError::fromSql(query.lastError(), m_database.path());
        return false;
    };
    const core::ReportClock *next = report.nextDueClockFor(m_clockOwner);
    m_upsert.addBindValue(report.id);
    m_upsert.addBindValue(report.code);
    m_upsert.addBindValue(report.version);
    m_upsert.addBindValue(core::reportStateName(report.state));
    m_upsert.addBindValue(report.title);
    m_upsert.addBindValue(textOrNull(report.categoryId));
    m_upsert.addBindValue(textOrNull(report.position.areaId));
    m_upsert.addBindValue(core::channelName(report.channel));
    m_upsert.addBindValue(report.position.latitude);
    m_upsert.addBindValue(report.position.longitude);
    m_upsert.addBindValue(report.receivedAt.toMSecsSinceEpoch());
    m_upsert.addBindValue(report.urgent);
    m_upsert.addBindValue(report.hidden);
    m_upsert.addBindValue(report.isPublic);
    m_upsert.addBindValue(textOrNull(report.leadAgencyId));
    m_upsert.addBindValue(textOrNull(report.claimedBy));
    m_upsert.addBindValue(next != nullptr ? msOrNull(next->dueAt) : QVariant(QMetaType::fromType<qlonglong>()));
    m_upsert.addBindValue(next != nullptr ? QVariant(core::clockStepName(next->step))
                                          : QVariant(QMetaType::fromType<QString>()));
    QString openClocks = QStringLiteral(""); // not null: the column is NOT NULL
    for (const core::ReportClock &clock : report.clocks) {
        if (clock.status == core::ClockStatus::Running) {
            openClocks +=
                core::clockStepName(clock.step) + u'=' + QString::number(clock.dueAt.toMSecsSinceEpoch()) + u';';
        }
    }
    m_upsert.addBindValue(openClocks);
    m_upsert.addBindValue(
        core::foldVietnamese(QString(report.title + u' ' + report.content + u' ' + report.position.address)));
    m_upsert.addBindValue(jsonWithoutIdentity);
    // The facts the supervision figures read (reporting::ReportFacts), beside the JSON.
    const QDateTime ratedAt = !report.ratings.isEmpty() ? report.ratings.constLast().ratedAt : QDateTime();
    m_upsert.addBindValue(msOrNull(report.publishedAt));
    m_upsert.addBindValue(msOrNull(ratedAt));
    m_upsert.addBindValue(report.rating ? QVariant(core::satisfactionName(*report.rating))
                                        : QVariant(QMetaType::fromType<QString>()));
    m_upsert.addBindValue(!report.sanctionProcedure.isEmpty());
    m_upsert.addBindValue(textOrNull(report.repeatOf));
    QStringList reasons;
    for (const core::RejectReason reason : report.rejectReasons) {
        reasons.append(core::rejectReasonName(reason));
    }
    m_upsert.addBindValue(reasons.isEmpty() ? QStringLiteral("") : reasons.join(u' ')); // NOT NULL
    m_upsert.addBindValue(textOrNull(report.sourceSystemId));
    if (!m_upsert.exec()) {
        return fail(m_upsert);
    }

    // The history of its clocks, for the figures (the queue reads next_due_at and open_clocks).
    m_deleteClocks.addBindValue(report.id);
    if (!m_deleteClocks.exec()) {
        return fail(m_deleteClocks);
    }
    for (qsizetype seq = 0; seq < report.clocks.size(); ++seq) {
        const core::ReportClock &clock = report.clocks.at(seq);
        m_insertClock.addBindValue(report.id);
        m_insertClock.addBindValue(seq);
        m_insertClock.addBindValue(core::clockStepName(clock.step));
        m_insertClock.addBindValue(core::clockStatusName(clock.status));
        m_insertClock.addBindValue(textOrNull(clock.agencyId));
        m_insertClock.addBindValue(msOrNull(clock.startedAt));
        m_insertClock.addBindValue(msOrNull(clock.dueAt));
        m_insertClock.addBindValue(msOrNull(clock.stoppedAt));
        m_insertClock.addBindValue(clock.onTime ? QVariant(*clock.onTime) : QVariant(QMetaType::fromType<bool>()));
        if (!m_insertClock.exec()) {
            return fail(m_insertClock);
        }
    }

    // The sender's keys (PRODUCT.md §17), for the checks of Điều 7.6.2.e, f and h.
    m_deleteKeys.addBindValue(report.id);
    if (!m_deleteKeys.exec()) {
        return fail(m_deleteKeys);
    }
    for (const QString &key : report.reporter.senderKeys) {
        m_insertKey.addBindValue(report.id);
        m_insertKey.addBindValue(key);
        if (!m_insertKey.exec()) {
            return fail(m_insertKey);
        }
    }
    return true;
}

bool ReportRepository::remove(const QString &id, StorageError *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM reports WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = StorageError::fromSql(query.lastError(), m_database.path());
        return false;
    }
    return true;
}

bool ReportRepository::beginBulkLoad(StorageError *error)
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("INSERT INTO bulk_load (active) VALUES (1)"))) {
        *error = StorageError::fromSql(query.lastError(), m_database.path());
        return false;
    }
    IOC_CRASH_POINT("bulk_load.begun");
    return true;
}

bool ReportRepository::endBulkLoad(StorageError *error)
{
    // The index is rebuilt and the marker deleted together (a savepoint is a transaction of its
    // own outside the caller's): a crash between the two would leave triggers maintaining an
    // index that lacks every bulk-loaded row, and FTS5 answers the first update or delete of one
    // of them with "database disk image is malformed".
    QSqlQuery query(m_database.connection());
    const auto fail = [&] {
        *error = StorageError::fromSql(query.lastError(), m_database.path());
        QSqlQuery(m_database.connection()).exec(QStringLiteral("ROLLBACK TO end_bulk_load"));
        QSqlQuery(m_database.connection()).exec(QStringLiteral("RELEASE end_bulk_load"));
        return false;
    };
    if (!query.exec(QStringLiteral("SAVEPOINT end_bulk_load"))) {
        *error = StorageError::fromSql(query.lastError(), m_database.path());
        return false;
    }
    if (!query.exec(QStringLiteral("INSERT INTO reports_fts (reports_fts) VALUES ('rebuild')")) ||
        !query.exec(QStringLiteral("DELETE FROM bulk_load"))) {
        return fail();
    }
    IOC_CRASH_POINT("bulk_load.end.before_commit");
    if (!query.exec(QStringLiteral("RELEASE end_bulk_load"))) {
        return fail();
    }
    IOC_CRASH_POINT("bulk_load.end.after_commit");
    return true;
}

std::optional<QString> ReportRepository::searchIndexProblem() const
{
    // The "rank" form compares the index with the reports it was built from; the plain form only
    // checks the index against itself and passes on an index that lacks every row.
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("INSERT INTO reports_fts (reports_fts, rank) VALUES ('integrity-check', 1)"))) {
        return std::nullopt;
    }
    return query.lastError().text();
}

bool ReportRepository::searchIndexLooksComplete() const
{
    if (isBulkLoading()) {
        return true; // not maintained during a bulk load: rebuilt when it ends
    }
    // One row of reports_fts_docsize per indexed report: cheap to count, unlike the full check.
    QSqlQuery query(m_database.connection());
    return query.exec(
               QStringLiteral("SELECT (SELECT count(*) FROM reports) = (SELECT count(*) FROM reports_fts_docsize)")) &&
           query.next() && query.value(0).toBool();
}

bool ReportRepository::rebuildSearchIndex(StorageError *error)
{
    return m_database.transaction(
        [&] {
            QSqlQuery query(m_database.connection());
            if (!query.exec(QStringLiteral("INSERT INTO reports_fts (reports_fts) VALUES ('rebuild')")) ||
                !query.exec(QStringLiteral("DELETE FROM bulk_load"))) {
                *error = StorageError::fromSql(query.lastError(), m_database.path());
                return false;
            }
            return true;
        },
        error);
}

bool ReportRepository::hasEventOfRequest(const QString &reportId, const QString &requestKey) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM report_events WHERE report_id = ? AND request_key = ? LIMIT 1"));
    query.addBindValue(reportId);
    query.addBindValue(requestKey);
    return query.exec() && query.next();
}

bool ReportRepository::isBulkLoading() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT 1 FROM bulk_load LIMIT 1")) && query.next();
}

bool ReportRepository::replaceEvents(const QString &reportId, const QList<core::ReportEvent> &events,
                                     StorageError *error)
{
    // Prepared once (a page stores up to a thousand reports' events).
    QSqlQuery &query = m_insertEvent;
    m_deleteEvents.addBindValue(reportId);
    if (!m_deleteEvents.exec()) {
        *error = StorageError::fromSql(m_deleteEvents.lastError(), m_database.path());
        return false;
    }
    int seq = 0;
    for (const core::ReportEvent &event : events) {
        query.addBindValue(reportId);
        query.addBindValue(++seq);
        query.addBindValue(event.action);
        query.addBindValue(event.actorId);
        query.addBindValue(core::roleName(event.actorRole));
        query.addBindValue(textOrNull(event.actorAgencyId));
        query.addBindValue(msOrNull(event.actedAt));
        query.addBindValue(msOrNull(event.receivedAt));
        query.addBindValue(core::reportStateName(event.fromState));
        query.addBindValue(core::reportStateName(event.toState));
        query.addBindValue(event.version);
        query.addBindValue(QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact)));
        query.addBindValue(textOrNull(event.requestKey));
        if (!query.exec()) {
            *error = StorageError::fromSql(query.lastError(), m_database.path());
            return false;
        }
    }
    return true;
}

std::optional<core::Report> ReportRepository::report(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT data FROM reports WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    const auto parsed = core::json::toReport(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
    if (!parsed.ok()) {
        return std::nullopt;
    }
    return parsed.value();
}

QList<NearbyReport> ReportRepository::near(double latitude, double longitude, double radiusMetres,
                                           const QDateTime &from, const QDateTime &to, int limit) const
{
    QList<NearbyReport> result;
    const double dLat = radiusMetres / 111'320.0;
    const double dLon = radiusMetres / (111'320.0 * std::max(0.01, std::cos(qDegreesToRadians(latitude))));
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT r.data FROM reports r "
        "WHERE r.latitude BETWEEN ? AND ? AND r.longitude BETWEEN ? AND ? AND r.received_at BETWEEN ? AND ? "
        "ORDER BY abs(r.received_at - ?) LIMIT ?"));
    query.addBindValue(latitude - dLat);
    query.addBindValue(latitude + dLat);
    query.addBindValue(longitude - dLon);
    query.addBindValue(longitude + dLon);
    query.addBindValue(from.toMSecsSinceEpoch());
    query.addBindValue(to.toMSecsSinceEpoch());
    query.addBindValue((from.toMSecsSinceEpoch() + to.toMSecsSinceEpoch()) / 2);
    query.addBindValue(limit);
    if (!query.exec()) {
        return result;
    }
    while (query.next()) {
        const auto parsed = core::json::toReport(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
        if (parsed.ok()) {
            result.append({parsed.value(), parsed.value().reporter.senderKeys.value(0)});
        }
    }
    return result;
}

QList<core::ReportEvent> ReportRepository::events(const QString &reportId) const
{
    QList<core::ReportEvent> events;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT action, actor_id, actor_role, actor_agency_id, acted_at, received_at, from_state, to_state, version, "
        "payload, request_key FROM report_events WHERE report_id = ? ORDER BY seq"));
    query.addBindValue(reportId);
    if (!query.exec()) {
        return events;
    }
    while (query.next()) {
        core::ReportEvent event;
        event.action = query.value(0).toString();
        event.actorId = query.value(1).toString();
        event.actorRole = core::roleFromName(query.value(2).toString()).value_or(core::Role::System);
        event.actorAgencyId = query.value(3).toString();
        event.actedAt = timeOf(query.value(4));
        event.receivedAt = timeOf(query.value(5));
        event.fromState = core::reportStateFromName(query.value(6).toString()).value_or(core::ReportState::Received);
        event.toState = core::reportStateFromName(query.value(7).toString()).value_or(core::ReportState::Received);
        event.version = query.value(8).toInt();
        event.payload = QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object();
        event.requestKey = query.value(10).toString();
        events.append(event);
    }
    return events;
}

int ReportRepository::count() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM reports")) && query.next() ? query.value(0).toInt() : 0;
}

std::optional<int> ReportRepository::version(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT version FROM reports WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toInt();
}

void ReportRepository::readQueueRow(const QSqlQuery &query, QueueRow &row)
{
    row.id = query.value(0).toString();
    row.code = query.value(1).toString();
    row.title = query.value(2).toString();
    row.state = core::reportStateFromName(query.value(3).toString()).value_or(core::ReportState::Received);
    row.categoryId = query.value(4).toString();
    row.areaId = query.value(5).toString();
    row.channel = core::channelFromName(query.value(6).toString()).value_or(core::Channel::MobileApp);
    row.receivedAt = timeOf(query.value(7));
    row.urgent = query.value(8).toBool();
    row.hidden = query.value(9).toBool();
    row.leadAgencyId = query.value(10).toString();
    row.claimedBy = query.value(11).toString();
    row.nextDueAt = timeOf(query.value(12));
    row.nextDueStep = query.value(13).toString();
    row.version = query.value(14).toInt();
    const QVariant latitude = query.value(15);
    const QVariant longitude = query.value(16);
    row.latitude = latitude.isNull() ? qQNaN() : latitude.toDouble();
    row.longitude = longitude.isNull() ? qQNaN() : longitude.toDouble();
    row.sourceSystemId = query.value(17).toString();
}

QList<QueueRow> ReportRepository::queueRows(QSqlQuery &query) const
{
    QList<QueueRow> rows;
    while (query.next()) {
        QueueRow row;
        readQueueRow(query, row);
        rows.append(row);
    }
    return rows;
}

QList<QueueRow> ReportRepository::openReports(int limit) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM reports WHERE next_due_at IS NOT NULL "
                                 "ORDER BY urgent DESC, next_due_at LIMIT ?")
                      .arg(queueColumns));
    query.addBindValue(limit);
    query.exec();
    return queueRows(query);
}

QList<QueueRow> ReportRepository::openReportsOfArea(const QString &areaId, int limit) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM reports WHERE area_id = ? AND next_due_at IS NOT NULL "
                                 "ORDER BY urgent DESC, next_due_at LIMIT ?")
                      .arg(queueColumns));
    query.addBindValue(areaId);
    query.addBindValue(limit);
    query.exec();
    return queueRows(query);
}

QList<QueueRow> ReportRepository::openReportsOfAgency(const QString &agencyId, int limit) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM reports WHERE lead_agency_id = ? AND next_due_at IS NOT NULL "
                                 "ORDER BY urgent DESC, next_due_at LIMIT ?")
                      .arg(queueColumns));
    query.addBindValue(agencyId);
    query.addBindValue(limit);
    query.exec();
    return queueRows(query);
}

QList<QueueRow> ReportRepository::allRows() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT %1 FROM reports").arg(queueColumns));
    return queueRows(query);
}

bool ReportRepository::forEachRow(const std::function<void(const QueueRow &)> &visit) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM reports").arg(queueColumns))) {
        return false;
    }
    QueueRow row;
    while (query.next()) {
        readQueueRow(query, row);
        visit(row);
    }
    return query.lastError().type() == QSqlError::NoError;
}

QList<QueueRow> ReportRepository::rows(const QStringList &ids) const
{
    QList<QueueRow> rows;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // In chunks, so a large batch stays within SQLite's bound-parameter limit.
    constexpr qsizetype chunk = 500;
    for (qsizetype first = 0; first < ids.size(); first += chunk) {
        const qsizetype count = std::min(chunk, ids.size() - first);
        QStringList marks(count, QStringLiteral("?"));
        query.prepare(QStringLiteral("SELECT %1 FROM reports WHERE id IN (%2)").arg(queueColumns, marks.join(u',')));
        for (qsizetype i = 0; i < count; ++i) {
            query.addBindValue(ids[first + i]);
        }
        query.exec();
        rows += queueRows(query);
    }
    return rows;
}

QString ReportRepository::ftsQuery(const QString &text)
{
    QStringList terms;
    const QString folded = core::foldVietnamese(text);
    QString word;
    const auto flush = [&terms, &word] {
        if (!word.isEmpty()) {
            terms.append(u'"' + word + u"\"*");
            word.clear();
        }
    };
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else {
            flush();
        }
    }
    flush();
    return terms.join(u' ');
}

QStringList ReportRepository::search(const QString &text, int limit) const
{
    QStringList ids;
    const QString match = ftsQuery(text);
    if (match.isEmpty()) {
        return ids;
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Newest first: FTS5 walks its rowids backwards and stops at the limit, where ranking would
    // score every match first (tens of milliseconds for a common word in 100k reports).
    query.prepare(QStringLiteral("SELECT reports.id FROM reports_fts JOIN reports ON reports.rowid = reports_fts.rowid "
                                 "WHERE reports_fts MATCH ? ORDER BY reports_fts.rowid DESC LIMIT ?"));
    query.addBindValue(match);
    query.addBindValue(limit);
    if (query.exec()) {
        while (query.next()) {
            ids.append(query.value(0).toString());
        }
    }
    return ids;
}

std::optional<QStringList> ReportRepository::reportsOfSender(const core::Report &report, StorageError *error) const
{
    QStringList ids;
    if (report.reporter.senderKeys.isEmpty()) {
        return ids;
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QStringList marks;
    for (qsizetype i = 0; i < report.reporter.senderKeys.size(); ++i) {
        marks.append(QStringLiteral("?"));
    }
    query.prepare(QStringLiteral("SELECT DISTINCT report_id FROM report_sender_keys WHERE sender_key IN (%1) "
                                 "AND report_id <> ? ORDER BY report_id")
                      .arg(marks.join(u',')));
    for (const QString &key : report.reporter.senderKeys) {
        query.addBindValue(key);
    }
    query.addBindValue(report.id);
    if (!query.exec()) {
        *error = StorageError::fromSql(query.lastError(), m_database.path());
        return std::nullopt;
    }
    while (query.next()) {
        ids.append(query.value(0).toString());
    }
    return ids;
}

QString ReportRepository::phoneDigits(const QString &phone)
{
    return core::identity::nationalDigits(phone);
}

} // namespace ioc::storage

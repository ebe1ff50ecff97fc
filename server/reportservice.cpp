#include "reportservice.h"

#include "accountstore.h"
#include "auditlog.h"
#include "changefeed.h"
#include "core/crashpoint.h"
#include "core/reportjson.h"
#include "core/sanctions.h"
#include "core/visibility.h"
#include "core/vntime.h"
#include "idempotencystore.h"
#include "mediastore.h"
#include "notifications.h"
#include "referencestore.h"
#include "serverdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace ioc::server {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

constexpr qint64 allowedClockSkewSeconds = 5 * 60;

QVariant nextDue(const core::Report &report)
{
    const core::ReportClock *clock = report.nextDueClock();
    return clock != nullptr ? QVariant(clock->dueAt.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qlonglong>());
}

// When the server received an event (report_events.received_at: the Open311 updates by date).
qint64 eventTime(const core::ReportEvent &event)
{
    return (event.receivedAt.isValid() ? event.receivedAt : event.actedAt).toMSecsSinceEpoch();
}

} // namespace

std::optional<int> parseIfMatch(const QByteArray &header)
{
    QByteArray value = header.trimmed();
    if (value.startsWith("W/")) {
        value = value.mid(2);
    }
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
        value = value.mid(1, value.size() - 2);
    }
    bool ok = false;
    const int version = value.toInt(&ok);
    return ok && version >= 0 ? std::optional<int>(version) : std::nullopt;
}

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

ReportService::ReportService(ServerDatabase &database, ReferenceStore &reference, ChangeFeed &feed, AuditLog &audit,
                             IdempotencyStore &idempotency, AccountStore &accounts, MediaStore &media,
                             const core::Clock &clock)
    : m_database(database)
    , m_reference(reference)
    , m_feed(feed)
    , m_audit(audit)
    , m_idempotency(idempotency)
    , m_accounts(accounts)
    , m_media(media)
    , m_clock(clock)
    , m_identity(database)
{}

std::optional<ApiResult> ReportService::attachMedia(const core::Actor &actor, const core::Report *before,
                                                    core::Report &after) const
{
    const auto had = [&](const QString &sha256) {
        return before != nullptr && (std::any_of(before->media.cbegin(), before->media.cend(),
                                                 [&](const core::MediaItem &m) { return m.sha256 == sha256; }) ||
                                     before->resultAttachments.contains(sha256));
    };
    // A file counts once it has arrived whole and verified, and only its sender may attach it
    // (knowing a hash must not open a file). Size, type and facts are the server's, not the
    // client's claims.
    qint64 total = 0;
    for (qsizetype i = 0; i < after.media.size(); ++i) {
        core::MediaItem &item = after.media[i];
        if (!had(item.sha256)) {
            const auto stored = m_media.findForAttach(item.sha256);
            if (!stored || !m_media.isUploader(item.sha256, actor.userId)) {
                return error(422, QStringLiteral("media_unknown"), QStringLiteral("media[%1]").arg(i));
            }
            item.mimeType = stored->mimeType;
            item.size = stored->size;
            item.facts = stored->facts;
        }
        total += item.size;
    }
    if (after.media.size() > MediaStore::maxItemsPerReport || total > MediaStore::maxBytesPerReport) {
        return error(422, QStringLiteral("media_limit"), QStringLiteral("media"));
    }
    for (const QString &sha256 : std::as_const(after.resultAttachments)) {
        if (!had(sha256) && (!m_media.findForAttach(sha256) || !m_media.isUploader(sha256, actor.userId))) {
            return error(422, QStringLiteral("media_unknown"), QStringLiteral("attachments"));
        }
    }
    if (after.resultAttachments.size() > MediaStore::maxItemsPerReport) {
        return error(422, QStringLiteral("media_limit"), QStringLiteral("attachments"));
    }
    return std::nullopt;
}

std::optional<core::Report> ReportService::load(const QString &id) const
{
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("SELECT data FROM reports WHERE id = ?"), {id}) || !sql.next()) {
        return std::nullopt;
    }
    return parse(sql.value(0).toString());
}

std::optional<core::Report> ReportService::parse(const QString &data)
{
    auto report = core::json::toReport(QJsonDocument::fromJson(data.toUtf8()).object());
    return report.ok() ? std::optional<core::Report>(report.value()) : std::nullopt;
}

QList<core::Report> ReportService::sampleInState(core::ReportState state, int limit) const
{
    QList<core::Report> reports;
    Sql sql(m_database);
    if (sql.exec(QStringLiteral("SELECT data FROM reports WHERE state = ? ORDER BY random() LIMIT ?"),
                 {core::reportStateName(state), limit})) {
        while (sql.next()) {
            if (auto report = parse(sql.value(0).toString())) {
                reports.append(*report);
            }
        }
    }
    return reports;
}

QDateTime ReportService::latestEventTime(const QString &id) const
{
    // What last happened to the report. The server's own flags (a clock ran out, a supplement
    // window ended) record the passing of time as the server saw it, not an act on the report:
    // an officer's offline action taken before such a flag is not dated "before" anything (its
    // lateness is still judged on receipt beyond the grace period).
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("SELECT data FROM report_events WHERE report_id = ? ORDER BY seq DESC LIMIT 100"),
                  {id})) {
        return {};
    }
    while (sql.next()) {
        const auto event = core::json::toEvent(QJsonDocument::fromJson(sql.value(0).toString().toUtf8()).object());
        if (!event.ok()) {
            return {};
        }
        const bool serverFlag =
            event.value().actorRole == core::Role::System && event.value().actorId == QStringLiteral("system");
        if (!serverFlag) {
            return event.value().actedAt;
        }
    }
    return {};
}

QList<core::ReportEvent> ReportService::events(const QString &id) const
{
    QList<core::ReportEvent> events;
    Sql sql(m_database);
    if (sql.exec(QStringLiteral("SELECT data FROM report_events WHERE report_id = ? ORDER BY seq"), {id})) {
        while (sql.next()) {
            if (auto event = core::json::toEvent(QJsonDocument::fromJson(sql.value(0).toString().toUtf8()).object());
                event.ok()) {
                events.append(event.value());
            }
        }
    }
    return events;
}

QList<core::Report> ReportService::reportsOfAccount(const QString &accountId) const
{
    QList<core::Report> reports;
    Sql sql(m_database);
    // One query: a second one run on the connection while this one's rows are read would end it
    // on PostgreSQL (its rows come one at a time), and the citizen would see one report only.
    if (sql.exec(QStringLiteral("SELECT data FROM reports WHERE reporter_account_id = ? ORDER BY created_at DESC"),
                 {accountId})) {
        while (sql.next()) {
            if (auto report = parse(sql.value(0).toString())) {
                reports.append(*report);
            }
        }
    }
    return reports;
}

QList<core::Report> ReportService::overdueReports(const QDateTime &now) const
{
    QList<core::Report> reports;
    Sql sql(m_database);
    if (sql.exec(QStringLiteral("SELECT data FROM reports WHERE next_due_at <= ? ORDER BY next_due_at"),
                 {now.toMSecsSinceEpoch()})) {
        while (sql.next()) {
            auto report = core::json::toReport(QJsonDocument::fromJson(sql.value(0).toString().toUtf8()).object());
            if (report.ok()) {
                reports.append(report.value());
            }
        }
    }
    return reports;
}

QList<core::Report> ReportService::dueSoonReports(const QDateTime &now, const QDateTime &until) const
{
    QList<core::Report> reports;
    Sql sql(m_database);
    if (sql.exec(QStringLiteral("SELECT data FROM reports r WHERE next_due_at > ? AND next_due_at <= ? AND NOT EXISTS "
                                "(SELECT 1 FROM system_flags f WHERE f.report_id = r.id AND "
                                "f.flag = 'clock_due_soon' AND f.due_at = r.next_due_at) ORDER BY next_due_at"),
                 {now.toMSecsSinceEpoch(), until.toMSecsSinceEpoch()})) {
        while (sql.next()) {
            auto report = core::json::toReport(QJsonDocument::fromJson(sql.value(0).toString().toUtf8()).object());
            if (report.ok()) {
                reports.append(report.value());
            }
        }
    }
    return reports;
}

core::WorkflowContext ReportService::context(const core::Actor &actor, const core::Report *report,
                                             const QDateTime &now) const
{
    core::WorkflowContext context;
    context.policy = &m_reference.policy();
    context.calendar = &m_reference.calendar();
    context.directory = &m_reference.directory();
    context.receivedAt = now;
    if (actor.role == core::Role::Citizen) {
        const core::AccountStatus status = m_accounts.status(actor.userId);
        context.reporterAccountLocked = status.locked;
        context.reporterInteractionsLocked = status.interactionsLocked(now);
    } else if (report != nullptr && !report->reporter.accountId.isEmpty()) {
        context.reporterInteractionsLocked = m_accounts.status(report->reporter.accountId).interactionsLocked(now);
    }
    return context;
}

std::optional<ApiResult> ReportService::replay(const QString &key, const QString &userId,
                                               const QString &requestHash) const
{
    if (key.isEmpty()) {
        return std::nullopt;
    }
    const auto stored = m_idempotency.find(key);
    if (!stored) {
        return std::nullopt;
    }
    if (stored->userId != userId || stored->requestHash != requestHash) {
        return error(422, QStringLiteral("idempotency_key_reused"));
    }
    ApiResult result;
    result.status = stored->status;
    result.rawBody = stored->body;
    result.headers.append(std::pair<QByteArray, QByteArray>("Idempotent-Replay", "true"));
    return result;
}

std::optional<ApiResult> ReportService::replayFromEvents(const core::Actor &actor, const core::Report &report,
                                                         const QString &key, int status) const
{
    // The idempotency record lives 45 days; the event lives for ever. A request whose key made an
    // event was applied, whatever its record says: resent after months offline, it is answered,
    // never applied twice (actions without If-Match would otherwise be).
    if (key.isEmpty()) {
        return std::nullopt;
    }
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("SELECT data FROM report_events WHERE report_id = ? AND request_key = ?"),
                  {report.id, key}) ||
        !sql.next()) {
        return std::nullopt;
    }
    const QJsonObject event = QJsonDocument::fromJson(sql.value(0).toString().toUtf8()).object();
    if (event.value(QStringLiteral("actor_id")).toString() != actor.userId) {
        return error(422, QStringLiteral("idempotency_key_reused"));
    }
    ApiResult result = ok(QJsonObject{{QStringLiteral("report"), view(report, actor, false)},
                                      {QStringLiteral("event"), event},
                                      {QStringLiteral("version"), report.version}},
                          status);
    result.headers.append(std::pair<QByteArray, QByteArray>("Idempotent-Replay", "true"));
    return result;
}

bool ReportService::keepsRefusal(const ApiResult &result)
{
    // Answers that depend on the moment are not kept: a resend is judged again. Those are a
    // conflict or a missing If-Match, a report not (yet) visible, a failure of the server, and a
    // refusal that names reference data (an agency or category another instance may just have
    // added).
    if (result.status == 404 || result.status == 412 || result.status == 428 || result.status >= 500) {
        return false;
    }
    const QString code = result.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    return !core::dependsOnReferenceData(code);
}

ApiResult ReportService::remember(const QString &key, const QString &userId, const QString &requestHash,
                                  ApiResult result, IdempotencyStore::StoreResult *stored)
{
    *stored = IdempotencyStore::StoreResult::Stored;
    if (!key.isEmpty() && (result.status < 400 || keepsRefusal(result))) {
        *stored = m_idempotency.store(
            key, {userId, requestHash, result.status, QJsonDocument(result.body).toJson(QJsonDocument::Compact)},
            m_clock.now());
    }
    return result;
}

std::optional<core::Report> ReportService::lockForUpdate(const QString &id) const
{
    // Every write to a report row reads it this way first, inside its transaction: on PostgreSQL
    // the row stays locked until commit, so writers through any instance take turns and none
    // overwrites another's change (claim and release do not bump the version, so the version
    // guard alone would let one erase the other). The embedded database's transactions already
    // take turns (BEGIN IMMEDIATE).
    Sql sql(m_database);
    const QString text = m_database.dialect() == ServerDatabase::Dialect::Postgres
                             ? QStringLiteral("SELECT data FROM reports WHERE id = ? FOR UPDATE")
                             : QStringLiteral("SELECT data FROM reports WHERE id = ?");
    if (!sql.exec(text, {id}) || !sql.next()) {
        return std::nullopt;
    }
    return parse(sql.value(0).toString());
}

bool ReportService::refreshReference(QString *problem)
{
    if (m_reference.refresh(problem)) {
        return true;
    }
    qWarning("ioc-server: cannot reload the reference data: %s", qPrintable(*problem));
    return false;
}

ApiResult ReportService::act(const core::Actor &actor, const QString &reportId, const QByteArray &body,
                             const QByteArray &ifMatch, const QString &idempotencyKey)
{
    ApiResult result = actOnce(actor, reportId, body, ifMatch, idempotencyKey);
    const QJsonObject event = result.body.value(QStringLiteral("event")).toObject();
    if (result.status == 200 &&
        event.value(QStringLiteral("action")).toString() == core::actionName(core::Action::RevealIdentity)) {
        // Not kept with the idempotency record: read from the report each time it is answered.
        const auto report = load(reportId);
        if (report && core::reportAccess(actor, *report, m_reference.directory()).identity) {
            result.body.insert(QStringLiteral("identity"),
                               core::json::fromReporter(report->reporter, core::json::Identity::Include));
        }
    }
    return result;
}

ApiResult ReportService::actOnce(const core::Actor &actor, const QString &reportId, const QByteArray &body,
                                 const QByteArray &ifMatch, const QString &idempotencyKey)
{
    const QDateTime receivedAt = m_clock.now();
    if (!idempotencyKey.isEmpty() && QUuid::fromString(idempotencyKey).isNull()) {
        return error(400, QStringLiteral("idempotency_key_invalid"));
    }
    const QString requestHash =
        IdempotencyStore::requestHash(QStringLiteral("POST /v1/reports/%1/actions").arg(reportId), body);
    if (auto replayed = replay(idempotencyKey, actor.userId, requestHash)) {
        return *replayed;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return error(400, QStringLiteral("invalid_json"));
    }
    const QJsonObject request = document.object();
    for (auto it = request.begin(); it != request.end(); ++it) {
        if (it.key() != QStringLiteral("action") && it.key() != QStringLiteral("payload") &&
            it.key() != QStringLiteral("acted_at")) {
            return error(400, QStringLiteral("unknown_field"), it.key());
        }
    }
    if (request.contains(QStringLiteral("payload")) && !request.value(QStringLiteral("payload")).isObject()) {
        return error(400, QStringLiteral("wrong_type"), QStringLiteral("payload"));
    }
    const auto action = core::actionFromName(request.value(QStringLiteral("action")).toString());
    if (!action || *action == core::Action::Create) {
        return workflowError(core::WorkflowError(QStringLiteral("unknown_action"), QStringLiteral("action")));
    }
    const core::ActionSpec &spec = core::actionSpec(*action);
    const std::optional<int> expected = ifMatch.isEmpty() ? std::nullopt : parseIfMatch(ifMatch);
    QDateTime actedAt = receivedAt;
    std::optional<ApiResult> badTime;
    if (request.contains(QStringLiteral("acted_at"))) {
        const auto parsed = core::vntime::parseIso8601(request.value(QStringLiteral("acted_at")).toString());
        if (!parsed) {
            badTime = error(400, QStringLiteral("invalid_time"), QStringLiteral("acted_at"));
        } else if (receivedAt.secsTo(*parsed) > allowedClockSkewSeconds) {
            badTime = error(400, QStringLiteral("acted_at_in_future"), QStringLiteral("acted_at"));
        } else {
            actedAt = *parsed;
        }
    }
    // 14.3.f counts a repeat only of a report already handled: the earlier one must be published.
    if (*action == core::Action::MarkRepeat) {
        const QString original =
            request.value(QStringLiteral("payload")).toObject().value(QStringLiteral("repeat_of")).toString();
        if (!original.isEmpty() && original != reportId) {
            const auto earlier = load(original);
            if (!earlier) {
                return error(422, QStringLiteral("unknown_report"), QStringLiteral("repeat_of"));
            }
            if (earlier->state != core::ReportState::Published) {
                return workflowError(
                    core::WorkflowError(QStringLiteral("repeat_original_not_handled"), QStringLiteral("repeat_of")));
            }
        }
    }
    QString storageError;
    // Judged with the directory, calendar and policy as stored now, not as this instance last
    // loaded them.
    if (!refreshReference(&storageError)) {
        return error(500, QStringLiteral("internal_error"));
    }

    ApiResult result;
    bool applied = false;
    bool conflict = false;
    auto stored = IdempotencyStore::StoreResult::Stored;
    const bool committed = m_database.transaction(
        [&] {
            const auto report = lockForUpdate(reportId);
            if (!report || !core::reportAccess(actor, *report, m_reference.directory()).report) {
                result = error(404, QStringLiteral("report_not_found"));
                return false;
            }
            // The same request applied meanwhile (another instance, or a resend after the record
            // expired): its answer is the answer.
            if (auto replayed = replay(idempotencyKey, actor.userId, requestHash)) {
                result = *replayed;
                return false;
            }
            if (auto replayed = replayFromEvents(actor, *report, idempotencyKey, 200)) {
                result = *replayed;
                return false;
            }
            // If-Match comes before the payload: a stale officer learns that first.
            if (ifMatch.isEmpty() && spec.bumpsVersion) {
                result = error(428, QStringLiteral("if_match_required"));
                return false;
            }
            if (!ifMatch.isEmpty() && (!expected || *expected != report->version)) {
                result = error(412, QStringLiteral("version_mismatch"));
                result.body.insert(QStringLiteral("current_version"), report->version);
                result.body.insert(QStringLiteral("report"), view(*report, actor, true));
                return false;
            }
            if (badTime) {
                result = *badTime;
                return false;
            }
            // acted_at may not lie (PRODUCT.md §16): not older than the offline window, not
            // before what already happened to the report. Refused, not kept under the key: the
            // officer confirms again, dated now.
            const core::SlaPolicy &policy = m_reference.policy();
            QString tooEarly;
            if (actedAt.secsTo(receivedAt) > policy.offlineWindowSeconds()) {
                tooEarly = QStringLiteral("acted_at_too_old");
            } else if (const QDateTime previous = latestEventTime(reportId);
                       previous.isValid() && actedAt.secsTo(previous) > allowedClockSkewSeconds) {
                // Before the latest event by more than the clock skew tolerated (a console's
                // estimate of the server's time may lag the server's record by that much).
                tooEarly = QStringLiteral("acted_at_before_previous");
            }
            if (!tooEarly.isEmpty()) {
                result = error(422, tooEarly, QStringLiteral("acted_at"));
                result.body.insert(QStringLiteral("current_version"), report->version);
                result.body.insert(QStringLiteral("report"), view(*report, actor, true));
                return false;
            }
            // Beyond the grace the deadlines are judged on when the server received it; the event
            // keeps both times.
            const QDateTime judgedAt = actedAt.secsTo(receivedAt) > policy.offlineGraceSeconds() ? receivedAt : actedAt;
            auto outcome =
                core::applyAction(*report, actor, *action, request.value(QStringLiteral("payload")).toObject(),
                                  judgedAt, context(actor, &*report, receivedAt));
            if (!outcome.ok()) {
                // A refusal of the action itself: kept under the key (alone in this transaction),
                // so a resend gets the same answer.
                result = remember(idempotencyKey, actor.userId, requestHash, workflowError(outcome.error()), &stored);
                return stored == IdempotencyStore::StoreResult::Stored;
            }
            core::Report after = outcome.value().report;
            if (!ReporterIdentity::sameIdentity(report->reporter, after.reporter) || after.reporter.checks.isEmpty()) {
                m_identity.stamp(after, core::vntime::localDate(receivedAt));
            }
            // Not kept under the idempotency key: the same request succeeds once the upload is done.
            if (auto refused = attachMedia(actor, &*report, after)) {
                result = *refused;
                return false;
            }
            // The rules masked the public text (PRODUCT.md §17), in the report and in the event.
            core::ReportEvent event = outcome.value().event;
            event.requestKey = idempotencyKey;
            event.actedAt = actedAt;
            QJsonObject readerView;
            if (!persist(*report, after, event, actor, false, &storageError, &conflict, &readerView)) {
                return false;
            }
            // The IOC's roles read the report as its feed entry has it (made once).
            QJsonObject answer{
                {QStringLiteral("report"), readsFeedEntries(actor.role) ? readerView : view(after, actor, false)},
                {QStringLiteral("event"), core::json::fromEvent(event)},
                {QStringLiteral("version"), after.version}};
            result = remember(idempotencyKey, actor.userId, requestHash, ok(answer), &stored);
            if (stored != IdempotencyStore::StoreResult::Stored) {
                return false;
            }
            applied = true;
            IOC_CRASH_POINT("server.action.before_commit");
            return true;
        },
        &storageError);
    if (stored == IdempotencyStore::StoreResult::Taken) {
        // The same key stored its answer first: that answer is the answer.
        if (auto replayed = replay(idempotencyKey, actor.userId, requestHash)) {
            return *replayed;
        }
    }
    if (committed) {
        if (applied) {
            IOC_CRASH_POINT("server.action.after_commit");
            if (m_listener) {
                m_listener(m_feed.head());
            }
        } else {
            IOC_CRASH_POINT("server.refusal.after_commit");
        }
        return result;
    }
    if (conflict) {
        const auto current = load(reportId);
        ApiResult stale = error(412, QStringLiteral("version_mismatch"));
        stale.body.insert(QStringLiteral("current_version"), current ? current->version : 0);
        return stale;
    }
    if (!applied && result.status != 0 && stored == IdempotencyStore::StoreResult::Stored && storageError.isEmpty()) {
        return result; // decided without writing: a refusal not kept, a replay, a conflict
    }
    qWarning("ioc-server: cannot store action %s on %s: %s", qPrintable(core::actionName(*action)),
             qPrintable(reportId),
             qPrintable(storageError.isEmpty() ? QStringLiteral("idempotency record") : storageError));
    return error(500, QStringLiteral("internal_error"));
}

ApiResult ReportService::create(const core::Actor &caller, const QByteArray &body, const QString &idempotencyKey)
{
    // A connected system's report is filed by the `system` actor on behalf of its account (4.1.g):
    // the events name the account; the rules treat it as the system's intake.
    const core::Actor actor = core::workflowActor(caller);
    const QDateTime receivedAt = m_clock.now();
    if (!idempotencyKey.isEmpty() && QUuid::fromString(idempotencyKey).isNull()) {
        return error(400, QStringLiteral("idempotency_key_invalid"));
    }
    const QString requestHash = IdempotencyStore::requestHash(QStringLiteral("POST /v1/reports"), body);
    if (auto replayed = replay(idempotencyKey, actor.userId, requestHash)) {
        return *replayed;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return error(400, QStringLiteral("invalid_json"));
    }
    QJsonObject payload = document.object();
    // A client-made id (an offline-created report) and the moment it was taken.
    QString id = payload.take(QStringLiteral("id")).toString();
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    } else if (!isValidId(id)) {
        return error(400, QStringLiteral("invalid_id"), QStringLiteral("id"));
    }
    QDateTime actedAt = receivedAt;
    if (payload.contains(QStringLiteral("acted_at"))) {
        const auto parsed = core::vntime::parseIso8601(payload.take(QStringLiteral("acted_at")).toString());
        if (!parsed) {
            return error(400, QStringLiteral("invalid_time"), QStringLiteral("acted_at"));
        }
        if (receivedAt.secsTo(*parsed) > allowedClockSkewSeconds) {
            return error(400, QStringLiteral("acted_at_in_future"), QStringLiteral("acted_at"));
        }
        if (parsed->secsTo(receivedAt) > m_reference.policy().offlineWindowSeconds()) {
            return error(422, QStringLiteral("acted_at_too_old"), QStringLiteral("acted_at"));
        }
        actedAt = *parsed;
    }
    // A report with this id exists: this request made it (its record may have expired), or it is
    // another one's.
    const auto existing = [&]() -> std::optional<ApiResult> {
        const auto report = load(id);
        if (!report) {
            return std::nullopt;
        }
        if (auto replayed = replayFromEvents(caller, *report, idempotencyKey, 201)) {
            return replayed;
        }
        IdempotencyStore::StoreResult ignored;
        return remember(idempotencyKey, actor.userId, requestHash, error(409, QStringLiteral("report_exists"), id),
                        &ignored);
    };
    if (auto answer = existing()) {
        return *answer;
    }
    QString storageError;
    if (!refreshReference(&storageError)) {
        return error(500, QStringLiteral("internal_error"));
    }
    ApiResult result;
    bool conflict = false;
    bool mediaRefused = false;
    bool written = false;
    auto stored = IdempotencyStore::StoreResult::Stored;
    const bool committed = m_database.transaction(
        [&] {
            const int year = core::vntime::localDate(actedAt).year();
            const qint64 number = m_database.nextValue(QStringLiteral("report_code_%1").arg(year));
            const QString code = QStringLiteral("PA-%1-%2").arg(year).arg(number, 6, 10, QLatin1Char('0'));
            const auto outcome =
                core::createReport(id, code, actor, payload, actedAt, context(actor, nullptr, receivedAt));
            if (!outcome.ok()) {
                result = workflowError(outcome.error());
                return false;
            }
            core::Report created = outcome.value().report;
            m_identity.stamp(created, core::vntime::localDate(receivedAt));
            if (auto refused = attachMedia(actor, nullptr, created)) {
                result = *refused;
                mediaRefused = true;
                return false;
            }
            core::ReportEvent event = outcome.value().event;
            event.requestKey = idempotencyKey;
            if (!persist({}, created, event, actor, true, &storageError, &conflict)) {
                return false;
            }
            result = remember(idempotencyKey, actor.userId, requestHash,
                              ok(QJsonObject{{QStringLiteral("report"), view(created, caller, false)},
                                             {QStringLiteral("version"), created.version}},
                                 201),
                              &stored);
            if (stored != IdempotencyStore::StoreResult::Stored) {
                return false;
            }
            written = true;
            IOC_CRASH_POINT("server.create.before_commit");
            return true;
        },
        &storageError);
    if (committed) {
        IOC_CRASH_POINT("server.create.after_commit");
        if (m_listener) {
            m_listener(m_feed.head());
        }
        return result;
    }
    if (!written && (result.status == 0 || result.status < 400)) {
        // Another instance stored the same request, or a report with this id, first.
        if (auto replayed = replay(idempotencyKey, actor.userId, requestHash)) {
            return *replayed;
        }
        if (auto answer = existing()) {
            return *answer;
        }
    }
    if (mediaRefused) {
        return result; // not kept: the same request succeeds once the upload is done
    }
    if (result.status >= 400 && result.status < 500) {
        IdempotencyStore::StoreResult ignored;
        return remember(idempotencyKey, actor.userId, requestHash, result, &ignored);
    }
    qWarning("ioc-server: cannot store a new report: %s",
             qPrintable(storageError.isEmpty() ? QStringLiteral("idempotency record") : storageError));
    return error(500, QStringLiteral("internal_error"));
}

bool ReportService::persist(const core::Report &before, const core::Report &after, const core::ReportEvent &event,
                            const core::Actor &actor, bool isNew, QString *error, bool *conflict,
                            QJsonObject *readerView)
{
    const QJsonObject afterJson = core::json::fromReport(after, core::json::Identity::Include);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    Sql sql(m_database);
    if (isNew) {
        if (!sql.exec(QStringLiteral("INSERT INTO reports (id, code, version, state, reporter_account_id, "
                                     "next_due_at, data, created_at, updated_at, received_at, category_id) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {after.id, after.code, after.version, core::reportStateName(after.state),
                       after.reporter.accountId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                          : QVariant(after.reporter.accountId),
                       nextDue(after), compact(afterJson), now, now, after.receivedAt.toMSecsSinceEpoch(),
                       after.categoryId})) {
            *error = sql.error();
            return false;
        }
    } else {
        // Optimistic: another instance may have changed the report since it was read.
        // The category's index is touched only when the category changes (rarely: at verification).
        const bool recategorised = before.categoryId != after.categoryId;
        QVariantList values{after.version, core::reportStateName(after.state), nextDue(after), compact(afterJson), now};
        if (recategorised) {
            values.append(after.categoryId);
        }
        values << after.id << before.version;
        if (!sql.exec(recategorised ? QStringLiteral("UPDATE reports SET version = ?, state = ?, next_due_at = ?, "
                                                     "data = ?, updated_at = ?, category_id = ? WHERE id = ? AND "
                                                     "version = ?")
                                    : QStringLiteral("UPDATE reports SET version = ?, state = ?, next_due_at = ?, "
                                                     "data = ?, updated_at = ? WHERE id = ? AND version = ?"),
                      values)) {
            *error = sql.error();
            return false;
        }
        if (sql.rowsAffected() != 1) {
            *conflict = true;
            return false;
        }
    }
    Sql next(m_database);
    next.exec(QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM report_events WHERE report_id = ?"), {after.id});
    next.next();
    const qint64 eventSeq = next.value(0).toLongLong();
    // The next number under the report's row lock (lockForUpdate), so no other writer races it.
    const core::Report shown = withChecks(after);
    const QByteArray key = entryKey(shown);
    if (!sql.exec(QStringLiteral("INSERT INTO report_events (report_id, seq, data, request_key, received_at, entry, "
                                 "entry_key) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {after.id, eventSeq, compact(core::json::fromEvent(event)),
                   event.requestKey.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(event.requestKey),
                   eventTime(event), eventEntry(event, shown), key})) {
        *error = sql.error();
        return false;
    }

    // The messages the event causes, committed with it or not at all.
    if (m_notifications != nullptr && !m_notifications->enqueue(after, event, eventSeq, error)) {
        return false;
    }

    if (!m_media.linkReport(after)) {
        *error = QStringLiteral("cannot link the report's media");
        return false;
    }

    if (isNew || before.reporter.senderKeys != after.reporter.senderKeys) {
        if (!m_identity.index(after.id, after.reporter.senderKeys, error)) {
            return false;
        }
    }

    // The entry reads the events this transaction wrote, the new one with them.
    const QJsonObject view = entryView(shown);
    m_feed.record(QStringLiteral("report"), after.id, false, feedEntryOf(shown, view, key));
    if (readerView != nullptr) {
        *readerView = view;
    }
    const QStringList seenBefore = isNew ? QStringList() : core::agenciesSeeing(before, m_reference.directory());
    const QStringList seenAfter = core::agenciesSeeing(after, m_reference.directory());
    for (const QString &agency : seenBefore) {
        if (!seenAfter.contains(agency)) {
            m_feed.recordRemoval(after.id, agency);
        }
    }
    for (const QString &agency : seenAfter) {
        m_feed.clearRemoval(after.id, agency);
    }

    // A submission rejected for offensive language counts toward the account lock (14.1.a).
    if (event.action == QStringLiteral("reject") && after.rejectReasons.contains(core::RejectReason::Violation) &&
        !after.reporter.accountId.isEmpty()) {
        core::AccountStatus status = m_accounts.status(after.reporter.accountId);
        ++status.violations;
        m_accounts.save(after.reporter.accountId, status);
    }

    // A new report is recorded whole; a change, by the fields it changed.
    auto [was, is] = isNew ? std::pair<QJsonObject, QJsonObject>{QJsonObject(), afterJson}
                           : changedFields(core::json::fromReport(before, core::json::Identity::Include), afterJson);
    if (was.isEmpty() && is.isEmpty()) {
        // An act that changes nothing (a reveal, a reminder): the entry keeps why it was taken.
        is.insert(QStringLiteral("payload"), event.payload);
    }
    AuditEntry entry{actor.userId,
                     core::roleName(actor.role),
                     event.action,
                     QStringLiteral("report"),
                     after.id,
                     event.actedAt,
                     event.receivedAt,
                     was,
                     is};
    return m_audit.append(entry, m_clock.now(), error);
}

ApiResult ReportService::get(const core::Actor &actor, const QString &reportId) const
{
    const auto report = load(reportId);
    const bool readable = report && (actor.role == core::Role::ConnectedSystem
                                         ? filedBy(*report, actor.userId)
                                         : core::reportAccess(actor, *report, m_reference.directory()).report);
    if (!readable) {
        return error(404, QStringLiteral("report_not_found"));
    }
    return ok(QJsonObject{{QStringLiteral("report"), view(*report, actor, true)}});
}

bool ReportService::filedBy(const core::Report &report, const QString &userId) const
{
    Sql sql(m_database);
    if (userId.isEmpty() ||
        !sql.exec(QStringLiteral("SELECT data FROM report_events WHERE report_id = ? ORDER BY seq LIMIT 1"),
                  {report.id}) ||
        !sql.next()) {
        return false;
    }
    const auto event = core::json::toEvent(QJsonDocument::fromJson(sql.value(0).toString().toUtf8()).object());
    return event.ok() && event.value().action == core::actionName(core::Action::Create) &&
           event.value().actorId == userId;
}

QStringList ReportService::knownRequests(const core::Actor &actor, const QStringList &keys) const
{
    QStringList known;
    for (const QString &key : keys) {
        if (const auto stored = m_idempotency.find(key)) {
            if (stored->userId == actor.userId) {
                known.append(key);
            }
            continue;
        }
        Sql sql(m_database);
        if (sql.exec(QStringLiteral("SELECT data FROM report_events WHERE request_key = ?"), {key}) && sql.next()) {
            const QJsonObject event = QJsonDocument::fromJson(sql.value(0).toString().toUtf8()).object();
            if (event.value(QStringLiteral("actor_id")).toString() == actor.userId) {
                known.append(key);
            }
        }
    }
    return known;
}

bool ReportService::import(const QList<Imported> &reports, QString *error)
{
    return m_database.transaction(
        [&] {
            const qint64 now = m_clock.now().toMSecsSinceEpoch();
            // One reservation of the feed sequence and one audit batch per chunk, not one
            // counter update per row.
            constexpr qsizetype chunk = 1000;
            for (qsizetype first = 0; first < reports.size(); first += chunk) {
                const QList<Imported> part = reports.mid(first, chunk);
                qint64 seq = m_database.reserveValues(QStringLiteral("change_seq"), part.size());
                QList<AuditEntry> audit;
                Sql sql(m_database);
                for (const auto &[imported, events] : part) {
                    core::Report report = imported;
                    if (report.reporter.checks.isEmpty()) {
                        m_identity.stamp(report, core::vntime::localDate(report.receivedAt));
                    }
                    if (!m_identity.index(report.id, report.reporter.senderKeys, error)) {
                        return false;
                    }
                    const QJsonObject json = core::json::fromReport(report, core::json::Identity::Include);
                    if (!sql.exec(QStringLiteral("INSERT INTO reports (id, code, version, state, reporter_account_id, "
                                                 "next_due_at, data, created_at, updated_at, received_at, category_id) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  {report.id, report.code, report.version, core::reportStateName(report.state),
                                   report.reporter.accountId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                                       : QVariant(report.reporter.accountId),
                                   nextDue(report), compact(json), report.receivedAt.toMSecsSinceEpoch(), now,
                                   report.receivedAt.toMSecsSinceEpoch(), report.categoryId})) {
                        *error = sql.error();
                        return false;
                    }
                    int eventSeq = 0;
                    const QByteArray key = entryKey(report);
                    QList<QByteArray> forms;
                    for (const core::ReportEvent &event : events) {
                        forms.append(eventEntry(event, report));
                        if (!sql.exec(QStringLiteral("INSERT INTO report_events (report_id, seq, data, received_at, "
                                                     "entry, entry_key) VALUES (?, ?, ?, ?, ?, ?)"),
                                      {report.id, ++eventSeq, compact(core::json::fromEvent(event)), eventTime(event),
                                       forms.constLast(), key})) {
                            *error = sql.error();
                            return false;
                        }
                    }
                    if (!m_media.linkReport(report)) {
                        *error = QStringLiteral("cannot link the media of %1").arg(report.id);
                        return false;
                    }
                    m_feed.recordAt(seq++, QStringLiteral("report"), report.id,
                                    assembleEntry(report, entryView(report), forms));
                    audit.append({QStringLiteral("system"),
                                  core::roleName(core::Role::System),
                                  QStringLiteral("import"),
                                  QStringLiteral("report"),
                                  report.id,
                                  report.receivedAt,
                                  m_clock.now(),
                                  {},
                                  json});
                }
                if (!m_audit.appendAll(audit, m_clock.now(), error)) {
                    return false;
                }
            }
            return true;
        },
        error);
}

bool ReportService::raiseFlag(const QString &reportId, const QString &flag, const QDateTime &dueAt,
                              const QJsonObject &payload)
{
    QString error;
    bool raised = false;
    const bool ok = m_database.transaction(
        [&] {
            // The flag, its event and its audit entry commit together (a flag recorded without its
            // event would never be raised again), under the report's row lock, which also keeps
            // the event's number from racing an action on another instance.
            const auto report = lockForUpdate(reportId);
            if (!report) {
                return false;
            }
            const QDateTime now = m_clock.now();
            Sql sql(m_database);
            if (!sql.exec(QStringLiteral("INSERT INTO system_flags (report_id, flag, due_at, raised_at) "
                                         "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                          {reportId, flag, dueAt.toMSecsSinceEpoch(), now.toMSecsSinceEpoch()})) {
                error = sql.error();
                return false;
            }
            if (sql.rowsAffected() != 1) {
                return false; // raised before
            }
            core::ReportEvent event;
            event.action = flag;
            event.actorId = QStringLiteral("system");
            event.actorRole = core::Role::System;
            event.actedAt = now;
            event.receivedAt = now;
            event.fromState = report->state;
            event.toState = report->state;
            event.version = report->version;
            event.payload = payload;
            sql.exec(QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM report_events WHERE report_id = ?"),
                     {reportId});
            if (!sql.next()) {
                error = sql.error();
                return false;
            }
            const qint64 seq = sql.value(0).toLongLong();
            Sql insert(m_database);
            const core::Report shown = withChecks(*report);
            const QByteArray key = entryKey(shown);
            if (!insert.exec(QStringLiteral("INSERT INTO report_events (report_id, seq, data, received_at, entry, "
                                            "entry_key) VALUES (?, ?, ?, ?, ?, ?)"),
                             {reportId, seq, compact(core::json::fromEvent(event)), eventTime(event),
                              eventEntry(event, shown), key})) {
                error = insert.error();
                return false;
            }
            // The messages the flag causes (a clock about to run out tells the agency), in the
            // same transaction: raised once, told once.
            if (m_notifications != nullptr && !m_notifications->enqueue(*report, event, seq, &error)) {
                return false;
            }
            m_feed.record(QStringLiteral("report"), reportId, false, feedEntryOf(shown, entryView(shown), key));
            if (!m_audit.append({event.actorId,
                                 core::roleName(core::Role::System),
                                 flag,
                                 QStringLiteral("report"),
                                 reportId,
                                 event.actedAt,
                                 event.receivedAt,
                                 {},
                                 payload},
                                event.actedAt, &error)) {
                return false;
            }
            raised = true;
            IOC_CRASH_POINT("server.flag.before_commit");
            return true;
        },
        &error);
    if (!ok) {
        if (!error.isEmpty()) {
            qWarning("ioc-server: cannot raise %s on %s: %s", qPrintable(flag), qPrintable(reportId),
                     qPrintable(error));
        }
        return false;
    }
    IOC_CRASH_POINT("server.flag.after_commit");
    if (raised && m_listener) {
        m_listener(m_feed.head());
    }
    return raised;
}

} // namespace ioc::server

#include "syncengine.h"

#include "core/crashpoint.h"
#include "core/reportjson.h"
#include "core/vntime.h"
#include "core/workflow.h"
#include "storage/database.h"
#include "sync/actionqueue.h"
#include "sync/apiclient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace ioc::sync {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

constexpr qint64 uploadPart = 4 * 1024 * 1024;

} // namespace

QString syncStateName(SyncState state)
{
    switch (state) {
    case SyncState::Offline:
        return QStringLiteral("offline");
    case SyncState::Syncing:
        return QStringLiteral("syncing");
    case SyncState::Online:
        return QStringLiteral("online");
    case SyncState::Error:
        return QStringLiteral("error");
    case SyncState::SignInRequired:
        return QStringLiteral("sign_in_required");
    }
    return {};
}

SyncEngine::SyncEngine(ApiClient &client, storage::Database &replica, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_replica(replica)
    , m_options(options)
    , m_reports(replica)
    , m_reference(replica)
    , m_outbox(replica)
    , m_applier(replica, m_reports, m_reference)
{
    qRegisterMetaType<ioc::sync::SyncStatus>();
    m_pollTimer.setInterval(m_options.pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_retryPullTimer.setSingleShot(true);
    connect(&m_retryPullTimer, &QTimer::timeout, this, &SyncEngine::pull);
    m_retryPushTimer.setSingleShot(true);
    connect(&m_retryPushTimer, &QTimer::timeout, this, &SyncEngine::push);
    connect(&m_client, &ApiClient::sessionExpired, this, [this] {
        setState(SyncState::SignInRequired, tr("The session has ended: sign in again. Queued actions are kept."));
    });
    if (const auto last = m_reference.syncValue(QStringLiteral("last_success"))) {
        m_lastSuccess = QDateTime::fromMSecsSinceEpoch(last->toLongLong(), QTimeZone::utc());
    }
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::start()
{
    m_running = true;
    m_pollTimer.start();
    syncNow();
}

void SyncEngine::stop()
{
    m_running = false;
    m_pollTimer.stop();
    m_retryPullTimer.stop();
    m_retryPushTimer.stop();
    m_client.abortAll();
    m_pulling = false;
    m_pushing = false;
    m_listening = false;
}

void SyncEngine::syncNow()
{
    // The officers' actions first: an answer that got lost last time is replayed (and marked)
    // before newer data arrives, then the feed.
    m_pullAfterPush = true;
    push();
}

QDateTime SyncEngine::serverNow() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_client.clock().isKnown() ? m_client.clock().serverNow(now)
                                      : now.addMSecs(ActionQueue::lastClockOffsetMs(m_replica));
}

SyncStatus SyncEngine::status() const
{
    SyncStatus status;
    status.state = m_state;
    status.message = m_message;
    status.lastSuccess = m_lastSuccess;
    const QHash<storage::OutboxState, int> counts = m_outbox.counts();
    status.pending = counts.value(storage::OutboxState::Pending);
    status.conflicts = counts.value(storage::OutboxState::Conflict);
    status.failed = counts.value(storage::OutboxState::Failed);
    status.clockOffsetMs = m_client.clock().offsetMs();
    status.clockKnown = m_client.clock().isKnown();
    return status;
}

void SyncEngine::setState(SyncState state, const QString &message)
{
    if (state == m_state && message == m_message) {
        return;
    }
    m_state = state;
    m_message = message;
    emitStatus();
}

void SyncEngine::emitStatus()
{
    emit statusChanged(status());
}

// ---- Pull -------------------------------------------------------------------------------

void SyncEngine::pull()
{
    if (m_state == SyncState::SignInRequired) {
        maybeIdle();
        return;
    }
    if (m_pulling) {
        m_pullAgain = true;
        return;
    }
    m_pulling = true;
    m_pullAgain = false;
    m_changedIds.clear();
    // An initial sync, or one the process did not finish: load in bulk.
    m_bulk = !m_reference.syncValue(QStringLiteral("cursor")) || m_reports.isBulkLoading();
    setState(SyncState::Syncing, m_message);
    ++m_pullGeneration;
    fetchPage(m_reference.syncValue(QStringLiteral("cursor")).value_or(QStringLiteral("0")));
}

void SyncEngine::fetchPage(const QString &cursor)
{
    ApiRequest request;
    request.path = QStringLiteral("/v1/changes");
    request.query.addQueryItem(QStringLiteral("cursor"), cursor);
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    request.retries = 2;
    const int generation = m_pullGeneration;
    m_client.send(request, [this, generation](const ApiResponse &response) {
        if (generation == m_pullGeneration) { // not a page of an abandoned pull
            pageArrived(response);
        }
    });
}

void SyncEngine::pageArrived(const ApiResponse &response)
{
    if (!m_pulling) {
        return; // stopped meanwhile
    }
    if (response.status == 410) {
        fullResync(tr("The server's history changed (restored or too old a cursor): synchronising again."));
        return;
    }
    const auto retryLater = [this](SyncState state, const QString &message) {
        ++m_pullGeneration; // a page fetched ahead is dropped
        m_pulling = false;
        setState(state, message);
        const auto wait = m_client.retryPolicy().delay(m_pullFailures++, QRandomGenerator::global()->generateDouble());
        m_retryPullTimer.start(std::max<qint64>(1000, wait.count()));
        maybeIdle();
    };
    if (response.status == 401) {
        m_pulling = false;
        setState(SyncState::SignInRequired, tr("The session has ended: sign in again. Queued actions are kept."));
        maybeIdle();
        return;
    }
    if (!response.succeeded()) {
        const bool offline = response.isTransient();
        retryLater(offline ? SyncState::Offline : SyncState::Error,
                   offline ? tr("The server cannot be reached: %1").arg(response.message()) : response.message());
        return;
    }
    const QString epoch = response.json.value(QStringLiteral("epoch")).toString();
    const QString knownEpoch = m_reference.syncValue(QStringLiteral("epoch")).value_or(QString());
    if (!knownEpoch.isEmpty() && !epoch.isEmpty() && epoch != knownEpoch) {
        fullResync(tr("The server was restored from a backup: synchronising again."));
        return;
    }
    QString error;
    PageStats stats;
    storage::StorageError bulkError;
    if (m_bulk && !m_reports.isBulkLoading() && !m_reports.beginBulkLoad(&bulkError)) {
        retryLater(SyncState::Error, bulkError.message);
        return;
    }
    // The next page is fetched while this one is applied (the server works meanwhile); it is
    // used only if this one lands.
    const bool more = response.json.value(QStringLiteral("has_more")).toBool();
    if (more && response.json.value(QStringLiteral("next_cursor")).isString()) {
        fetchPage(response.json.value(QStringLiteral("next_cursor")).toString());
    }
    if (!m_applier.apply(response.json, &error, &stats)) {
        // Nothing of the page was stored and the cursor did not move.
        retryLater(SyncState::Error, tr("The server sent data that cannot be used: %1").arg(error));
        return;
    }
    m_pullFailures = 0;
    for (const QJsonValue &change : response.json.value(QStringLiteral("changes")).toArray()) {
        if (change.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("report")) {
            m_changedIds.append(change.toObject().value(QStringLiteral("id")).toString());
        }
    }
    if (stats.reference > 0) {
        emit referenceChanged();
    }
    if (more) {
        return; // the next page is on its way
    }
    pullFinished();
}

void SyncEngine::pullFinished()
{
    storage::StorageError error;
    if (m_bulk && m_reports.isBulkLoading() && !m_reports.endBulkLoad(&error)) {
        qWarning("ioc: rebuilding the search index failed: %s", qPrintable(error.message));
    }
    m_lastSuccess = QDateTime::currentDateTimeUtc();
    m_reference.setSyncValue(QStringLiteral("last_success"), QString::number(m_lastSuccess.toMSecsSinceEpoch()),
                             &error);
    if (m_client.clock().isKnown()) {
        ActionQueue::rememberClockOffset(m_replica, m_client.clock().offsetMs());
    }
    m_pulling = false;
    const QStringList changed = std::exchange(m_changedIds, {});
    if (!changed.isEmpty()) {
        emit reportsChanged(changed);
    }
    setState(SyncState::Online);
    if (m_pullAgain) {
        pull();
        return;
    }
    push();
    listen();
}

void SyncEngine::fullResync(const QString &why)
{
    ++m_pullGeneration;
    storage::StorageError error;
    const bool cleared = m_replica.transaction([&] { return m_reference.clearReplicatedData(&error); }, &error);
    if (!cleared) {
        m_pulling = false;
        setState(SyncState::Error, error.message);
        return;
    }
    emit resynchronised();
    m_pulling = false;
    setState(SyncState::Syncing, why);
    pull();
}

// ---- Live channel ------------------------------------------------------------------------

void SyncEngine::listen()
{
    if (!m_running || !m_options.live || m_listening) {
        return;
    }
    m_listening = true;
    ApiRequest request;
    request.path = QStringLiteral("/v1/changes/wait");
    request.query.addQueryItem(QStringLiteral("cursor"),
                               m_reference.syncValue(QStringLiteral("cursor")).value_or(QStringLiteral("0")));
    request.query.addQueryItem(QStringLiteral("timeout"), QString::number(m_options.longPollSeconds));
    request.timeoutMs = (m_options.longPollSeconds + 15) * 1000;
    m_client.send(request, [this](const ApiResponse &response) {
        m_listening = false;
        if (!m_running) {
            return;
        }
        if (response.succeeded()) {
            m_listenFailures = 0;
            if (response.json.value(QStringLiteral("changes_waiting")).toBool()) {
                pull(); // listen() again when the pull is done
            } else {
                listen();
            }
            return;
        }
        if (response.status == 410) {
            pull();
            return;
        }
        // The periodic pull covers for the live channel until it works again.
        const auto wait =
            m_client.retryPolicy().delay(m_listenFailures++, QRandomGenerator::global()->generateDouble());
        QTimer::singleShot(std::max<qint64>(1000, wait.count()), this, &SyncEngine::listen);
    });
}

// ---- Push --------------------------------------------------------------------------------

std::optional<storage::OutboxEntry> SyncEngine::queueAction(const QString &reportId, const QString &action,
                                                            const QJsonObject &payload, QString *error,
                                                            const QStringList &media)
{
    auto stored = ActionQueue(m_replica).queueAction(reportId, action, payload, serverNow(), error, media);
    if (stored) {
        queued();
    }
    return stored;
}

std::optional<storage::OutboxEntry> SyncEngine::queueCreate(const QString &reportId, const QJsonObject &payload,
                                                            const QStringList &media, QString *error)
{
    auto stored = ActionQueue(m_replica).queueCreate(reportId, payload, media, serverNow(), error);
    if (stored) {
        queued();
    }
    return stored;
}

void SyncEngine::queued()
{
    emit outboxChanged();
    emitStatus();
    if (m_running) {
        QTimer::singleShot(0, this, &SyncEngine::push);
    }
}

std::optional<storage::OutboxEntry> SyncEngine::reconfirm(qint64 seq, QString *error)
{
    auto rearmed = ActionQueue(m_replica).rearm(seq, serverNow(), error);
    if (rearmed) {
        queued();
    }
    return rearmed;
}

bool SyncEngine::discard(qint64 seq, QString *error)
{
    if (!ActionQueue(m_replica).discard(seq, error)) {
        return false;
    }
    emit outboxChanged();
    emitStatus();
    if (m_running) {
        QTimer::singleShot(0, this, &SyncEngine::push); // what it held back may go now
    }
    return true;
}

void SyncEngine::push()
{
    if (m_state == SyncState::SignInRequired) {
        m_pullAfterPush = false;
        maybeIdle();
        return;
    }
    if (m_pushing) {
        m_pushAgain = true;
        return;
    }
    m_pushing = true;
    m_pushAgain = false;
    pushNext();
}

void SyncEngine::pushNext()
{
    if (m_recordFailures > 0 && m_retryPushTimer.isActive()) {
        pushDone(); // the last answer could not be recorded: wait for the retry
        return;
    }
    // Reports with an action the officer must look at hold their later actions back.
    QSet<QString> held;
    for (const storage::OutboxEntry &e : m_outbox.entries(storage::OutboxState::Conflict)) {
        held.insert(e.reportId);
    }
    for (const storage::OutboxEntry &e : m_outbox.entries(storage::OutboxState::Failed)) {
        held.insert(e.reportId);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const storage::OutboxEntry &entry : m_outbox.pending(500)) {
        if (held.contains(entry.reportId)) {
            continue;
        }
        if (entry.nextAttemptAt.isValid() && entry.nextAttemptAt > now) {
            // In order: nothing after it goes first.
            m_retryPushTimer.start(std::max<qint64>(100, now.msecsTo(entry.nextAttemptAt)));
            pushDone();
            return;
        }
        sendEntry(entry);
        return;
    }
    pushDone();
}

void SyncEngine::sendEntry(const storage::OutboxEntry &entry)
{
    if (!entry.mediaToUpload.isEmpty()) { // a report's photos, or an action's result photos
        uploadMedia(entry, entry.mediaToUpload.first());
        return;
    }
    ApiRequest request;
    request.method = "POST";
    request.headers.append({"Idempotency-Key", entry.idempotencyKey.toLatin1()});
    if (entry.kind == QStringLiteral("create")) {
        QJsonObject body = entry.payload;
        body.insert(QStringLiteral("id"), entry.reportId);
        body.insert(QStringLiteral("acted_at"), core::vntime::toIso8601(entry.actedAt));
        request.path = QStringLiteral("/v1/reports");
        request.body = compact(body);
    } else {
        request.path = QStringLiteral("/v1/reports/%1/actions").arg(entry.reportId);
        request.body = compact({{QStringLiteral("action"), entry.action},
                                {QStringLiteral("payload"), entry.payload},
                                {QStringLiteral("acted_at"), core::vntime::toIso8601(entry.actedAt)}});
        if (entry.baseVersion) {
            request.headers.append({"If-Match", '"' + QByteArray::number(*entry.baseVersion) + '"'});
        }
    }
    m_client.send(request, [this, entry](const ApiResponse &response) { entryAnswered(entry, response); });
}

void SyncEngine::uploadMedia(const storage::OutboxEntry &entry, const QString &sha256)
{
    const std::optional<QByteArray> data = m_mediaSource ? m_mediaSource(sha256) : std::nullopt;
    if (!data) {
        storage::StorageError error;
        if (recorded(m_outbox.markFailed(entry.seq,
                                         tr("The photo %1 is missing from this workstation").arg(sha256.left(12)), {},
                                         &error),
                     error)) {
            emit outboxChanged();
            pushNext();
        }
        return;
    }
    // Start (or find) the upload, then send the parts from where the server stands.
    ApiRequest start;
    start.method = "POST";
    start.path = QStringLiteral("/v1/media/uploads");
    QString fileName; // a create names its files; an action's attachments go by their hash only
    for (const QJsonValue &item : entry.payload.value(QStringLiteral("media")).toArray()) {
        if (item.toObject().value(QStringLiteral("sha256")).toString() == sha256) {
            fileName = item.toObject().value(QStringLiteral("file_name")).toString();
        }
    }
    start.body = compact({{QStringLiteral("sha256"), sha256},
                          {QStringLiteral("size"), qint64(data->size())},
                          {QStringLiteral("file_name"), fileName}});
    m_client.send(start, [this, entry, sha256, data = *data](const ApiResponse &response) {
        if (!response.succeeded()) {
            entryAnswered(entry, response);
            return;
        }
        if (response.json.value(QStringLiteral("complete")).toBool()) {
            IOC_CRASH_POINT("push.media.uploaded");
            storage::StorageError error;
            if (recorded(m_outbox.markMediaUploaded(entry.seq, sha256, &error), error)) {
                pushNext();
            }
            return;
        }
        const QString uploadId = response.json.value(QStringLiteral("upload_id")).toString();
        auto sendPart = std::make_shared<std::function<void(qint64)>>();
        *sendPart = [this, entry, sha256, data, uploadId, sendPart](qint64 offset) {
            const QByteArray part = data.mid(offset, uploadPart);
            ApiRequest put;
            put.method = "PUT";
            put.path = QStringLiteral("/v1/media/uploads/%1").arg(uploadId);
            put.body = part;
            put.contentType = "application/octet-stream";
            put.headers.append({"Content-Range", "bytes " + QByteArray::number(offset) + '-' +
                                                     QByteArray::number(offset + part.size() - 1) + '/' +
                                                     QByteArray::number(data.size())});
            m_client.send(put, [this, entry, sha256, offset, part, sendPart](const ApiResponse &answer) {
                if (answer.status == 409 && answer.json.contains(QStringLiteral("received"))) {
                    (*sendPart)(answer.json.value(QStringLiteral("received")).toInteger()); // resume there
                    return;
                }
                if (!answer.succeeded()) {
                    entryAnswered(entry, answer);
                    return;
                }
                if (answer.json.value(QStringLiteral("complete")).toBool()) {
                    IOC_CRASH_POINT("push.media.uploaded");
                    storage::StorageError error;
                    if (recorded(m_outbox.markMediaUploaded(entry.seq, sha256, &error), error)) {
                        pushNext();
                    }
                    return;
                }
                (*sendPart)(offset + part.size());
            });
        };
        (*sendPart)(response.json.value(QStringLiteral("received")).toInteger());
    });
}

bool SyncEngine::storeReportFromAnswer(const QJsonObject &reportJson, storage::StorageError *error)
{
    const auto report = core::json::toReport(reportJson);
    if (!report.ok()) {
        return true; // nothing usable to keep; the next pull brings it
    }
    // Never go back: the feed may already have brought a newer version.
    if (m_reports.version(report.value().id).value_or(-1) > report.value().version) {
        return true;
    }
    if (!m_reports.store(report.value(), error)) {
        return false;
    }
    m_changedIds.append(report.value().id);
    return true;
}

bool SyncEngine::recorded(bool ok, const storage::StorageError &error)
{
    if (ok) {
        m_recordFailures = 0;
        return true;
    }
    // The server's answer could not be kept (disk full, a locked or damaged file): the entry
    // stays as it was and is sent again later, when the server answers it from its idempotency
    // record. Not at once: that would resend it in a tight loop.
    const auto wait = m_client.retryPolicy().delay(m_recordFailures++, QRandomGenerator::global()->generateDouble());
    qWarning("ioc: cannot record the server's answer: %s", qPrintable(error.message));
    setState(SyncState::Error,
             tr("The server's answer could not be saved on this workstation (%1); trying again.").arg(error.message));
    m_retryPushTimer.start(std::max<qint64>(1000, wait.count()));
    emit outboxChanged();
    pushDone();
    return false;
}

void SyncEngine::entryAnswered(const storage::OutboxEntry &entry, const ApiResponse &response)
{
    storage::StorageError error;
    if (!m_running && !m_pushing) {
        return;
    }
    if (response.succeeded()) {
        m_networkFailures = 0;
        IOC_CRASH_POINT("push.answer.received");
        // The outbox row and the report the server returned change together: a crash between
        // them would leave a stale version behind an entry that no longer counts.
        const bool ok = m_replica.transaction(
            [&] {
                const bool written =
                    m_outbox.markSent(entry.seq, response.json, &error) &&
                    storeReportFromAnswer(response.json.value(QStringLiteral("report")).toObject(), &error);
                IOC_CRASH_POINT("push.answer.before_commit");
                return written;
            },
            &error);
        if (!recorded(ok, error)) {
            return;
        }
        IOC_CRASH_POINT("push.answer.after_commit");
        if (m_state == SyncState::Error) {
            setState(SyncState::Syncing);
        }
        announceReports();
        emit outboxChanged();
        pushNext();
        return;
    }
    if (response.status == 412 && !response.json.contains(QStringLiteral("report"))) {
        // The answer did not carry the report as it is now: fetch it, then record the conflict.
        ApiRequest get;
        get.path = QStringLiteral("/v1/reports/%1").arg(entry.reportId);
        get.retries = 2;
        m_client.send(get, [this, entry, response](const ApiResponse &current) {
            ApiResponse conflict = response;
            conflict.json.insert(QStringLiteral("report"), current.json.value(QStringLiteral("report")).toObject());
            entryAnswered(entry, conflict);
        });
        return;
    }
    if (response.status == 412) {
        // Someone else changed the report: show both sides, send nothing more for it.
        const QJsonObject current = response.json.value(QStringLiteral("report")).toObject();
        const bool ok = m_replica.transaction(
            [&] {
                const bool written =
                    storeReportFromAnswer(current, &error) &&
                    m_outbox.markConflict(
                        entry.seq,
                        tr("The report changed meanwhile (now version %1): look at it and confirm again.")
                            .arg(response.json.value(QStringLiteral("current_version")).toInt()),
                        current, &error);
                IOC_CRASH_POINT("push.conflict.before_commit");
                return written;
            },
            &error);
        if (!recorded(ok, error)) {
            return;
        }
        announceReports();
        emit outboxChanged();
        pushNext();
        return;
    }
    if (response.status == 401) {
        setState(SyncState::SignInRequired, tr("The session has ended: sign in again. Queued actions are kept."));
        m_pullAfterPush = false;
        pushDone();
        return;
    }
    if (response.isTransient()) {
        // Being offline is normal (hours, on a field laptop): only answers from a server that
        // keeps failing this action count towards parking it.
        const bool serverAnswered = response.failure == ApiFailure::None;
        const int attempts = entry.attempts + 1;
        if (serverAnswered && attempts >= m_options.maxAttempts) {
            if (recorded(m_outbox.markFailed(entry.seq,
                                             tr("Kept failing (%1 attempts): %2").arg(attempts).arg(response.message()),
                                             response.json, &error),
                         error)) {
                emit outboxChanged();
                pushNext();
            }
            return;
        }
        const auto wait =
            m_client.retryPolicy().delay(serverAnswered ? entry.attempts : m_networkFailures++,
                                         QRandomGenerator::global()->generateDouble(), response.retryAfter);
        if (!m_outbox.recordAttempt(entry.seq, response.message(),
                                    QDateTime::currentDateTimeUtc().addMSecs(wait.count()), &error, serverAnswered)) {
            qWarning("ioc: cannot record a failed attempt: %s", qPrintable(error.message));
        }
        setState(SyncState::Offline, tr("The server cannot be reached: %1").arg(response.message()));
        m_retryPushTimer.start(std::max<qint64>(100, wait.count()));
        pushDone();
        return;
    }
    if (response.failure != ApiFailure::None) {
        // TLS or pin failure, an unusable answer: the action waits; nothing was applied twice.
        setState(SyncState::Error, response.message());
        m_retryPushTimer.start(30000);
        pushDone();
        return;
    }
    // Refused by the rules (403, 409, 400, 422…): shown on the report, never retried.
    const bool ok = m_replica.transaction(
        [&] {
            const bool written = m_outbox.markFailed(entry.seq, response.message(), response.json, &error);
            IOC_CRASH_POINT("push.refused.before_commit");
            return written;
        },
        &error);
    if (!recorded(ok, error)) {
        return;
    }
    emit outboxChanged();
    pushNext();
}

void SyncEngine::pushDone()
{
    m_pushing = false;
    if (m_pushAgain) {
        push();
        return;
    }
    if (std::exchange(m_pullAfterPush, false)) {
        pull();
        return;
    }
    emitStatus();
    maybeIdle();
}

void SyncEngine::announceReports()
{
    if (!m_pulling) {
        const QStringList changed = std::exchange(m_changedIds, {});
        if (!changed.isEmpty()) {
            emit reportsChanged(changed);
        }
    }
}

void SyncEngine::maybeIdle()
{
    if (!m_pulling && !m_pushing) {
        emitStatus();
        emit idle();
    }
}

} // namespace ioc::sync

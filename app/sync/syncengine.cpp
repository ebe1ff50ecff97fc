#include "syncengine.h"

#include "core/crashpoint.h"
#include "core/reportjson.h"
#include "core/vntime.h"
#include "core/workflow.h"
#include "storage/database.h"
#include "storage/identityrepository.h"
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
    , m_pageSize(options.pageSize)
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
    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, &SyncEngine::probe);
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
    if (m_options.probeIntervalMs > 0) {
        m_probeTimer.start(m_options.probeIntervalMs);
    }
    syncNow();
}

void SyncEngine::stop()
{
    m_running = false;
    m_pollTimer.stop();
    m_retryPullTimer.stop();
    m_retryPushTimer.stop();
    m_probeTimer.stop();
    m_client.abortAll();
    m_pulling = false;
    m_pushing = false;
    m_listening = false;
    m_reconciling = false;
    m_probing = false;
}

void SyncEngine::syncNow()
{
    releaseUploadedMedia(); // pins a crash left (between keeping a file and queueing its action, or an upload and its
                            // recording)
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
    m_pageSize = m_options.pageSize; // smaller pages only while this pull meets oversized ones
    // What an interrupted pull stored stays to be announced (announceReports when it failed).
    // An initial sync, or one the process did not finish: load in bulk.
    m_bulk = !m_reference.syncValue(QStringLiteral("cursor")) || m_reports.isBulkLoading();
    if (!m_unreachable) { // a retry while the probe finds no server stays "offline" until it lands
        setState(SyncState::Syncing, m_message);
    }
    ++m_pullGeneration;
    fetchPage(m_reference.syncValue(QStringLiteral("cursor")).value_or(QStringLiteral("0")));
}

void SyncEngine::fetchPage(const QString &cursor)
{
    ApiRequest request;
    request.path = QStringLiteral("/v1/changes");
    request.query.addQueryItem(QStringLiteral("cursor"), cursor);
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
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
        const QString epoch = response.json.value(QStringLiteral("epoch")).toString();
        const QString knownEpoch = m_reference.syncValue(QStringLiteral("epoch")).value_or(QString());
        fullResync(tr("The server's history changed (restored or too old a cursor): synchronising again."),
                   !epoch.isEmpty() && !knownEpoch.isEmpty() && epoch != knownEpoch);
        return;
    }
    const auto retryLater = [this](SyncState state, const QString &message) {
        ++m_pullGeneration; // a page fetched ahead is dropped
        m_pulling = false;
        announceReports(); // the pages stored before this one are in the replica
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
    if (response.failure == ApiFailure::TooLarge && m_pageSize > 1) {
        // More than the answer cap: the same cursor again, in smaller pages (a page fetched
        // ahead is dropped). Asking for the same page again would fail for ever.
        m_pageSize = std::max(1, m_pageSize / 4);
        qWarning("ioc: a page of the change feed exceeded the answer cap; asking for %d changes per page", m_pageSize);
        ++m_pullGeneration;
        fetchPage(m_reference.syncValue(QStringLiteral("cursor")).value_or(QStringLiteral("0")));
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
        fullResync(tr("The server was restored from a backup: synchronising again."), true);
        return;
    }
    IOC_CRASH_POINT("pull.page.received");
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
    if (m_bulk) {
        m_changedAll = true; // a bulk load is read back whole
    } else {
        for (const QJsonValue &change : response.json.value(QStringLiteral("changes")).toArray()) {
            if (change.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("report")) {
                noteChanged(change.toObject().value(QStringLiteral("id")).toString());
            }
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
    m_unreachable = false;
    announceReports();
    setState(SyncState::Online);
    if (m_pullAgain) {
        pull();
        return;
    }
    if (m_reference.syncValue(QStringLiteral("reconcile_sent"))) {
        reconcileSent(); // then pushes
        listen();
        return;
    }
    push();
    listen();
}

void SyncEngine::fullResync(const QString &why, bool restored)
{
    ++m_pullGeneration;
    storage::StorageError error;
    // A restored server may lack actions it had accepted: once the replica is whole again, the
    // engine asks which of its sent actions the server knows (reconcile_sent, kept until done,
    // so a crash in between asks again).
    const bool cleared = m_replica.transaction(
        [&] {
            const bool done =
                m_reference.clearReplicatedData(&error) &&
                (!restored || m_reference.setSyncValue(QStringLiteral("reconcile_sent"), QStringLiteral("1"), &error));
            IOC_CRASH_POINT("resync.clear.before_commit");
            return done;
        },
        &error);
    if (!cleared) {
        m_pulling = false;
        setState(SyncState::Error, error.message);
        return;
    }
    IOC_CRASH_POINT("resync.clear.after_commit");
    m_changedIds = {}; // the replica is read again in full now
    m_changedAll = false;
    emit resynchronised();
    m_pulling = false;
    setState(SyncState::Syncing, why);
    pull();
}

void SyncEngine::reconcileSent()
{
    // The keys of every action recorded as sent, asked in batches; those the server does not
    // know are sent again, in their order, rebased on the report as the restored server has it.
    m_reconciling = true;
    const QList<std::pair<qint64, QString>> sent = m_outbox.sentKeys();
    auto unknown = std::make_shared<QList<qint64>>();
    auto ask = std::make_shared<std::function<void(qsizetype)>>();
    const std::weak_ptr<std::function<void(qsizetype)>> next = ask;
    *ask = [this, sent, unknown, next](qsizetype from) {
        if (from >= sent.size()) {
            QString error;
            if (!ActionQueue(m_replica).resend(*unknown, &error)) {
                qWarning("ioc: cannot queue again the actions a restored server lost: %s", qPrintable(error));
            } else if (!unknown->isEmpty()) {
                qInfo("ioc: %lld action(s) the restored server lacked are sent again", qint64(unknown->size()));
                emit outboxChanged();
            }
            m_reconciling = false;
            push();
            return;
        }
        QJsonArray keys;
        const qsizetype to = std::min<qsizetype>(sent.size(), from + 1000);
        for (qsizetype i = from; i < to; ++i) {
            keys.append(sent.at(i).second);
        }
        ApiRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/v1/requests/known");
        request.body = compact({{QStringLiteral("keys"), keys}});
        request.retries = 2;
        m_client.send(request, [this, sent, unknown, next, from, to](const ApiResponse &response) {
            const auto self = next.lock();
            if (!self) {
                return;
            }
            if (!response.succeeded()) {
                // Asked again at the next pull; nothing is sent meanwhile that could be doubled.
                m_reconciling = false;
                setState(response.isTransient() ? SyncState::Offline : SyncState::Error, response.message());
                m_retryPullTimer.start(5000);
                maybeIdle();
                return;
            }
            QSet<QString> known;
            for (const QJsonValue &key : response.json.value(QStringLiteral("known")).toArray()) {
                known.insert(key.toString());
            }
            for (qsizetype i = from; i < to; ++i) {
                if (!known.contains(sent.at(i).second)) {
                    unknown->append(sent.at(i).first);
                }
            }
            (*self)(to);
        });
    };
    m_reconcileStep = ask; // kept alive here while the requests run
    (*ask)(0);
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
        // A refused or reset connection: is the server gone? Known in a moment, not at the next
        // pull. The periodic pull covers for the live channel until it works again.
        if (response.isTransient()) {
            probe();
        }
        const auto wait =
            m_client.retryPolicy().delay(m_listenFailures++, QRandomGenerator::global()->generateDouble());
        QTimer::singleShot(std::max<qint64>(1000, wait.count()), this, &SyncEngine::listen);
    });
}

void SyncEngine::probe()
{
    if (!m_running || m_options.probeIntervalMs <= 0 || m_probing) {
        return;
    }
    m_probeTimer.stop();
    m_probing = true;
    ApiRequest request;
    request.path = QStringLiteral("/v1/health");
    request.timeoutMs = m_options.probeTimeoutMs;
    request.retries = 0;
    m_client.send(request, [this](const ApiResponse &response) {
        m_probing = false;
        if (!m_running) {
            return;
        }
        // Any HTTP answer says the server is there, a 503 from a busy or recycled connection
        // included; only no answer at all (refused, reset, silent) is offline.
        const bool answered = response.status != 0;
        if (!answered && response.isTransient() && m_state != SyncState::SignInRequired) {
            // Whatever was under way (a pull, a push, the live channel) waits for its own
            // answer; the officer knows now that the server is gone.
            m_unreachable = true;
            setState(SyncState::Offline, tr("The server cannot be reached: %1").arg(response.message()));
        } else if (answered) {
            m_unreachable = false;
            if (m_state == SyncState::Offline) {
                m_listenFailures = 0;
                syncNow(); // Online once the pull lands; the live channel resumes after it
            }
        }
        m_probeTimer.start(m_state == SyncState::Offline ? m_options.offlineProbeIntervalMs
                                                         : m_options.probeIntervalMs);
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
    releaseUploadedMedia(); // its files, if nothing else waits to send them
    emit outboxChanged();
    emitStatus();
    if (m_running) {
        QTimer::singleShot(0, this, &SyncEngine::push); // what it held back may go now
    }
    return true;
}

void SyncEngine::push()
{
    if (m_reconciling) {
        return; // pushes when the server has said which sent actions it knows
    }
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
    std::optional<QByteArray> data;
    if (m_mediaCache != nullptr) {
        data = m_mediaCache->get(sha256);
    } else if (m_mediaSource) {
        data = m_mediaSource(sha256);
    }
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
            mediaUploaded(entry, sha256);
            return;
        }
        sendUploadPart(entry, sha256, data, response.json.value(QStringLiteral("upload_id")).toString(),
                       response.json.value(QStringLiteral("received")).toInteger());
    });
}

void SyncEngine::sendUploadPart(const storage::OutboxEntry &entry, const QString &sha256, const QByteArray &data,
                                const QString &uploadId, qint64 offset)
{
    // Each part's callback asks for the next one through this function: nothing refers to
    // itself, so the file's bytes are freed once the last callback has run.
    const QByteArray part = data.mid(offset, uploadPart);
    ApiRequest put;
    put.method = "PUT";
    put.path = QStringLiteral("/v1/media/uploads/%1").arg(uploadId);
    put.body = part;
    put.contentType = "application/octet-stream";
    put.headers.append({"Content-Range", "bytes " + QByteArray::number(offset) + '-' +
                                             QByteArray::number(offset + part.size() - 1) + '/' +
                                             QByteArray::number(data.size())});
    m_client.send(put, [this, entry, sha256, data, uploadId, next = offset + part.size()](const ApiResponse &answer) {
        if (answer.status == 409 && answer.json.contains(QStringLiteral("received"))) {
            sendUploadPart(entry, sha256, data, uploadId, answer.json.value(QStringLiteral("received")).toInteger());
            return;
        }
        if (!answer.succeeded()) {
            entryAnswered(entry, answer);
            return;
        }
        if (answer.json.value(QStringLiteral("complete")).toBool()) {
            mediaUploaded(entry, sha256);
            return;
        }
        sendUploadPart(entry, sha256, data, uploadId, next);
    });
}

void SyncEngine::mediaUploaded(const storage::OutboxEntry &entry, const QString &sha256)
{
    IOC_CRASH_POINT("push.media.uploaded");
    storage::StorageError error;
    if (!recorded(m_outbox.markMediaUploaded(entry.seq, sha256, &error), error)) {
        return;
    }
    releaseUploadedMedia();
    pushNext();
}

void SyncEngine::releaseUploadedMedia()
{
    // Files stay pinned in the cache only while an entry still has to upload them; then the
    // cache's size limit applies to them like to any other.
    if (m_mediaCache == nullptr) {
        return;
    }
    const QSet<QString> needed = m_outbox.mediaStillToUpload();
    storage::StorageError error;
    for (const QString &sha256 : m_mediaCache->pinned()) {
        if (!needed.contains(sha256) && !m_mediaCache->unpin(sha256, &error)) {
            qWarning("ioc: cannot release a cached file: %s", qPrintable(error.message));
        }
    }
}

bool SyncEngine::keepRevealed(const storage::OutboxEntry &entry, const QJsonObject &answer, const QJsonValue &identity,
                              storage::StorageError *error)
{
    if (!identity.isObject()) {
        return true;
    }
    const auto reporter = core::json::toReporter(identity.toObject());
    if (!reporter.ok()) {
        return true; // nothing usable: the officer can reveal again
    }
    const QJsonObject event = answer.value(QStringLiteral("event")).toObject();
    return storage::IdentityRepository(m_replica).storeRevealed(
        entry.reportId, reporter.value(), event.value(QStringLiteral("actor_id")).toString(),
        entry.payload.value(QStringLiteral("reason")).toString(), QDateTime::currentDateTimeUtc(), error);
}

bool SyncEngine::storeReportFromAnswer(const storage::OutboxEntry &entry, const QJsonObject &reportJson,
                                       storage::StorageError *error)
{
    const auto report = core::json::toReport(reportJson);
    if (!report.ok()) {
        return true; // nothing usable to keep; the next pull brings it
    }
    const std::optional<int> held = m_reports.version(report.value().id);
    // An action's report that is no longer here was taken away by the feed (it left this
    // officer's view, e.g. the agency returned it) after the action was sent: keeping the answer
    // would bring it back, and no later change would ever remove it again.
    if (!held && entry.kind != QStringLiteral("create")) {
        return true;
    }
    // Never go back: the feed may already have brought a newer version.
    if (held.value_or(-1) > report.value().version) {
        return true;
    }
    if (!m_reports.store(report.value(), error)) {
        return false;
    }
    noteChanged(report.value().id);
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
        // A reveal queued by an earlier version answers with the identity (PRODUCT.md §17): into
        // the identity store, not into the outbox's record of answers.
        QJsonObject answer = response.json;
        const QJsonValue identity = answer.take(QStringLiteral("identity"));
        const bool ok = m_replica.transaction(
            [&] {
                const bool written =
                    keepRevealed(entry, answer, identity, &error) && m_outbox.markSent(entry.seq, answer, &error) &&
                    storeReportFromAnswer(entry, response.json.value(QStringLiteral("report")).toObject(), &error);
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
    if (response.status == 412 && madeAnEventOf(entry, response.json.value(QStringLiteral("report")).toObject())) {
        // The report changed because of this very request (applied before, its answer lost and
        // its idempotency record expired): it was applied, not a conflict.
        ApiResponse applied = response;
        applied.status = 200;
        entryAnswered(entry, applied);
        return;
    }
    const bool datedTooEarly =
        response.status == 422 && (response.errorCode() == QStringLiteral("acted_at_too_old") ||
                                   response.errorCode() == QStringLiteral("acted_at_before_previous"));
    if (response.status == 412 || datedTooEarly) {
        // Someone else changed the report, or the action waited offline longer than the server
        // accepts a past time for: show both sides, send nothing more for it until the officer
        // confirms it again (dated then).
        const QJsonObject current = response.json.value(QStringLiteral("report")).toObject();
        const QString why =
            datedTooEarly
                ? tr("This action waited offline too long to keep the time it was taken (%1): look at the report "
                     "and confirm it again, dated now.")
                      .arg(response.message())
                : tr("The report changed meanwhile (now version %1): look at it and confirm again.")
                      .arg(response.json.value(QStringLiteral("current_version")).toInt());
        const bool ok = m_replica.transaction(
            [&] {
                const bool written = storeReportFromAnswer(entry, current, &error) &&
                                     m_outbox.markConflict(entry.seq, why, current, &error);
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
    if (response.errorCode() == QStringLiteral("acted_at_in_future") && entry.attempts < 3) {
        // Dated with a clock offset that no longer holds (the machine's clock jumped, or the one
        // measured was stale): this answer's Date header measured the offset again, so the entry
        // is dated now on the server's clock and sent again, not parked.
        const QDateTime now = serverNow();
        if (recorded(m_outbox.redate(entry.seq, std::min(entry.actedAt, now), QDateTime::currentDateTimeUtc(),
                                     response.message(), &error),
                     error)) {
            ActionQueue::rememberClockOffset(m_replica, m_client.clock().offsetMs());
            pushNext();
        }
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

bool SyncEngine::madeAnEventOf(const storage::OutboxEntry &entry, const QJsonObject &report)
{
    const QJsonArray events = report.value(QStringLiteral("events")).toArray();
    return std::any_of(events.cbegin(), events.cend(), [&](const QJsonValue &event) {
        return event.toObject().value(QStringLiteral("request_key")).toString() == entry.idempotencyKey;
    });
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

void SyncEngine::noteChanged(const QString &reportId)
{
    if (m_changedAll) {
        return;
    }
    if (m_changedIds.size() >= m_options.maxAnnouncedIds) {
        m_changedAll = true;
        m_changedIds = {}; // freed, not kept for the next pull
        return;
    }
    m_changedIds.append(reportId);
}

void SyncEngine::announceReports()
{
    if (m_pulling) {
        return; // when the pull ends, or fails
    }
    if (std::exchange(m_changedAll, false)) {
        m_changedIds = {};
        emit reportsReloaded();
        return;
    }
    const QStringList changed = std::exchange(m_changedIds, {});
    if (!changed.isEmpty()) {
        emit reportsChanged(changed);
    }
}

void SyncEngine::maybeIdle()
{
    if (!m_pulling && !m_pushing && !m_reconciling) {
        emitStatus();
        emit idle();
    }
}

} // namespace ioc::sync

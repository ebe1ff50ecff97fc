#pragma once

#include "storage/mediacache.h"
#include "storage/outboxrepository.h"
#include "storage/referencerepository.h"
#include "storage/reportrepository.h"
#include "sync/pageapplier.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

namespace ioc::sync {

class ApiClient;
struct ApiResponse;

enum class SyncState
{
    Offline,        // the server cannot be reached; work continues on the replica
    Syncing,        // pulling or pushing
    Online,         // up to date, listening for changes
    Error,          // the server answered something unusable, or TLS failed: details in `message`
    SignInRequired, // the session ended; queued actions wait
};

QString syncStateName(SyncState state);

// What the UI shows about synchronisation.
struct SyncStatus
{
    SyncState state = SyncState::Offline;
    QString message;          // the last problem, for people
    QDateTime lastSuccess;    // the last complete pull (UTC)
    int pending = 0;          // actions waiting to be sent
    int conflicts = 0;        // actions the officer must look at (the report changed meanwhile)
    int failed = 0;           // actions refused or parked after failing again and again
    qint64 clockOffsetMs = 0; // server clock minus ours
    bool clockKnown = false;
};

// Keeps the replica in step with the server and delivers the outbox: pulls the change feed page
// by page (each applied whole with its cursor), resynchronises after 410 or a new epoch without
// touching the outbox, pushes queued actions in order with their idempotency keys, turns a
// stale version (412) into a visible conflict, retries transient failures with backoff, and
// listens on the live channel. Lives on one thread with its ApiClient and database connection.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int pageSize = 500;
        int pollIntervalMs = 60000; // periodic pull, besides the live channel
        int longPollSeconds = 25;
        bool live = true;
        int maxAttempts = 8; // transient failures of one action before it is parked
        // More changed reports than this in one announcement are announced as reportsReloaded
        // (a million ids would hold ~90 MB for a list the console reads row by row).
        int maxAnnouncedIds = 20000;
        // Knowing the server is gone (issue 27 §7): a short health request this often, on the
        // connection the engine keeps open (0: none), given up after probeTimeoutMs. A refused
        // or reset connection is known at once: the live channel's failure asks straight away.
        // While offline, the probe asks every offlineProbeIntervalMs and syncs when answered.
        int probeIntervalMs = 3000;
        int offlineProbeIntervalMs = 2000;
        int probeTimeoutMs = 3000;
    };

    SyncEngine(ApiClient &client, storage::Database &replica, Options options, QObject *parent = nullptr);
    SyncEngine(ApiClient &client, storage::Database &replica, QObject *parent = nullptr)
        : SyncEngine(client, replica, Options{}, parent)
    {}
    ~SyncEngine() override;

    // Pulls, pushes, then keeps listening (live channel and periodic pull).
    void start();
    void stop();
    // Pull then push now (e.g. after the officer pressed F5, or the network came back).
    void syncNow();

    // Queues an action as an officer took it: durable before it returns; its If-Match is the
    // report's version in the replica (for actions that bump it) and its time the server's.
    // `media`: result photos already in the media cache, uploaded before the action is sent.
    std::optional<storage::OutboxEntry> queueAction(const QString &reportId, const QString &action,
                                                    const QJsonObject &payload, QString *error,
                                                    const QStringList &media = {});
    // Queues a report created here (hotline intake), with media already in the media cache.
    std::optional<storage::OutboxEntry> queueCreate(const QString &reportId, const QJsonObject &payload,
                                                    const QStringList &media, QString *error);
    // After a conflict: the same action again against the report as it is now, in place (same
    // order, a new key, the current version), with what it held back rebased on it.
    std::optional<storage::OutboxEntry> reconfirm(qint64 seq, QString *error);
    bool discard(qint64 seq, QString *error);

    // Signed in as an agency's officer: the replica's countdowns are that agency's deadlines.
    void setClockOwner(const QString &agencyId) { m_reports.setClockOwner(agencyId); }

    SyncStatus status() const;
    QDateTime serverNow() const;
    // Media uploads of offline-created reports and result photos read bytes from here.
    void setMediaSource(std::function<std::optional<QByteArray>(const QString &sha256)> source)
    {
        m_mediaSource = std::move(source);
    }
    // The console's media cache, where such files wait pinned: the engine reads them from it and
    // unpins each once no queued entry still has to upload it.
    void setMediaCache(storage::MediaCache *cache) { m_mediaCache = cache; }

signals:
    void statusChanged(const ioc::sync::SyncStatus &status);
    void reportsChanged(const QStringList &reportIds);
    // Too many reports changed to name them (a bulk load, or more than maxAnnouncedIds): read
    // the replica again in full.
    void reportsReloaded();
    void referenceChanged();
    void outboxChanged();
    void resynchronised();
    // Nothing left to pull or to push right now (the CLI's --once waits for this).
    void idle();

private:
    void pull();
    void fetchPage(const QString &cursor);
    void pageArrived(const ApiResponse &response);
    void fullResync(const QString &why, bool restored = false);
    void reconcileSent();
    void pullFinished();
    void noteChanged(const QString &reportId);
    void push();
    void pushNext();
    void sendEntry(const storage::OutboxEntry &entry);
    void uploadMedia(const storage::OutboxEntry &entry, const QString &sha256);
    void sendUploadPart(const storage::OutboxEntry &entry, const QString &sha256, const QByteArray &data,
                        const QString &uploadId, qint64 offset);
    void mediaUploaded(const storage::OutboxEntry &entry, const QString &sha256);
    void releaseUploadedMedia();
    // Whether one of the report's events was made by this entry's request.
    static bool madeAnEventOf(const storage::OutboxEntry &entry, const QJsonObject &report);
    void entryAnswered(const storage::OutboxEntry &entry, const ApiResponse &response);
    void listen();
    // The health probe: offline when the server does not answer, a sync when it answers again.
    void probe();
    void setState(SyncState state, const QString &message = {});
    void emitStatus();
    void maybeIdle();
    void queued();
    bool keepRevealed(const storage::OutboxEntry &entry, const QJsonObject &answer, const QJsonValue &identity,
                      storage::StorageError *error);
    bool storeReportFromAnswer(const storage::OutboxEntry &entry, const QJsonObject &reportJson,
                               storage::StorageError *error);
    void announceReports();
    void pushDone();
    // Whether recording a server's answer worked; if not, says so and tries again later.
    bool recorded(bool ok, const storage::StorageError &error);

    ApiClient &m_client;
    storage::Database &m_replica;
    Options m_options;
    int m_pageSize; // shrinks for the rest of a pull after a page exceeded the answer cap
    storage::ReportRepository m_reports;
    storage::ReferenceRepository m_reference;
    storage::OutboxRepository m_outbox;
    PageApplier m_applier;
    std::function<std::optional<QByteArray>(const QString &)> m_mediaSource;
    storage::MediaCache *m_mediaCache = nullptr;

    bool m_running = false;
    bool m_pulling = false;
    bool m_pullAgain = false;
    bool m_bulk = false;
    int m_pullFailures = 0;
    int m_pullGeneration = 0;
    int m_networkFailures = 0; // pushes that got no answer in a row (backoff while offline)
    int m_recordFailures = 0;  // answers that could not be recorded in a row
    bool m_pushing = false;
    bool m_pushAgain = false;
    bool m_pullAfterPush = false;
    bool m_listening = false;
    bool m_reconciling = false;
    std::shared_ptr<std::function<void(qsizetype)>> m_reconcileStep;
    int m_listenFailures = 0;
    bool m_probing = false;
    bool m_unreachable = false; // the probe found no server (until it or a pull gets an answer)
    QTimer m_probeTimer;
    SyncState m_state = SyncState::Offline;
    QString m_message;
    QDateTime m_lastSuccess;
    QTimer m_pollTimer;
    QTimer m_retryPullTimer;
    QTimer m_retryPushTimer;
    // What was stored and not yet announced: these ids, or everything (m_changedAll).
    QStringList m_changedIds;
    bool m_changedAll = false;
};

} // namespace ioc::sync

Q_DECLARE_METATYPE(ioc::sync::SyncStatus)

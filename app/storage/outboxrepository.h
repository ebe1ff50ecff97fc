#pragma once

#include "storage/storageerror.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace ioc::storage {

class Database;

enum class OutboxState
{
    Pending,  // waiting to be sent (or retried)
    Sent,     // the server accepted it
    Conflict, // the report changed meanwhile (412): the officer must look at it
    Failed,   // refused (403/409/400) or kept failing: parked, visible, never dropped
};
QString outboxStateName(OutboxState state);
std::optional<OutboxState> outboxStateFromName(QStringView name);

struct OutboxEntry
{
    qint64 seq = 0;   // the order actions were taken in
    QString clientId; // client-made id of the entry
    QString kind;     // "action" or "create" (an offline-created report)
    QString reportId; // for "create": the client-made report id
    QString action;   // canonical action name
    QJsonObject payload;
    QString idempotencyKey;         // UUID made when queued; the server keeps results ≥ 30 days
    std::optional<int> baseVersion; // If-Match, for version-bumping actions
    QDateTime actedAt;              // when the officer acted (server-corrected clock)
    QDateTime createdAt;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    OutboxState state = OutboxState::Pending;
    QJsonObject result;        // the server's answer, or what happened meanwhile for a conflict
    QStringList mediaToUpload; // sha256 of media still to upload (creates)
};

struct NewOutboxEntry
{
    QString kind = QStringLiteral("action");
    QString reportId;
    QString action;
    QJsonObject payload;
    std::optional<int> baseVersion;
    QDateTime actedAt;
    QStringList media; // sha256 of media to upload first (the bytes are pinned in the media cache)
};

// The outbox of officers' actions. enqueue() commits durably before it returns, so the UI may
// say "saved" once it has: a crash or power cut afterwards loses nothing.
class OutboxRepository final
{
public:
    explicit OutboxRepository(Database &database);
    Q_DISABLE_COPY_MOVE(OutboxRepository)

    std::optional<OutboxEntry> enqueue(const NewOutboxEntry &entry, const QDateTime &now, StorageError *error);
    // As enqueue(), inside the caller's transaction; returns the new entry's seq (0 on failure).
    qint64 insert(const NewOutboxEntry &entry, const QDateTime &now, StorageError *error);
    std::optional<OutboxEntry> entry(qint64 seq) const;
    QList<OutboxEntry> entries(std::optional<OutboxState> state = std::nullopt) const;
    // Pending entries in the order they were taken.
    QList<OutboxEntry> pending(int limit) const;
    // The pending entries of one report, in order.
    QList<OutboxEntry> pendingOf(const QString &reportId) const;
    // The reports with a pending entry of one of `actions` (no payload read).
    QSet<QString> reportsPending(const QStringList &actions) const;
    QHash<OutboxState, int> counts() const;
    // Entries the server accepted: (seq, idempotency key), in order.
    QList<std::pair<qint64, QString>> sentKeys() const;
    // A sent entry whose effect a server restore removed: pending again, with the same key (the
    // server does not know it) and its files to upload again. Inside the caller's transaction.
    bool resend(qint64 seq, StorageError *error);
    // Files that entries not yet sent still have to upload.
    QSet<QString> mediaStillToUpload() const;

    bool markSent(qint64 seq, const QJsonObject &result, StorageError *error);
    bool markConflict(qint64 seq, const QString &message, const QJsonObject &current, StorageError *error);
    bool markFailed(qint64 seq, const QString &message, const QJsonObject &result, StorageError *error);
    // A transient failure: say when to try again; `counts` (the server answered with an error)
    // adds to the attempts that may park the entry.
    bool recordAttempt(qint64 seq, const QString &message, const QDateTime &nextAttempt, StorageError *error,
                       bool counts = true);
    bool markMediaUploaded(qint64 seq, const QString &sha256, StorageError *error);
    // Discards a conflicting or failed entry after the officer has seen it.
    bool discard(qint64 seq, StorageError *error);
    // A conflicting entry confirmed again, in place (same seq, so still before what was queued
    // after it): pending again with a new idempotency key, If-Match and time. Inside the
    // caller's transaction.
    bool rearm(qint64 seq, const QString &idempotencyKey, std::optional<int> baseVersion, const QDateTime &actedAt,
               StorageError *error);
    bool setBaseVersion(qint64 seq, std::optional<int> baseVersion, StorageError *error);
    // A pending entry dated again (its time lay in the server's future) and tried again at `nextAttempt`.
    bool redate(qint64 seq, const QDateTime &actedAt, const QDateTime &nextAttempt, const QString &message,
                StorageError *error);

private:
    bool update(qint64 seq, OutboxState state, const QString &message, const QJsonObject &result, StorageError *error);

    Database &m_database;
};

} // namespace ioc::storage

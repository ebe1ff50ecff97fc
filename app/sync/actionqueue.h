#pragma once

#include "storage/outboxrepository.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace ioc::storage {
class Database;
class ReportRepository;
} // namespace ioc::storage

namespace ioc::sync {

// Puts an officer's action into the outbox as the console and `ioc-admin act` both do: durable
// before it returns, with a fresh idempotency key, the time taken on the server's clock, and —
// for actions that bump the report's version — the If-Match version the server will expect
// once the actions queued before it for the same report have been applied.
class ActionQueue final
{
public:
    explicit ActionQueue(storage::Database &replica);

    // `media`: files the action refers to (result photos), already in the media cache: added to
    // the payload's "attachments" and uploaded before the action is sent.
    std::optional<storage::OutboxEntry> queueAction(const QString &reportId, const QString &action,
                                                    const QJsonObject &payload, const QDateTime &actedAt,
                                                    QString *error, const QStringList &media = {});
    std::optional<storage::OutboxEntry> queueCreate(const QString &reportId, const QJsonObject &payload,
                                                    const QStringList &media, const QDateTime &actedAt, QString *error);
    // An action in conflict confirmed again by the officer at `actedAt`: the same entry (same
    // seq, so still ahead of what was queued after it) pending again with a new key and the
    // report's current version as If-Match, and the If-Match of the entries held behind it
    // rebased on it — one transaction.
    std::optional<storage::OutboxEntry> rearm(qint64 seq, const QDateTime &actedAt, QString *error);
    // A conflicting or failed entry dropped, and the entries held behind it rebased — one transaction.
    bool discard(qint64 seq, QString *error);
    // Sent entries that a restored server lost, pending again and rebased — one transaction.
    bool resend(const QList<qint64> &seqs, QString *error);

    // The server clock offset last measured (kept in the replica, for work done offline).
    static qint64 lastClockOffsetMs(storage::Database &replica);
    static void rememberClockOffset(storage::Database &replica, qint64 offsetMs);

private:
    // Inside a transaction: the If-Match of every pending, not yet applied, version-bumping entry
    // of the report, in order, counted from its version in the replica (1 for a report created
    // here and not yet sent).
    bool rebase(const QString &reportId, storage::StorageError *error);
    // The If-Match the next version-bumping action on the report needs.
    int nextBaseVersion(const QString &reportId) const;
    bool createdHere(const QString &reportId) const;
    static bool bumpsUnapplied(const storage::ReportRepository &reports, const storage::OutboxEntry &entry);

    storage::Database &m_replica;
};

} // namespace ioc::sync

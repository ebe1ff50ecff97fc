#include "actionqueue.h"

#include "core/crashpoint.h"
#include "core/workflow.h"
#include "storage/database.h"
#include "storage/referencerepository.h"
#include "storage/reportrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace ioc::sync {

ActionQueue::ActionQueue(storage::Database &replica)
    : m_replica(replica)
{}

std::optional<storage::OutboxEntry> ActionQueue::queueAction(const QString &reportId, const QString &action,
                                                             const QJsonObject &payload, const QDateTime &actedAt,
                                                             QString *error, const QStringList &media)
{
    const auto known = core::actionFromName(action);
    if (!known || *known == core::Action::Create) {
        *error = QCoreApplication::translate("ioc::sync::ActionQueue", "Unknown action \"%1\"").arg(action);
        return std::nullopt;
    }
    storage::ReportRepository reports(m_replica);
    storage::OutboxRepository outbox(m_replica);
    storage::NewOutboxEntry entry;
    entry.reportId = reportId;
    entry.action = action;
    entry.payload = payload;
    entry.actedAt = actedAt;
    entry.media = media;
    if (!media.isEmpty()) {
        // The action names its files by hash; the engine uploads them before sending it.
        QJsonArray attachments = payload.value(QStringLiteral("attachments")).toArray();
        for (const QString &sha : media) {
            if (!attachments.contains(sha)) {
                attachments.append(sha);
            }
        }
        entry.payload.insert(QStringLiteral("attachments"), attachments);
    }
    // Read and written in one transaction: the sync engine (another thread or process) may
    // record an answer meanwhile, which changes both the report's version and what is pending.
    qint64 seq = 0;
    storage::StorageError storageError;
    const bool ok = m_replica.transaction(
        [&] {
            if (!reports.version(reportId) && !createdHere(reportId)) {
                *error = QCoreApplication::translate("ioc::sync::ActionQueue",
                                                     "The report %1 is not in this workstation's replica")
                             .arg(reportId);
                return false;
            }
            if (core::actionSpec(*known).bumpsVersion) {
                entry.baseVersion = nextBaseVersion(reportId);
            }
            seq = outbox.insert(entry, QDateTime::currentDateTimeUtc(), &storageError);
            IOC_CRASH_POINT("outbox.enqueue.before_commit");
            return seq > 0;
        },
        &storageError);
    if (!ok) {
        if (storageError.isError()) {
            *error = storageError.message;
        }
        return std::nullopt;
    }
    IOC_CRASH_POINT("outbox.enqueue.after_commit");
    return outbox.entry(seq);
}

bool ActionQueue::createdHere(const QString &reportId) const
{
    const QList<storage::OutboxEntry> creates = storage::OutboxRepository(m_replica).entries();
    return std::any_of(creates.cbegin(), creates.cend(), [&](const storage::OutboxEntry &e) {
        return e.kind == QStringLiteral("create") && e.reportId == reportId && e.state != storage::OutboxState::Sent;
    });
}

int ActionQueue::nextBaseVersion(const QString &reportId) const
{
    storage::ReportRepository reports(m_replica);
    storage::OutboxRepository outbox(m_replica);
    // A report created here that the server has not answered for yet starts at version 1.
    int base = reports.version(reportId).value_or(1);
    for (const storage::OutboxEntry &queued : outbox.pendingOf(reportId)) {
        if (bumpsUnapplied(reports, queued)) {
            ++base;
        }
    }
    return base;
}

bool ActionQueue::bumpsUnapplied(const storage::ReportRepository &reports, const storage::OutboxEntry &entry)
{
    const auto action = core::actionFromName(entry.action);
    // One whose event the replica already holds was applied (its answer was lost): it is in the
    // version already, and the server answers its resending from the idempotency record.
    return entry.kind == QStringLiteral("action") && action && core::actionSpec(*action).bumpsVersion &&
           !reports.hasEventOfRequest(entry.reportId, entry.idempotencyKey);
}

bool ActionQueue::rebase(const QString &reportId, storage::StorageError *error)
{
    storage::ReportRepository reports(m_replica);
    storage::OutboxRepository outbox(m_replica);
    int base = reports.version(reportId).value_or(1);
    for (const storage::OutboxEntry &queued : outbox.pendingOf(reportId)) {
        if (!bumpsUnapplied(reports, queued)) {
            continue;
        }
        if (queued.baseVersion != base && !outbox.setBaseVersion(queued.seq, base, error)) {
            return false;
        }
        ++base;
    }
    return true;
}

std::optional<storage::OutboxEntry> ActionQueue::rearm(qint64 seq, const QDateTime &actedAt, QString *error)
{
    storage::OutboxRepository outbox(m_replica);
    storage::StorageError storageError;
    std::optional<storage::OutboxEntry> old;
    const bool ok = m_replica.transaction(
        [&] {
            old = outbox.entry(seq);
            if (!old || old->state != storage::OutboxState::Conflict) {
                *error = QCoreApplication::translate("ioc::sync::ActionQueue",
                                                     "Only an action in conflict can be confirmed again");
                return false;
            }
            const auto action = core::actionFromName(old->action);
            const bool bumps = action && core::actionSpec(*action).bumpsVersion;
            const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
            // Rearmed first (so that it counts among the pending), then every If-Match of the
            // report recounted: this one gets the current version, those behind it the next ones.
            if (!outbox.rearm(seq, key, bumps ? std::optional<int>(0) : std::nullopt, actedAt, &storageError) ||
                !rebase(old->reportId, &storageError)) {
                return false;
            }
            IOC_CRASH_POINT("outbox.rearm.before_commit");
            return true;
        },
        &storageError);
    if (!ok) {
        if (storageError.isError()) {
            *error = storageError.message;
        }
        return std::nullopt;
    }
    IOC_CRASH_POINT("outbox.rearm.after_commit");
    return outbox.entry(seq);
}

bool ActionQueue::discard(qint64 seq, QString *error)
{
    storage::OutboxRepository outbox(m_replica);
    storage::StorageError storageError;
    const bool ok = m_replica.transaction(
        [&] {
            const auto old = outbox.entry(seq);
            if (!old || !outbox.discard(seq, &storageError)) {
                *error = QCoreApplication::translate("ioc::sync::ActionQueue",
                                                     "Only an action in conflict or refused can be dropped");
                return false;
            }
            return rebase(old->reportId, &storageError);
        },
        &storageError);
    if (!ok && storageError.isError()) {
        *error = storageError.message;
    }
    return ok;
}

std::optional<storage::OutboxEntry> ActionQueue::queueCreate(const QString &reportId, const QJsonObject &payload,
                                                             const QStringList &media, const QDateTime &actedAt,
                                                             QString *error)
{
    storage::OutboxRepository outbox(m_replica);
    storage::NewOutboxEntry entry;
    entry.kind = QStringLiteral("create");
    entry.reportId = reportId;
    entry.action = QStringLiteral("create");
    entry.payload = payload;
    entry.actedAt = actedAt;
    entry.media = media;
    storage::StorageError storageError;
    auto stored = outbox.enqueue(entry, QDateTime::currentDateTimeUtc(), &storageError);
    if (!stored) {
        *error = storageError.message;
    }
    return stored;
}

bool ActionQueue::resend(const QList<qint64> &seqs, QString *error)
{
    storage::OutboxRepository outbox(m_replica);
    storage::StorageError storageError;
    const bool ok = m_replica.transaction(
        [&] {
            QSet<QString> reports;
            for (const qint64 seq : seqs) {
                const auto entry = outbox.entry(seq);
                if (!entry || !outbox.resend(seq, &storageError)) {
                    return false;
                }
                reports.insert(entry->reportId);
            }
            for (const QString &reportId : std::as_const(reports)) {
                if (!rebase(reportId, &storageError)) {
                    return false;
                }
            }
            storage::ReferenceRepository reference(m_replica);
            return reference.removeSyncValue(QStringLiteral("reconcile_sent"), &storageError);
        },
        &storageError);
    if (!ok) {
        *error = storageError.message;
    }
    return ok;
}

qint64 ActionQueue::lastClockOffsetMs(storage::Database &replica)
{
    storage::ReferenceRepository reference(replica);
    return reference.syncValue(QStringLiteral("clock_offset_ms")).value_or(QStringLiteral("0")).toLongLong();
}

void ActionQueue::rememberClockOffset(storage::Database &replica, qint64 offsetMs)
{
    storage::ReferenceRepository reference(replica);
    storage::StorageError error;
    reference.setSyncValue(QStringLiteral("clock_offset_ms"), QString::number(offsetMs), &error);
}

} // namespace ioc::sync

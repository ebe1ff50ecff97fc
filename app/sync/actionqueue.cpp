#include "actionqueue.h"

#include "core/workflow.h"
#include "storage/database.h"
#include "storage/referencerepository.h"
#include "storage/reportrepository.h"

#include <QCoreApplication>
#include <QJsonArray>

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
    const auto version = reports.version(reportId);
    const QList<storage::OutboxEntry> all = outbox.entries();
    const bool createdHere = std::any_of(all.cbegin(), all.cend(), [&](const storage::OutboxEntry &e) {
        return e.kind == QStringLiteral("create") && e.reportId == reportId && e.state != storage::OutboxState::Sent;
    });
    if (!version && !createdHere) {
        *error =
            QCoreApplication::translate("ioc::sync::ActionQueue", "The report %1 is not in this workstation's replica")
                .arg(reportId);
        return std::nullopt;
    }
    if (core::actionSpec(*known).bumpsVersion) {
        // Each action still queued for this report bumps its version once applied.
        int base = version.value_or(1);
        // (One whose event the replica already holds was applied, and is in the version.)
        for (const storage::OutboxEntry &queued : outbox.pending(100000)) {
            const auto queuedAction = core::actionFromName(queued.action);
            if (queued.reportId == reportId && queued.kind == QStringLiteral("action") && queuedAction &&
                core::actionSpec(*queuedAction).bumpsVersion && version.has_value() &&
                !reports.hasEventOfRequest(reportId, queued.idempotencyKey)) {
                ++base;
            }
        }
        entry.baseVersion = base;
    }
    storage::StorageError storageError;
    auto stored = outbox.enqueue(entry, QDateTime::currentDateTimeUtc(), &storageError);
    if (!stored) {
        *error = storageError.message;
    }
    return stored;
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

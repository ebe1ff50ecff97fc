#pragma once

#include "storage/outboxrepository.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace ioc::storage {
class Database;
}

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

    // The server clock offset last measured (kept in the replica, for work done offline).
    static qint64 lastClockOffsetMs(storage::Database &replica);
    static void rememberClockOffset(storage::Database &replica, qint64 offsetMs);

private:
    storage::Database &m_replica;
};

} // namespace ioc::sync

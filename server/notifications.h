#pragma once

#include "core/clock.h"
#include "core/report.h"
#include "notices.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace ioc::server {

class ReferenceStore;
class ServerDatabase;

// A message in the outbox (migration 0015).
struct Notification
{
    QString id; // also its key towards a gateway (Idempotency-Key)
    QString reportId;
    qint64 eventSeq = 0;
    notices::Draft draft;
    QString state; // queued, sending, sent, given_up
    int attempts = 0;
    QDateTime nextAttemptAt;
    QDateTime createdAt;
    QDateTime sentAt;
    QString lastError;
    QString handledBy;   // a call back: the officer who recorded it
    QString handledNote; // and what came of it
    QString reportCode;  // needingAttention() only
};

// The server's outbox of messages to people outside the console (docs/channels.md): written in
// the transaction of the event that causes them, delivered by NotificationDispatcher, each
// claimed by one instance at a time.
class Notifications final
{
public:
    Notifications(ServerDatabase &database, ReferenceStore &reference, const core::Clock &clock);

    // The channels this server delivers on (those configured, and in_app). A message for another
    // is written given up, with the reason, so that the report shows it was not sent.
    void setDeliverable(const QSet<QString> &channels) { m_deliverable = channels; }

    // Inside the transaction that writes `event` (its number `seq` in report_events) and leaves
    // `report` as it is: the messages it causes (notices::draftsFor).
    bool enqueue(const core::Report &report, const core::ReportEvent &event, qint64 seq, QString *error);

    // Claims up to `limit` messages of `channels` that are due (queued and past their next
    // attempt, or sending with a lapsed claim: an instance that died while sending) for
    // `leaseMs`, in one transaction; on PostgreSQL rows another instance is claiming are skipped.
    std::optional<QList<Notification>> claim(const QStringList &channels, int limit, int leaseMs, QString *error);
    bool markSent(const QString &id, QString *error);
    // A failed attempt: tried again at `retryAt`, or given up without one.
    bool markFailed(const QString &id, const QString &why, std::optional<QDateTime> retryAt, QString *error);
    // A test message outside any report (`ioc-admin server notify test`): queued now on
    // `channel`, for the running server to deliver; returns its id, or empty with `error`.
    QString queueTest(const QString &channel, const QString &recipient, QString *error);

    QList<Notification> ofReport(const QString &reportId) const;
    // The citizen's in-app notices, newest first.
    QList<Notification> ofAccount(const QString &accountId, int limit) const;
    std::optional<Notification> byId(const QString &id) const;

    // What needs a person (docs/channels.md): the call backs officers owe, oldest first, and
    // the messages given up, newest first (test messages left out).
    enum class Attention
    {
        CallBacks,
        Failures,
    };
    QList<Notification> needingAttention(Attention which, int limit) const;
    // Inside the caller's transaction: the officer `userId` called the reporter back. Reached:
    // the call back is done (sent); not reached: it stays owed, the attempt counted. False with
    // "not_found" or "not_a_pending_callback" in `error` when there is no such call back owed.
    bool recordCallBack(const QString &id, const QString &userId, bool reached, const QString &note, QString *error);

private:
    ServerDatabase &m_database;
    ReferenceStore &m_reference;
    const core::Clock &m_clock;
    QSet<QString> m_deliverable{QStringLiteral("in_app")};
};

} // namespace ioc::server

#include "scheduler.h"

#include "auditcheckpoint.h"
#include "core/vntime.h"
#include "services.h"

#include <QJsonObject>
#include <QTimeZone>
#include <QTimer>

namespace ioc::server {

Scheduler::Scheduler(Services &services, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this] {
        if (m_services.ready) {
            run();
        }
    });
    timer->start(intervalMs);
    m_fillTimer = new QTimer(this);
    m_fillTimer->setInterval(50);
    connect(m_fillTimer, &QTimer::timeout, this, &Scheduler::fillStep);
}

void Scheduler::fillStep()
{
    // A hundred reports a step (tens of milliseconds on the request thread).
    QString error;
    const int looked = m_services.reports.fillFeedEntries(&m_fillPosition, 100, &error);
    if (looked > 0) {
        return;
    }
    m_fillTimer->stop();
    if (looked < 0) {
        qWarning("ioc-server: cannot fill the change feed's entries: %s", qPrintable(error));
        return; // the next pass goes on from here
    }
    m_lastFillPass = m_services.clock.now();
    m_fillPosition = 0;
}

qint64 Scheduler::warningLeadMs(const core::ReportClock &clock)
{
    const qint64 length = clock.startedAt.msecsTo(clock.dueAt);
    return std::clamp<qint64>(length / 4, 0, qint64(WarningLeadCapHours) * 3600 * 1000);
}

int Scheduler::run()
{
    const QDateTime now = m_services.clock.now();
    int raised = 0;
    // Each running countdown: flagged once when it ran out; an agency's, also when it is about to
    // (its contact person and leader are told, once per due time, docs/channels.md).
    const auto judge = [&](const core::Report &report) {
        for (const core::ReportClock &clock : report.clocks) {
            if (clock.status != core::ClockStatus::Running ||
                core::clockKind(clock.step) != core::ClockKind::Countdown) {
                continue;
            }
            const QJsonObject payload{{QStringLiteral("step"), core::clockStepName(clock.step)},
                                      {QStringLiteral("due_at"), core::vntime::toIso8601(clock.dueAt)},
                                      {QStringLiteral("agency_id"), clock.agencyId}};
            if (clock.dueAt > now) {
                if (!clock.agencyId.isEmpty() && now.msecsTo(clock.dueAt) <= warningLeadMs(clock) &&
                    m_services.reports.raiseFlag(report.id, QStringLiteral("clock_due_soon"), clock.dueAt, payload)) {
                    ++raised;
                }
                continue;
            }
            const QString flag = clock.step == core::ClockStep::Supplement ? QStringLiteral("supplement_expired")
                                                                           : QStringLiteral("clock_overdue");
            if (m_services.reports.raiseFlag(report.id, flag, clock.dueAt, payload)) {
                ++raised;
            }
        }
    };
    for (const core::Report &report : m_services.reports.overdueReports(now)) {
        judge(report);
    }
    // Reports whose first clock runs out within a day and was not yet warned of: the rest were
    // (a report is read again only when its first clock changes).
    for (const core::Report &report :
         m_services.reports.dueSoonReports(now, now.addSecs(qint64(WarningLeadCapHours) * 3600))) {
        judge(report);
    }
    // An interaction lock (Điều 14.1.b) that ran out: recorded once, for the IOC to see.
    Sql locks(m_services.database);
    if (locks.exec(QStringLiteral("SELECT user_id, interactions_locked_until FROM account_status "
                                  "WHERE interactions_locked_until <= ?"),
                   {now.toMSecsSinceEpoch()})) {
        QList<std::pair<QString, qint64>> ended;
        while (locks.next()) {
            ended.append({locks.value(0).toString(), locks.value(1).toLongLong()});
        }
        for (const auto &account : ended) {
            const QString userId =
                account.first; // (a lambda cannot capture a structured binding in C++20 with clang 14)
            const qint64 until = account.second;
            // The flag and its audit entry together: recorded once, never one without the other.
            QString error;
            bool inserted = false;
            const bool committed = m_services.database.transaction(
                [&] {
                    Sql flag(m_services.database);
                    if (!flag.exec(QStringLiteral("INSERT INTO system_flags (report_id, flag, due_at, raised_at) "
                                                  "VALUES (?, 'interaction_lock_ended', ?, ?) ON CONFLICT DO NOTHING"),
                                   {userId, until, now.toMSecsSinceEpoch()}) ||
                        flag.rowsAffected() != 1) {
                        return false;
                    }
                    inserted = true;
                    return m_services.audit.append({QStringLiteral("system"),
                                                    core::roleName(core::Role::System),
                                                    QStringLiteral("interaction_lock_ended"),
                                                    QStringLiteral("account"),
                                                    userId,
                                                    QDateTime::fromMSecsSinceEpoch(until, QTimeZone::utc()),
                                                    now,
                                                    {},
                                                    {}},
                                                   now, &error);
                },
                &error);
            if (committed) {
                ++raised;
            } else if (inserted) {
                qWarning("ioc-server: cannot record the end of an interaction lock: %s", qPrintable(error));
            }
        }
    }
    m_services.idempotency.expire(now);
    m_services.media.expireUploads(now);
    m_services.media.expireUnattached(now.addSecs(-m_services.reference.policy().unattachedUploadSeconds()));
    m_services.media.backfillPublicCopies(20); // pictures stored before copies existed
    if (!m_fillTimer->isActive() && (!m_lastFillPass.isValid() || m_lastFillPass.secsTo(now) >= 3600)) {
        m_fillTimer->start(); // reports written without a feed entry
    }
    QString indexError;
    if (m_services.reports.identity().indexMissing(500, &indexError) < 0) { // reports stored before sender keys
        qWarning("ioc-server: cannot index senders: %s", qPrintable(indexError));
    }
    // A signed checkpoint of the audit trail's head, now and then, when it grew.
    if (m_services.checkpoints != nullptr &&
        (!m_lastCheckpoint.isValid() || m_lastCheckpoint.secsTo(now) >= m_services.checkpointIntervalSeconds)) {
        QString checkpointError;
        if (makeCheckpoint(m_services.database, m_services.feed, *m_services.checkpoints, now, &checkpointError)) {
            m_lastCheckpoint = now;
            m_services.announceChanges();
        } else {
            qWarning("ioc-server: cannot sign a checkpoint of the audit trail: %s", qPrintable(checkpointError));
        }
    }
    return raised;
}

} // namespace ioc::server

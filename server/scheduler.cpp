#include "scheduler.h"

#include "core/vntime.h"
#include "services.h"

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
}

int Scheduler::run()
{
    const QDateTime now = m_services.clock.now();
    int raised = 0;
    for (const core::Report &report : m_services.reports.overdueReports(now)) {
        for (const core::ReportClock &clock : report.clocks) {
            if (clock.status != core::ClockStatus::Running ||
                core::clockKind(clock.step) != core::ClockKind::Countdown || clock.dueAt > now) {
                continue;
            }
            const QString flag = clock.step == core::ClockStep::Supplement ? QStringLiteral("supplement_expired")
                                                                           : QStringLiteral("clock_overdue");
            Sql check(m_services.database.connection());
            const bool inserted =
                check.exec(QStringLiteral("INSERT INTO system_flags (report_id, flag, due_at, raised_at) "
                                          "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                           {report.id, flag, clock.dueAt.toMSecsSinceEpoch(), now.toMSecsSinceEpoch()}) &&
                check.rowsAffected() == 1;
            if (!inserted) {
                continue;
            }
            m_services.reports.recordSystemEvent(report.id, flag,
                                                 {{QStringLiteral("step"), core::clockStepName(clock.step)},
                                                  {QStringLiteral("due_at"), core::vntime::toIso8601(clock.dueAt)},
                                                  {QStringLiteral("agency_id"), clock.agencyId}});
            ++raised;
        }
    }
    m_services.idempotency.expire(now);
    return raised;
}

} // namespace ioc::server

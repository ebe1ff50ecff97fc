#include "core/clockengine.h"

namespace ioc::core {

ClockEngine::ClockEngine(Report &report, const SlaPolicy &policy, const WorkingCalendar &calendar, QDateTime at)
    : m_report(report)
    , m_policy(policy)
    , m_calendar(calendar)
    , m_at(std::move(at))
{}

ReportClock *ClockEngine::running(ClockStep step)
{
    for (ReportClock &clock : m_report.clocks) {
        if (clock.step == step && clock.status == ClockStatus::Running) {
            return &clock;
        }
    }
    return nullptr;
}

void ClockEngine::start(ClockStep step)
{
    if (running(step) != nullptr || !m_policy.duration(step, m_report.urgent)) {
        return;
    }
    QString agency;
    if (isAgencyClock(step)) {
        agency = step == ClockStep::Coordination ? m_report.coordinatorAgencyId : m_report.leadAgencyId;
        if (agency.isEmpty()) {
            return;
        }
    }
    ReportClock clock;
    clock.step = step;
    clock.startedAt = m_policy.effectiveStart(step, m_report.urgent, m_at);
    if (clock.startedAt != m_at) {
        clock.requestedAt = m_at; // deferred by the night rule
    }
    clock.dueAt = m_policy.dueAt(step, m_report.urgent, clock.startedAt, m_calendar);
    clock.agencyId = agency;
    clock.urgent = m_report.urgent;
    m_report.clocks.append(clock);
}

void ClockEngine::stop(ClockStep step)
{
    if (ReportClock *clock = running(step)) {
        clock->status = ClockStatus::Done;
        clock->stoppedAt = m_at;
        clock->onTime = m_at <= clock->dueAt;
    }
}

void ClockEngine::restart(ClockStep step)
{
    closeSilently(step);
    start(step);
}

void ClockEngine::closeSilently(ClockStep step)
{
    if (ReportClock *clock = running(step)) {
        clock->status = ClockStatus::Closed;
        clock->stoppedAt = m_at;
    }
}

void ClockEngine::reopen(ClockStep step)
{
    for (auto it = m_report.clocks.rbegin(); it != m_report.clocks.rend(); ++it) {
        if (it->step == step) {
            it->status = ClockStatus::Running;
            it->stoppedAt = QDateTime();
            it->onTime.reset();
            return;
        }
    }
    start(step);
}

void ClockEngine::move(ClockStep step, const QDateTime &newDue)
{
    if (ReportClock *clock = running(step)) {
        clock->dueAt = newDue;
    }
}

void ClockEngine::recomputeDues()
{
    for (ReportClock &clock : m_report.clocks) {
        if (clock.status != ClockStatus::Running || clock.urgent == m_report.urgent) {
            continue;
        }
        // An urgent intake clock counts from when it started, night or not (Điều 15 B1); one that
        // stops being urgent at night waits for the morning like any other (Điều 4.2).
        const QDateTime requested = clock.requestedAt.isValid() ? clock.requestedAt : clock.startedAt;
        const QDateTime start = m_report.urgent ? (clock.requestedAt.isValid() ? clock.requestedAt : clock.startedAt)
                                                : m_policy.effectiveStart(clock.step, false, requested);
        const QDateTime due = m_policy.dueAt(clock.step, m_report.urgent, start, m_calendar);
        if (due.isValid()) {
            clock.startedAt = start;
            clock.requestedAt = start != requested ? requested : QDateTime();
            clock.dueAt = due;
            clock.urgent = m_report.urgent;
        } else {
            // The step does not apply at the new urgency (dispatch, result_update).
            clock.status = ClockStatus::Closed;
            clock.stoppedAt = m_at;
        }
    }
}

void ClockEngine::closeAgencyClocks(const QString &agencyId)
{
    for (ReportClock &clock : m_report.clocks) {
        if (clock.status == ClockStatus::Running && isAgencyClock(clock.step) && clock.agencyId == agencyId) {
            clock.status = ClockStatus::Closed;
            clock.stoppedAt = m_at;
        }
    }
}

void ClockEngine::closeAll()
{
    for (ReportClock &clock : m_report.clocks) {
        if (clock.status == ClockStatus::Running && clock.step != ClockStep::Interaction) {
            clock.status = ClockStatus::Closed;
            clock.stoppedAt = m_at;
        }
    }
}

} // namespace ioc::core

#include "core/clockengine.h"

#include <algorithm>

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
    if (step == ClockStep::StatusNotice) {
        scheduleStatusNotice();
        return;
    }
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
        if (clock.status != ClockStatus::Running || clock.urgent == m_report.urgent ||
            clock.step == ClockStep::Commitment || clock.step == ClockStep::StatusNotice) {
            continue; // their due times come from the agency's extension and the 6-day rhythm
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

void ClockEngine::close(ReportClock &clock)
{
    clock.status = ClockStatus::Closed;
    clock.stoppedAt = m_at;
    clock.pausedAt = QDateTime();
}

void ClockEngine::closeAgencyClocks(const QString &agencyId)
{
    for (ReportClock &clock : m_report.clocks) {
        const bool open = clock.status == ClockStatus::Running || clock.status == ClockStatus::Paused;
        if (open && isAgencyClock(clock.step) && clock.agencyId == agencyId) {
            close(clock);
        }
    }
}

void ClockEngine::closeAll()
{
    for (ReportClock &clock : m_report.clocks) {
        const bool open = clock.status == ClockStatus::Running || clock.status == ClockStatus::Paused;
        if (open && clock.step != ClockStep::Interaction) {
            close(clock);
        }
    }
}

void ClockEngine::appendLeadClock(ClockStep step, const QDateTime &start, const QDateTime &due)
{
    ReportClock clock;
    clock.step = step;
    clock.startedAt = start;
    clock.dueAt = due;
    clock.agencyId = m_report.leadAgencyId;
    clock.urgent = m_report.urgent;
    m_report.clocks.append(clock);
}

QDateTime ClockEngine::advance(const SlaDuration &duration, const QDateTime &from) const
{
    const qint64 seconds = duration.seconds(m_calendar.workingDayMinutes());
    return duration.isWorkingTime() ? m_calendar.addWorkingSeconds(from, seconds) : from.addSecs(seconds);
}

void ClockEngine::pause(ClockStep step)
{
    if (ReportClock *clock = running(step)) {
        clock->status = ClockStatus::Paused;
        clock->pausedAt = m_at;
    }
}

void ClockEngine::resume(ClockStep step)
{
    for (ReportClock &clock : m_report.clocks) {
        if (clock.step != step || clock.status != ClockStatus::Paused) {
            continue;
        }
        const auto duration = m_policy.duration(step, clock.urgent);
        const bool working = duration && duration->isWorkingTime();
        const QDateTime from = std::max(m_at, clock.pausedAt);
        if (clock.pausedAt < clock.dueAt) {
            const qint64 left = working ? m_calendar.workingSecondsBetween(clock.pausedAt, clock.dueAt)
                                        : clock.pausedAt.secsTo(clock.dueAt);
            clock.dueAt = working ? m_calendar.addWorkingSeconds(from, left) : from.addSecs(left);
        }
        // Paused after its due: it was already late and stays so.
        clock.status = ClockStatus::Running;
        clock.pausedAt = QDateTime();
        return;
    }
}

void ClockEngine::extend(const QDateTime &newDue)
{
    stop(ClockStep::Process);
    stop(ClockStep::Commitment);
    if (m_report.leadAgencyId.isEmpty()) {
        return;
    }
    appendLeadClock(ClockStep::Commitment, m_at, newDue);
}

void ClockEngine::scheduleStatusNotice(const QDateTime &anchor)
{
    const SlaPolicy::Step step = m_policy.step(ClockStep::StatusNotice);
    const auto duration = m_policy.duration(ClockStep::StatusNotice, m_report.urgent);
    if (!step.every || !duration || m_report.leadAgencyId.isEmpty() || running(ClockStep::StatusNotice) != nullptr) {
        return;
    }
    QDateTime from = anchor;
    if (!from.isValid()) {
        const ReportClock *process = running(ClockStep::Process);
        if (process == nullptr) {
            return;
        }
        from = process->startedAt;
    }
    const QDateTime start = advance(*step.every, from);
    appendLeadClock(ClockStep::StatusNotice, start, advance(*duration, start));
}

void ClockEngine::resumeStatusNotices()
{
    const SlaPolicy::Step step = m_policy.step(ClockStep::StatusNotice);
    const auto duration = m_policy.duration(ClockStep::StatusNotice, m_report.urgent);
    const ReportClock *process = m_report.latestClock(ClockStep::Process);
    if (!step.every || !duration || process == nullptr || m_report.leadAgencyId.isEmpty() ||
        running(ClockStep::StatusNotice) != nullptr) {
        return;
    }
    QDateTime start = advance(*step.every, process->startedAt);
    for (QDateTime next = advance(*step.every, start); next <= m_at; next = advance(*step.every, next)) {
        start = next;
    }
    const bool given = std::any_of(m_report.clocks.cbegin(), m_report.clocks.cend(), [&start](const ReportClock &c) {
        return c.step == ClockStep::StatusNotice && c.status == ClockStatus::Done && c.startedAt == start;
    });
    if (given) {
        start = advance(*step.every, start);
    }
    appendLeadClock(ClockStep::StatusNotice, start, advance(*duration, start));
}

void ClockEngine::notifyStatus()
{
    ReportClock *notice = running(ClockStep::StatusNotice);
    if (notice == nullptr || notice->startedAt > m_at) {
        return;
    }
    const QDateTime periodStart = notice->startedAt;
    stop(ClockStep::StatusNotice);
    scheduleStatusNotice(periodStart);
}

} // namespace ioc::core

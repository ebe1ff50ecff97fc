#pragma once

#include "core/report.h"
#include "core/slapolicy.h"
#include "core/workingcalendar.h"

namespace ioc::core {

// Starts, stops, restarts, reopens and moves the clocks of one report at one instant, as the
// workflow's clock effects say (§16). Finished clocks stay in the report as history.
class ClockEngine
{
public:
    ClockEngine(Report &report, const SlaPolicy &policy, const WorkingCalendar &calendar, QDateTime at);

    // Starts a clock unless one of that step is running. Skipped if the step does not apply
    // (no duration for this urgency) or, for an agency clock, no agency holds the report.
    void start(ClockStep step);
    // Stops the running clock of a step and judges it: on time if `at` ≤ due.
    void stop(ClockStep step);
    // Closes the running clock (if any) and starts a new one from `at`.
    void restart(ClockStep step);
    // Closes the running clock without judging it.
    void closeSilently(ClockStep step);
    // Runs the latest clock of a step again with its original start and due time, or starts a
    // new one if there never was one.
    void reopen(ClockStep step);
    void move(ClockStep step, const QDateTime &newDue);
    // Recomputes the due time of every running clock after the urgency changed.
    void recomputeDues();
    // Closes every running clock of an agency (the report left it).
    void closeAgencyClocks(const QString &agencyId);
    // Closes every running clock except `interaction` (reject, cancel, publish).
    void closeAll();
    // Stops the running clock counting; it keeps the time it had left (reply_invalid while the
    // report waits for a supplement or an identity check).
    void pause(ClockStep step);
    // Counts a paused clock again from `at`, due when the time it had left has passed.
    void resume(ClockStep step);
    // The leader approved an extension to `newDue` (11.2.b): the processing clock is judged now,
    // so an extension after its due leaves the overrun on record, and a `commitment` clock (or
    // the one of a previous extension, judged likewise) runs to the new due (14.2.a).
    void extend(const QDateTime &newDue);
    // Schedules the next status notice (11.2.b): it starts once the policy's `every` has passed
    // since `anchor` and is due a `status_notice` duration later. With no anchor: the processing
    // clock's start.
    void scheduleStatusNotice(const QDateTime &anchor = {});
    // Processing goes on again (a leader sent the result back): the notices resume at their
    // 6-working-day rhythm from when processing started, with the period under way if its
    // notice was not given yet, else the next one.
    void resumeStatusNotices();
    // The agency told the reporter how processing stands: the notice that has fallen due is
    // judged and the next one scheduled. A notice before the period ran out changes no clock.
    void notifyStatus();

private:
    ReportClock *running(ClockStep step);
    QDateTime advance(const SlaDuration &duration, const QDateTime &from) const;
    // A clock against the lead agency whose times are not the policy's duration from now.
    void appendLeadClock(ClockStep step, const QDateTime &start, const QDateTime &due);
    void close(ReportClock &clock);

    Report &m_report;
    const SlaPolicy &m_policy;
    const WorkingCalendar &m_calendar;
    QDateTime m_at;
};

} // namespace ioc::core

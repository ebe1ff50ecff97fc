#pragma once

#include "core/report.h"
#include "core/slapolicy.h"

#include <QString>

namespace ioc::core {

// How pressing a running clock is, for colours: by the share of its time left.
enum class Pressure
{
    Calm,    // more than half left
    Watch,   // a fifth to a half left
    Hurry,   // less than a fifth left
    Overdue, // past its due instant
};

Pressure pressureOf(const ClockReading &reading);

// What a countdown cell says, in the installed language: "còn 45 phút", "còn 2 ngày 3 giờ",
// "quá hạn 1 giờ 10 phút" ("45 min left", "2 d 3 h left", "1 h 10 min overdue"). Days are
// working days (`workingDayMinutes` long) for working-time clocks and 24 hours otherwise; the
// two largest units are shown.
QString formatCountdown(const ClockReading &reading, int workingDayMinutes);

// Whose turn it is while a countdown runs (issue 27 §2): the IOC's, the agency's the clock runs
// against, or the reporter's (a supplement).
enum class ClockActor
{
    Ioc,
    Agency,
    Reporter,
};

ClockActor clockActor(ClockStep step);
// The clock's short name in the installed language: "Xác minh", "Tiếp nhận", "Bổ sung".
QString clockShortName(ClockStep step);
// The articles of the regulation the clock comes from: "khoản 1 Điều 9; điểm c khoản 1 Điều 11".
QString clockCitation(ClockStep step);
// Who must act, in words: "IOC", the agency's name, "người phản ánh". Without a name, an agency's
// clock says "cơ quan xử lý" (a coordinating agency's, "cơ quan phối hợp").
QString clockActorName(ClockStep step, const QString &agencyName);
// "Xác minh · IOC · còn 45 phút", "Tiếp nhận · Sở Xây dựng · quá hạn 10 phút".
QString formatClockLine(ClockStep step, const QString &agencyName, const ClockReading &reading, int workingDayMinutes);
// Several lines for a tooltip: the clock and who acts, its articles, when it started and when it
// is due (date and time, Vietnam time).
QString describeClock(const ReportClock &clock, const QString &agencyName);
// The running countdown due first (what the queue and the dialogs show); null when none runs.
// `count`, when given, receives how many countdowns run.
const ReportClock *firstRunningCountdown(const QList<ReportClock> &clocks, int *count = nullptr);

} // namespace ioc::core

#pragma once

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

} // namespace ioc::core

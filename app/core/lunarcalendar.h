#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace ioc::core {

// A date of the Vietnamese lunisolar calendar (âm lịch).
struct LunarDate
{
    int year = 0;  // the lunar year; lunar 1/1 of year Y falls in January or February of solar year Y
    int month = 0; // 1–12
    int day = 0;   // 1–30
    bool leap = false;

    friend bool operator==(const LunarDate &, const LunarDate &) = default;
};

// The Vietnamese lunar calendar, computed astronomically for the meridian of UTC+07:00:
// months begin on the local day of the new moon; month 11 contains the winter solstice;
// in a year of 13 months the first month without a major solar term (trung khí) is the leap
// month. Because Vietnam reckons at UTC+7 and China at UTC+8, the two calendars differ in
// some years (Tết 1985: 21 January in Vietnam, 20 February in China; Tết 2007: 17 and 18
// February). New moons and solar longitudes use the truncated series of J. Meeus,
// "Astronomical Algorithms" (chapters 25 and 49), good to minutes over 1800–2200.
namespace lunar {

LunarDate fromSolar(QDate date);

// Returns nothing if the lunar date does not exist (no such leap month that year, or day 30
// of a 29-day month).
std::optional<QDate> toSolar(const LunarDate &date);

// Number of days (29 or 30) of a lunar month, or 0 if it does not exist.
int monthLength(int year, int month, bool leap);

// The leap month of a lunar year (1–12), or 0 if the year has none.
int leapMonth(int year);

// "YYYY-MM-DD" with " leap" appended in a leap month.
QString toString(const LunarDate &date);

} // namespace lunar
} // namespace ioc::core

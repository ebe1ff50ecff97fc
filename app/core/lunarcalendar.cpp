#include "core/lunarcalendar.h"

#include <cmath>
#include <numbers>

namespace ioc::core::lunar {

namespace {

constexpr double vietnamUtcOffsetHours = 7.0;
constexpr double synodicMonth = 29.530588853;
// Julian day of the first new moon of 1900 (k = 0 in the series below), local midnight-based.
constexpr double firstNewMoonJd = 2415021.076998695;
constexpr double degree = std::numbers::pi / 180.0;

// Julian Ephemeris Day of the k-th mean new moon after the one of 6 January 1900, corrected
// by the main periodic terms (Meeus ch. 49, 1900 epoch) and ΔT.
double newMoonJde(int k)
{
    const double T = k / 1236.85; // Julian centuries since 1900 January 0.5
    const double T2 = T * T;
    const double T3 = T2 * T;
    double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
    jd += 0.00033 * std::sin((166.56 + 132.87 * T - 0.009173 * T2) * degree);
    const double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
    const double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
    const double moonLatitude = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
    const double M = sunAnomaly * degree;
    const double Mp = moonAnomaly * degree;
    const double F = moonLatitude * degree;
    double correction = (0.1734 - 0.000393 * T) * std::sin(M) + 0.0021 * std::sin(2 * M);
    correction += -0.4068 * std::sin(Mp) + 0.0161 * std::sin(2 * Mp) - 0.0004 * std::sin(3 * Mp);
    correction += 0.0104 * std::sin(2 * F) - 0.0051 * std::sin(M + Mp) - 0.0074 * std::sin(M - Mp);
    correction += 0.0004 * std::sin(2 * F + M) - 0.0004 * std::sin(2 * F - M) - 0.0006 * std::sin(2 * F + Mp);
    correction += 0.0010 * std::sin(2 * F - Mp) + 0.0005 * std::sin(M + 2 * Mp);
    double deltaT = 0;
    if (T < -11) {
        deltaT = 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3;
    } else {
        deltaT = -0.000278 + 0.000265 * T + 0.000262 * T2;
    }
    return jd + correction - deltaT;
}

// The Julian day number of the local (UTC+7) day on which the k-th new moon falls.
qint64 newMoonDay(int k)
{
    return qint64(std::floor(newMoonJde(k) + 0.5 + vietnamUtcOffsetHours / 24.0));
}

// Which 30° sector (0–11) of ecliptic longitude the sun is in at the local midnight that
// starts Julian day number `dayNumber` (Meeus ch. 25, low accuracy). Sector 9 begins at the
// winter solstice (270°); a month holds a major solar term when its sector changes inside it.
int sunSector(qint64 dayNumber)
{
    const double T = (double(dayNumber) - 0.5 - vietnamUtcOffsetHours / 24.0 - 2451545.0) / 36525.0;
    const double T2 = T * T;
    const double meanAnomaly = (357.52910 + 35999.05030 * T - 0.0001559 * T2 - 0.00000048 * T * T2) * degree;
    const double meanLongitude = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
    double center = (1.914600 - 0.004817 * T - 0.000014 * T2) * std::sin(meanAnomaly);
    center += (0.019993 - 0.000101 * T) * std::sin(2 * meanAnomaly) + 0.000290 * std::sin(3 * meanAnomaly);
    double longitude = std::fmod(meanLongitude + center, 360.0);
    if (longitude < 0) {
        longitude += 360.0;
    }
    return int(longitude / 30.0);
}

// Julian day number of the first day of lunar month 11 that contains the winter solstice of
// solar year `year`.
qint64 month11Start(int year)
{
    const qint64 lastDay = QDate(year, 12, 31).toJulianDay();
    const int k = int(std::floor((double(lastDay) - 2415021.0) / synodicMonth));
    const qint64 start = newMoonDay(k);
    return sunSector(start) >= 9 ? newMoonDay(k - 1) : start;
}

int monthIndex(qint64 month11)
{
    return int(std::floor((double(month11) - firstNewMoonJd) / synodicMonth + 0.5));
}

// In a 13-month year starting at month 11 (Julian day `month11`), how many months after it
// the leap month comes: the first month whose sun sector does not change.
int leapMonthOffset(qint64 month11)
{
    const int k = monthIndex(month11);
    int i = 1;
    int sector = sunSector(newMoonDay(k + i));
    int previous = 0;
    do {
        previous = sector;
        ++i;
        sector = sunSector(newMoonDay(k + i));
    } while (sector != previous && i < 14);
    return i - 1;
}

bool hasLeapMonth(qint64 month11, qint64 nextMonth11)
{
    return nextMonth11 - month11 > 365;
}

} // namespace

LunarDate fromSolar(QDate date)
{
    const qint64 dayNumber = date.toJulianDay();
    const int year = date.year();
    // The mean lunation is only an estimate of which new moon starts the month: step to the
    // last new moon on or before the day.
    int k = int(std::floor((double(dayNumber) - firstNewMoonJd) / synodicMonth));
    while (newMoonDay(k) > dayNumber) {
        --k;
    }
    while (newMoonDay(k + 1) <= dayNumber) {
        ++k;
    }
    const qint64 monthStart = newMoonDay(k);
    qint64 a11 = month11Start(year);
    qint64 b11 = a11;
    LunarDate result;
    if (a11 >= monthStart) {
        result.year = year;
        a11 = month11Start(year - 1);
    } else {
        result.year = year + 1;
        b11 = month11Start(year + 1);
    }
    result.day = int(dayNumber - monthStart + 1);
    const int monthsAfter11 = int(std::floor(double(monthStart - a11) / 29.0));
    result.month = monthsAfter11 + 11;
    if (hasLeapMonth(a11, b11)) {
        const int leapOffset = leapMonthOffset(a11);
        if (monthsAfter11 >= leapOffset) {
            result.month = monthsAfter11 + 10;
            result.leap = monthsAfter11 == leapOffset;
        }
    }
    if (result.month > 12) {
        result.month -= 12;
    }
    if (result.month >= 11 && monthsAfter11 < 4) {
        result.year -= 1;
    }
    return result;
}

namespace {

// Julian day number of the first day of the given lunar month, or -1 if it does not exist.
qint64 monthStartDay(int year, int month, bool leap)
{
    if (month < 1 || month > 12) {
        return -1;
    }
    qint64 a11 = 0;
    qint64 b11 = 0;
    if (month < 11) {
        a11 = month11Start(year - 1);
        b11 = month11Start(year);
    } else {
        a11 = month11Start(year);
        b11 = month11Start(year + 1);
    }
    int offset = month - 11;
    if (offset < 0) {
        offset += 12;
    }
    if (hasLeapMonth(a11, b11)) {
        const int leapOffset = leapMonthOffset(a11);
        int leapMonthNumber = leapOffset - 2;
        if (leapMonthNumber < 0) {
            leapMonthNumber += 12;
        }
        if (leap && month != leapMonthNumber) {
            return -1;
        }
        if (leap || offset >= leapOffset) {
            offset += 1;
        }
    } else if (leap) {
        return -1;
    }
    return newMoonDay(monthIndex(a11) + offset);
}

} // namespace

int monthLength(int year, int month, bool leap)
{
    const qint64 start = monthStartDay(year, month, leap);
    if (start < 0) {
        return 0;
    }
    // The next month starts at the next new moon after this one.
    const int k = int(std::floor((double(start) - firstNewMoonJd) / synodicMonth + 0.5));
    for (int next = k; next <= k + 2; ++next) {
        const qint64 candidate = newMoonDay(next);
        if (candidate > start) {
            return int(candidate - start);
        }
    }
    return 0;
}

std::optional<QDate> toSolar(const LunarDate &date)
{
    const int length = monthLength(date.year, date.month, date.leap);
    if (length == 0 || date.day < 1 || date.day > length) {
        return std::nullopt;
    }
    return QDate::fromJulianDay(monthStartDay(date.year, date.month, date.leap) + date.day - 1);
}

int leapMonth(int year)
{
    for (int month = 1; month <= 12; ++month) {
        if (monthStartDay(year, month, true) >= 0) {
            return month;
        }
    }
    return 0;
}

QString toString(const LunarDate &date)
{
    QString text = QStringLiteral("%1-%2-%3")
                       .arg(date.year, 4, 10, QLatin1Char('0'))
                       .arg(date.month, 2, 10, QLatin1Char('0'))
                       .arg(date.day, 2, 10, QLatin1Char('0'));
    if (date.leap) {
        text += QStringLiteral(" leap");
    }
    return text;
}

} // namespace ioc::core::lunar

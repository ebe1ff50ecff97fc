#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace ioc::core {

// Office hours of one day: [start, end) in minutes after local midnight, in order.
struct TimeInterval
{
    int startMinute = 0;
    int endMinute = 0;
    friend bool operator==(const TimeInterval &, const TimeInterval &) = default;
};
using DaySchedule = QList<TimeInterval>;

// Office hours per weekday; index 0 is Monday (Qt::Monday - 1).
struct WeeklySchedule
{
    std::array<DaySchedule, 7> days;
    const DaySchedule &forDate(QDate date) const { return days[std::size_t(date.dayOfWeek() - 1)]; }
    static WeeklySchedule defaultOfficeHours(); // Mon–Fri 07:00–11:30, 13:30–17:00
};

// Office hours that apply between two dates of every year (e.g. summer hours), inclusive;
// the range may wrap over the new year.
struct Season
{
    QString name;
    int fromMonth = 1;
    int fromDay = 1;
    int toMonth = 12;
    int toDay = 31;
    WeeklySchedule weekly;
    bool contains(QDate date) const;
};

enum class DayOffKind
{
    Holiday,      // a public holiday of the Labour Code, computed
    Compensatory, // art. 111.3: a holiday on a weekly rest day moves to the next working day
    Official,     // from the yearly official schedule (art. 112.3)
    Extra,        // another day off declared in the calendar file
};
QString dayOffKindName(DayOffKind kind);

struct DayOff
{
    QDate date;
    QString name;
    DayOffKind kind = DayOffKind::Holiday;
};

// A day worked although it is normally a rest day (a make-up Saturday).
struct MakeUpDay
{
    QDate date;
    QString name;
    std::optional<DaySchedule> hours; // default: the office hours of a Monday
};

struct OfficialYear
{
    QList<DayOff> daysOff;
    QList<MakeUpDay> workingDays;
};

// Vietnamese working time: office hours per weekday (and per season), public holidays of the
// Labour Code 2019 art. 112.1 with the compensatory days of art. 111.3, extra days off and
// make-up working days, and per year an official schedule that replaces the computed
// holidays (art. 112.3). Wall-clock time is the fixed UTC+07:00. Immutable and cheap to copy;
// safe to use from several threads.
class WorkingCalendar
{
public:
    struct Definition
    {
        WeeklySchedule weekly = WeeklySchedule::defaultOfficeHours();
        QList<Season> seasons;
        int workingDayMinutes = 8 * 60; // 1 working day = 8 working hours
        bool computedHolidays = true;
        QList<DayOff> extraDaysOff;
        QList<MakeUpDay> makeUpDays;
        QMap<int, OfficialYear> official;
    };

    WorkingCalendar();
    explicit WorkingCalendar(Definition definition);

    const Definition &definition() const;
    int workingDayMinutes() const;

    // Office hours on a date (empty on a rest day or day off).
    DaySchedule hoursOn(QDate date) const;
    bool isWorkingDay(QDate date) const { return !hoursOn(date).isEmpty(); }

    // The day off on a date, if any (holiday, compensatory, official or extra).
    std::optional<DayOff> dayOff(QDate date) const;
    // Every day off of a year in date order (holidays and compensatory days, or the official
    // schedule where one exists, plus extra days off).
    QList<DayOff> daysOff(int year) const;
    // The holidays the Labour Code defaults give for a year, before any official schedule.
    static QList<DayOff> defaultHolidays(int year);

    // The instant reached after `seconds` of working time from `start`. If `start` lies outside
    // office hours the count begins at the next opening. An amount that ends exactly at a
    // closing time ends there. Returns an invalid QDateTime if the calendar has no working
    // time within ten years.
    QDateTime addWorkingSeconds(const QDateTime &start, qint64 seconds) const;
    // Working time between two instants (0 if `to` is not after `from`).
    qint64 workingSecondsBetween(const QDateTime &from, const QDateTime &to) const;

private:
    struct YearDays;
    const YearDays &yearDays(int year) const;
    const WeeklySchedule &weeklyFor(QDate date) const;

    struct Shared;
    std::shared_ptr<Shared> m_shared;
};

} // namespace ioc::core

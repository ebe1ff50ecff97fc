#include "core/workingcalendar.h"

#include "core/lunarcalendar.h"
#include "core/vntime.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <mutex>

namespace ioc::core {

namespace {

constexpr qint64 msPerDay = 86400LL * 1000;
constexpr int searchDays = 3660; // give up after ten years without working time
const QDate localEpoch(1970, 1, 1);

qint64 localMs(const QDateTime &instant)
{
    return instant.toMSecsSinceEpoch() + qint64(vntime::utcOffsetSeconds) * 1000;
}

QDateTime fromLocalMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms - qint64(vntime::utcOffsetSeconds) * 1000, QTimeZone::utc());
}

QDate dateOfLocalMs(qint64 ms)
{
    qint64 days = ms / msPerDay;
    if (ms < 0 && ms % msPerDay != 0) {
        --days;
    }
    return localEpoch.addDays(days);
}

qint64 startOfDayMs(QDate date)
{
    return localEpoch.daysTo(date) * msPerDay;
}

} // namespace

WeeklySchedule WeeklySchedule::defaultOfficeHours()
{
    WeeklySchedule weekly;
    const DaySchedule office{{7 * 60, 11 * 60 + 30}, {13 * 60 + 30, 17 * 60}};
    for (int day = 0; day < 5; ++day) {
        weekly.days[std::size_t(day)] = office;
    }
    return weekly;
}

bool Season::contains(QDate date) const
{
    const int key = date.month() * 100 + date.day();
    const int from = fromMonth * 100 + fromDay;
    const int to = toMonth * 100 + toDay;
    return from <= to ? (key >= from && key <= to) : (key >= from || key <= to);
}

QString dayOffKindName(DayOffKind kind)
{
    switch (kind) {
    case DayOffKind::Holiday:
        return QStringLiteral("holiday");
    case DayOffKind::Compensatory:
        return QStringLiteral("compensatory");
    case DayOffKind::Official:
        return QStringLiteral("official");
    case DayOffKind::Extra:
        return QStringLiteral("extra");
    }
    Q_UNREACHABLE();
    return {};
}

struct WorkingCalendar::YearDays
{
    QList<DayOff> ordered;
    QHash<QDate, DayOff> daysOff;
    QHash<QDate, DaySchedule> workingDays;
};

struct WorkingCalendar::Shared
{
    Definition definition;
    std::mutex mutex;
    QHash<int, std::shared_ptr<const YearDays>> years;
};

WorkingCalendar::WorkingCalendar()
    : WorkingCalendar(Definition())
{}

WorkingCalendar::WorkingCalendar(Definition definition)
    : m_shared(std::make_shared<Shared>())
{
    m_shared->definition = std::move(definition);
}

const WorkingCalendar::Definition &WorkingCalendar::definition() const
{
    return m_shared->definition;
}

int WorkingCalendar::workingDayMinutes() const
{
    return m_shared->definition.workingDayMinutes;
}

const WeeklySchedule &WorkingCalendar::weeklyFor(QDate date) const
{
    for (const Season &season : m_shared->definition.seasons) {
        if (season.contains(date)) {
            return season.weekly;
        }
    }
    return m_shared->definition.weekly;
}

QList<DayOff> WorkingCalendar::defaultHolidays(int year)
{
    QList<DayOff> days;
    const auto add = [&days](QDate date, const QString &name) {
        if (date.isValid()) {
            days.append({date, name, DayOffKind::Holiday});
        }
    };
    add(QDate(year, 1, 1), QStringLiteral("Tết Dương lịch"));
    if (const auto tet = lunar::toSolar({year, 1, 1, false})) {
        add(tet->addDays(-1), QStringLiteral("Tết Nguyên Đán (ngày cuối năm âm lịch)"));
        for (int day = 0; day < 4; ++day) {
            add(tet->addDays(day), QStringLiteral("Tết Nguyên Đán (mùng %1 tháng Giêng)").arg(day + 1));
        }
    }
    if (const auto hungKings = lunar::toSolar({year, 3, 10, false})) {
        add(*hungKings, QStringLiteral("Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
    }
    add(QDate(year, 4, 30), QStringLiteral("Ngày Chiến thắng (30/4)"));
    add(QDate(year, 5, 1), QStringLiteral("Ngày Quốc tế Lao động (1/5)"));
    add(QDate(year, 9, 1), QStringLiteral("Quốc khánh (ngày liền kề 1/9)"));
    add(QDate(year, 9, 2), QStringLiteral("Quốc khánh (2/9)"));
    std::sort(days.begin(), days.end(), [](const DayOff &a, const DayOff &b) { return a.date < b.date; });
    return days;
}

const WorkingCalendar::YearDays &WorkingCalendar::yearDays(int year) const
{
    std::lock_guard lock(m_shared->mutex);
    auto &slot = m_shared->years[year];
    if (slot) {
        return *slot;
    }
    auto days = std::make_shared<YearDays>();
    const Definition &def = m_shared->definition;
    const auto addOff = [&days](const DayOff &off) {
        if (!days->daysOff.contains(off.date)) {
            days->daysOff.insert(off.date, off);
            days->ordered.append(off);
        }
    };
    const auto mondayHours = [this](QDate date) {
        return weeklyFor(date).days[0];
    };

    for (const DayOff &extra : def.extraDaysOff) {
        if (extra.date.year() == year) {
            addOff({extra.date, extra.name, DayOffKind::Extra});
        }
    }
    for (const MakeUpDay &work : def.makeUpDays) {
        if (work.date.year() == year) {
            days->workingDays.insert(work.date, work.hours.value_or(mondayHours(work.date)));
        }
    }
    if (def.official.contains(year)) {
        const OfficialYear &official = def.official.value(year);
        for (const DayOff &off : official.daysOff) {
            addOff({off.date, off.name, DayOffKind::Official});
        }
        for (const MakeUpDay &work : official.workingDays) {
            days->workingDays.insert(work.date, work.hours.value_or(mondayHours(work.date)));
        }
    } else if (def.computedHolidays) {
        const QList<DayOff> holidays = defaultHolidays(year);
        for (const DayOff &holiday : holidays) {
            addOff(holiday);
        }
        // Art. 111.3: a holiday on a weekly rest day gives a day off on the next working day.
        for (const DayOff &holiday : holidays) {
            if (!weeklyFor(holiday.date).forDate(holiday.date).isEmpty()) {
                continue;
            }
            // A week without any working day (a calendar file may say so) has no next working day:
            // looked for a month at most, never for ever.
            QDate next = holiday.date.addDays(1);
            const QDate giveUp = holiday.date.addDays(31);
            while (next < giveUp && (weeklyFor(next).forDate(next).isEmpty() || days->daysOff.contains(next))) {
                next = next.addDays(1);
            }
            if (next < giveUp) {
                addOff({next, QStringLiteral("Nghỉ bù ") + holiday.name, DayOffKind::Compensatory});
            }
        }
    }
    std::sort(days->ordered.begin(), days->ordered.end(),
              [](const DayOff &a, const DayOff &b) { return a.date < b.date; });
    slot = days;
    return *slot;
}

DaySchedule WorkingCalendar::hoursOn(QDate date) const
{
    const YearDays &days = yearDays(date.year());
    if (days.daysOff.contains(date)) {
        return {};
    }
    const auto work = days.workingDays.constFind(date);
    if (work != days.workingDays.constEnd()) {
        return *work;
    }
    // A compensatory day may spill into January from a holiday at the end of December.
    if (date.month() == 1 && date.day() <= 7) {
        const YearDays &previous = yearDays(date.year() - 1);
        if (previous.daysOff.contains(date)) {
            return {};
        }
    }
    return weeklyFor(date).forDate(date);
}

std::optional<DayOff> WorkingCalendar::dayOff(QDate date) const
{
    for (const int year : {date.year(), date.year() - 1}) {
        const YearDays &days = yearDays(year);
        const auto it = days.daysOff.constFind(date);
        if (it != days.daysOff.constEnd()) {
            return *it;
        }
    }
    return std::nullopt;
}

QList<DayOff> WorkingCalendar::daysOff(int year) const
{
    return yearDays(year).ordered;
}

QDateTime WorkingCalendar::addWorkingSeconds(const QDateTime &start, qint64 seconds) const
{
    if (seconds <= 0) {
        return start;
    }
    qint64 remaining = seconds * 1000;
    qint64 t = localMs(start);
    QDate day = dateOfLocalMs(t);
    for (int i = 0; i < searchDays; ++i, day = day.addDays(1)) {
        const qint64 dayStart = startOfDayMs(day);
        for (const TimeInterval &interval : hoursOn(day)) {
            const qint64 open = dayStart + qint64(interval.startMinute) * 60000;
            const qint64 close = dayStart + qint64(interval.endMinute) * 60000;
            if (t >= close) {
                continue;
            }
            const qint64 from = std::max(t, open);
            const qint64 available = close - from;
            if (remaining <= available) {
                return fromLocalMs(from + remaining);
            }
            remaining -= available;
            t = close;
        }
        t = std::max(t, dayStart + msPerDay);
    }
    return {};
}

qint64 WorkingCalendar::workingSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    const qint64 a = localMs(from);
    const qint64 b = localMs(to);
    if (b <= a) {
        return 0;
    }
    qint64 total = 0;
    for (QDate day = dateOfLocalMs(a); startOfDayMs(day) < b; day = day.addDays(1)) {
        const qint64 dayStart = startOfDayMs(day);
        for (const TimeInterval &interval : hoursOn(day)) {
            const qint64 open = std::max(a, dayStart + qint64(interval.startMinute) * 60000);
            const qint64 close = std::min(b, dayStart + qint64(interval.endMinute) * 60000);
            if (close > open) {
                total += close - open;
            }
        }
    }
    return total / 1000;
}

} // namespace ioc::core

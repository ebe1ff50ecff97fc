#include "core/calendarfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <array>

namespace ioc::core::calendarfile {

namespace {

const std::array<QString, 7> weekdayKeys{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                         QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                         QStringLiteral("sun")};

class Failure
{
public:
    explicit Failure(QString message)
        : message(std::move(message))
    {}
    QString message;
};

void requireKeys(const QJsonObject &object, const QStringList &known, const QString &where)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            throw Failure(QStringLiteral("%1: unknown key \"%2\"").arg(where, it.key()));
        }
    }
}

int parseMinute(const QJsonValue &value, const QString &where)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{2}):(\d{2})$)"));
    const auto match = pattern.match(value.toString());
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    if (!value.isString() || !match.hasMatch() || minutes > 59 || hours > 24 || (hours == 24 && minutes != 0)) {
        throw Failure(QStringLiteral("%1: \"%2\" is not a time HH:MM").arg(where, value.toVariant().toString()));
    }
    return hours * 60 + minutes;
}

DaySchedule parseDay(const QJsonValue &value, const QString &where)
{
    if (!value.isArray()) {
        throw Failure(QStringLiteral("%1: must be a list of [\"HH:MM\", \"HH:MM\"] intervals").arg(where));
    }
    DaySchedule day;
    const QJsonArray intervals = value.toArray();
    for (qsizetype i = 0; i < intervals.size(); ++i) {
        const QString here = QStringLiteral("%1[%2]").arg(where).arg(i);
        const QJsonArray pair = intervals.at(i).toArray();
        if (!intervals.at(i).isArray() || pair.size() != 2) {
            throw Failure(QStringLiteral("%1: an interval is [\"HH:MM\", \"HH:MM\"]").arg(here));
        }
        const TimeInterval interval{parseMinute(pair.at(0), here), parseMinute(pair.at(1), here)};
        if (interval.endMinute <= interval.startMinute) {
            throw Failure(QStringLiteral("%1: the interval ends before it starts").arg(here));
        }
        if (!day.isEmpty() && interval.startMinute < day.last().endMinute) {
            throw Failure(QStringLiteral("%1: intervals must be in order and must not overlap").arg(here));
        }
        day.append(interval);
    }
    return day;
}

WeeklySchedule parseWeekly(const QJsonValue &value, const QString &where)
{
    if (!value.isObject()) {
        throw Failure(QStringLiteral("%1: must be an object with keys mon…sun").arg(where));
    }
    const QJsonObject object = value.toObject();
    requireKeys(object, QStringList(weekdayKeys.begin(), weekdayKeys.end()), where);
    WeeklySchedule weekly;
    for (std::size_t day = 0; day < weekdayKeys.size(); ++day) {
        if (object.contains(weekdayKeys[day])) {
            weekly.days[day] = parseDay(object.value(weekdayKeys[day]), where + u'.' + weekdayKeys[day]);
        }
    }
    return weekly;
}

QDate parseDate(const QJsonValue &value, const QString &where)
{
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!value.isString() || !date.isValid() || value.toString().size() != 10) {
        throw Failure(QStringLiteral("%1: \"%2\" is not a date YYYY-MM-DD").arg(where, value.toVariant().toString()));
    }
    return date;
}

std::pair<int, int> parseMonthDay(const QJsonValue &value, const QString &where)
{
    // Validated against a leap year so 02-29 is accepted.
    const QDate date = QDate::fromString(QStringLiteral("2000-") + value.toString(), Qt::ISODate);
    if (!value.isString() || !date.isValid() || value.toString().size() != 5) {
        throw Failure(QStringLiteral("%1: \"%2\" is not a day MM-DD").arg(where, value.toVariant().toString()));
    }
    return {date.month(), date.day()};
}

QString requireName(const QJsonObject &object, const QString &where)
{
    const QString name = object.value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty()) {
        throw Failure(QStringLiteral("%1: \"name\" is required").arg(where));
    }
    return name;
}

QList<DayOff> parseDaysOff(const QJsonValue &value, const QString &where, DayOffKind kind)
{
    if (!value.isArray()) {
        throw Failure(QStringLiteral("%1: must be a list").arg(where));
    }
    QList<DayOff> days;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString here = QStringLiteral("%1[%2]").arg(where).arg(i);
        const QJsonObject object = array.at(i).toObject();
        requireKeys(object, {QStringLiteral("date"), QStringLiteral("name")}, here);
        days.append({parseDate(object.value(QStringLiteral("date")), here + QStringLiteral(".date")),
                     requireName(object, here), kind});
    }
    return days;
}

QList<MakeUpDay> parseMakeUpDays(const QJsonValue &value, const QString &where)
{
    if (!value.isArray()) {
        throw Failure(QStringLiteral("%1: must be a list").arg(where));
    }
    QList<MakeUpDay> days;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString here = QStringLiteral("%1[%2]").arg(where).arg(i);
        const QJsonObject object = array.at(i).toObject();
        requireKeys(object, {QStringLiteral("date"), QStringLiteral("name"), QStringLiteral("hours")}, here);
        MakeUpDay day;
        day.date = parseDate(object.value(QStringLiteral("date")), here + QStringLiteral(".date"));
        day.name = requireName(object, here);
        if (object.contains(QStringLiteral("hours"))) {
            day.hours = parseDay(object.value(QStringLiteral("hours")), here + QStringLiteral(".hours"));
        }
        days.append(day);
    }
    return days;
}

WorkingCalendar::Definition parseDefinition(const QJsonObject &root)
{
    requireKeys(root,
                {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("description"),
                 QStringLiteral("working_day_hours"), QStringLiteral("weekly"), QStringLiteral("seasons"),
                 QStringLiteral("computed_holidays"), QStringLiteral("extra_days_off"), QStringLiteral("make_up_days"),
                 QStringLiteral("official")},
                QStringLiteral("calendar"));
    if (root.value(QStringLiteral("version")).toInt(-1) != 1) {
        throw Failure(QStringLiteral("calendar: \"version\" must be 1"));
    }
    WorkingCalendar::Definition def;
    if (root.contains(QStringLiteral("working_day_hours"))) {
        const double hours = root.value(QStringLiteral("working_day_hours")).toDouble(-1);
        if (hours <= 0 || hours > 24) {
            throw Failure(QStringLiteral("calendar: \"working_day_hours\" must be a number of hours, 0 < h ≤ 24"));
        }
        def.workingDayMinutes = int(hours * 60);
    }
    if (root.contains(QStringLiteral("weekly"))) {
        def.weekly = parseWeekly(root.value(QStringLiteral("weekly")), QStringLiteral("calendar: weekly"));
    }
    const QJsonArray seasons = root.value(QStringLiteral("seasons")).toArray();
    for (qsizetype i = 0; i < seasons.size(); ++i) {
        const QString here = QStringLiteral("calendar: seasons[%1]").arg(i);
        const QJsonObject object = seasons.at(i).toObject();
        requireKeys(object,
                    {QStringLiteral("name"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("weekly")},
                    here);
        Season season;
        season.name = requireName(object, here);
        std::tie(season.fromMonth, season.fromDay) =
            parseMonthDay(object.value(QStringLiteral("from")), here + QStringLiteral(".from"));
        std::tie(season.toMonth, season.toDay) =
            parseMonthDay(object.value(QStringLiteral("to")), here + QStringLiteral(".to"));
        season.weekly = parseWeekly(object.value(QStringLiteral("weekly")), here + QStringLiteral(".weekly"));
        def.seasons.append(season);
    }
    if (root.contains(QStringLiteral("computed_holidays"))) {
        const QJsonValue value = root.value(QStringLiteral("computed_holidays"));
        if (!value.isBool()) {
            throw Failure(QStringLiteral("calendar: \"computed_holidays\" must be true or false"));
        }
        def.computedHolidays = value.toBool();
    }
    if (root.contains(QStringLiteral("extra_days_off"))) {
        def.extraDaysOff = parseDaysOff(root.value(QStringLiteral("extra_days_off")),
                                        QStringLiteral("calendar: extra_days_off"), DayOffKind::Extra);
    }
    if (root.contains(QStringLiteral("make_up_days"))) {
        def.makeUpDays =
            parseMakeUpDays(root.value(QStringLiteral("make_up_days")), QStringLiteral("calendar: make_up_days"));
    }
    const QJsonArray official = root.value(QStringLiteral("official")).toArray();
    for (qsizetype i = 0; i < official.size(); ++i) {
        const QString here = QStringLiteral("calendar: official[%1]").arg(i);
        const QJsonObject object = official.at(i).toObject();
        requireKeys(object,
                    {QStringLiteral("year"), QStringLiteral("source"), QStringLiteral("days_off"),
                     QStringLiteral("working_days")},
                    here);
        const int year = object.value(QStringLiteral("year")).toInt(0);
        if (year < 1900 || year > 2200) {
            throw Failure(QStringLiteral("%1: \"year\" must be a year").arg(here));
        }
        if (def.official.contains(year)) {
            throw Failure(QStringLiteral("%1: year %2 appears twice").arg(here).arg(year));
        }
        OfficialYear entry;
        entry.daysOff = parseDaysOff(object.value(QStringLiteral("days_off")), here + QStringLiteral(".days_off"),
                                     DayOffKind::Official);
        if (object.contains(QStringLiteral("working_days"))) {
            entry.workingDays =
                parseMakeUpDays(object.value(QStringLiteral("working_days")), here + QStringLiteral(".working_days"));
        }
        for (const DayOff &off : entry.daysOff) {
            if (off.date.year() != year) {
                throw Failure(
                    QStringLiteral("%1: %2 is not in %3").arg(here, off.date.toString(Qt::ISODate)).arg(year));
            }
        }
        def.official.insert(year, entry);
    }
    return def;
}

QJsonArray dayToJson(const DaySchedule &day)
{
    QJsonArray intervals;
    const auto hhmm = [](int minute) {
        return QStringLiteral("%1:%2")
            .arg(minute / 60, 2, 10, QLatin1Char('0'))
            .arg(minute % 60, 2, 10, QLatin1Char('0'));
    };
    for (const TimeInterval &interval : day) {
        intervals.append(QJsonArray{hhmm(interval.startMinute), hhmm(interval.endMinute)});
    }
    return intervals;
}

QJsonObject weeklyToJson(const WeeklySchedule &weekly)
{
    QJsonObject object;
    for (std::size_t day = 0; day < weekdayKeys.size(); ++day) {
        object.insert(weekdayKeys[day], dayToJson(weekly.days[day]));
    }
    return object;
}

QJsonArray makeUpToJson(const QList<MakeUpDay> &days)
{
    QJsonArray array;
    for (const MakeUpDay &day : days) {
        QJsonObject object{{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                           {QStringLiteral("name"), day.name}};
        if (day.hours) {
            object.insert(QStringLiteral("hours"), dayToJson(*day.hours));
        }
        array.append(object);
    }
    return array;
}

QJsonArray daysOffToJson(const QList<DayOff> &days)
{
    QJsonArray array;
    for (const DayOff &day : days) {
        array.append(
            QJsonObject{{QStringLiteral("date"), day.date.toString(Qt::ISODate)}, {QStringLiteral("name"), day.name}});
    }
    return array;
}

} // namespace

std::optional<WorkingCalendar> parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    try {
        if (parseError.error != QJsonParseError::NoError) {
            throw Failure(QStringLiteral("calendar: not valid JSON (%1 at offset %2)")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
        }
        if (!document.isObject()) {
            throw Failure(QStringLiteral("calendar: the top level must be a JSON object"));
        }
        return WorkingCalendar(parseDefinition(document.object()));
    } catch (const Failure &failure) {
        if (error != nullptr) {
            *error = failure.message;
        }
        return std::nullopt;
    }
}

QJsonObject toJson(const WorkingCalendar &calendar)
{
    const WorkingCalendar::Definition &def = calendar.definition();
    QJsonArray seasons;
    for (const Season &season : def.seasons) {
        const auto monthDay = [](int month, int day) {
            return QStringLiteral("%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
        };
        seasons.append(QJsonObject{{QStringLiteral("name"), season.name},
                                   {QStringLiteral("from"), monthDay(season.fromMonth, season.fromDay)},
                                   {QStringLiteral("to"), monthDay(season.toMonth, season.toDay)},
                                   {QStringLiteral("weekly"), weeklyToJson(season.weekly)}});
    }
    QJsonArray official;
    for (auto it = def.official.begin(); it != def.official.end(); ++it) {
        official.append(QJsonObject{{QStringLiteral("year"), it.key()},
                                    {QStringLiteral("days_off"), daysOffToJson(it->daysOff)},
                                    {QStringLiteral("working_days"), makeUpToJson(it->workingDays)}});
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("ioc-calendar")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("working_day_hours"), def.workingDayMinutes / 60.0},
                       {QStringLiteral("weekly"), weeklyToJson(def.weekly)},
                       {QStringLiteral("seasons"), seasons},
                       {QStringLiteral("computed_holidays"), def.computedHolidays},
                       {QStringLiteral("extra_days_off"), daysOffToJson(def.extraDaysOff)},
                       {QStringLiteral("make_up_days"), makeUpToJson(def.makeUpDays)},
                       {QStringLiteral("official"), official}};
}

} // namespace ioc::core::calendarfile

#include "clicontext.h"
#include "core/lunarcalendar.h"
#include "core/slapolicy.h"
#include "core/vntime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// deadline, calendar holidays, lunar.
namespace ioc::cli {

namespace {

QString stepNames()
{
    QStringList names;
    for (const core::ClockStep step : core::allClockSteps()) {
        names.append(core::clockStepName(step));
    }
    return names.join(QStringLiteral(", "));
}

std::optional<QDate> parseDate(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (text.size() != 10 || !date.isValid()) {
        return std::nullopt;
    }
    return date;
}

} // namespace

int runDeadline(const QStringList &arguments, const CommandIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption start(QStringLiteral("start"), QString(), QStringLiteral("instant"));
    const QCommandLineOption step(QStringLiteral("step"), QString(), QStringLiteral("step"));
    const QCommandLineOption urgent(QStringLiteral("urgent"));
    const QCommandLineOption calendarFile(QStringLiteral("calendar"), QString(), QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOptions({start, step, urgent, calendarFile, json});
    if (!parseArguments(parser, arguments, io)) {
        return exitUsage;
    }
    if (!parser.isSet(start) || !parser.isSet(step)) {
        return io.fail(QStringLiteral("deadline needs --start <ISO 8601> and --step <step>"), exitUsage);
    }
    const auto startAt = core::vntime::parseIso8601(parser.value(start));
    if (!startAt) {
        return io.fail(QStringLiteral("--start \"%1\" is not an ISO 8601 date and time such as 2026-11-30T08:00 or "
                                      "2026-11-30T08:00:00+07:00")
                           .arg(parser.value(start)),
                       exitUsage);
    }
    const auto clockStep = core::clockStepFromName(parser.value(step));
    if (!clockStep) {
        return io.fail(QStringLiteral("unknown step \"%1\" (steps: %2)").arg(parser.value(step), stepNames()),
                       exitUsage);
    }
    const auto calendar = loadCalendar(parser.value(calendarFile), io);
    if (!calendar) {
        return exitFailure;
    }
    const core::SlaPolicy &policy = core::SlaPolicy::defaults();
    const bool isUrgent = parser.isSet(urgent);
    if (!policy.duration(*clockStep, isUrgent)) {
        return io.fail(QStringLiteral("step \"%1\" has no deadline for %2 reports")
                           .arg(parser.value(step), isUrgent ? QStringLiteral("urgent") : QStringLiteral("normal")));
    }
    const QDateTime effective = policy.effectiveStart(*clockStep, isUrgent, *startAt);
    const QDateTime due = policy.dueAt(*clockStep, isUrgent, effective, *calendar);
    if (!due.isValid()) {
        return io.fail(QStringLiteral("the calendar has no working time within ten years of the start"));
    }
    const QString dueText = core::vntime::toIso8601(due);
    if (parser.isSet(json)) {
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("due"), dueText}}).toJson(QJsonDocument::Compact)
               << Qt::endl;
    } else {
        io.out << dueText << Qt::endl;
    }
    return exitOk;
}

int runCalendar(const QStringList &arguments, const CommandIo &io)
{
    if (arguments.value(1) != QStringLiteral("holidays")) {
        return io.fail(QStringLiteral("usage: ioc-admin calendar holidays --year Y [--calendar FILE] [--json]"),
                       exitUsage);
    }
    QCommandLineParser parser;
    const QCommandLineOption year(QStringLiteral("year"), QString(), QStringLiteral("year"));
    const QCommandLineOption calendarFile(QStringLiteral("calendar"), QString(), QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOptions({year, calendarFile, json});
    if (!parseArguments(parser, arguments.mid(1), io)) {
        return exitUsage;
    }
    bool ok = false;
    const int y = parser.value(year).toInt(&ok);
    if (!parser.isSet(year) || !ok || y < 1900 || y > 2199) {
        return io.fail(QStringLiteral("--year needs a year between 1900 and 2199"), exitUsage);
    }
    const auto calendar = loadCalendar(parser.value(calendarFile), io);
    if (!calendar) {
        return exitFailure;
    }
    const QList<core::DayOff> days = calendar->daysOff(y);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const core::DayOff &day : days) {
            array.append(QJsonObject{{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                                     {QStringLiteral("name"), day.name},
                                     {QStringLiteral("kind"), core::dayOffKindName(day.kind)}});
        }
        io.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        for (const core::DayOff &day : days) {
            io.out << day.date.toString(Qt::ISODate) << ' ' << day.name << '\n';
        }
        io.out.flush();
    }
    return exitOk;
}

int runLunar(const QStringList &arguments, const CommandIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption toSolar(QStringLiteral("to-solar"), QString(), QStringLiteral("lunar date"));
    const QCommandLineOption toLunar(QStringLiteral("to-lunar"), QString(), QStringLiteral("solar date"));
    const QCommandLineOption leap(QStringLiteral("leap"));
    parser.addOptions({toSolar, toLunar, leap});
    if (!parseArguments(parser, arguments, io)) {
        return exitUsage;
    }
    if (parser.isSet(toSolar) == parser.isSet(toLunar)) {
        return io.fail(QStringLiteral("lunar needs exactly one of --to-solar YYYY-MM-DD or --to-lunar YYYY-MM-DD"),
                       exitUsage);
    }
    if (parser.isSet(toLunar)) {
        const auto date = parseDate(parser.value(toLunar));
        if (!date) {
            return io.fail(QStringLiteral("--to-lunar \"%1\" is not a date YYYY-MM-DD").arg(parser.value(toLunar)),
                           exitUsage);
        }
        io.out << core::lunar::toString(core::lunar::fromSolar(*date)) << Qt::endl;
        return exitOk;
    }
    const QStringList parts = parser.value(toSolar).split(QLatin1Char('-'));
    bool okYear = false;
    bool okMonth = false;
    bool okDay = false;
    const core::LunarDate lunarDate{parts.value(0).toInt(&okYear), parts.value(1).toInt(&okMonth),
                                    parts.value(2).toInt(&okDay), parser.isSet(leap)};
    if (parts.size() != 3 || parts.value(0).size() != 4 || !okYear || !okMonth || !okDay) {
        return io.fail(QStringLiteral("--to-solar \"%1\" is not a lunar date YYYY-MM-DD").arg(parser.value(toSolar)),
                       exitUsage);
    }
    const auto solar = core::lunar::toSolar(lunarDate);
    if (!solar) {
        return io.fail(QStringLiteral("lunar date %1 does not exist").arg(core::lunar::toString(lunarDate)));
    }
    io.out << solar->toString(Qt::ISODate) << Qt::endl;
    return exitOk;
}

} // namespace ioc::cli

#include "core/calendarfile.h"
#include "core/vntime.h"
#include "core/workingcalendar.h"

#include <QJsonDocument>
#include <QTest>

using namespace ioc::core;
using namespace Qt::StringLiterals;

namespace {

QDateTime vn(int y, int mo, int d, int h, int mi)
{
    return vntime::fromLocal(QDate(y, mo, d), QTime(h, mi));
}

QStringList dates(const QList<DayOff> &days)
{
    QStringList list;
    for (const DayOff &day : days) {
        list.append(day.date.toString(Qt::ISODate) + u' ' + dayOffKindName(day.kind));
    }
    return list;
}

} // namespace

class TestWorkingCalendar final : public QObject
{
    Q_OBJECT

private slots:
    void defaultOfficeHours()
    {
        const WorkingCalendar calendar;
        QCOMPARE(calendar.workingDayMinutes(), 480);
        const DaySchedule monday = calendar.hoursOn(QDate(2026, 11, 30));
        QCOMPARE(monday, (DaySchedule{{420, 690}, {810, 1020}}));
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 11, 28))); // Saturday
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 11, 29))); // Sunday
    }

    void defaultHolidays2026()
    {
        const WorkingCalendar calendar;
        QCOMPARE(dates(calendar.daysOff(2026)),
                 (QStringList{u"2026-01-01 holiday"_s, u"2026-02-16 holiday"_s, u"2026-02-17 holiday"_s,
                              u"2026-02-18 holiday"_s, u"2026-02-19 holiday"_s, u"2026-02-20 holiday"_s,
                              u"2026-04-26 holiday"_s, u"2026-04-27 compensatory"_s, u"2026-04-30 holiday"_s,
                              u"2026-05-01 holiday"_s, u"2026-09-01 holiday"_s, u"2026-09-02 holiday"_s}));
        QCOMPARE(calendar.dayOff(QDate(2026, 4, 27))->name, u"Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)"_s);
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 2, 17)));
    }

    void compensatoryDaysSkipOtherDaysOff()
    {
        // 2028: 1/1 is a Saturday → Monday 3/1 off. Tết 2028 starts 26/1 (Wednesday): eve 25/1,
        // mùng 1–4 = 26–29/1; 29/1 is a Saturday → the next working day, Monday 31/1.
        const WorkingCalendar calendar;
        const QStringList days = dates(calendar.daysOff(2028));
        QVERIFY2(days.contains(u"2028-01-03 compensatory"_s), qPrintable(days.join(u", ")));
        QVERIFY2(days.contains(u"2028-01-31 compensatory"_s), qPrintable(days.join(u", ")));
        // 2/9/2029 is a Sunday, 1/9 a Saturday: two compensatory days, Monday and Tuesday.
        const QStringList days2029 = dates(calendar.daysOff(2029));
        QVERIFY(days2029.contains(u"2029-09-03 compensatory"_s));
        QVERIFY(days2029.contains(u"2029-09-04 compensatory"_s));
    }

    void addingWorkingTime()
    {
        const WorkingCalendar calendar;
        // Across lunch: 11:00 + 1 h = 14:00.
        QCOMPARE(calendar.addWorkingSeconds(vn(2026, 12, 1, 11, 0), 3600), vn(2026, 12, 1, 14, 0));
        // Ending exactly at closing time stays there.
        QCOMPARE(calendar.addWorkingSeconds(vn(2026, 12, 1, 16, 0), 3600), vn(2026, 12, 1, 17, 0));
        // Over a weekend: Friday 16:30 + 1 h = Monday 07:30.
        QCOMPARE(calendar.addWorkingSeconds(vn(2026, 12, 4, 16, 30), 3600), vn(2026, 12, 7, 7, 30));
        // Starting outside office hours counts from the next opening.
        QCOMPARE(calendar.addWorkingSeconds(vn(2026, 12, 1, 12, 0), 1800), vn(2026, 12, 1, 14, 0));
        QCOMPARE(calendar.addWorkingSeconds(vn(2026, 12, 1, 20, 0), 1800), vn(2026, 12, 2, 7, 30));
        // Over Tết 2026 (16–20/2, Monday–Friday): Friday 13/2 16:00 + 2 h = Monday 23/2 08:00.
        QCOMPARE(calendar.addWorkingSeconds(vn(2026, 2, 13, 16, 0), 7200), vn(2026, 2, 23, 8, 0));
        // Zero adds nothing.
        QCOMPARE(calendar.addWorkingSeconds(vn(2026, 12, 1, 20, 0), 0), vn(2026, 12, 1, 20, 0));
    }

    void workingTimeBetween()
    {
        const WorkingCalendar calendar;
        QCOMPARE(calendar.workingSecondsBetween(vn(2026, 12, 1, 11, 0), vn(2026, 12, 1, 14, 0)), 3600);
        QCOMPARE(calendar.workingSecondsBetween(vn(2026, 12, 4, 16, 30), vn(2026, 12, 7, 7, 30)), 3600);
        QCOMPARE(calendar.workingSecondsBetween(vn(2026, 12, 7, 7, 30), vn(2026, 12, 4, 16, 30)), 0);
        // A whole working week.
        QCOMPARE(calendar.workingSecondsBetween(vn(2026, 11, 30, 0, 0), vn(2026, 12, 7, 0, 0)), 5 * 8 * 3600);
        // Consistent with adding, from odd instants.
        const QDateTime start = vn(2026, 12, 2, 10, 17).addSecs(13);
        for (const qint64 seconds : {1LL, 59LL, 3600LL, 28800LL, 6 * 28800LL}) {
            QCOMPARE(calendar.workingSecondsBetween(start, calendar.addWorkingSeconds(start, seconds)), seconds);
        }
    }

    void officialScheduleReplacesComputedHolidays()
    {
        QString error;
        const auto calendar = calendarfile::parse(R"({
            "version": 1,
            "official": [{
                "year": 2025,
                "days_off": [
                    {"date": "2025-01-01", "name": "Tết Dương lịch"},
                    {"date": "2025-01-27", "name": "Tết Nguyên Đán"},
                    {"date": "2025-01-28", "name": "Tết Nguyên Đán"}
                ],
                "working_days": [{"date": "2025-02-08", "name": "Làm bù"}]
            }]
        })",
                                                  &error);
        QVERIFY2(calendar.has_value(), qPrintable(error));
        QCOMPARE(dates(calendar->daysOff(2025)),
                 (QStringList{u"2025-01-01 official"_s, u"2025-01-27 official"_s, u"2025-01-28 official"_s}));
        QVERIFY(calendar->isWorkingDay(QDate(2025, 1, 29))); // computed Tết, but not in the official list
        QVERIFY(calendar->isWorkingDay(QDate(2025, 2, 8)));  // a make-up Saturday
        QCOMPARE(calendar->hoursOn(QDate(2025, 2, 8)), calendar->hoursOn(QDate(2025, 2, 3)));
        // Other years keep the computed defaults.
        QVERIFY(!calendar->isWorkingDay(QDate(2026, 2, 17)));
    }

    // A calendar file whose week has no working day (found by fuzz_calendar: reading its year
    // looked for the next working day for ever, to give a holiday on a rest day its day off).
    // It has no working time at all, and a deadline on it says so instead of never ending.
    void aWeekWithoutWorkingDaysEnds()
    {
        QString error;
        const auto calendar = calendarfile::parse(R"({
            "format": "ioc-calendar", "version": 1, "working_day_hours": 8,
            "weekly": {}, "seasons": [], "computed_holidays": true
        })",
                                                  &error);
        QVERIFY2(calendar.has_value(), qPrintable(error));
        QVERIFY(!calendar->isWorkingDay(QDate(2026, 12, 1)));
        QVERIFY(!calendar->daysOff(2026).isEmpty()); // the holidays, without days off in lieu
    }

    void seasonsAndExtraDays()
    {
        QString error;
        const auto calendar = calendarfile::parse(R"({
            "version": 1,
            "working_day_hours": 8,
            "weekly": {"mon": [["07:30","11:30"],["13:00","17:00"]], "tue": [["07:30","11:30"],["13:00","17:00"]]},
            "seasons": [{"name": "Giờ mùa đông", "from": "11-01", "to": "02-28",
                         "weekly": {"mon": [["08:00","12:00"],["13:30","17:30"]]}}],
            "computed_holidays": false,
            "extra_days_off": [{"date": "2026-07-06", "name": "Ngày lễ của tỉnh"}],
            "make_up_days": [{"date": "2026-07-11", "name": "Làm bù", "hours": [["08:00","12:00"]]}]
        })",
                                                  &error);
        QVERIFY2(calendar.has_value(), qPrintable(error));
        QCOMPARE(calendar->hoursOn(QDate(2026, 11, 30)), (DaySchedule{{480, 720}, {810, 1050}})); // winter Monday
        QCOMPARE(calendar->hoursOn(QDate(2026, 6, 1)), (DaySchedule{{450, 690}, {780, 1020}}));   // summer Monday
        QVERIFY(calendar->hoursOn(QDate(2026, 12, 1)).isEmpty()); // Tuesday is not in the winter schedule
        QVERIFY(calendar->isWorkingDay(QDate(2026, 2, 16)));      // a Monday; computed holidays are off
        QVERIFY(!calendar->isWorkingDay(QDate(2026, 7, 6)));
        QCOMPARE(calendar->hoursOn(QDate(2026, 7, 11)), (DaySchedule{{480, 720}}));
    }

    void badCalendarFilesSayWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{") << u"calendar: not valid JSON"_s;
        QTest::newRow("version") << QByteArray(R"({"version": 2})") << u"calendar: \"version\" must be 1"_s;
        QTest::newRow("unknown key") << QByteArray(R"({"version": 1, "holidays": []})")
                                     << u"calendar: unknown key \"holidays\""_s;
        QTest::newRow("bad time") << QByteArray(R"({"version": 1, "weekly": {"mon": [["07:00","25:00"]]}})")
                                  << u"calendar: weekly.mon[0]: \"25:00\" is not a time HH:MM"_s;
        QTest::newRow("reversed") << QByteArray(R"({"version": 1, "weekly": {"mon": [["11:00","07:00"]]}})")
                                  << u"calendar: weekly.mon[0]: the interval ends before it starts"_s;
        QTest::newRow("overlap") << QByteArray(
                                        R"({"version": 1, "weekly": {"mon": [["07:00","12:00"],["11:00","13:00"]]}})")
                                 << u"calendar: weekly.mon[1]: intervals must be in order and must not overlap"_s;
        QTest::newRow("weekday") << QByteArray(R"({"version": 1, "weekly": {"monday": []}})")
                                 << u"calendar: weekly: unknown key \"monday\""_s;
        QTest::newRow("date") << QByteArray(
                                     R"({"version": 1, "extra_days_off": [{"date": "2026-02-30", "name": "x"}]})")
                              << u"calendar: extra_days_off[0].date: \"2026-02-30\" is not a date YYYY-MM-DD"_s;
        QTest::newRow("name") << QByteArray(R"({"version": 1, "extra_days_off": [{"date": "2026-02-03"}]})")
                              << u"calendar: extra_days_off[0]: \"name\" is required"_s;
        QTest::newRow("official year")
            << QByteArray(
                   R"({"version": 1, "official": [{"year": 2025, "days_off": [{"date": "2026-01-01", "name": "x"}]}]})")
            << u"calendar: official[0]: 2026-01-01 is not in 2025"_s;
    }

    void badCalendarFilesSayWhatIsWrong()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!calendarfile::parse(json, &actual).has_value());
        QVERIFY2(actual.startsWith(error), qPrintable(actual));
        QVERIFY(!actual.contains(u'\n'));
    }

    void jsonRoundTrip()
    {
        QString error;
        const auto original = calendarfile::parse(R"({
            "version": 1,
            "seasons": [{"name": "Hè", "from": "05-01", "to": "09-30", "weekly": {"mon": [["06:30","11:00"]]}}],
            "extra_days_off": [{"date": "2026-07-06", "name": "Lễ"}],
            "make_up_days": [{"date": "2026-07-11", "name": "Làm bù"}],
            "official": [{"year": 2025, "days_off": [{"date": "2025-01-01", "name": "Tết"}]}]
        })",
                                                  &error);
        QVERIFY(original.has_value());
        const QByteArray written = QJsonDocument(calendarfile::toJson(*original)).toJson();
        const auto reread = calendarfile::parse(written, &error);
        QVERIFY2(reread.has_value(), qPrintable(error));
        QCOMPARE(QJsonDocument(calendarfile::toJson(*reread)).toJson(), written);
        for (QDate d(2025, 1, 1); d < QDate(2027, 1, 1); d = d.addDays(1)) {
            QCOMPARE(reread->hoursOn(d), original->hoursOn(d));
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "testworkingcalendar.moc"

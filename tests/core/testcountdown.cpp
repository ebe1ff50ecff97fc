#include "core/countdown.h"
#include "core/translations.h"
#include "core/workingcalendar.h"

#include <QTest>
#include <QTimeZone>

using namespace ioc::core;
using namespace Qt::StringLiterals;

// Countdown texts in Vietnamese and English, for working and calendar time, including overrun.
class TestCountdown final : public QObject
{
    Q_OBJECT

private slots:
    void texts_data()
    {
        QTest::addColumn<bool>("working");
        QTest::addColumn<qint64>("remaining");
        QTest::addColumn<qint64>("overrun");
        QTest::addColumn<QString>("vietnamese");
        QTest::addColumn<QString>("english");
        QTest::newRow("45 min") << true << qint64(45 * 60 + 20) << qint64(0) << u"còn 45 phút"_s << u"45 min left"_s;
        QTest::newRow("2 wd 3 wh") << true << qint64((2 * 8 + 3) * 3600 + 59) << qint64(0) << u"còn 2 ngày 3 giờ"_s
                                   << u"2 d 3 h left"_s;
        QTest::newRow("1 wd exactly") << true << qint64(8 * 3600) << qint64(0) << u"còn 1 ngày"_s << u"1 d left"_s;
        QTest::newRow("48 h calendar") << false << qint64(47 * 3600 + 30 * 60) << qint64(0) << u"còn 1 ngày 23 giờ"_s
                                       << u"1 d 23 h left"_s;
        QTest::newRow("seconds") << true << qint64(30) << qint64(0) << u"còn dưới 1 phút"_s
                                 << u"less than a minute left"_s;
        QTest::newRow("overrun") << true << qint64(0) << qint64(70 * 60) << u"quá hạn 1 giờ 10 phút"_s
                                 << u"1 h 10 min overdue"_s;
        QTest::newRow("overrun days") << false << qint64(0) << qint64(3 * 86400 + 2 * 3600) << u"quá hạn 3 ngày 2 giờ"_s
                                      << u"3 d 2 h overdue"_s;
        QTest::newRow("just due") << true << qint64(0) << qint64(0) << u"đến hạn"_s << u"due now"_s;
    }

    void texts()
    {
        QFETCH(bool, working);
        QFETCH(qint64, remaining);
        QFETCH(qint64, overrun);
        QFETCH(QString, vietnamese);
        QFETCH(QString, english);
        ClockReading reading;
        reading.workingTime = working;
        reading.totalSeconds = 10 * 3600;
        reading.remainingSeconds = remaining;
        reading.overrunSeconds = overrun;
        reading.overdue = remaining == 0;
        Translations translations;
        QVERIFY(translations.setLanguage(Language::Vietnamese));
        QCOMPARE(formatCountdown(reading, 480), vietnamese);
        QVERIFY(translations.setLanguage(Language::English));
        QCOMPARE(formatCountdown(reading, 480), english);
    }

    void pressureFollowsTheShareLeft()
    {
        ClockReading reading;
        reading.totalSeconds = 100;
        reading.remainingSeconds = 60;
        QCOMPARE(pressureOf(reading), Pressure::Calm);
        reading.remainingSeconds = 30;
        QCOMPARE(pressureOf(reading), Pressure::Watch);
        reading.remainingSeconds = 10;
        QCOMPARE(pressureOf(reading), Pressure::Hurry);
        reading.remainingSeconds = 0;
        reading.overdue = true;
        QCOMPARE(pressureOf(reading), Pressure::Overdue);
    }

    void aRealClockOverAWeekend()
    {
        // Friday 16:30, 1 working hour (offices close at 17:00): due Monday 07:30; on Saturday
        // noon 30 working minutes are left, however long the weekend.
        const WorkingCalendar calendar;
        const QDateTime start(QDate(2026, 11, 27), QTime(9, 30), QTimeZone::utc()); // 16:30 in Vietnam
        const QDateTime due = calendar.addWorkingSeconds(start, 3600);
        const QDateTime saturday(QDate(2026, 11, 28), QTime(5, 0), QTimeZone::utc());
        const ClockReading reading = readClock(start, due, saturday, true, calendar);
        Translations translations;
        QVERIFY(translations.setLanguage(Language::Vietnamese));
        QCOMPARE(formatCountdown(reading, calendar.workingDayMinutes()), u"còn 30 phút"_s);
    }
};

QTEST_GUILESS_MAIN(TestCountdown)
#include "testcountdown.moc"

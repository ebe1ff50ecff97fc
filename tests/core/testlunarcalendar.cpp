#include "core/lunarcalendar.h"

#include <QTest>

using ioc::core::LunarDate;
namespace lunar = ioc::core::lunar;

class TestLunarCalendar final : public QObject
{
    Q_OBJECT

private slots:
    void tetDates_data()
    {
        QTest::addColumn<int>("lunarYear");
        QTest::addColumn<QDate>("tet");
        // Tết Nguyên Đán as celebrated in Vietnam.
        QTest::newRow("1968: a day before China") << 1968 << QDate(1968, 1, 29);
        QTest::newRow("1985: a month before China") << 1985 << QDate(1985, 1, 21);
        QTest::newRow("2007: a day before China") << 2007 << QDate(2007, 2, 17);
        QTest::newRow("2020") << 2020 << QDate(2020, 1, 25);
        QTest::newRow("2021") << 2021 << QDate(2021, 2, 12);
        QTest::newRow("2022") << 2022 << QDate(2022, 2, 1);
        QTest::newRow("2023") << 2023 << QDate(2023, 1, 22);
        QTest::newRow("2024") << 2024 << QDate(2024, 2, 10);
        QTest::newRow("2025") << 2025 << QDate(2025, 1, 29);
        QTest::newRow("2026") << 2026 << QDate(2026, 2, 17);
        QTest::newRow("2027") << 2027 << QDate(2027, 2, 6);
        QTest::newRow("2030: a day before China") << 2030 << QDate(2030, 2, 2);
    }

    void tetDates()
    {
        QFETCH(int, lunarYear);
        QFETCH(QDate, tet);
        QCOMPARE(lunar::toSolar({lunarYear, 1, 1, false}), tet);
        QCOMPARE(lunar::fromSolar(tet), (LunarDate{lunarYear, 1, 1, false}));
        // The day before Tết is the last day of the previous lunar year, month 12.
        const LunarDate eve = lunar::fromSolar(tet.addDays(-1));
        QCOMPARE(eve.year, lunarYear - 1);
        QCOMPARE(eve.month, 12);
        QVERIFY(eve.day == 29 || eve.day == 30);
    }

    void hungKingsDay_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("solar");
        QTest::newRow("2023") << 2023 << QDate(2023, 4, 29);
        QTest::newRow("2024") << 2024 << QDate(2024, 4, 18);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 7);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 26);
    }

    void hungKingsDay()
    {
        QFETCH(int, year);
        QFETCH(QDate, solar);
        QCOMPARE(lunar::toSolar({year, 3, 10, false}), solar);
    }

    void leapMonths_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("leap");
        QTest::newRow("2006") << 2006 << 7;
        QTest::newRow("2012") << 2012 << 4;
        QTest::newRow("2014") << 2014 << 9;
        QTest::newRow("2017") << 2017 << 6;
        QTest::newRow("2020") << 2020 << 4;
        QTest::newRow("2023") << 2023 << 2;
        QTest::newRow("2024 has none") << 2024 << 0;
        QTest::newRow("2025") << 2025 << 6;
        QTest::newRow("2028") << 2028 << 5;
    }

    void leapMonths()
    {
        QFETCH(int, year);
        QFETCH(int, leap);
        QCOMPARE(lunar::leapMonth(year), leap);
    }

    void leapMonthDates()
    {
        // 2023 had a leap 2nd month: 2 (leap) began on 22 March 2023, month 3 on 20 April.
        QCOMPARE(lunar::toSolar({2023, 2, 1, true}), QDate(2023, 3, 22));
        QCOMPARE(lunar::fromSolar(QDate(2023, 3, 22)), (LunarDate{2023, 2, 1, true}));
        QCOMPARE(lunar::toSolar({2023, 3, 1, false}), QDate(2023, 4, 20));
        QCOMPARE(lunar::fromSolar(QDate(2023, 2, 20)), (LunarDate{2023, 2, 1, false}));
        QCOMPARE(lunar::toString(lunar::fromSolar(QDate(2023, 4, 1))), QStringLiteral("2023-02-11 leap"));
    }

    void impossibleDatesAreRefused()
    {
        QVERIFY(!lunar::toSolar({2024, 5, 1, true}).has_value()); // 2024 has no leap month
        QVERIFY(!lunar::toSolar({2023, 3, 1, true}).has_value()); // 2023's leap month is the 2nd
        QVERIFY(!lunar::toSolar({2024, 13, 1, false}).has_value());
        QVERIFY(!lunar::toSolar({2024, 1, 0, false}).has_value());
        QVERIFY(!lunar::toSolar({2024, 1, 31, false}).has_value());
        // Find a 29-day month and check day 30 does not exist.
        int month = 1;
        while (lunar::monthLength(2024, month, false) != 29) {
            ++month;
        }
        QVERIFY(!lunar::toSolar({2024, month, 30, false}).has_value());
        QVERIFY(lunar::toSolar({2024, month, 29, false}).has_value());
    }

    void roundTripOver1900To2100()
    {
        const QDate first(1900, 2, 1);
        const QDate last(2100, 12, 31);
        LunarDate previous = lunar::fromSolar(first.addDays(-1));
        int leapMonthsSeen = 0;
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            const LunarDate l = lunar::fromSolar(d);
            const auto back = lunar::toSolar(l);
            if (back != d) {
                QFAIL(qPrintable(QStringLiteral("%1 -> %2 -> %3")
                                     .arg(d.toString(Qt::ISODate), lunar::toString(l),
                                          back ? back->toString(Qt::ISODate) : QStringLiteral("none"))));
            }
            // Consecutive days: the day increments, or a new month starts at day 1.
            if (l.day != previous.day + 1) {
                QCOMPARE(l.day, 1);
                QVERIFY(previous.day == 29 || previous.day == 30);
                if (l.leap) {
                    ++leapMonthsSeen;
                }
            }
            previous = l;
        }
        // About 7 leap months every 19 years.
        QVERIFY2(leapMonthsSeen >= 72 && leapMonthsSeen <= 76, qPrintable(QString::number(leapMonthsSeen)));
    }
};

QTEST_GUILESS_MAIN(TestLunarCalendar)
#include "testlunarcalendar.moc"

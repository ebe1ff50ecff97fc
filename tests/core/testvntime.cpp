#include "core/vntime.h"

#include <QTest>
#include <QTimeZone>

using namespace ioc::core;
using namespace Qt::StringLiterals;

class TestVnTime final : public QObject
{
    Q_OBJECT

private slots:
    void parsingWithoutOffsetMeansVietnam()
    {
        const auto t = vntime::parseIso8601(u"2026-11-28T08:00");
        QVERIFY(t.has_value());
        QCOMPARE(*t, QDateTime(QDate(2026, 11, 28), QTime(1, 0), QTimeZone::utc()));
        QCOMPARE(*vntime::parseIso8601(u"2026-11-28T08:00:00+07:00"), *t);
        QCOMPARE(*vntime::parseIso8601(u"2026-11-28T01:00:00Z"), *t);
        QCOMPARE(*vntime::parseIso8601(u"2026-11-28T03:00:00+0200"), *t);
        QCOMPARE(*vntime::parseIso8601(u"2026-11-28 08:00:00.250"), t->addMSecs(250));
    }

    void malformedTextIsRefused()
    {
        for (const char *bad : {"", "2026-11-28", "28/11/2026 08:00", "2026-13-01T00:00", "2026-02-30T00:00",
                                "2026-11-28T24:30", "2026-11-28T08:00+25:00", "2026-11-28T08:00 UTC"}) {
            QVERIFY2(!vntime::parseIso8601(QString::fromLatin1(bad)).has_value(), bad);
        }
    }

    void formattingAlwaysShowsPlusSeven()
    {
        const QDateTime t(QDate(2026, 12, 31), QTime(18, 30), QTimeZone::utc());
        QCOMPARE(vntime::toIso8601(t), u"2027-01-01T01:30:00+07:00"_s);
        QCOMPARE(vntime::localDate(t), QDate(2027, 1, 1));
        QCOMPARE(vntime::localTime(t), QTime(1, 30));
        QCOMPARE(vntime::fromLocal(QDate(2027, 1, 1), QTime(1, 30)), t);
    }

    void independentOfTheMachineTimeZone()
    {
        qputenv("TZ", "America/New_York");
        const QDateTime t = *vntime::parseIso8601(u"2026-03-08T07:00"); // a DST switch day in New York
        QCOMPARE(vntime::localTime(t), QTime(7, 0));
        QCOMPARE(vntime::toIso8601(t), u"2026-03-08T07:00:00+07:00"_s);
        qunsetenv("TZ");
    }
};

QTEST_GUILESS_MAIN(TestVnTime)
#include "testvntime.moc"

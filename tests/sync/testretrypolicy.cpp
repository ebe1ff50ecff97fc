#include "sync/clockoffset.h"
#include "sync/retrypolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace ioc::sync;
using namespace std::chrono_literals;

// Backoff with full jitter, Retry-After within the cap, and the server clock offset narrowed
// down from whole-second Date headers.
class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void fullJitterGrowsToTheCap()
    {
        const RetryPolicy policy(500ms, 60s);
        QCOMPARE(policy.delay(0, 0.0), 0ms);
        QCOMPARE(policy.delay(0, 0.999).count(), 499);
        QCOMPARE(policy.delay(3, 0.5), 2000ms); // 500 · 2³ · ½
        QCOMPARE(policy.delay(30, 0.5), 30s);   // capped at 60 s before the jitter
        QCOMPARE(policy.delay(1000, 1.0), 60s);
    }

    void retryAfterIsHonouredUpToTheCap()
    {
        const RetryPolicy policy(500ms, 60s);
        QCOMPARE(policy.delay(0, 0.1, 20s), 20s);
        QCOMPARE(policy.delay(0, 0.1, 3600s), 60s);
        const QDateTime now(QDate(2026, 11, 28), QTime(8, 0, 0), QTimeZone::utc());
        QCOMPARE(RetryPolicy::parseRetryAfter("120", now), std::optional(120s));
        QCOMPARE(RetryPolicy::parseRetryAfter("Sat, 28 Nov 2026 08:01:30 GMT", now), std::optional(90s));
        QCOMPARE(RetryPolicy::parseRetryAfter("Sat, 28 Nov 2026 07:00:00 GMT", now), std::optional(0s));
        QVERIFY(!RetryPolicy::parseRetryAfter("soon", now));
        QVERIFY(!RetryPolicy::parseRetryAfter("-5", now));
        QVERIFY(!RetryPolicy::parseRetryAfter("", now));
    }

    void clockOffsetNarrowsDown()
    {
        // The server is 2.3 s ahead; answers come back within 40 ms, at various moments.
        ClockOffset clock;
        QVERIFY(!clock.isKnown());
        const QDateTime start(QDate(2026, 11, 28), QTime(8, 0, 0), QTimeZone::utc());
        for (int i = 0; i < 40; ++i) {
            const QDateTime sent = start.addMSecs(i * 737);
            const QDateTime received = sent.addMSecs(40);
            const QDateTime serverAtMiddle = sent.addMSecs(20 + 2300);
            // Date: the server's time truncated to the second.
            const QDateTime date = QDateTime::fromSecsSinceEpoch(serverAtMiddle.toSecsSinceEpoch(), QTimeZone::utc());
            clock.addSample(date, sent, received);
        }
        QVERIFY(clock.isKnown());
        QVERIFY2(qAbs(clock.offsetMs() - 2300) <= 40, qPrintable(QString::number(clock.offsetMs())));
        QVERIFY2(clock.uncertaintyMs() <= 60, qPrintable(QString::number(clock.uncertaintyMs())));
        // The server's clock was set back by a minute: the offset follows.
        const QDateTime later = start.addSecs(3600);
        const QDateTime date = QDateTime::fromSecsSinceEpoch(later.addSecs(-60).toSecsSinceEpoch(), QTimeZone::utc());
        clock.addSample(date, later, later.addMSecs(10));
        QVERIFY(clock.offsetMs() < -59000 && clock.offsetMs() > -61000);
        // Nonsense is ignored.
        clock.addSample(QDateTime(), later, later);
        QVERIFY(clock.offsetMs() < -59000);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "testretrypolicy.moc"

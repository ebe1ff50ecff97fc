#include "core/totp.h"

#include <QTest>
#include <QTimeZone>

using namespace ioc::core;
using namespace Qt::StringLiterals;

// One-time codes against the published test vectors of RFC 6238 (Appendix B, HMAC-SHA1, the
// 20-byte ASCII secret "12345678901234567890", 8 digits) and RFC 4226 (Appendix D, 6 digits).
class TestTotp final : public QObject
{
    Q_OBJECT

private slots:
    void rfc6238Vectors_data()
    {
        QTest::addColumn<qint64>("unixTime");
        QTest::addColumn<QString>("code");
        QTest::newRow("59") << qint64(59) << u"94287082"_s;
        QTest::newRow("1111111109") << qint64(1111111109) << u"07081804"_s;
        QTest::newRow("1111111111") << qint64(1111111111) << u"14050471"_s;
        QTest::newRow("1234567890") << qint64(1234567890) << u"89005924"_s;
        QTest::newRow("2000000000") << qint64(2000000000) << u"69279037"_s;
        QTest::newRow("20000000000") << qint64(20000000000) << u"65353130"_s;
    }

    void rfc6238Vectors()
    {
        QFETCH(qint64, unixTime);
        QFETCH(QString, code);
        const QDateTime at = QDateTime::fromSecsSinceEpoch(unixTime, QTimeZone::utc());
        QCOMPARE(totp::hotp("12345678901234567890", totp::stepAt(at), 8), code);
    }

    void rfc4226Vectors()
    {
        const QStringList expected{u"755224"_s, u"287082"_s, u"359152"_s, u"969429"_s, u"338314"_s,
                                   u"254676"_s, u"287922"_s, u"162583"_s, u"399871"_s, u"520489"_s};
        for (int counter = 0; counter < expected.size(); ++counter) {
            QCOMPARE(totp::hotp("12345678901234567890", counter), expected.at(counter));
        }
    }

    // ±1 step is accepted (clocks drift, people type slowly); two steps away is not.
    void theWindowIsOneStep()
    {
        const QByteArray secret = "12345678901234567890";
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1111111111, QTimeZone::utc());
        const qint64 step = totp::stepAt(now);
        QCOMPARE(totp::matchingStep(secret, totp::hotp(secret, step), now), step);
        QCOMPARE(totp::matchingStep(secret, totp::hotp(secret, step - 1), now), step - 1);
        QCOMPARE(totp::matchingStep(secret, totp::hotp(secret, step + 1), now), step + 1);
        QVERIFY(!totp::matchingStep(secret, totp::hotp(secret, step + 2), now));
        QVERIFY(!totp::matchingStep(secret, totp::hotp(secret, step - 2), now));
        QVERIFY(!totp::matchingStep(secret, u"12345"_s, now));
        QVERIFY(!totp::matchingStep({}, totp::hotp(secret, step), now));
    }

    void base32RoundTrips()
    {
        QCOMPARE(totp::toBase32("12345678901234567890"), u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s);
        QCOMPARE(totp::toBase32("f"), u"MY"_s); // RFC 4648 §10, unpadded
        QCOMPARE(totp::toBase32("foobar"), u"MZXW6YTBOI"_s);
        QCOMPARE(totp::fromBase32(u"mzxw6ytboi"_s).value(), QByteArray("foobar"));
        QCOMPARE(totp::fromBase32(u"MZXW 6YTB OI======"_s).value(), QByteArray("foobar"));
        QVERIFY(!totp::fromBase32(u"MZXW1"_s)); // 1 is not base32
        const QByteArray secret = totp::newSecret();
        QCOMPARE(secret.size(), 20);
        QCOMPARE(totp::fromBase32(totp::toBase32(secret)).value(), secret);
        QVERIFY(totp::newSecret() != secret);
    }

    void theUriIsWhatAuthenticatorsRead()
    {
        QCOMPARE(totp::uri("12345678901234567890", u"IOC Quảng Trị"_s, u"truc ban"_s),
                 u"otpauth://totp/IOC%20Qu%E1%BA%A3ng%20Tr%E1%BB%8B:truc%20ban?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                 "&issuer=IOC%20Qu%E1%BA%A3ng%20Tr%E1%BB%8B&algorithm=SHA1&digits=6&period=30"_s);
    }

    void recoveryCodes()
    {
        const QStringList codes = totp::newRecoveryCodes();
        QCOMPARE(codes.size(), 10);
        for (const QString &code : codes) {
            QCOMPARE(code.size(), 11);
            QCOMPARE(code.at(5), u'-');
            QVERIFY(totp::looksLikeRecoveryCode(code));
            QCOMPARE(totp::normalisedRecoveryCode(code.toUpper().remove(u'-')), QString(code).remove(u'-'));
            QVERIFY(!code.contains(u'0') && !code.contains(u'o') && !code.contains(u'1') && !code.contains(u'l'));
        }
        QVERIFY(!totp::looksLikeRecoveryCode(u"123456"_s)); // a one-time code is not one
        QVERIFY(!totp::looksLikeRecoveryCode(u"abcde-fghi"_s));
        QVERIFY(!totp::looksLikeRecoveryCode(u"abcde-fghiô"_s));
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "testtotp.moc"

#include "mediafetcher.h"
#include "open311requests.h"

#include <QHostAddress>
#include <QTest>

using namespace ioc;
using namespace Qt::StringLiterals;

// The Open311 interface's parts that need no server: which addresses a media_url may be fetched
// from, how a form is read, when two requests are the same one.
class TestOpen311Parts final : public QObject
{
    Q_OBJECT

private slots:
    void onlyPublicAddressesAreFetched_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("isPublic");
        QTest::newRow("Google DNS") << u"8.8.8.8"_s << true;
        QTest::newRow("a VNPT address") << u"113.160.1.1"_s << true;
        QTest::newRow("just outside 172.16/12") << u"172.32.0.1"_s << true;
        QTest::newRow("this host") << u"0.0.0.0"_s << false;
        QTest::newRow("loopback") << u"127.0.0.1"_s << false;
        QTest::newRow("loopback, far") << u"127.255.1.2"_s << false;
        QTest::newRow("10/8") << u"10.20.30.40"_s << false;
        QTest::newRow("172.16/12") << u"172.31.255.255"_s << false;
        QTest::newRow("192.168/16") << u"192.168.1.1"_s << false;
        QTest::newRow("shared (CGNAT)") << u"100.64.0.1"_s << false;
        QTest::newRow("cloud metadata") << u"169.254.169.254"_s << false;
        QTest::newRow("documentation") << u"203.0.113.7"_s << false;
        QTest::newRow("benchmarking") << u"198.18.0.1"_s << false;
        QTest::newRow("multicast") << u"224.0.0.1"_s << false;
        QTest::newRow("broadcast") << u"255.255.255.255"_s << false;
        QTest::newRow("IPv6 public") << u"2001:4860:4860::8888"_s << true;
        QTest::newRow("IPv6 loopback") << u"::1"_s << false;
        QTest::newRow("IPv6 unspecified") << u"::"_s << false;
        QTest::newRow("IPv6 link-local") << u"fe80::1"_s << false;
        QTest::newRow("IPv6 unique local") << u"fd12:3456::1"_s << false;
        QTest::newRow("IPv6 documentation") << u"2001:db8::1"_s << false;
        QTest::newRow("IPv6 multicast") << u"ff02::1"_s << false;
        QTest::newRow("IPv4-mapped loopback") << u"::ffff:127.0.0.1"_s << false;
        QTest::newRow("IPv4-mapped private") << u"::ffff:192.168.0.10"_s << false;
        QTest::newRow("IPv4-mapped public") << u"::ffff:8.8.4.4"_s << true;
        QTest::newRow("NAT64 of a private address") << u"64:ff9b::10.0.0.1"_s << false;
        QTest::newRow("NAT64 of a public address") << u"64:ff9b::8.8.8.8"_s << true;
    }

    void onlyPublicAddressesAreFetched()
    {
        QFETCH(QString, address);
        QFETCH(bool, isPublic);
        const QHostAddress parsed(address);
        QVERIFY(!parsed.isNull());
        QCOMPARE(server::MediaFetcher::isPublic(parsed), isPublic);
    }

    void formsAreReadAsBrowsersWriteThem()
    {
        const server::open311::Fields fields = server::open311::fieldsOf(
            QUrlQuery(u"api_key=k1&status=open"_s),
            "description=%E1%BB%94+g%C3%A0+l%E1%BB%9Bn&attribute%5Bcitizen_id%5D=045190001234&lat=16.8&api_key=k2&"
            "plus=a%2Bb&empty=&flag");
        QCOMPARE(fields.value(u"description"_s), u"Ổ gà lớn"_s); // '+' is a space
        QCOMPARE(fields.value(u"attribute[citizen_id]"_s), u"045190001234"_s);
        QCOMPARE(fields.value(u"plus"_s), u"a+b"_s);   // an encoded '+' is one
        QCOMPARE(fields.value(u"api_key"_s), u"k2"_s); // the form after the query
        QCOMPARE(fields.value(u"status"_s), u"open"_s);
        QVERIFY(fields.contains(u"empty"_s) && fields.contains(u"flag"_s));
    }

    void theSameRequestByItsContent()
    {
        const auto key = [](const QString &lat, const QString &description, const QString &name = {}) {
            return server::open311::sameRequestKey(u"system-1"_s, {{u"service_code"_s, u"road"_s},
                                                                   {u"lat"_s, lat},
                                                                   {u"long"_s, u"107.1"_s},
                                                                   {u"description"_s, description},
                                                                   {u"first_name"_s, name}});
        };
        const QString first = key(u"16.8165001"_s, u"Ổ gà  lớn"_s);
        QCOMPARE(key(u"16.8165004"_s, u" Ổ gà lớn\n"_s, u"An"_s), first); // six decimals, white space folded
        QVERIFY(key(u"16.8165011"_s, u"Ổ gà lớn"_s) != first);            // another place
        QVERIFY(key(u"16.8165001"_s, u"Ổ gà nhỏ"_s) != first);            // another description
        QVERIFY(server::open311::sameRequestKey(u"system-2"_s, {{u"service_code"_s, u"road"_s},
                                                                {u"lat"_s, u"16.8165001"_s},
                                                                {u"long"_s, u"107.1"_s},
                                                                {u"description"_s, u"Ổ gà lớn"_s}}) != first);
    }
};

QTEST_GUILESS_MAIN(TestOpen311Parts)
#include "testopen311parts.moc"

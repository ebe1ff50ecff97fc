#include "serverdatabase.h"
#include "support/manualclock.h"
#include "support/testserver.h"
#include "userstore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ioc;
using namespace Qt::StringLiterals;

namespace {

test::HttpResponse signIn(test::HttpClient &client, const QString &username, const QString &password,
                          const QByteArray &forwardedFor = {})
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!forwardedFor.isEmpty()) {
        headers.append({"X-Forwarded-For", forwardedFor});
    }
    return client.post(u"/v1/auth/token"_s, test::toJson({{u"username"_s, username}, {u"password"_s, password}}), {},
                       headers);
}

} // namespace

// Attacks on sign-in and registration (tests/security), against the real server over TLS: guesses
// in parallel, across user names, behind a proxy and with a forged X-Forwarded-For.
class TestSignInAttacks final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::TestServer::Options options;
        options.extraArguments = {u"--demo-reports"_s, u"3"_s, u"--trusted-proxy"_s, u"127.0.0.0/8"_s};
        m_server = std::make_unique<test::TestServer>(options);
        m_server->start();
    }

    // Twenty wrong passwords sent at once: each is counted before its slow hash, so at most five
    // are checked and the rest wait. (Before, all twenty got 401 before the first 429.)
    void parallelGuessesAreCountedFirst()
    {
        std::vector<std::unique_ptr<test::HttpClient>> clients;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 20; ++i) {
            clients.push_back(std::make_unique<test::HttpClient>(m_server->url())); // a connection each
            replies.append(clients.back()->send(
                "POST", u"/v1/auth/token"_s,
                test::toJson({{u"username"_s, u"lanhdao1"_s}, {u"password"_s, u"doan-%1"_s.arg(i)}}), {},
                {{"X-Forwarded-For", "198.51.100.20"}}));
        }
        int checked = 0;
        int waited = 0;
        for (QNetworkReply *reply : replies) {
            const test::HttpResponse response = test::HttpClient::wait(reply);
            checked += response.status == 401 ? 1 : 0;
            waited += response.status == 429 ? 1 : 0;
        }
        QVERIFY2(checked <= 5, qPrintable(u"%1 guesses were checked"_s.arg(checked)));
        QCOMPARE(checked + waited, 20);
        // The right password waits too, from any address.
        test::HttpClient client(m_server->url());
        QCOMPARE(signIn(client, u"lanhdao1"_s, u"demo"_s, "198.51.100.21").status, 429);
    }

    void longUserNamesAreRefused()
    {
        test::HttpClient client(m_server->url());
        const test::HttpResponse tooLong = signIn(client, QString(65, u'a'), u"demo"_s, "198.51.100.30");
        QCOMPARE(tooLong.status, 400);
        QCOMPARE(tooLong.errorCode(), u"invalid_value"_s);
        QCOMPARE(signIn(client, QString(64, u'a'), u"demo"_s, "198.51.100.30").status, 401);
    }

    // Guesses spread over many user names from one address: the address's own count stops them
    // at the 30th. Another address is not affected, and a forged left part of X-Forwarded-For
    // does not get the blocked client out.
    void guessesAcrossUserNamesAreCountedPerAddress()
    {
        test::HttpClient client(m_server->url());
        for (int i = 0; i < 30; ++i) {
            QCOMPARE(signIn(client, u"khong-co-%1"_s.arg(i), u"doan"_s, "198.51.100.40").status, 401);
        }
        const test::HttpResponse blocked = signIn(client, u"truc1"_s, u"demo"_s, "198.51.100.40");
        QCOMPARE(blocked.status, 429);
        QVERIFY(blocked.headers.value("retry-after").toInt() >= 55);
        QCOMPARE(signIn(client, u"truc1"_s, u"demo"_s, "203.0.113.9, 198.51.100.40").status, 429);
        QCOMPARE(signIn(client, u"truc1"_s, u"demo"_s, "198.51.100.41").status, 200);
    }

    // Without --trusted-proxy the header proves nothing: the connection's address counts.
    void forwardedForIsIgnoredFromUntrustedPeers()
    {
        test::TestServer::Options options;
        options.extraArguments = {u"--demo-reports"_s, u"3"_s};
        test::TestServer plain(options);
        plain.start();
        test::HttpClient client(plain.url());
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(signIn(client, u"xuly1"_s, u"doan"_s, "198.51.100." + QByteArray::number(i)).status, 401);
        }
        QCOMPARE(signIn(client, u"xuly1"_s, u"demo"_s, "198.51.100.99").status, 429);
    }

    // Registrations from one address: the 20th in an hour starts a wait (409 tells a name is
    // taken; this keeps it from listing accounts at scale).
    void registrationsArePacedPerAddress()
    {
        test::HttpClient client(m_server->url());
        const auto registerAs = [&](const QString &username, const QByteArray &address) {
            return client.post(u"/v1/citizen/accounts"_s,
                               test::toJson({{u"username"_s, username}, {u"password"_s, u"mat-khau-dai"_s}}), {},
                               {{"X-Forwarded-For", address}});
        };
        QCOMPARE(registerAs(u"congdan1"_s, "198.51.100.50").status, 409);
        for (int i = 1; i < 20; ++i) {
            const test::HttpResponse registered = registerAs(u"dangky-%1"_s.arg(i), "198.51.100.50");
            // (Status 0: no answer; the network error says why. Seen once in a full run, not reproduced.)
            QVERIFY2(registered.status == 201,
                     qPrintable(u"%1 at %2: %3 %4"_s.arg(registered.status)
                                    .arg(i)
                                    .arg(registered.errorString, QString::fromUtf8(registered.body))));
        }
        const test::HttpResponse paced = registerAs(u"dangky-20"_s, "198.51.100.50");
        QCOMPARE(paced.status, 429);
        QCOMPARE(paced.errorCode(), u"too_many_registrations"_s);
        QVERIFY(paced.headers.value("retry-after").toInt() > 0);
        QCOMPARE(registerAs(u"dangky-21"_s, "198.51.100.51").status, 201);
    }

    // Counts untouched for a day are forgotten; a quiet hour starts a count again.
    void countsArePruned()
    {
        if (test::PostgresCluster::inUse()) {
            QSKIP("the store on the embedded database; its SQL runs on PostgreSQL in the tests above");
        }
        QTemporaryDir dir;
        QString error;
        auto db = server::ServerDatabase::openEmbedded(dir.path(), {}, &error);
        QVERIFY2(db, qPrintable(error));
        test::ManualClock clock(QDateTime(QDate(2026, 12, 3), QTime(8, 0), QTimeZone::utc()));
        server::UserStore users(*db, clock);
        const auto rows = [&] {
            server::Sql sql(*db);
            return sql.exec(u"SELECT count(*) FROM sign_in_throttle"_s) && sql.next() ? sql.value(0).toInt() : -1;
        };
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(users.reserveSignIn(u"truc1"_s, u"192.0.2.1"_s), 0);
        }
        QCOMPARE(rows(), 2); // the user name's and the address's
        clock.advanceSecs(3601);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(users.reserveSignIn(u"truc1"_s, u"192.0.2.1"_s), 0); // counting again from 1
        }
        QVERIFY(users.reserveSignIn(u"truc1"_s, u"192.0.2.1"_s) == 0); // the 5th goes ahead…
        QVERIFY(users.reserveSignIn(u"truc1"_s, u"192.0.2.1"_s) > 0);  // …and the next waits
        clock.advanceSecs(25 * 3600);
        QCOMPARE(users.reserveSignIn(u"giamsat1"_s, u"192.0.2.2"_s), 0);
        QCOMPARE(rows(), 2); // the day-old ones are gone
    }

private:
    std::unique_ptr<test::TestServer> m_server;
};

QTEST_GUILESS_MAIN(TestSignInAttacks)
#include "testsigninattacks.moc"

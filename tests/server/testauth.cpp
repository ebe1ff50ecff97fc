#include "support/testserver.h"

#include <QTest>

using namespace ioc;
using namespace Qt::StringLiterals;

class TestAuth final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_server.start(); }

    void signInGivesTokensAndTheUser()
    {
        test::HttpClient client(m_server.url());
        const auto response = login(client, u"truc1"_s, u"demo"_s);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json.value(u"token_type"_s).toString(), u"Bearer"_s);
        QVERIFY(response.json.value(u"expires_in"_s).toInt() > 60);
        QCOMPARE(response.json.value(u"user"_s).toObject().value(u"role"_s).toString(), u"duty_officer"_s);
        const QByteArray token = response.json.value(u"access_token"_s).toString().toLatin1();
        QCOMPARE(client.get(u"/v1/me"_s, token).json.value(u"user"_s).toObject().value(u"username"_s).toString(),
                 u"truc1"_s);
    }

    void wrongCredentials()
    {
        test::HttpClient client(m_server.url());
        for (const auto &[user, password] : {std::pair{u"truc1"_s, u"sai"_s}, std::pair{u"khong-co"_s, u"demo"_s}}) {
            const auto response = login(client, user, password);
            QCOMPARE(response.status, 401);
            QCOMPARE(response.errorCode(), u"invalid_credentials"_s);
            QVERIFY(!response.json.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
            QVERIFY(!response.json.value(u"error"_s).toObject().value(u"message_en"_s).toString().isEmpty());
        }
        QCOMPARE(client.post(u"/v1/auth/token"_s, "{\"username\": 1}").status, 400);
        QCOMPARE(client.post(u"/v1/auth/token"_s, "nope").errorCode(), u"invalid_json"_s);
    }

    void throttlingStartsAtTheFifthFailureNeverOnSuccess()
    {
        test::HttpClient client(m_server.url());
        // Many successful sign-ins in a row are never throttled.
        for (int i = 0; i < 12; ++i) {
            QCOMPARE(login(client, u"giamsat1"_s, u"demo"_s).status, 200);
        }
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(login(client, u"lanhdao1"_s, u"sai"_s).status, 401);
        }
        QCOMPARE(login(client, u"lanhdao1"_s, u"demo"_s).status, 200); // success clears the count
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(login(client, u"lanhdao1"_s, u"sai"_s).status, 401);
        }
        // Now even the right password waits.
        const auto throttled = login(client, u"lanhdao1"_s, u"demo"_s);
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.errorCode(), u"too_many_attempts"_s);
        QVERIFY(throttled.headers.value("retry-after").toInt() > 0);
        // Other users are not affected.
        QCOMPARE(login(client, u"xuly1"_s, u"demo"_s).status, 200);
    }

    void tokensAreNeededAndRevocable()
    {
        test::HttpClient client(m_server.url());
        QCOMPARE(client.get(u"/v1/changes"_s).status, 401);
        QCOMPARE(client.get(u"/v1/changes"_s).errorCode(), u"unauthorized"_s);
        QCOMPARE(client.get(u"/v1/changes"_s, "not-a-token").errorCode(), u"token_invalid"_s);
        const auto tokens = login(client, u"quantri"_s, u"demo"_s).json;
        const QByteArray access = tokens.value(u"access_token"_s).toString().toLatin1();
        const QString refresh = tokens.value(u"refresh_token"_s).toString();
        const auto refreshed = client.post(u"/v1/auth/refresh"_s, test::toJson({{u"refresh_token"_s, refresh}}));
        QCOMPARE(refreshed.status, 200);
        // The refresh token is rotated: the old one no longer works, nor the old access token.
        QCOMPARE(client.post(u"/v1/auth/refresh"_s, test::toJson({{u"refresh_token"_s, refresh}})).status, 401);
        QCOMPARE(client.get(u"/v1/me"_s, access).status, 401);
        const QByteArray newAccess = refreshed.json.value(u"access_token"_s).toString().toLatin1();
        QCOMPARE(client.get(u"/v1/me"_s, newAccess).status, 200);
        QCOMPARE(client.post(u"/v1/auth/logout"_s, {}, newAccess).status, 200);
        QCOMPARE(client.get(u"/v1/me"_s, newAccess).status, 401);
        QCOMPARE(client
                     .post(u"/v1/auth/refresh"_s,
                           test::toJson({{u"refresh_token"_s, refreshed.json.value(u"refresh_token"_s).toString()}}))
                     .status,
                 401);
    }

    void rolesGuardRoutes()
    {
        test::HttpClient client(m_server.url());
        const QByteArray citizen = client.login(u"congdan1"_s);
        QCOMPARE(client.get(u"/v1/changes"_s, citizen).status, 403);
        const QByteArray officer = client.login(u"truc1"_s);
        QCOMPARE(client.put(u"/v1/calendar"_s, "{\"version\": 1}", officer).status, 403);
        const QByteArray admin = client.login(u"quantri"_s);
        QCOMPARE(client.put(u"/v1/calendar"_s, "{\"version\": 1}", admin).status, 200);
        const auto bad =
            client.put(u"/v1/calendar"_s, "{\"version\": 1, \"weekly\": {\"mon\": [[\"9\", \"10\"]]}}", admin);
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.json.value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"weekly.mon[0]"_s));
    }

private:
    test::HttpResponse login(test::HttpClient &client, const QString &user, const QString &password)
    {
        return client.post(u"/v1/auth/token"_s, test::toJson({{u"username"_s, user}, {u"password"_s, password}}));
    }

    test::TestServer m_server;
};

QTEST_GUILESS_MAIN(TestAuth)
#include "testauth.moc"

#include "secretbox.h"
#include "support/apifixtures.h"
#include "support/hostprocess.h"
#include "support/testserver.h"
#include "zalo.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ioc;
using namespace Qt::StringLiterals;

// Zalo Official Account messages (docs/channels.md) from the real ioc-server to a stand-in of
// Zalo's OA API on loopback (tests/support/zalostandin.py: Zalo's documented request and answer
// shapes, real TLS with the test CA; it is not Zalo). A report that came by Zalo gets its
// replies on Zalo; the access token is renewed with a refresh token that works once, so the
// renewed pair must be kept, across a restart too; a token Zalo refuses is renewed and the
// message sent once; a user who does not follow the OA is given up; a refresh token Zalo no
// longer takes stops the channel with a reason the console can say. On both databases.
class TestZalo final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const auto &certificates = test::TestCertificates::instance();
        const QString standIn =
            QFileInfo(qEnvironmentVariable("IOC_TEST_DATA") + u"/../support/zalostandin.py"_s).absoluteFilePath();
        m_zalo.start(qEnvironmentVariable("IOC_PYTHON", u"python3"_s),
                     {standIn, certificates.certificateFile(), certificates.keyFile(), u"4318"_s, u"app-secret-5"_s,
                      u"seed-refresh-1"_s});
        QVERIFY2(m_zalo.waitForStarted(), qPrintable(m_zalo.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_zalo.canReadLine() || m_zalo.state() == QProcess::NotRunning, 10000);
        QVERIFY2(m_zalo.canReadLine(), m_zalo.readAllStandardError().constData());
        const QByteArray portLine = m_zalo.readLine().trimmed();
        QVERIFY2(portLine.startsWith("port "), portLine.constData());
        m_zaloBase = u"https://localhost:%1"_s.arg(QString::fromLatin1(portLine.mid(5)));

        QVERIFY(writeFile(u"zalo-secret"_s, "app-secret-5\n"));
        QVERIFY(writeFile(u"zalo-refresh"_s, "seed-refresh-1\n"));
        const QJsonObject zalo{{u"message_url"_s, QString(m_zaloBase + u"/v3.0/oa/message/cs"_s)},
                               {u"token_url"_s, QString(m_zaloBase + u"/v4/oa/access_token"_s)},
                               {u"app_id"_s, u"4318"_s},
                               {u"secret_key_file"_s, m_dir.filePath(u"zalo-secret"_s)},
                               {u"refresh_token_file"_s, m_dir.filePath(u"zalo-refresh"_s)},
                               {u"timeout_seconds"_s, 3},
                               {u"ca_file"_s, certificates.caFile()}};
        QVERIFY(writeFile(u"channels.json"_s, QJsonDocument(QJsonObject{{u"zalo"_s, zalo},
                                                                        {u"attempts"_s, 3},
                                                                        {u"retry_seconds"_s, QJsonArray{1}},
                                                                        {u"lease_seconds"_s, 4},
                                                                        {u"poll_ms"_s, 100}})
                                                  .toJson()));
        m_server = std::make_unique<test::TestServer>(
            test::TestServer::Options{true, {}, {u"--channels"_s, m_dir.filePath(u"channels.json"_s)}, {}, {}});
        m_server->start();
        connectClient();
    }

    void cleanupTestCase()
    {
        if (m_server) {
            m_server->stop();
        }
        m_zalo.kill();
        m_zalo.waitForFinished();
    }

    // The sealing of the tokens at rest: it opens with its key and context only, and a changed
    // byte does not open.
    void tokensAreSealed()
    {
        const server::SecretBox box(nullptr, "test 1");
        const QString sealed = box.seal("access-token-xyz", "zalo:access");
        QVERIFY(!sealed.contains(u"access-token-xyz"_s));
        QCOMPARE(box.open(sealed, "zalo:access"), std::optional<QByteArray>("access-token-xyz"));
        QVERIFY(box.seal("access-token-xyz", "zalo:access") != sealed); // a fresh nonce each time
        QVERIFY(!box.open(sealed, "zalo:refresh"));
        QVERIFY(!server::SecretBox(nullptr, "test 2").open(sealed, "zalo:access"));
        QByteArray raw = QByteArray::fromBase64(sealed.mid(2).toLatin1());
        raw[14] = char(raw.at(14) ^ 1);
        QVERIFY(!box.open(u"1:"_s + QString::fromLatin1(raw.toBase64()), "zalo:access"));
    }

    // What Zalo's answers mean: success; a refused token (renew, send again); its rate limit
    // (retry); a user who does not follow the OA (give up); no JSON (retry).
    void zalosAnswersAreJudged()
    {
        bool token = false;
        QVERIFY(server::ZaloSender::judgeAnswer(200, R"({"error":0,"message":"Success"})", &token).sent);
        auto outcome =
            server::ZaloSender::judgeAnswer(200, R"({"error":-216,"message":"Access token is invalid"})", &token);
        QVERIFY(token && !outcome.sent && outcome.retry);
        outcome =
            server::ZaloSender::judgeAnswer(200, R"({"error":-124,"message":"Access token has expired"})", &token);
        QVERIFY(token && outcome.retry);
        outcome = server::ZaloSender::judgeAnswer(200, R"({"error":-32,"message":"Rate limit"})", &token);
        QVERIFY(!token && outcome.retry);
        outcome = server::ZaloSender::judgeAnswer(200, R"({"error":-213,"message":"User has not followed"})", &token);
        QVERIFY(!token && !outcome.retry);
        QVERIFY(outcome.error.startsWith(u"zalo_error -213"_s));
        outcome = server::ZaloSender::judgeAnswer(200, "<html>", &token);
        QVERIFY(!token && outcome.retry);
        QVERIFY(server::ZaloSender::judgeAnswer(502, "", &token).retry);
        QVERIFY(!server::ZaloSender::judgeAnswer(400, "", &token).retry);
        QCOMPARE(server::ZaloSender::messageText(QString(2500, u'ệ')).size(), 2000);
    }

    // A report that came by Zalo: the rejection's reply reaches the user on Zalo, once, after the
    // server renewed its access token with the seeded refresh token. The user id is never shown.
    void aZaloReportIsAnsweredOnZalo()
    {
        const qsizetype before = records().size();
        const QString id = zaloReport(u"zalo-user-1001"_s);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), u"sent"_s, 15000);
        const QList<QJsonObject> seen = records().mid(before);
        QCOMPARE(count(seen, u"renew"_s, true), 1);
        const QList<QJsonObject> messages = accepted(seen, u"zalo-user-1001"_s);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().value(u"text"_s).toString(), u"Nội dung chưa rõ, vui lòng gửi lại."_s);
        // Neither the list of messages nor the report names the Zalo user.
        const QJsonObject message = notificationsOf(id).first().toObject();
        QCOMPARE(message.value(u"channel"_s).toString(), u"zalo"_s);
        QCOMPARE(message.value(u"recipient"_s).toString(), u"người dùng Zalo"_s);
        QVERIFY(!QJsonDocument(m_fixtures->report(id)).toJson().contains("zalo-user-1001"));
    }

    // Zalo stops taking the access token before it lapses: the message is refused, the token
    // renewed (the rotated refresh token, not the spent seed), and the message sent once.
    void aRefusedTokenIsRenewedAndTheMessageSentOnce()
    {
        QVERIFY(expireTokens());
        const qsizetype before = records().size();
        const QString id = zaloReport(u"zalo-user-1002"_s);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), u"sent"_s, 15000);
        const QList<QJsonObject> seen = records().mid(before);
        QCOMPARE(count(seen, u"message"_s, false), 1); // the token refused
        QCOMPARE(count(seen, u"renew"_s, true), 1);
        QCOMPARE(count(seen, u"renew"_s, false), 0);
        QCOMPARE(accepted(seen, u"zalo-user-1002"_s).size(), 1);
        QCOMPARE(notificationsOf(id).first()[u"attempts"_s].toInt(), 1);
    }

    // The renewed pair lives in the database: a restarted server renews with it (the seed file's
    // token was spent long ago, and Zalo would refuse it).
    void theRenewedPairOutlivesTheServer()
    {
        m_server->stop();
        m_server->start();
        connectClient();
        QVERIFY(expireTokens());
        const qsizetype before = records().size();
        const QString id = zaloReport(u"zalo-user-1003"_s);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), u"sent"_s, 15000);
        const QList<QJsonObject> seen = records().mid(before);
        QCOMPARE(count(seen, u"renew"_s, true), 1);
        QCOMPARE(count(seen, u"renew"_s, false), 0);
        QCOMPARE(accepted(seen, u"zalo-user-1003"_s).size(), 1);
    }

    // A user who does not follow the OA cannot be written to: given up at once, with Zalo's
    // reason, which the console puts in words.
    void aUserWhoDoesNotFollowIsGivenUp()
    {
        const QString id = zaloReport(u"unfollowed-77"_s);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), u"given_up"_s, 15000);
        const QJsonObject message = notificationsOf(id).first().toObject();
        QCOMPARE(message.value(u"attempts"_s).toInt(), 1);
        QVERIFY2(message.value(u"last_error"_s).toString().startsWith(u"zalo_error -213"_s),
                 qPrintable(message.value(u"last_error"_s).toString()));
    }

    // A Zalo user on a report that did not come by Zalo would send its replies elsewhere than
    // the reporter wrote from: refused at intake.
    void aZaloUserOnlyOnAZaloReport()
    {
        const QJsonObject create{{u"title"_s, u"Đèn đường hỏng"_s},
                                 {u"content"_s, u"Đèn đường hỏng trước trường học."_s},
                                 {u"category_id"_s, u"road"_s},
                                 {u"channel"_s, u"hotline"_s},
                                 {u"position"_s, QJsonObject{{u"latitude"_s, 16.8163},
                                                             {u"longitude"_s, 107.1003},
                                                             {u"area_id"_s, u"dong-ha"_s},
                                                             {u"source"_s, u"device_gps"_s}}},
                                 {u"reporter"_s, QJsonObject{{u"kind"_s, u"person"_s},
                                                             {u"full_name"_s, u"Lê Văn Tám"_s},
                                                             {u"zalo_user_id"_s, u"zalo-user-1004"_s}}}};
        const test::HttpResponse refused =
            m_http->post(u"/v1/reports"_s, QJsonDocument(create).toJson(), m_fixtures->token(u"duty_officer"_s),
                         {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
        QCOMPARE(refused.errorCode(), u"invalid_value"_s);
        QCOMPARE(refused.json.value(u"error"_s).toObject().value(u"field"_s).toString(), u"reporter.zalo_user_id"_s);
    }

    // `ioc-admin server notify test --channel zalo --to USER`: the running server sends the test
    // message to that Zalo user.
    void anAdministratorTestsTheChannel()
    {
        const qsizetype before = records().size();
        test::HostProcess admin;
        const QStringList database = m_server->adminDatabaseArguments();
        QVERIFY(admin.start(qEnvironmentVariable("IOC_HOST_ADMIN"),
                            QStringList{u"server"_s, u"notify"_s, u"test"_s, u"--channel"_s, u"zalo"_s, u"--to"_s,
                                        u"zalo-admin-1"_s, u"--wait"_s, u"20"_s} +
                                database));
        QTRY_VERIFY_WITH_TIMEOUT(!admin.isRunning(), 30000);
        const QByteArray output = admin.readStandardOutput();
        QVERIFY2(admin.exitCode() == 0 && output.contains("sent at attempt 1"),
                 QByteArray(output + admin.readStandardError()).constData());
        const QList<QJsonObject> messages = accepted(records().mid(before), u"zalo-admin-1"_s);
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().value(u"text"_s).toString().contains(u"kênh zalo gửi được"_s),
                 qPrintable(messages.first().value(u"text"_s).toString()));
    }

    // The OA's administrator's authorisation lapsed: a new refresh token file that Zalo does not
    // take replaces the stored pair when the server starts, the renewal is refused, and the
    // message waits with the reason (it is sent once a working token is seeded). Last: it leaves
    // the channel without a working token.
    void aRefreshTokenZaloRefusesStopsTheChannelWithAReason()
    {
        QVERIFY(writeFile(u"zalo-refresh"_s, "revoked-refresh-9\n"));
        m_server->stop();
        m_server->start();
        connectClient();
        QVERIFY(expireTokens());
        const QString id = zaloReport(u"zalo-user-1005"_s);
        QJsonObject message;
        QTRY_VERIFY_WITH_TIMEOUT((message = notificationsOf(id).first().toObject())
                                     .value(u"last_error"_s)
                                     .toString()
                                     .startsWith(u"zalo_renewal_refused"_s),
                                 15000);
        QVERIFY(message.value(u"state"_s).toString() != u"sent"_s);
        QVERIFY(accepted(records(), u"zalo-user-1005"_s).isEmpty());
    }

private:
    // A report that came by Zalo from `user`, rejected with the fixtures' reply.
    QString zaloReport(const QString &user)
    {
        test::ApiFixtures::Options options;
        options.zaloUserId = user;
        return m_fixtures->reportIn(u"rejected"_s, options);
    }

    bool writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
    }

    void connectClient()
    {
        m_http = std::make_unique<test::HttpClient>(m_server->url());
        m_fixtures = std::make_unique<test::ApiFixtures>(*m_http);
    }

    bool expireTokens()
    {
        test::HttpClient zalo{QUrl(m_zaloBase)};
        return zalo.post(u"/_control/expire"_s, "{}").status == 200;
    }

    QJsonArray notificationsOf(const QString &id)
    {
        return m_http->get(u"/v1/reports/%1/notifications"_s.arg(id), m_fixtures->token(u"duty_officer"_s))
            .json.value(u"items"_s)
            .toArray();
    }

    QString stateOf(const QString &id)
    {
        const QJsonArray items = notificationsOf(id);
        return items.size() == 1 ? items.first()[u"state"_s].toString() : u"(%1 messages)"_s.arg(items.size());
    }

    // What the stand-in printed so far, one object per request.
    QList<QJsonObject> records() { return test::jsonLines(m_zalo, &m_output); }

    static int count(const QList<QJsonObject> &records, const QString &kind, bool acceptedOnes)
    {
        return int(std::count_if(records.cbegin(), records.cend(), [&](const QJsonObject &r) {
            return r.value(u"kind"_s).toString() == kind && r.value(u"accepted"_s).toBool() == acceptedOnes;
        }));
    }

    static QList<QJsonObject> accepted(const QList<QJsonObject> &records, const QString &user)
    {
        QList<QJsonObject> list;
        for (const QJsonObject &r : records) {
            if (r.value(u"kind"_s).toString() == u"message"_s && r.value(u"accepted"_s).toBool() &&
                r.value(u"user_id"_s).toString() == user) {
                list.append(r);
            }
        }
        return list;
    }

    QTemporaryDir m_dir;
    QProcess m_zalo;
    QString m_zaloBase;
    QByteArray m_output;
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::HttpClient> m_http;
    std::unique_ptr<test::ApiFixtures> m_fixtures;
};

QTEST_GUILESS_MAIN(TestZalo)
#include "testzalo.moc"

#include "core/sms.h"
#include "support/apifixtures.h"
#include "support/gatewaystandin.h"
#include "support/hostprocess.h"
#include "support/testserver.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ioc;
using namespace Qt::StringLiterals;
using Answer = test::GatewayStandIn::Answer;

// The outbound messages (docs/channels.md) against the real ioc-server and an HTTPS gateway
// stand-in on loopback: a distribution tells the agency's contact person and leader by SMS,
// once each, in Vietnamese that arrives intact; an action that fails tells nobody; a gateway's
// trouble is retried with backoff (503, 429 with Retry-After, an answer that is not JSON), a
// refusal or too many failures give up; a server killed while sending sends again after its
// claim lapses, with the same key, so the gateway accepts each message once. On both databases.
class TestNotifications final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QFile config(m_dir.filePath(u"channels.json"_s));
        QFile token(m_dir.filePath(u"sms-token"_s));
        QVERIFY(token.open(QIODevice::WriteOnly) && token.write("gateway-secret-7\n") > 0);
        token.close();
        const QJsonObject sms{
            {u"url"_s, m_gateway.url().toString()},
            {u"headers"_s, QJsonObject{{u"Content-Type"_s, u"application/json"_s}}},
            {u"auth_header"_s, u"Authorization"_s},
            {u"auth_prefix"_s, u"Bearer "_s},
            {u"auth_value_file"_s, token.fileName()},
            {u"body"_s, u"{\"to\": {{recipient}}, \"text\": {{body}}, \"ref\": {{id}}, \"unicode\": true}"_s},
            {u"success_statuses"_s, QJsonArray{200, 202}},
            {u"timeout_seconds"_s, 3},
            {u"ca_file"_s, test::TestCertificates::instance().caFile()}};
        // The SMTP relay: Python's aiosmtpd with STARTTLS and a login required; the first message
        // is answered 451 (try again later).
        const QString standIn =
            QFileInfo(qEnvironmentVariable("IOC_TEST_DATA") + u"/../support/smtpstandin.py"_s).absoluteFilePath();
        m_smtp.start(qEnvironmentVariable("IOC_PYTHON", u"python3"_s),
                     {standIn, test::TestCertificates::instance().certificateFile(),
                      test::TestCertificates::instance().keyFile(), u"ioc-relay"_s, u"relay-pass-9"_s,
                      u"--fail-first"_s, u"1"_s});
        QVERIFY2(m_smtp.waitForStarted(), qPrintable(m_smtp.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_smtp.canReadLine() || m_smtp.state() == QProcess::NotRunning, 10000);
        QVERIFY2(m_smtp.canReadLine(), qPrintable(u"the SMTP stand-in (%1) did not start: %2"_s.arg(
                                           m_smtp.program(), QString::fromUtf8(m_smtp.readAllStandardError()))));
        const QByteArray portLine = m_smtp.readLine().trimmed();
        QVERIFY2(portLine.startsWith("port "), portLine.constData());
        QFile password(m_dir.filePath(u"smtp-password"_s));
        QVERIFY(password.open(QIODevice::WriteOnly) && password.write("relay-pass-9\n") > 0);
        password.close();
        const QJsonObject email{{u"url"_s, u"smtp://localhost:%1"_s.arg(QString::fromLatin1(portLine.mid(5)))},
                                {u"from"_s, u"ioc@quangtri.gov.vn"_s},
                                {u"from_name"_s, u"Trung tâm IOC Quảng Trị"_s},
                                {u"username"_s, u"ioc-relay"_s},
                                {u"password_file"_s, password.fileName()},
                                {u"ca_file"_s, test::TestCertificates::instance().caFile()},
                                {u"timeout_seconds"_s, 3}};
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QJsonDocument(QJsonObject{{u"sms"_s, sms},
                                               {u"email"_s, email},
                                               {u"attempts"_s, 4},
                                               {u"retry_seconds"_s, QJsonArray{1}},
                                               {u"lease_seconds"_s, 4},
                                               {u"poll_ms"_s, 100}})
                         .toJson());
        config.close();
        m_server = std::make_unique<test::TestServer>(
            test::TestServer::Options{true, {}, {u"--channels"_s, config.fileName()}, {}, {}});
        m_server->start();
        connectClient();
    }

    void cleanupTestCase()
    {
        if (m_server)
            m_server->stop();
        m_smtp.kill();
        m_smtp.waitForFinished();
    }

    void distributionTellsTheAgencyOnceEach()
    {
        m_gateway.script({}, Answer::Success);
        const qsizetype before = m_gateway.received().size();
        const QString id = m_fixtures->reportIn(u"distributed"_s);
        const QString code = m_fixtures->report(id).value(u"code"_s).toString();
        // The contact person (phone and e-mail) and the leader (phone) of UBND thành phố Đông Hà.
        QTRY_COMPARE_WITH_TIMEOUT(m_gateway.received().size(), before + 2, 15000);
        QSet<QString> recipients;
        QSet<QByteArray> keys;
        for (qsizetype i = before; i < m_gateway.received().size(); ++i) {
            const test::GatewayStandIn::Received &request = m_gateway.received().at(i);
            QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer gateway-secret-7"));
            keys.insert(request.headers.value("idempotency-key"));
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            recipients.insert(body.value(u"to"_s).toString());
            const QString text = body.value(u"text"_s).toString();
            // Vietnamese intact, naming the report and the 30 minutes of Điều 11.1.a.
            QVERIFY2(text.contains(code) && text.contains(u"Tiếp nhận trong 30 phút"_s), qPrintable(text));
            QCOMPARE(body.value(u"ref"_s).toString().toLatin1(), request.headers.value("idempotency-key"));
            const core::sms::Encoding encoding = core::sms::encode(text);
            QVERIFY(encoding.ucs2);
            QVERIFY2(encoding.parts <= 2, qPrintable(u"%1 parts: %2"_s.arg(encoding.parts).arg(text)));
        }
        QCOMPARE(keys.size(), 2);
        QCOMPARE(recipients.size(), 2);
        // The report lists every message, all sent: two SMS at the first attempt, the e-mail at
        // the second (the relay said 451 once).
        QJsonArray items;
        QTRY_VERIFY_WITH_TIMEOUT(
            sentCount(items = notificationsOf(id)) == 2 && stateCount(items, u"sent"_s, u"email"_s) == 1, 15000);
        QCOMPARE(items.size(), 3);
        QString emailId;
        for (const QJsonValue &item : items) {
            QCOMPARE(item[u"audience"_s].toString(), u"agency"_s);
            QCOMPARE(item[u"template"_s].toString(), u"agency_distributed"_s);
            const bool email = item[u"channel"_s].toString() == u"email"_s;
            QVERIFY2(item[u"attempts"_s].toInt() == (email ? 2 : 1),
                     QJsonDocument(item.toObject()).toJson().constData());
            if (email) {
                emailId = item[u"id"_s].toString();
            }
        }
        // The e-mail as another implementation (Python's e-mail library) reads it: UTF-8 text, the
        // Vietnamese subject and sender's name decoded, the message's key as its Message-ID.
        const QList<QJsonObject> received = mails();
        QCOMPARE(received.size(), 1);
        const QJsonObject mail = received.first();
        QCOMPARE(mail.value(u"rcpt_tos"_s).toArray(), QJsonArray{u"ubnd-dong-ha@demo.quangtri.gov.vn"_s});
        QCOMPARE(mail.value(u"mail_from"_s).toString(), u"ioc@quangtri.gov.vn"_s);
        QCOMPARE(mail.value(u"from"_s).toString(), u"Trung tâm IOC Quảng Trị <ioc@quangtri.gov.vn>"_s);
        QCOMPARE(mail.value(u"subject"_s).toString(),
                 u"[IOC] Phản ánh %1 chuyển đến UBND thành phố Đông Hà"_s.arg(code));
        QCOMPARE(mail.value(u"charset"_s).toString(), u"utf-8"_s);
        QVERIFY(mail.value(u"to"_s).toString().endsWith(u"<ubnd-dong-ha@demo.quangtri.gov.vn>"_s));
        const QString text = mail.value(u"body"_s).toString();
        QVERIFY2(text.startsWith(u"Kính gửi UBND thành phố Đông Hà,"_s) && text.contains(u"điểm a khoản 1 Điều 11"_s) &&
                     text.contains(code),
                 qPrintable(text));
        QCOMPARE(mail.value(u"message_id"_s).toString(), u"<%1@quangtri.gov.vn>"_s.arg(emailId));
        QVERIFY(!mail.value(u"raw_headers"_s).toString().contains(u"ả"_s)); // headers stay ASCII
        // Nothing more arrives later.
        QTest::qWait(800);
        QCOMPARE(m_gateway.received().size(), before + 2);
        // Agencies do not read this list.
        QCOMPARE(m_http->get(u"/v1/reports/%1/notifications"_s.arg(id), m_fixtures->token(u"agency_staff"_s)).status,
                 403);
    }

    // A distribution the server refuses (the report changed meanwhile) writes no message.
    void aRefusedActionTellsNobody()
    {
        const QString id = m_fixtures->reportIn(u"verified"_s);
        const int stale = m_fixtures->version(id) - 1;
        const test::HttpResponse answer = m_http->act(m_fixtures->token(u"duty_officer"_s), id, u"distribute"_s,
                                                      {{u"lead_agency_id"_s, u"ubnd-dong-ha"_s}}, stale);
        QCOMPARE(answer.status, 412);
        QVERIFY(notificationsOf(id).isEmpty());
    }

    // 503, 429 with Retry-After, and a 200 that is not JSON are tried again; each message is
    // accepted once, under its own key.
    void aGatewaysTroubleIsRetried()
    {
        m_gateway.script({Answer::ServerError, Answer::RateLimited, Answer::MalformedJson}, Answer::Success);
        const qsizetype before = m_gateway.received().size();
        const qsizetype acceptedBefore = m_gateway.acceptedKeys().size();
        const QString id = m_fixtures->reportIn(u"distributed"_s);
        QJsonArray items;
        QTRY_VERIFY_WITH_TIMEOUT(sentCount(items = notificationsOf(id)) == 2, 30000);
        QCOMPARE(m_gateway.received().size(), before + 5);
        const QList<QByteArray> accepted = m_gateway.acceptedKeys().mid(acceptedBefore);
        QCOMPARE(accepted.size(), 2);
        QVERIFY(accepted.at(0) != accepted.at(1));
        int attempts = 0;
        for (const QJsonValue &item : items) {
            if (item[u"channel"_s].toString() == u"sms"_s) {
                attempts += item[u"attempts"_s].toInt();
            }
        }
        QCOMPARE(attempts, 5);
    }

    // A refusal of the request itself is not retried; a gateway down for good is given up after
    // the configured attempts (4), with the last error kept.
    void refusalsAndLastingFailuresAreGivenUp()
    {
        m_gateway.script({Answer::Refused, Answer::Refused}, Answer::Success);
        QString id = m_fixtures->reportIn(u"distributed"_s);
        QTRY_VERIFY_WITH_TIMEOUT(stateCount(notificationsOf(id), u"given_up"_s) == 2, 10000);
        for (const QJsonValue &item : notificationsOf(id)) {
            if (item[u"channel"_s].toString() == u"sms"_s) {
                QCOMPARE(item[u"attempts"_s].toInt(), 1);
                QCOMPARE(item[u"last_error"_s].toString(), u"status 400"_s);
            }
        }
        // Supervisors see what was given up, newest first, with the report's code; agencies do not.
        const QString code = m_fixtures->report(id).value(u"code"_s).toString();
        const test::HttpResponse failures =
            m_http->get(u"/v1/notifications?attention=failures"_s, m_fixtures->token(u"supervisor"_s));
        QCOMPARE(failures.status, 200);
        int ofThisReport = 0;
        for (const QJsonValue &item : failures.json.value(u"items"_s).toArray()) {
            if (item[u"report_id"_s].toString() == id) {
                ++ofThisReport;
                QCOMPARE(item[u"report_code"_s].toString(), code);
                QCOMPARE(item[u"state"_s].toString(), u"given_up"_s);
            }
        }
        QCOMPARE(ofThisReport, 2);
        QCOMPARE(m_http->get(u"/v1/notifications?attention=failures"_s, m_fixtures->token(u"agency_staff"_s)).status,
                 403);
        QCOMPARE(
            m_http->get(u"/v1/notifications?attention=everything"_s, m_fixtures->token(u"supervisor"_s)).errorCode(),
            u"invalid_value"_s);

        m_gateway.script({}, Answer::ServerError);
        const qsizetype before = m_gateway.received().size();
        id = m_fixtures->reportIn(u"distributed"_s);
        QTRY_VERIFY_WITH_TIMEOUT(stateCount(notificationsOf(id), u"given_up"_s) == 2, 30000);
        for (const QJsonValue &item : notificationsOf(id)) {
            if (item[u"channel"_s].toString() == u"sms"_s) {
                QCOMPARE(item[u"attempts"_s].toInt(), 4);
                QCOMPARE(item[u"last_error"_s].toString(), u"status 503"_s);
            }
        }
        QCOMPARE(m_gateway.received().size(), before + 8);
        m_gateway.script({}, Answer::Success);
    }

    // The server dies while the gateway holds its requests: the messages were committed with the
    // distribution and claimed; the next server claims them again once the claims lapse and sends
    // them with the same keys. Nothing is lost, and the gateway accepts each message once.
    void aServerKilledWhileSendingSendsAgainWithTheSameKey()
    {
        m_gateway.script({Answer::Hang, Answer::Hang}, Answer::Success);
        const qsizetype before = m_gateway.received().size();
        const qsizetype acceptedBefore = m_gateway.acceptedKeys().size();
        const QString id = m_fixtures->reportIn(u"distributed"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_gateway.received().size(), before + 2, 15000);
        QSet<QByteArray> hung;
        for (qsizetype i = before; i < m_gateway.received().size(); ++i) {
            hung.insert(m_gateway.received().at(i).headers.value("idempotency-key"));
        }
        QCOMPARE(hung.size(), 2);
        QVERIFY(::kill(pid_t(m_server->pid()), SIGKILL) == 0);
        m_server->stop();
        m_server->start();
        connectClient();
        QTRY_VERIFY_WITH_TIMEOUT(sentCount(notificationsOf(id)) == 2, 30000);
        const QList<QByteArray> accepted = m_gateway.acceptedKeys().mid(acceptedBefore);
        QCOMPARE(QSet<QByteArray>(accepted.cbegin(), accepted.cend()), hung);
        QCOMPARE(accepted.size(), 2);
    }

    // The messages are the distribution's: a crash before its commit leaves neither, a crash
    // after it (the answer never sent) leaves both, and the next server delivers them.
    void messagesCommitWithTheirEvent_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<bool>("committed");
        QTest::newRow("before commit") << u"server.action.before_commit"_s << false;
        QTest::newRow("after commit") << u"server.action.after_commit"_s << true;
    }

    void messagesCommitWithTheirEvent()
    {
        QFETCH(QString, point);
        QFETCH(bool, committed);
        m_gateway.script({}, Answer::Success);
        const QString id = m_fixtures->reportIn(u"verified"_s);
        const int version = m_fixtures->version(id);
        const QByteArray officer = m_fixtures->token(u"duty_officer"_s);
        const qsizetype before = m_gateway.received().size();
        m_server->stop();
        m_server->setEnvironment({u"IOC_CRASH_AT="_s + point});
        m_server->start();
        m_http = std::make_unique<test::HttpClient>(m_server->url());
        m_http->act(officer, id, u"distribute"_s, {{u"lead_agency_id"_s, u"ubnd-dong-ha"_s}}, version);
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->isRunning(), 10000);
        QCOMPARE(m_server->exitCode(), 137);
        m_server->stop();
        m_server->setEnvironment({});
        m_server->start();
        connectClient();
        if (!committed) {
            QCOMPARE(m_fixtures->report(id).value(u"state"_s).toString(), u"verified"_s);
            QTest::qWait(500);
            QVERIFY(notificationsOf(id).isEmpty());
            QCOMPARE(m_gateway.received().size(), before);
            return;
        }
        QCOMPARE(m_fixtures->report(id).value(u"state"_s).toString(), u"distributed"_s);
        QTRY_VERIFY_WITH_TIMEOUT(sentCount(notificationsOf(id)) == 2, 15000);
        QCOMPARE(m_gateway.received().size(), before + 2);
    }

    // Two instances on one PostgreSQL database both deliver the outbox: each message is claimed
    // by one of them (FOR UPDATE SKIP LOCKED), so the gateway gets every message once.
    void twoInstancesSendEachMessageOnce()
    {
        if (!test::PostgresCluster::inUse()) {
            QSKIP("two instances share a database on PostgreSQL only");
        }
        m_gateway.script({}, Answer::Success);
        test::TestServer second(test::TestServer::Options{
            true, {}, {u"--channels"_s, m_dir.filePath(u"channels.json"_s)}, m_server->postgresUrl(), {}});
        second.start();
        const qsizetype before = m_gateway.received().size();
        QStringList ids;
        for (int i = 0; i < 10; ++i) {
            ids.append(m_fixtures->reportIn(u"distributed"_s));
        }
        for (const QString &id : ids) {
            QTRY_VERIFY_WITH_TIMEOUT(sentCount(notificationsOf(id)) == 2, 20000);
        }
        QTest::qWait(500);
        QCOMPARE(m_gateway.received().size(), before + 20);
        QSet<QByteArray> keys;
        for (qsizetype i = before; i < m_gateway.received().size(); ++i) {
            keys.insert(m_gateway.received().at(i).headers.value("idempotency-key"));
        }
        QCOMPARE(keys.size(), 20);
        second.stop();
    }

    // A hotline caller's rejection is a call back an officer owes (Điều 8.2: the reply goes back
    // the way the report came). It stays on the officers' list until one records the call: not
    // reached keeps it owed, reached ends it, once, in the audit trail.
    void callBacksAreOwedUntilAnOfficerRecordsThem()
    {
        test::ApiFixtures::Options hotline;
        hotline.channel = u"hotline"_s;
        const QString id = m_fixtures->reportIn(u"rejected"_s, hotline);
        const QByteArray officer = m_fixtures->token(u"duty_officer"_s);
        const auto owed = [&]() -> QJsonObject {
            for (const QJsonValue &item :
                 m_http->get(u"/v1/notifications?attention=callbacks"_s, officer).json.value(u"items"_s).toArray()) {
                if (item[u"report_id"_s].toString() == id) {
                    return item.toObject();
                }
            }
            return {};
        };
        QJsonObject item = owed();
        QCOMPARE(item.value(u"channel"_s).toString(), u"callback"_s);
        QCOMPARE(item.value(u"report_code"_s).toString(), m_fixtures->report(id).value(u"code"_s).toString());
        QCOMPARE(item.value(u"recipient"_s).toString(), u"091****678"_s); // masked: a reveal shows the number
        const QString messageId = item.value(u"id"_s).toString();
        const QString path = u"/v1/notifications/%1/callback"_s.arg(messageId);
        const auto record = [&](const QByteArray &token, const QJsonObject &body) {
            return m_http->post(path, QJsonDocument(body).toJson(), token);
        };
        // Only an officer records it, with a note.
        QCOMPARE(record(m_fixtures->token(u"supervisor"_s), {{u"reached"_s, true}, {u"note"_s, u"x"_s}}).status, 403);
        QCOMPARE(record(officer, {{u"reached"_s, true}, {u"note"_s, u"  "_s}}).errorCode(), u"invalid_value"_s);
        QCOMPARE(record(officer, {{u"reached"_s, u"yes"_s}, {u"note"_s, u"x"_s}}).errorCode(), u"invalid_value"_s);
        // Not reached: still owed, the attempt counted.
        test::HttpResponse answer = record(officer, {{u"reached"_s, false}, {u"note"_s, u"Không nghe máy"_s}});
        QCOMPARE(answer.status, 200);
        item = owed();
        QCOMPARE(item.value(u"attempts"_s).toInt(), 1);
        QCOMPARE(item.value(u"last_error"_s).toString(), u"not_reached"_s);
        QCOMPARE(item.value(u"handled_note"_s).toString(), u"Không nghe máy"_s);
        // Reached: done, off the list, shown on the report as called back; a second record of the
        // same call back is refused.
        answer = record(officer, {{u"reached"_s, true}, {u"note"_s, u"Đã đọc nội dung trả lời cho người dân"_s}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(u"state"_s).toString(), u"sent"_s);
        QVERIFY(owed().isEmpty());
        const QJsonArray ofReport = notificationsOf(id);
        QCOMPARE(ofReport.size(), 1);
        QCOMPARE(ofReport.first()[u"state"_s].toString(), u"sent"_s);
        QCOMPARE(ofReport.first()[u"attempts"_s].toInt(), 2);
        QCOMPARE(record(officer, {{u"reached"_s, true}, {u"note"_s, u"lại"_s}}).status, 409);
        QCOMPARE(m_http
                     ->post(u"/v1/notifications/no-such-message/callback"_s,
                            QJsonDocument(QJsonObject{{u"reached"_s, true}, {u"note"_s, u"x"_s}}).toJson(), officer)
                     .status,
                 404);
    }

    // A citizen who reported through the app reads the reply to a rejection in the app.
    void theCitizenReadsTheRejectionInTheApp()
    {
        const QString id = m_fixtures->reportIn(u"rejected"_s);
        const QByteArray citizen = m_fixtures->token(u"citizen"_s);
        const QJsonArray items = m_http->get(u"/v1/citizen/notifications"_s, citizen).json.value(u"items"_s).toArray();
        bool found = false;
        for (const QJsonValue &item : items) {
            if (item[u"report_id"_s].toString() == id) {
                found = true;
                QCOMPARE(item[u"template"_s].toString(), u"citizen_rejected"_s);
                QCOMPARE(item[u"body"_s].toString(), u"Nội dung chưa rõ, vui lòng gửi lại."_s);
            }
        }
        QVERIFY(found);
        // The IOC sees that it was sent in the app, and not to whom beyond that.
        const QJsonArray staff = notificationsOf(id);
        QCOMPARE(staff.size(), 1);
        QCOMPARE(staff.first()[u"channel"_s].toString(), u"in_app"_s);
        QCOMPARE(staff.first()[u"state"_s].toString(), u"sent"_s);
        QVERIFY(!staff.first().toObject().contains(u"body"_s));
        // Another citizen reads none of it.
        const auto [otherId, other] = m_fixtures->newCitizen();
        QVERIFY(m_http->get(u"/v1/citizen/notifications"_s, other).json.value(u"items"_s).toArray().isEmpty());
    }

    // A published result reaches the citizen who reported through the app, with the reply the
    // officer published (Điều 12.1).
    void theCitizenReadsTheResultInTheApp()
    {
        const QString id = m_fixtures->reportIn(u"published"_s);
        const QByteArray citizen = m_fixtures->token(u"citizen"_s);
        QJsonObject notice;
        for (const QJsonValue &item :
             m_http->get(u"/v1/citizen/notifications"_s, citizen).json.value(u"items"_s).toArray()) {
            if (item[u"report_id"_s].toString() == id) {
                notice = item.toObject();
            }
        }
        QCOMPARE(notice.value(u"template"_s).toString(), u"citizen_result"_s);
        QVERIFY(notice.value(u"subject"_s).toString().startsWith(u"Kết quả xử lý phản ánh"_s));
        // The reply as published (the agency's approved result: the fixture's officer wrote none),
        // as the citizen reads it on the report.
        const QString reply = m_http->get(u"/v1/citizen/reports/%1"_s.arg(id), citizen)
                                  .json.value(u"report"_s)
                                  .toObject()
                                  .value(u"reply_text"_s)
                                  .toString();
        QCOMPARE(reply, test::ApiFixtures::resultText());
        QCOMPARE(notice.value(u"body"_s).toString(), reply);
    }

    // A report that came by e-mail: its published result goes back by e-mail to the sender's
    // address (Điều 12.1), through the relay, in UTF-8 that arrives intact, once.
    void anEmailReporterGetsTheResultByEmail()
    {
        test::ApiFixtures::Options byEmail;
        byEmail.channel = u"email"_s;
        const qsizetype before = mails().size();
        const QString id = m_fixtures->reportIn(u"published"_s, byEmail);
        const QString code = m_fixtures->report(id).value(u"code"_s).toString();
        // (The agency's contact person got the distribution by e-mail too.)
        const auto resultMailed = [&] {
            const QJsonArray items = notificationsOf(id);
            return std::count_if(items.begin(), items.end(), [](const QJsonValue &item) {
                return item[u"audience"_s].toString() == u"citizen"_s && item[u"channel"_s].toString() == u"email"_s &&
                       item[u"template"_s].toString() == u"citizen_result"_s &&
                       item[u"state"_s].toString() == u"sent"_s;
            });
        };
        QTRY_COMPARE_WITH_TIMEOUT(resultMailed(), 1, 15000);
        QList<QJsonObject> toReporter;
        for (const QJsonObject &mail : mails().mid(before)) {
            if (mail.value(u"rcpt_tos"_s).toArray().contains(u"vothimai@example.com"_s)) {
                toReporter.append(mail);
            }
        }
        QCOMPARE(toReporter.size(), 1);
        QCOMPARE(toReporter.first().value(u"subject"_s).toString(), u"Kết quả xử lý phản ánh %1"_s.arg(code));
        // The agency's approved result, whole (the fixture's officer published no reply of their own).
        QCOMPARE(toReporter.first().value(u"body"_s).toString().trimmed(), test::ApiFixtures::resultText());
        // The IOC's list masks the address.
        for (const QJsonValue &item : notificationsOf(id)) {
            if (item[u"audience"_s].toString() == u"citizen"_s) {
                QVERIFY(!item[u"recipient"_s].toString().contains(u"vothimai@"_s));
            }
        }
    }

    // `ioc-admin server notify test` queues a test message in the running server's outbox and
    // reports what became of it: sent through the gateway, in Vietnamese.
    void anAdministratorTestsAChannel()
    {
        m_gateway.script({}, Answer::Success);
        const qsizetype before = m_gateway.received().size();
        const QStringList database = m_server->adminDatabaseArguments();
        test::HostProcess admin;
        QVERIFY(admin.start(qEnvironmentVariable("IOC_HOST_ADMIN"),
                            QStringList{u"server"_s, u"notify"_s, u"test"_s, u"--channel"_s, u"sms"_s, u"--to"_s,
                                        u"0905 000111"_s, u"--wait"_s, u"20"_s} +
                                database));
        // The stand-in answers on this thread's event loop while the command waits.
        QTRY_VERIFY_WITH_TIMEOUT(!admin.isRunning(), 30000);
        const QByteArray output = admin.readStandardOutput();
        QVERIFY2(admin.exitCode() == 0 && output.contains("sent at attempt 1"),
                 QByteArray(output + admin.readStandardError()).constData());
        // Exactly one request for that number (earlier tests' distributions may still arrive).
        QList<QJsonObject> tests;
        for (qsizetype i = before; i < m_gateway.received().size(); ++i) {
            const QJsonObject body = QJsonDocument::fromJson(m_gateway.received().at(i).body).object();
            if (body.value(u"to"_s).toString() == u"0905 000111"_s) {
                tests.append(body);
            }
        }
        QCOMPARE(tests.size(), 1);
        QVERIFY2(tests.first().value(u"text"_s).toString().contains(u"kênh sms gửi được"_s),
                 qPrintable(tests.first().value(u"text"_s).toString()));

        // A channel the command does not know: the usage, and nothing queued.
        const test::HostProcess::Result unknown = test::HostProcess::run(
            qEnvironmentVariable("IOC_HOST_ADMIN"),
            QStringList{u"server"_s, u"notify"_s, u"test"_s, u"--channel"_s, u"pigeon"_s, u"--to"_s, u"x"_s} +
                database);
        QVERIFY(unknown.finished);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.errors.contains("usage: ioc-admin server notify test"));
    }

private:
    void connectClient()
    {
        m_http = std::make_unique<test::HttpClient>(m_server->url());
        m_fixtures = std::make_unique<test::ApiFixtures>(*m_http);
    }

    QJsonArray notificationsOf(const QString &id)
    {
        return m_http->get(u"/v1/reports/%1/notifications"_s.arg(id), m_fixtures->token(u"duty_officer"_s))
            .json.value(u"items"_s)
            .toArray();
    }

    // Messages in `state`, of SMS unless told.
    static int stateCount(const QJsonArray &items, const QString &state, const QString &channel = u"sms"_s)
    {
        return int(std::count_if(items.begin(), items.end(), [&](const QJsonValue &item) {
            return item[u"state"_s].toString() == state && item[u"channel"_s].toString() == channel;
        }));
    }

    static int sentCount(const QJsonArray &items) { return stateCount(items, u"sent"_s); }

    // The e-mails the SMTP stand-in accepted so far, as it parsed them.
    QList<QJsonObject> mails() { return test::jsonLines(m_smtp, &m_smtpOutput); }

    QTemporaryDir m_dir;
    test::GatewayStandIn m_gateway;
    QProcess m_smtp;
    QByteArray m_smtpOutput;
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::HttpClient> m_http;
    std::unique_ptr<test::ApiFixtures> m_fixtures;
};

QTEST_GUILESS_MAIN(TestNotifications)
#include "testnotifications.moc"

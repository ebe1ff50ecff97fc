#include "support/apifixtures.h"

#include <QDeadlineTimer>
#include <QSslSocket>
#include <QTest>
#include <QUuid>

using namespace ioc;
using namespace Qt::StringLiterals;

// Malformed requests get a clear error, crash nothing and write nothing.
class TestBadInput final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server.start();
        m_client = std::make_unique<test::HttpClient>(m_server.url());
        m_fixtures = std::make_unique<test::ApiFixtures>(*m_client);
        m_report = m_fixtures->reportIn(u"received"_s);
        m_token = m_fixtures->token(u"duty_officer"_s);
    }

    void init() { m_head = head(); }

    void cleanup()
    {
        QCOMPARE(head(), m_head);                             // nothing written
        QCOMPARE(m_client->get(u"/v1/health"_s).status, 200); // still up
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{action: accept") << 400 << u"invalid_json"_s << QString();
        QTest::newRow("array") << QByteArray("[1, 2]") << 400 << u"invalid_json"_s << QString();
        QTest::newRow("unknown top field")
            << QByteArray(R"({"action":"hide","whoami":1})") << 400 << u"unknown_field"_s << u"whoami"_s;
        QTest::newRow("unknown action") << QByteArray(R"({"action":"delete"})") << 400 << u"unknown_action"_s
                                        << u"action"_s;
        QTest::newRow("payload not object")
            << QByteArray(R"({"action":"hide","payload":"x"})") << 400 << u"wrong_type"_s << u"payload"_s;
        QTest::newRow("wrong type") << QByteArray(R"({"action":"hide","payload":{"reason":42}})") << 400
                                    << u"wrong_type"_s << u"reason"_s;
        QTest::newRow("unknown payload field")
            << QByteArray(R"({"action":"hide","payload":{"reason":"x","y":1}})") << 400 << u"unknown_field"_s << u"y"_s;
        QTest::newRow("acted_at garbage")
            << QByteArray(R"({"action":"hide","payload":{"reason":"x"},"acted_at":"hôm qua"})") << 400
            << u"invalid_time"_s << u"acted_at"_s;
        QTest::newRow("acted_at future")
            << QByteArray(R"({"action":"hide","payload":{"reason":"x"},"acted_at":"2099-01-01T00:00"})") << 400
            << u"acted_at_in_future"_s << u"acted_at"_s;
    }

    void malformedBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const test::HttpResponse response =
            m_client->post(u"/v1/reports/%1/actions"_s.arg(m_report), body, m_token, {{"If-Match", "\"1\""}});
        QCOMPARE(response.status, status);
        QCOMPARE(response.errorCode(), code);
        QCOMPARE(response.json.value(u"error"_s).toObject().value(u"field"_s).toString(), field);
    }

    void preconditionsOfVersions()
    {
        const QByteArray body = test::toJson({{u"action"_s, u"accept"_s}});
        QCOMPARE(m_client->post(u"/v1/reports/%1/actions"_s.arg(m_report), body, m_token).status, 428);
        // If-Match is checked before the payload.
        const test::HttpResponse stale =
            m_client->post(u"/v1/reports/%1/actions"_s.arg(m_report), test::toJson({{u"action"_s, u"reject"_s}}),
                           m_token, {{"If-Match", "\"7\""}});
        QCOMPARE(stale.status, 412);
        QCOMPARE(
            m_client->post(u"/v1/reports/%1/actions"_s.arg(m_report), body, m_token, {{"If-Match", "\"x\""}}).status,
            412);
    }

    void identifiersAreChecked_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        // Clients may normalise these before sending (then no route matches): 400 or 404, never a hit.
        QTest::newRow("dot dot") << u"/v1/reports/%2e%2e/actions"_s << 404;
        QTest::newRow("encoded slash") << u"/v1/reports/a%2Fb/actions"_s << 404;
        QTest::newRow("dots") << u"/v1/reports/a.b/actions"_s << 400;
        QTest::newRow("too long") << (u"/v1/reports/"_s + QString(80, u'a') + u"/actions"_s) << 400;
        QTest::newRow("unknown") << u"/v1/reports/khong-co/actions"_s << 404;
        QTest::newRow("no route") << u"/v1/../etc/passwd"_s << 404;
    }

    void identifiersAreChecked()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        const test::HttpResponse response = m_client->post(
            path, test::toJson({{u"action"_s, u"hide"_s}, {u"payload"_s, QJsonObject{{u"reason"_s, u"x"_s}}}}), m_token,
            {{"If-Match", "\"1\""}});
        QVERIFY2(response.status == status || (status == 404 && response.status == 400),
                 qPrintable(QString::number(response.status)));
    }

    // A title of at most 200 characters and a content of at most 5,000, at intake and on change.
    void overlongTextsAreRefused_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("field");
        QTest::newRow("title") << QString(201, u'ô') << u"Ổ gà"_s << u"title"_s;
        QTest::newRow("content") << u"Ổ gà"_s << QString(5001, u'ư') << u"content"_s;
    }

    void overlongTextsAreRefused()
    {
        QFETCH(QString, title);
        QFETCH(QString, content);
        QFETCH(QString, field);
        const test::HttpResponse created = m_client->post(
            u"/v1/reports"_s,
            test::toJson({{u"title"_s, title},
                          {u"content"_s, content},
                          {u"category_id"_s, u"road"_s},
                          {u"channel"_s, u"hotline"_s},
                          {u"position"_s,
                           QJsonObject{{u"latitude"_s, 16.8}, {u"longitude"_s, 107.1}, {u"source"_s, u"address"_s}}},
                          {u"reporter"_s, QJsonObject{{u"kind"_s, u"person"_s}, {u"full_name"_s, u"Lê Văn C"_s}}}}),
            m_token, {{"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}});
        QCOMPARE(created.status, 422);
        QCOMPARE(created.errorCode(), u"text_too_long"_s);
        QCOMPARE(created.json.value(u"error"_s).toObject().value(u"field"_s).toString(), field);
        const test::HttpResponse edited =
            m_client->act(m_token, m_report, u"edit_text"_s, {{field, field == u"title"_s ? title : content}},
                          m_fixtures->version(m_report));
        QCOMPARE(edited.status, 422);
        QCOMPARE(edited.errorCode(), u"text_too_long"_s);
    }

    void oversizedBodiesAreRefusedFromTheirHead()
    {
        // 9 MiB, over the 8 MiB limit: refused; the client sees the 413 or the connection close
        // while it is still uploading, never a hang.
        const test::HttpResponse big =
            m_client->post(u"/v1/reports/%1/actions"_s.arg(m_report), QByteArray(9 * 1024 * 1024, ' '), m_token);
        QVERIFY2(big.status == 413 || big.error == QNetworkReply::RemoteHostClosedError,
                 qPrintable(big.errorString + u" "_s + QString::fromUtf8(big.body)));
        // A claimed 2 GB body: answered at once from the head, without waiting for any body.
        QSslSocket socket;
        test::connectRaw(socket, m_server.url());
        QVERIFY(socket.waitForEncrypted(10000));
        QElapsedTimer timer;
        timer.start();
        socket.write("POST /v1/reports HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + m_token +
                     "\r\nContent-Type: application/json\r\nContent-Length: 2147483648\r\n\r\n{\"title\":");
        QVERIFY(socket.waitForReadyRead(5000));
        const QByteArray answer = socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
        QVERIFY(timer.elapsed() < 3000);
        // Chunked uploads carry no length: refused the same way.
        QSslSocket chunked;
        test::connectRaw(chunked, m_server.url());
        QVERIFY(chunked.waitForEncrypted(10000));
        chunked.write("POST /v1/reports HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n");
        QVERIFY(chunked.waitForReadyRead(5000));
        QVERIFY(chunked.readAll().startsWith("HTTP/1.1 411 "));
    }

    void keepAliveConnectionsStayInStep()
    {
        // Bodies just under the limit, then normal requests on the same connection.
        for (int i = 0; i < 3; ++i) {
            const test::HttpResponse response = m_client->post(u"/v1/auth/token"_s, QByteArray(1024 * 1024, ' '));
            QCOMPARE(response.status, 400);
            QCOMPARE(m_client->get(u"/v1/me"_s, m_token).status, 200);
        }
    }

    // An answer given later (a long poll) on a keep-alive connection, then a body that arrives
    // in pieces, then an oversized one: the guard in front of the HTTP server still sees every
    // byte once, in step with the server (QtHttpServer 6.8 takes its reader off the connection
    // while an answer is pending and puts it back behind the guard's).
    void aLateAnswerKeepsTheGuardInStep()
    {
        QSslSocket socket;
        test::connectRaw(socket, m_server.url());
        QVERIFY(socket.waitForEncrypted(10000));
        const QByteArray auth = "Authorization: Bearer " + m_token + "\r\n";
        // Nothing after the head: answered when the 1 s timeout passes.
        socket.write("GET /v1/changes/wait?timeout=1&cursor=" + QByteArray::number(m_head) +
                     " HTTP/1.1\r\nHost: localhost\r\n" + auth + "\r\n");
        QCOMPARE(readAnswer(socket).first, 200);
        for (int round = 0; round < 3; ++round) {
            // A 300 kB body (refused by the rules, not by the guard), sent in pieces.
            const QByteArray body(300 * 1000, ' ');
            socket.write("POST /v1/reports/" + m_report.toLatin1() +
                         "/actions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + auth +
                         "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n");
            for (qsizetype at = 0; at < body.size(); at += 20000) {
                socket.write(body.mid(at, 20000));
                QVERIFY(socket.waitForBytesWritten(5000) || socket.bytesToWrite() == 0);
                QTest::qWait(5);
            }
            const auto [status, answer] = readAnswer(socket);
            QVERIFY2(status == 400 && answer.contains("invalid_json"), answer.constData());
        }
        // The guard still knows where each request starts: this head is refused from itself.
        socket.write("POST /v1/reports HTTP/1.1\r\nHost: localhost\r\n" + auth +
                     "Content-Type: application/json\r\nContent-Length: 2147483648\r\n\r\n{");
        const auto [status, answer] = readAnswer(socket);
        QVERIFY2(status == 413, answer.constData());
    }

private:
    // One HTTP/1.1 answer read from a raw connection: its status and body.
    static std::pair<int, QByteArray> readAnswer(QSslSocket &socket)
    {
        QByteArray buffer;
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired()) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                const QByteArray head = buffer.left(end).toLower();
                const qsizetype at = head.indexOf("content-length:");
                const qint64 length =
                    at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                if (buffer.size() >= end + 4 + length) {
                    return {buffer.mid(9, 3).toInt(), buffer.mid(end + 4, length)};
                }
            }
            if (!socket.waitForReadyRead(1000) && socket.state() != QAbstractSocket::ConnectedState) {
                break;
            }
            buffer += socket.readAll();
        }
        return {0, buffer};
    }

    qint64 head()
    {
        QString cursor = u"0"_s;
        for (;;) {
            const test::HttpResponse page = m_client->get(u"/v1/changes?limit=1000&cursor="_s + cursor, m_token);
            cursor = page.json.value(u"next_cursor"_s).toString();
            if (!page.json.value(u"has_more"_s).toBool()) {
                return cursor.toLongLong();
            }
        }
    }

    test::TestServer m_server;
    std::unique_ptr<test::HttpClient> m_client;
    std::unique_ptr<test::ApiFixtures> m_fixtures;
    QString m_report;
    QByteArray m_token;
    qint64 m_head = 0;
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "testbadinput.moc"

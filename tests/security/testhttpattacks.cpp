#include "support/testserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSslSocket>
#include <QTest>

#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace ioc;
using namespace Qt::StringLiterals;

namespace {

#ifdef IOC_SANITIZED
constexpr int slowdown = 4; // instrumented code: every time bound widened
#else
constexpr int slowdown = 1;
#endif

constexpr qint64 MiB = 1024 * 1024;

// The resident memory of a process, in bytes (Linux).
qint64 residentBytes(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
        }
    }
    return -1;
}

using Socket = std::unique_ptr<QSslSocket>;

// A raw TLS connection to the server, from a chosen loopback address (Linux routes all of
// 127.0.0.0/8 to the loopback interface: each address is another client).
Socket connectFrom(const QUrl &server, const QString &source)
{
    auto socket = std::make_unique<QSslSocket>();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(test::TestCertificates::instance().ca());
    socket->setSslConfiguration(tls);
    if (!source.isEmpty() && !socket->bind(QHostAddress(source))) {
        qFatal("cannot bind a client socket to %s", qPrintable(source));
    }
    socket->connectToHostEncrypted(u"127.0.0.1"_s, quint16(server.port()), u"localhost"_s);
    return socket;
}

// Opens `count` connections from each of `sources` at once; returns them once each is encrypted
// or failed.
std::vector<Socket> connectMany(const QUrl &server, const QStringList &sources, int count)
{
    std::vector<Socket> sockets;
    for (int i = 0; i < count; ++i) {
        for (const QString &source : sources) {
            sockets.push_back(connectFrom(server, source));
        }
    }
    QElapsedTimer timer;
    timer.start();
    const auto settled = [&] {
        return std::all_of(sockets.cbegin(), sockets.cend(), [](const Socket &s) {
            return s->isEncrypted() || s->state() == QAbstractSocket::UnconnectedState;
        });
    };
    while (!settled() && timer.elapsed() < 60000 * slowdown) {
        QTest::qWait(50);
    }
    return sockets;
}

int countEncrypted(const std::vector<Socket> &sockets)
{
    return int(std::count_if(sockets.cbegin(), sockets.cend(), [](const Socket &s) {
        return s->isEncrypted() && s->state() == QAbstractSocket::ConnectedState;
    }));
}

// Reads until an answer's head has come and the connection closed, or `ms` passed.
QByteArray answerOf(QSslSocket &socket, int ms)
{
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        answer += socket.readAll();
        if (socket.state() == QAbstractSocket::UnconnectedState) {
            break;
        }
        QTest::qWait(20);
    }
    return answer + socket.readAll();
}

} // namespace

// Attacks on the HTTP layer (tests/security): the real server over TLS on loopback, attacked the
// way the security review did. After each attack the server's memory stays within 100 MB of its
// idle level, /v1/health answers within a second, and a well-behaved client still signs in.
class TestHttpAttacks final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The test itself holds more than a thousand sockets; the server inherits the limit.
        rlimit limit{};
        QVERIFY(getrlimit(RLIMIT_NOFILE, &limit) == 0);
        limit.rlim_cur = limit.rlim_max;
        QVERIFY(setrlimit(RLIMIT_NOFILE, &limit) == 0);
        QVERIFY2(limit.rlim_cur >= 2048, "this test needs 2048 open files");

        m_server.start();
        m_client = std::make_unique<test::HttpClient>(m_server.url());
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(m_client->get(u"/v1/me"_s, m_client->login(u"truc1"_s)).status, 200);
        }
        m_idle = residentBytes(m_server.pid());
        QVERIFY(m_idle > 0);
        qInfo("server idle: %lld MB resident", m_idle / MiB);
    }

    // Each attack starts from the server at rest: what an earlier attack left in the allocator's
    // free lists (1000 TLS connections leave tens of MB that glibc keeps) is not this one's growth.
    void init() { m_idle = residentBytes(m_server.pid()); }

    // After every attack: memory, health, and a well-behaved client.
    void cleanup() { expectHealthy(m_server, *m_client); }

    // A Content-Length folded onto a second line (obs-fold): refused from the head, the body is
    // never read, whatever a parser behind the guard would have made of it.
    void foldedContentLength_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::newRow("digits continued") << QByteArray("Content-Length: 1\r\n 57286400\r\n");
        QTest::newRow("value on the next line") << QByteArray("Content-Length:\r\n\t157286400\r\n");
        QTest::newRow("field inside another") << QByteArray("X-Note: a\r\n Content-Length: 157286400\r\n");
    }

    void foldedContentLength()
    {
        QFETCH(QByteArray, fields);
        Socket socket = connectFrom(m_server.url(), u"127.0.0.2"_s);
        QVERIFY(socket->waitForEncrypted(10000 * slowdown));
        socket->write("POST /v1/auth/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + fields +
                      "\r\n");
        // 150 MiB follow as fast as the connection takes them, until the server closes it.
        const QByteArray chunk(int(MiB), 'x');
        QByteArray answer;
        qint64 sent = 0;
        QElapsedTimer timer;
        timer.start();
        while (sent < 150 * MiB && socket->state() == QAbstractSocket::ConnectedState &&
               timer.elapsed() < 30000 * slowdown) {
            socket->write(chunk);
            socket->waitForBytesWritten(1000);
            sent += chunk.size();
            answer += socket->readAll();
        }
        answer += answerOf(*socket, 5000 * slowdown);
        QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.left(200).constData());
        QVERIFY(answer.contains("\"bad_request\""));
        QVERIFY2(socket->state() == QAbstractSocket::UnconnectedState, "the server closed the connection");
    }

    // Every line of a head ends in CRLF; a field has no white space before its colon.
    void strictHeads_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::newRow("well formed") << QByteArray("GET /v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n") << 200;
        QTest::newRow("bare LF") << QByteArray("GET /v1/health HTTP/1.1\nHost: localhost\n\n") << 400;
        QTest::newRow("one bare LF") << QByteArray("GET /v1/health HTTP/1.1\r\nHost: localhost\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("GET /v1/health HTTP/1.1\r\nHost : localhost\r\n\r\n") << 400;
        QTest::newRow("no colon") << QByteArray("GET /v1/health HTTP/1.1\r\nHost localhost\r\n\r\n") << 400;
        QTest::newRow("signed length")
            << QByteArray("POST /v1/auth/token HTTP/1.1\r\nHost: localhost\r\nContent-Length: +2\r\n\r\n{}") << 400;
    }

    void strictHeads()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        Socket socket = connectFrom(m_server.url(), u"127.0.0.2"_s);
        QVERIFY(socket->waitForEncrypted(10000 * slowdown));
        socket->write(head);
        QVERIFY(socket->waitForReadyRead(5000 * slowdown));
        const QByteArray answer = socket->readAll();
        QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')), answer.constData());
    }

    // Slowloris: 150 connections each send a head a field at a time, once a second. Each is
    // answered 408 and closed 10 s after its head began; meanwhile the server answers others.
    void slowloris()
    {
        std::vector<Socket> lorises = connectMany(m_server.url(), {u"127.0.0.3"_s}, 150);
        QCOMPARE(countEncrypted(lorises), 150);
        for (const Socket &s : lorises) {
            s->write("GET /v1/me HTTP/1.1\r\nHost: localhost\r\n");
        }
        QElapsedTimer timer;
        timer.start();
        int worst = 0;
        QHash<QSslSocket *, QByteArray> answers;
        while (countEncrypted(lorises) > 0 && timer.elapsed() < (10 + 5 * slowdown) * 1000) {
            for (const Socket &s : lorises) {
                if (s->state() == QAbstractSocket::ConnectedState) {
                    s->write("X-Slow: a\r\n");
                }
                answers[s.get()] += s->readAll();
            }
            worst = std::max(worst, healthLatency(*m_client));
            QTest::qWait(1000);
        }
        const qint64 closedAfter = timer.elapsed();
        QCOMPARE(countEncrypted(lorises), 0);
        QVERIFY2(closedAfter >= 9000, qPrintable(QString::number(closedAfter))); // not before their time
        for (const Socket &s : lorises) {
            answers[s.get()] += s->readAll();
            QVERIFY2(answers.value(s.get()).startsWith("HTTP/1.1 408 "), answers.value(s.get()).constData());
        }
        QVERIFY2(worst < 1000 * slowdown, qPrintable(u"/v1/health took %1 ms"_s.arg(worst)));
    }

    // A thousand connections from five addresses complete their handshake and send nothing. The
    // server holds them, answers others meanwhile, and closes each 10 s later.
    void thousandIdleConnections()
    {
        QElapsedTimer timer;
        timer.start();
        std::vector<Socket> idle = connectMany(
            m_server.url(), {u"127.0.0.10"_s, u"127.0.0.11"_s, u"127.0.0.12"_s, u"127.0.0.13"_s, u"127.0.0.14"_s}, 200);
        const int held = countEncrypted(idle);
        qInfo("%d of 1000 connections held after %lld ms", held, timer.elapsed());
        // Each handshake must end within the 10 s head timeout: in the slower sanitizer build, on
        // two cores shared with other tests, not all of them do.
        QVERIFY2(held >= (slowdown == 1 ? 950 : 500), qPrintable(QString::number(held)));
        timer.restart();
        // What a held TLS connection costs is the TLS library's and Qt's: measured at 84 KiB on
        // Debian 12 (Qt 6.4, OpenSSL 3.0) and up to 120 KiB on Debian 13 (Qt 6.8, OpenSSL 3.5).
        // Bounded at 150 KiB each: 300 MB at the default cap of 2000 connections.
        qInfo("%lld KiB resident per held connection",
              (residentBytes(m_server.pid()) - m_idle) / 1024 / std::max(held, 1));
        expectHealthy(m_server, *m_client, qint64(held) * 150 * 1024);
        while (countEncrypted(idle) > 0 && timer.elapsed() < (10 + 5 * slowdown) * 1000) {
            QTest::qWait(250);
        }
        QCOMPARE(countEncrypted(idle), 0);
    }

    // A body that grows by a byte a second: fewer than 1 KiB in 30 s, so answered 408 and closed.
    void bodyAtOneBytePerSecond()
    {
        Socket socket = connectFrom(m_server.url(), u"127.0.0.4"_s);
        QVERIFY(socket->waitForEncrypted(10000 * slowdown));
        socket->write("POST /v1/auth/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                      "Content-Length: 1000\r\n\r\n{");
        QElapsedTimer timer;
        timer.start();
        QByteArray answer;
        while (socket->state() == QAbstractSocket::ConnectedState && timer.elapsed() < (30 + 10 * slowdown) * 1000) {
            socket->write(" ");
            QTest::qWait(1000);
            answer += socket->readAll();
        }
        answer += socket->readAll();
        QVERIFY2(socket->state() == QAbstractSocket::UnconnectedState, "the slow body is still read");
        QVERIFY2(timer.elapsed() >= 29000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(answer.startsWith("HTTP/1.1 408 "), answer.constData());
    }

    // Twenty connections each send most of an 8 MB body and stop. The server keeps at most
    // 16 MiB of bodies in flight per address: two are let through, the other eighteen are
    // answered 503 with Retry-After at once.
    void partialLargeBodies()
    {
        std::vector<Socket> uploads = connectMany(m_server.url(), {u"127.0.0.5"_s}, 20);
        QCOMPARE(countEncrypted(uploads), 20);
        const qint64 length = 8 * MiB - 1024;
        const QByteArray head = "POST /v1/auth/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                "Content-Length: " +
                                QByteArray::number(length) + "\r\n\r\n";
        const QByteArray body(int(length - 1), 'x');
        for (const Socket &s : uploads) {
            s->write(head);
            s->write(body);
        }
        // Refused: answered 503, or (a client still pushing its body when the server gives up
        // lingering, which a slow machine may be) closed before it read the answer.
        QElapsedTimer timer;
        timer.start();
        int answered = 0;
        int refused = 0;
        QHash<QSslSocket *, QByteArray> answers;
        while (timer.elapsed() < 10000 * slowdown && refused < 18) {
            answered = 0;
            refused = 0;
            for (const Socket &s : uploads) {
                answers[s.get()] += s->readAll();
                const bool busy = answers.value(s.get()).startsWith("HTTP/1.1 503 ");
                answered += busy ? 1 : 0;
                refused += busy || s->state() == QAbstractSocket::UnconnectedState ? 1 : 0;
            }
            QTest::qWait(100);
        }
        QCOMPARE(refused, 18);
        // How many of the eighteen read their answer depends on the machine's speed: one still
        // encrypting its body when the server stops lingering is reset before it reads.
        qInfo("%d of 18 refused uploads read their 503 answer", answered);
        // One more from that address, while the two admitted bodies hold its budget: it reads
        // its 503 and Retry-After before sending a byte of body.
        std::vector<Socket> late = connectMany(m_server.url(), {u"127.0.0.5"_s}, 1);
        QCOMPARE(countEncrypted(late), 1);
        late.front()->write(head);
        QByteArray lateAnswer;
        timer.restart();
        while (!lateAnswer.contains("\r\n\r\n") && timer.elapsed() < 5000 * slowdown) {
            QTest::qWait(50);
            lateAnswer += late.front()->readAll();
        }
        QVERIFY2(lateAnswer.startsWith("HTTP/1.1 503 "), lateAnswer.constData());
        QVERIFY2(lateAnswer.contains("Retry-After: "), lateAnswer.constData());
        late.clear();
        QTest::qWait(1500 * slowdown);        // the refused ones close after their lingering second
        QCOMPARE(countEncrypted(uploads), 2); // the admitted ones wait for the rest of their bodies
        for (const Socket &s : uploads) {
            if (!answers.value(s.get()).isEmpty()) {
                QVERIFY(answers.value(s.get()).contains("Retry-After: "));
            }
        }
        expectHealthy(m_server, *m_client);
        uploads.clear();
    }

    // At the overall limit the connection idle the longest makes room: a flood of idle
    // connections cannot lock a well-behaved client out.
    void connectionLimitMakesRoom()
    {
        test::TestServer small(smallServer());
        small.start();
        test::HttpClient client(small.url());
        std::vector<Socket> idle = connectMany(small.url(), {u"127.0.0.6"_s}, 40);
        std::vector<Socket> more = connectMany(small.url(), {u"127.0.0.7"_s}, 40);
        QVERIFY(countEncrypted(idle) + countEncrypted(more) <= 30);
        expectHealthy(small, client);
        // The per-address limit: 20 from one address.
        std::vector<Socket> one = connectMany(small.url(), {u"127.0.0.8"_s}, 25);
        QTest::qWait(500);
        QVERIFY2(countEncrypted(one) <= 20, qPrintable(QString::number(countEncrypted(one))));
    }

    // A keep-alive connection idle past its time is closed; one waiting for a long poll's answer
    // is not idle.
    void keepAliveEndsButLongPollsLast()
    {
        test::TestServer small(smallServer());
        small.start();
        test::HttpClient client(small.url());
        const QByteArray token = client.login(u"truc1"_s);
        QByteArray head = "0";
        for (bool more = true; more;) {
            const test::HttpResponse page =
                client.get(u"/v1/changes?limit=1000&cursor="_s + QString::fromLatin1(head), token);
            QCOMPARE(page.status, 200);
            head = page.json.value(u"next_cursor"_s).toString().toLatin1();
            more = page.json.value(u"has_more"_s).toBool();
        }
        Socket socket = connectFrom(small.url(), u"127.0.0.9"_s);
        QVERIFY(socket->waitForEncrypted(10000 * slowdown));
        QElapsedTimer timer;
        timer.start();
        socket->write("GET /v1/changes/wait?timeout=5&cursor=" + head +
                      " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n\r\n");
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && socket->state() == QAbstractSocket::ConnectedState &&
               timer.elapsed() < 10000 * slowdown) {
            socket->waitForReadyRead(100);
            answer += socket->readAll();
        }
        QVERIFY2(answer.startsWith("HTTP/1.1 "), answer.constData()); // answered after the poll, not cut at 2 s
        QVERIFY2(timer.elapsed() >= 4500, qPrintable(QString::number(timer.elapsed())));
        // Then idle: closed after the 2 s keep-alive timeout.
        timer.restart();
        while (socket->state() == QAbstractSocket::ConnectedState && timer.elapsed() < 10000 * slowdown) {
            socket->waitForReadyRead(100);
            socket->readAll();
        }
        QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
        QVERIFY2(timer.elapsed() >= 1500, qPrintable(QString::number(timer.elapsed())));
    }

private:
    static test::TestServer::Options smallServer()
    {
        test::TestServer::Options options;
        options.extraArguments = {u"--demo-reports"_s,
                                  u"3"_s,
                                  u"--max-connections"_s,
                                  u"30"_s,
                                  u"--max-connections-per-address"_s,
                                  u"20"_s,
                                  u"--keepalive-timeout"_s,
                                  u"2"_s};
        return options;
    }

    // Milliseconds a /v1/health request takes on a connection already open.
    static int healthLatency(test::HttpClient &client)
    {
        QElapsedTimer timer;
        timer.start();
        const int status = client.get(u"/v1/health"_s).status;
        return status == 200 ? int(timer.elapsed()) : 1000000;
    }

    // `allowance`: how much the server may have grown since the test began.
    void expectHealthy(test::TestServer &server, test::HttpClient &client, qint64 allowance = 100 * MiB)
    {
        const qint64 resident = residentBytes(server.pid());
        // AddressSanitizer keeps freed memory in quarantine (up to 256 MB) and shadows all of it:
        // there the figure is printed, not bounded.
        if (&server == &m_server && slowdown == 1) {
            QVERIFY2(resident - m_idle < allowance,
                     qPrintable(u"the server grew from %1 MB to %2 MB (%3 MB allowed)"_s.arg(m_idle / MiB)
                                    .arg(resident / MiB)
                                    .arg(allowance / MiB)));
        }
        const int latency = healthLatency(client);
        qInfo("%s: server %lld MB resident, /v1/health in %d ms", QTest::currentTestFunction(), resident / MiB,
              latency);
        QVERIFY2(latency < 1000 * slowdown, qPrintable(u"/v1/health took %1 ms"_s.arg(latency)));
        // A new client: a new connection, a sign-in, a read.
        test::HttpClient fresh(server.url());
        const test::HttpResponse signedIn =
            fresh.post(u"/v1/auth/token"_s, QByteArray(R"({"username":"truc2","password":"demo"})"));
        QCOMPARE(signedIn.status, 200);
        const QByteArray token = signedIn.json.value(u"access_token"_s).toString().toUtf8();
        QCOMPARE(fresh.get(u"/v1/me"_s, token).status, 200);
    }

    test::TestServer m_server;
    std::unique_ptr<test::HttpClient> m_client;
    qint64 m_idle = 0;
};

QTEST_GUILESS_MAIN(TestHttpAttacks)
#include "testhttpattacks.moc"

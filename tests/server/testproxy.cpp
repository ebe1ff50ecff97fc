#include "support/apifixtures.h"

#include <QAtomicInt>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace ioc;
using namespace Qt::StringLiterals;

// The deployment of docs/deployment.md: two ioc-server instances on one PostgreSQL database
// behind HAProxy, which terminates TLS and encrypts again to the instances. The proxy runs the
// packaged example (packaging/linux/haproxy.cfg) with only this test's addresses and paths put
// in. Through it: both instances serve, the instances see the client's own address (not the
// proxy's, not one the client claims), and restarting the instances one at a time under load
// loses no request and applies none twice.
class TestProxy final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!test::PostgresCluster::inUse()) {
            QSKIP("needs the PostgreSQL cluster of the test run (ctest fixture postgres)");
        }
        m_haproxyBinary = QStandardPaths::findExecutable(u"haproxy"_s, {u"/usr/sbin"_s, u"/usr/local/sbin"_s});
        QVERIFY2(!m_haproxyBinary.isEmpty(), "haproxy is not installed (./ioc setup installs Debian's haproxy)");
        const quint16 portA = freePort();
        const quint16 portB = freePort();
        m_proxyPort = freePort();
        const auto instance = [](quint16 port) {
            return QStringList{u"--listen"_s,  u"127.0.0.1:%1"_s.arg(port), u"--trusted-proxy"_s,
                               u"127.0.0.1"_s, u"--metrics-from"_s,         u"127.0.0.1"_s};
        };
        m_a = std::make_unique<test::TestServer>(test::TestServer::Options{true, {}, instance(portA), {}, {}});
        m_a->start(); // migrates and seeds
        m_b = std::make_unique<test::TestServer>(
            test::TestServer::Options{true, {}, instance(portB), m_a->postgresUrl(), {}});
        m_b->start();
        startProxy(portA, portB);
        m_proxy = std::make_unique<test::HttpClient>(proxyUrl());
        m_fixtures = std::make_unique<test::ApiFixtures>(*m_proxy);
    }

    void bothInstancesServeThroughTheProxy()
    {
        const QByteArray token = m_fixtures->token(u"duty_officer"_s);
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 24; ++i) {
            replies.append(m_proxy->send("GET", u"/v1/me"_s, {}, token));
        }
        for (QNetworkReply *reply : replies) {
            const test::HttpResponse response = test::HttpClient::wait(reply);
            QVERIFY2(response.status == 200, response.body.constData());
            QCOMPARE(response.json.value(u"user"_s).toObject().value(u"username"_s).toString(), u"truc1"_s);
        }
        // Each instance counted some of them (its own /v1/metrics, read directly).
        const int onA = answered(*m_a, "/v1/me", "GET", 200);
        const int onB = answered(*m_b, "/v1/me", "GET", 200);
        QVERIFY2(onA > 0 && onB > 0, qPrintable(u"A %1, B %2"_s.arg(onA).arg(onB)));
        QVERIFY(onA + onB >= 24);
    }

    // /v1/metrics is open without a token to 127.0.0.1 only. Through the proxy (itself on
    // 127.0.0.1) a client on 127.0.0.2 is refused: the instance judged the forwarded address.
    void theInstancesSeeTheClientsAddress()
    {
        QCOMPARE(m_proxy->get(u"/v1/metrics"_s).status, 200); // from 127.0.0.1, through the proxy
        QCOMPARE(rawGet(u"127.0.0.2"_s, "/v1/metrics"), 401);
        // A claimed address is dropped by the proxy (and would not count on the instance either,
        // which reads X-Forwarded-For from the right).
        QCOMPARE(rawGet(u"127.0.0.2"_s, "/v1/metrics", "X-Forwarded-For: 127.0.0.1\r\n"), 401);
        QCOMPARE(rawGet(u"127.0.0.1"_s, "/v1/metrics"), 200);
    }

    // An administrator restarts the instances one after the other (an upgrade, a renewed
    // instance certificate) while citizens keep sending reports: every report is accepted once.
    void rollingRestartUnderLoad()
    {
        const QByteArray citizenToken = m_fixtures->newCitizen().second;
        QAtomicInt stop(0);
        QMutex lock;
        QStringList created;
        QStringList failures;
        QThread *load = QThread::create([&, token = citizenToken] {
            test::HttpClient client(proxyUrl());
            while (!stop.loadAcquire()) {
                const QByteArray key = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
                const QByteArray body = test::toJson(test::ApiFixtures::rubbishReport());
                test::HttpResponse made =
                    client.post(u"/v1/citizen/reports"_s, body, token, {{"Idempotency-Key", key}});
                // HTTP/2's REFUSED_STREAM means "not processed, send it again". On Debian 13
                // (Qt 6.8, HAProxy 3.0) one stream in some 430 on this long-lived connection was
                // refused, and once the resend on the same connection was refused too; on
                // Debian 12 none has been. The console resends with the same key after a network
                // failure; this client does the same for this one error, on a new connection, up
                // to three times. The key keeps it exactly once, which the end of this test checks.
                for (int resend = 0; resend < 3 && made.status == 0 && made.error == QNetworkReply::ContentReSendError;
                     ++resend) {
                    client.manager().clearConnectionCache();
                    made = client.post(u"/v1/citizen/reports"_s, body, token, {{"Idempotency-Key", key}});
                }
                const QMutexLocker locked(&lock);
                if (made.status == 201) {
                    created.append(made.json.value(u"report"_s).toObject().value(u"id"_s).toString());
                } else {
                    failures.append(u"%1 %2 (%3) %4"_s.arg(made.status)
                                        .arg(made.errorString)
                                        .arg(int(made.error))
                                        .arg(QString::fromUtf8(made.body.left(200))));
                }
            }
        });
        load->start();
        const auto createdSoFar = [&] {
            const QMutexLocker locked(&lock);
            return created.size();
        };
        for (test::TestServer *instance : {m_a.get(), m_b.get()}) {
            int before = createdSoFar();
            QTRY_VERIFY_WITH_TIMEOUT(createdSoFar() >= before + 10, 30000);
            instance->stop(); // SIGTERM, as systemctl restart
            before = createdSoFar();
            QTRY_VERIFY_WITH_TIMEOUT(createdSoFar() >= before + 10, 30000); // the other one serves alone
            instance->start();
            // Back in the proxy's rotation (two health checks a second apart), then serving.
            QTest::qWait(2500);
            before = createdSoFar();
            QTRY_VERIFY_WITH_TIMEOUT(createdSoFar() >= before + 10, 30000);
        }
        // Both restarted instances are back in the rotation: each has accepted reports since.
        QTRY_VERIFY_WITH_TIMEOUT(answered(*m_a, "/v1/citizen/reports", "POST", 201) > 0 &&
                                     answered(*m_b, "/v1/citizen/reports", "POST", 201) > 0,
                                 30000);
        stop.storeRelease(1);
        QVERIFY(load->wait(60000));
        delete load;
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        // Each one once: as many reports in the citizen's list as were answered 201, no more.
        const QSet<QString> unique(created.cbegin(), created.cend());
        QCOMPARE(unique.size(), created.size());
        const test::HttpResponse mine = m_proxy->get(u"/v1/citizen/reports"_s, citizenToken);
        QCOMPARE(mine.status, 200);
        QSet<QString> listed;
        for (const QJsonValue &report : mine.json.value(u"items"_s).toArray()) {
            listed.insert(report.toObject().value(u"id"_s).toString());
        }
        QCOMPARE(listed, unique);
        qInfo("%d reports sent through two instance restarts", int(created.size()));
    }

    void cleanupTestCase()
    {
        if (m_haproxy) {
            m_haproxy->terminate();
            m_haproxy->waitForFinished(10000);
        }
    }

private:
    static quint16 freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            qFatal("no free port on 127.0.0.1");
        }
        return probe.serverPort();
    }

    QUrl proxyUrl() const { return QUrl(u"https://localhost:%1"_s.arg(m_proxyPort)); }

    // The packaged example with this test's addresses and paths: each one must be found, so that
    // the example cannot drift away from what is tried here.
    void startProxy(quint16 portA, quint16 portB)
    {
        const test::TestCertificates &certs = test::TestCertificates::instance();
        QFile example(qEnvironmentVariable("IOC_SOURCE_DIR") + u"/packaging/linux/haproxy.cfg"_s);
        QVERIFY2(example.open(QIODevice::ReadOnly), qPrintable(example.fileName()));
        QString config = QString::fromUtf8(example.readAll());
        // The proxy's certificate for clients: chain and key in one file, as HAProxy takes it.
        const QString proxyPem = m_dir.filePath(u"proxy.pem"_s);
        QFile pem(proxyPem);
        QVERIFY(pem.open(QIODevice::WriteOnly));
        for (const QString &part : {certs.certificateFile(), certs.keyFile()}) {
            QFile file(part);
            QVERIFY(file.open(QIODevice::ReadOnly));
            pem.write(file.readAll());
        }
        pem.close();
        const QList<std::pair<QString, QString>> substitutions{
            {u"    log /dev/log local0\n"_s, u"    log stderr format raw local0\n"_s},
            {u"    chroot /var/lib/haproxy\n"_s, {}},
            {u"    user haproxy\n"_s, {}},
            {u"    group haproxy\n"_s, {}},
            {u"    daemon\n"_s, {}},
            {u"/run/haproxy/admin.sock"_s, m_dir.filePath(u"admin.sock"_s)},
            {u"bind :8443"_s, u"bind 127.0.0.1:%1"_s.arg(m_proxyPort)},
            {u"/etc/haproxy/ioc/proxy.pem"_s, proxyPem},
            {u"/etc/haproxy/ioc/instances-ca.pem"_s, certs.caFile()},
            {u"ioc-instance"_s, u"localhost"_s},
            {u"10.0.0.11:8443"_s, u"127.0.0.1:%1"_s.arg(portA)},
            {u"10.0.0.12:8443"_s, u"127.0.0.1:%1"_s.arg(portB)},
        };
        for (const auto &[from, to] : substitutions) {
            QVERIFY2(config.contains(from), qPrintable(u"the example no longer holds: "_s + from));
            config.replace(from, to);
        }
        const QString path = m_dir.filePath(u"haproxy.cfg"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(config.toUtf8());
        file.close();
        QProcess check;
        check.start(m_haproxyBinary, {u"-c"_s, u"-f"_s, path});
        QVERIFY(check.waitForFinished(30000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());

        m_haproxy = std::make_unique<QProcess>();
        m_haproxy->setProcessChannelMode(QProcess::ForwardedErrorChannel); // its request log
        m_haproxy->start(m_haproxyBinary, {u"-db"_s, u"-f"_s, path});
        QVERIFY(m_haproxy->waitForStarted(10000));
        test::HttpClient client(proxyUrl());
        QTRY_VERIFY_WITH_TIMEOUT(client.get(u"/v1/health"_s).status == 200, 20000);
        // Both instances up in the proxy's eyes (rise 2, a second apart) before the tests count.
        QTest::qWait(2500);
    }

    // Requests of a route an instance answered with `status` since it started, from its own
    // metrics (read directly, from 127.0.0.1); -1 if it cannot be read.
    static int answered(test::TestServer &instance, const QByteArray &route, const QByteArray &method, int status)
    {
        test::HttpClient direct(instance.url());
        const test::HttpResponse metrics = direct.get(u"/v1/metrics"_s);
        if (metrics.status != 200) {
            return -1;
        }
        const QByteArray series = "ioc_http_requests_total{route=\"" + route + "\",method=\"" + method + "\",code=\"" +
                                  QByteArray::number(status) + "\"} ";
        int count = 0;
        for (const QByteArray &line : metrics.body.split('\n')) {
            if (line.startsWith(series)) {
                count += line.mid(line.lastIndexOf(' ') + 1).toInt();
            }
        }
        return count;
    }

    // A request sent through the proxy from a given loopback address; the status, or 0.
    int rawGet(const QString &from, const QByteArray &path, const QByteArray &extraHeaders = {}) const
    {
        QSslSocket socket;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(test::TestCertificates::instance().ca());
        socket.setSslConfiguration(configuration);
        if (!socket.bind(QHostAddress(from), 0)) {
            qWarning("cannot bind to %s: %s", qPrintable(from), qPrintable(socket.errorString()));
            return 0;
        }
        socket.connectToHostEncrypted(u"127.0.0.1"_s, m_proxyPort);
        if (!socket.waitForEncrypted(10000)) {
            qWarning("no TLS from %s: %s", qPrintable(from), qPrintable(socket.errorString()));
            return 0;
        }
        socket.write("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + extraHeaders + "\r\n");
        QByteArray answer;
        while (socket.waitForReadyRead(10000)) {
            answer += socket.readAll();
        }
        answer += socket.readAll();
        return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
    }

    QTemporaryDir m_dir;
    QString m_haproxyBinary;
    quint16 m_proxyPort = 0;
    std::unique_ptr<test::TestServer> m_a;
    std::unique_ptr<test::TestServer> m_b;
    std::unique_ptr<QProcess> m_haproxy;
    std::unique_ptr<test::HttpClient> m_proxy;
    std::unique_ptr<test::ApiFixtures> m_fixtures;
};

QTEST_GUILESS_MAIN(TestProxy)
#include "testproxy.moc"

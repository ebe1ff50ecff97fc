#include "support/testserver.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSslCipher>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <csignal>

using namespace ioc;
using namespace Qt::StringLiterals;

// The real ioc-server over real TLS on loopback.
class TestServerHttps final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_server.start(); }

    void healthOverTrustedTls()
    {
        test::HttpClient client(m_server.url());
        const test::HttpResponse health = client.get(u"/v1/health"_s);
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json.value(u"status"_s).toString(), u"ok"_s);
        QVERIFY(!health.json.value(u"epoch"_s).toString().isEmpty());
        // Every response carries a Date header.
        QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(health.headers.value("date")),
                                                 u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
        date.setTimeZone(QTimeZone::utc());
        QVERIFY2(date.isValid(), health.headers.value("date").constData());
        QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(client.get(u"/v1/nowhere"_s).headers.contains("date"));
    }

    void aClientThatDoesNotTrustTheCertificateFails()
    {
        test::HttpClient untrusting(m_server.url(), false); // its own connections, no test CA
        const test::HttpResponse response = untrusting.get(u"/v1/health"_s);
        QCOMPARE(response.status, 0);
        QCOMPARE(response.error, QNetworkReply::SslHandshakeFailedError);
    }

    void plainHttpIsRefused()
    {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, quint16(m_server.url().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
        socket.waitForReadyRead(3000);
        const QByteArray answer = socket.readAll();
        QVERIFY2(!answer.contains("HTTP/1.1 200"), answer.constData());
        QVERIFY(socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(5000));
    }

    void refusesToStartWithoutTls_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no tls") << QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, u"/tmp/x"_s}
                                << u"TLS is required"_s;
        QTest::newRow("insecure off loopback") << QStringList{u"--listen"_s, u"0.0.0.0:0"_s, u"--data"_s, u"/tmp/x"_s,
                                                              u"--insecure-loopback-for-development"_s}
                                               << u"loopback address only"_s;
        QTest::newRow("bad listen") << QStringList{u"--listen"_s, u"localhost"_s, u"--data"_s, u"/tmp/x"_s}
                                    << u"is not an address:port"_s;
        QTest::newRow("no data") << QStringList{u"--listen"_s, u"127.0.0.1:0"_s} << u"--data DIR is required"_s;
        // A password on the command line shows in every process list.
        QTest::newRow("password in the database URL")
            << QStringList{u"--listen"_s,  u"127.0.0.1:0"_s,    u"--data"_s,
                           u"/tmp/x"_s,    u"--tls-cert"_s,     u"/tmp/x/cert.pem"_s,
                           u"--tls-key"_s, u"/tmp/x/key.pem"_s, u"--db"_s,
                           u"postgres"_s,  u"--db-url"_s,       u"postgresql://ioc:s3cr3t-pw@localhost/ioc"_s}
            << u"must not hold a password"_s;
    }

    void refusesToStartWithoutTls()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QProcess process;
        process.start(test::TestServer::binary(), arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.startsWith(u"ioc-server: "_s) && err.contains(message), qPrintable(err));
        QVERIFY(!err.contains(u"s3cr3t"_s)); // not repeated either
    }

    // TLS 1.3, and TLS 1.2 with ECDHE and an AEAD cipher only (the test certificate is ECDSA).
    void weakCiphersAreRefused_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QString>("cipher");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("TLS 1.3") << int(QSsl::TlsV1_3) << QString() << true;
        QTest::newRow("1.2 ECDHE AES-GCM") << int(QSsl::TlsV1_2) << u"ECDHE-ECDSA-AES128-GCM-SHA256"_s << true;
        QTest::newRow("1.2 ECDHE ChaCha20") << int(QSsl::TlsV1_2) << u"ECDHE-ECDSA-CHACHA20-POLY1305"_s << true;
        QTest::newRow("1.2 ECDHE AES-CBC") << int(QSsl::TlsV1_2) << u"ECDHE-ECDSA-AES128-SHA256"_s << false;
        QTest::newRow("1.2 ECDHE AES-CBC SHA1") << int(QSsl::TlsV1_2) << u"ECDHE-ECDSA-AES256-SHA"_s << false;
    }

    void weakCiphersAreRefused()
    {
        QFETCH(int, protocol);
        QFETCH(QString, cipher);
        QFETCH(bool, accepted);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(test::TestCertificates::instance().ca());
        tls.setProtocol(QSsl::SslProtocol(protocol));
        if (!cipher.isEmpty()) {
            const QSslCipher offered(cipher);
            if (offered.isNull()) {
                QSKIP("this OpenSSL does not offer that cipher");
            }
            tls.setCiphers({offered});
        }
        QSslSocket socket;
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(u"localhost"_s, quint16(m_server.url().port()));
        const bool encrypted = socket.waitForEncrypted(10000);
        QCOMPARE(encrypted, accepted);
        if (encrypted && !cipher.isEmpty()) {
            QCOMPARE(socket.sessionCipher().name(), cipher);
        }
    }

    // A renewed certificate is taken on SIGHUP (`systemctl reload`) for new connections, while
    // open ones go on; a key that does not belong to it leaves the current certificate in place.
    void certificateRenewedOnHangup()
    {
        const test::TestCertificates &certs = test::TestCertificates::instance();
        QTemporaryDir tls;
        const QString certificate = tls.filePath(u"server.crt"_s);
        const QString key = tls.filePath(u"server.key"_s);
        QVERIFY(QFile::copy(certs.certificateFile(), certificate));
        QVERIFY(QFile::copy(certs.keyFile(), key));
        test::TestServer server(test::TestServer::Options{
            false,
            {},
            {u"--tls-cert"_s, certificate, u"--tls-key"_s, key, u"--metrics-from"_s, u"127.0.0.1"_s},
            {},
            {}});
        server.start();
        const QByteArray original = QSslCertificate::fromPath(certs.certificateFile()).constFirst().serialNumber();
        const QSslCertificate renewed = QSslCertificate::fromPath(certs.certificateFile(u"renewed"_s)).constFirst();
        QVERIFY(renewed.serialNumber() != original);
        QCOMPARE(servedSerial(server), original);

        QSslSocket held; // a connection open across both reloads
        connectTrusting(held, server);
        QCOMPARE(healthOn(held), 200);

        // The renewed certificate beside the old key: refused, logged, the old one still served.
        replace(certificate, certs.certificateFile(u"renewed"_s));
        server.errorOutput();
        QVERIFY(::kill(pid_t(server.pid()), SIGHUP) == 0);
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += server.errorOutput()).contains("not reloaded"), 10000);
        QVERIFY2(log.contains("does not belong to the first certificate"), log.constData());
        QCOMPARE(servedSerial(server), original);

        // With its own key: served to the connections that follow.
        replace(key, certs.keyFile(u"renewed"_s));
        QVERIFY(::kill(pid_t(server.pid()), SIGHUP) == 0);
        log.clear();
        QTRY_VERIFY_WITH_TIMEOUT((log += server.errorOutput()).contains("certificate reloaded"), 10000);
        QVERIFY2(log.contains(renewed.serialNumber()), log.constData());
        QCOMPARE(servedSerial(server), renewed.serialNumber());

        // The connection opened before is still served, under the certificate it began with.
        QCOMPARE(healthOn(held), 200);
        QCOMPARE(held.peerCertificate().serialNumber(), original);
        QVERIFY(server.isRunning());

        // Monitoring sees the new expiry.
        test::HttpClient client(server.url());
        const test::HttpResponse metrics = client.get(u"/v1/metrics"_s);
        QCOMPARE(metrics.status, 200);
        const QByteArray expected = "ioc_tls_certificate_expiry_timestamp_seconds " +
                                    QByteArray::number(renewed.expiryDate().toSecsSinceEpoch()) + '\n';
        QVERIFY2(metrics.body.contains(expected), metrics.body.constData());
    }

    void developersMayUsePlainHttpOnLoopback()
    {
        QTemporaryDir dir;
        QProcess process;
        process.start(test::TestServer::binary(), {u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, dir.path(),
                                                   u"--insecure-loopback-for-development"_s});
        QVERIFY(process.waitForReadyRead(20000));
        const QByteArray line = process.readLine();
        QVERIFY2(line.startsWith("listening on http://127.0.0.1:"), line.constData());
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        // The embedded database's key was generated beside it, readable by the owner only.
        QCOMPARE(QFile(dir.filePath(u"server.key"_s)).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QFile db(dir.filePath(u"server.db"_s));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.read(16).startsWith("SQLite format 3")); // encrypted
    }

private:
    static void connectTrusting(QSslSocket &socket, const test::TestServer &server)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(test::TestCertificates::instance().ca());
        socket.setSslConfiguration(configuration);
        socket.connectToHostEncrypted(u"localhost"_s, quint16(server.url().port()));
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
    }

    // The serial number of the certificate a new connection is served.
    static QByteArray servedSerial(const test::TestServer &server)
    {
        QSslSocket socket;
        connectTrusting(socket, server);
        return socket.peerCertificate().serialNumber();
    }

    // GET /v1/health on an open connection, kept open; the status, or 0.
    static int healthOn(QSslSocket &socket)
    {
        socket.write("GET /v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QByteArray answer;
        QElapsedTimer timer;
        timer.start();
        while (!answer.contains("\r\n\r\n") && timer.elapsed() < 10000 && socket.waitForReadyRead(1000)) {
            answer += socket.readAll();
        }
        const qsizetype headEnd = answer.indexOf("\r\n\r\n");
        const qsizetype lengthAt = answer.toLower().indexOf("content-length:");
        if (headEnd > 0 && lengthAt > 0) {
            const qsizetype length =
                answer.mid(lengthAt + 15, answer.indexOf('\r', lengthAt) - lengthAt - 15).trimmed().toLongLong();
            while (answer.size() < headEnd + 4 + length && socket.waitForReadyRead(1000)) {
                answer += socket.readAll();
            }
        }
        return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
    }

    // Replaces a file's contents as an administrator's copy would.
    static void replace(const QString &target, const QString &source)
    {
        QFile::remove(target);
        QVERIFY(QFile::copy(source, target));
    }

    test::TestServer m_server;
};

QTEST_GUILESS_MAIN(TestServerHttps)
#include "testserverhttps.moc"

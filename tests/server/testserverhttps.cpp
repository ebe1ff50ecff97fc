#include "support/testserver.h"

#include <QProcess>
#include <QSslCipher>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

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
    test::TestServer m_server;
};

QTEST_GUILESS_MAIN(TestServerHttps)
#include "testserverhttps.moc"

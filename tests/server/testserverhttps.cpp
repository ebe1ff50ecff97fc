#include "support/testserver.h"

#include <QProcess>
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

#include "servertls.h"
#include "support/testserver.h"

#include <QTest>

using namespace ioc;
using namespace Qt::StringLiterals;

// What the server reads as its TLS identity, at start and on SIGHUP: refused, with the file and
// the fault named, whenever serving it would fail every handshake or show clients a certificate
// they must reject (server/testserverhttps tries the reload itself in a running server).
class TestServerTls final : public QObject
{
    Q_OBJECT

private slots:
    void validFromItsFirstSecondToBeforeItsLast()
    {
        const test::TestCertificates &certs = test::TestCertificates::instance();
        const QSslCertificate leaf = QSslCertificate::fromPath(certs.certificateFile()).constFirst();
        QString error;
        const auto atStart =
            server::loadServerTls(certs.certificateFile(), certs.keyFile(), leaf.effectiveDate(), &error);
        QVERIFY2(atStart, qPrintable(error));
        QCOMPARE(atStart->leaf, leaf);
        QCOMPARE(atStart->configuration.localCertificate(), leaf);
        QCOMPARE(atStart->configuration.protocol(), QSsl::TlsV1_2OrLater);
        QVERIFY(server::loadServerTls(certs.certificateFile(), certs.keyFile(), leaf.expiryDate().addSecs(-1), &error));

        // The second before it starts, and the second it expires.
        for (const QDateTime &now : {leaf.effectiveDate().addSecs(-1), leaf.expiryDate()}) {
            error.clear();
            QVERIFY(!server::loadServerTls(certs.certificateFile(), certs.keyFile(), now, &error));
            QVERIFY2(error.contains(u"not now"_s) && error.contains(certs.certificateFile()), qPrintable(error));
        }
    }

    void aKeyOfAnotherCertificateIsRefused()
    {
        const test::TestCertificates &certs = test::TestCertificates::instance();
        QString error;
        QVERIFY(!server::loadServerTls(certs.certificateFile(u"renewed"_s), certs.keyFile(),
                                       QDateTime::currentDateTimeUtc(), &error));
        QVERIFY2(error.contains(u"does not belong to the first certificate"_s), qPrintable(error));
    }

    void unreadableOrNotPemIsNamed()
    {
        const test::TestCertificates &certs = test::TestCertificates::instance();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString error;
        QVERIFY(!server::loadServerTls(u"/nonexistent/server.crt"_s, certs.keyFile(), now, &error));
        QVERIFY2(error.startsWith(u"/nonexistent/server.crt: cannot read the TLS certificate"_s), qPrintable(error));
        QVERIFY(!server::loadServerTls(certs.keyFile(), certs.keyFile(), now, &error)); // a key is no certificate
        QVERIFY2(error.contains(u"no PEM certificate"_s), qPrintable(error));
        QVERIFY(!server::loadServerTls(certs.certificateFile(), certs.certificateFile(), now, &error));
        QVERIFY2(error.contains(u"no unencrypted PEM private key"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestServerTls)
#include "testservertls.moc"

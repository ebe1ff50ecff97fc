#include "storage/database.h"
#include "storage/sqlcipherdriver.h"
#include "support/apifixtures.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace ioc;
using namespace Qt::StringLiterals;

// The audit chain: every accepted action is recorded; `ioc-admin audit verify` walks the chain
// and names the first broken link after tampering.
class TestAudit final : public QObject
{
    Q_OBJECT

private slots:
    void chainVerifiesAndTamperingIsFound()
    {
        test::TestServer server;
        server.start();
        {
            test::HttpClient client(server.url());
            test::ApiFixtures fixtures(client);
            fixtures.reportIn(u"in_progress"_s);
        }
        server.stop();
        const Target target{server.dataDirectory(), server.postgresUrl()};
        QString out = verify(target, 0);
        QVERIFY2(out.startsWith(u"audit chain intact: "_s), qPrintable(out));
        const int entries = out.section(u' ', 3, 3).toInt();
        QVERIFY(entries >= 10);

        // Change one recorded action: the chain breaks there.
        execOnServerDb(target, u"UPDATE audit_log SET after_data = replace(after_data, 'in_progress', "
                               u"'published') WHERE seq = (SELECT max(seq) FROM audit_log)"_s);
        out = verify(target, 1);
        QVERIFY2(out.contains(u"broken at entry %1"_s.arg(entries)) && out.contains(u"changed"_s), qPrintable(out));
        // Remove an entry from the middle.
        execOnServerDb(target, u"DELETE FROM audit_log WHERE seq = 3"_s);
        out = verify(target, 1);
        QVERIFY2(out.contains(u"broken at entry 3"_s), qPrintable(out));
    }

private:
    struct Target
    {
        QString data;
        QString postgresUrl;
    };

    static QString verify(const Target &target, int expectedExit)
    {
        QProcess process;
        process.start(qEnvironmentVariable("IOC_ADMIN"),
                      target.postgresUrl.isEmpty()
                          ? QStringList{u"audit"_s, u"verify"_s, u"--data"_s, target.data}
                          : QStringList{u"audit"_s, u"verify"_s, u"--db-url"_s, target.postgresUrl});
        process.waitForFinished(60000);
        if (process.exitCode() != expectedExit) {
            qWarning("%s", process.readAllStandardError().constData());
        }
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

    static void execOnServerDb(const Target &target, const QString &sql)
    {
        if (!target.postgresUrl.isEmpty()) {
            QCOMPARE(test::PostgresCluster::psql(target.postgresUrl, sql + u" RETURNING 1"_s), QByteArray("1"));
            return;
        }
        const QString &data = target.data;
        QFile keyFile(data + u"/server.key"_s);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QByteArray raw = QByteArray::fromHex(keyFile.readLine().trimmed());
        storage::Database::Options options;
        options.path = data + u"/server.db"_s;
        options.key = storage::DatabaseKey::fromRawKey(core::SecretBytes::take(raw));
        storage::StorageError error;
        auto db = storage::Database::open(std::move(options), &error);
        QVERIFY2(db, qPrintable(error.message));
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(sql));
        QVERIFY(query.numRowsAffected() == 1);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "testaudit.moc"

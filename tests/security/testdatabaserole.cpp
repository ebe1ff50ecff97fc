#include "support/apifixtures.h"

#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace ioc;
using namespace Qt::StringLiterals;

// On PostgreSQL the server runs as a role that does not own the schema: its owner migrates
// (--db-owner-url), and the server's own credentials can append to the audit trail but neither
// change, remove nor truncate an entry, nor drop the triggers that guard it. Against a real
// PostgreSQL cluster (testdatabaserole.postgres); without one there is nothing to test.
class TestDatabaseRole final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!test::PostgresCluster::inUse()) {
            QSKIP("needs the PostgreSQL cluster of the test run (testdatabaserole.postgres)");
        }
        m_ownerUrl = test::PostgresCluster::createDatabase();
        m_role = u"ioc_app_"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
        test::PostgresCluster::psql(m_ownerUrl, u"CREATE ROLE %1 LOGIN"_s.arg(m_role));
        QUrl runtime(m_ownerUrl);
        runtime.setUserName(m_role);
        m_runtimeUrl = runtime.toString();
    }

    void theServerRunsAsARoleThatCannotRewriteTheTrail()
    {
        test::TestServer::Options options;
        options.postgresUrl = m_runtimeUrl;
        options.extraArguments = {u"--db-owner-url"_s, m_ownerUrl};
        test::TestServer server(options);
        server.start(); // migrated and seeded: the demo's writes go through the server's role
        {
            test::HttpClient client(server.url());
            test::ApiFixtures fixtures(client);
            QCOMPARE(fixtures.report(fixtures.reportIn(u"distributed"_s)).value(u"state"_s).toString(),
                     u"distributed"_s);
        }
        QCOMPARE(psql(m_runtimeUrl, u"SELECT current_user"_s), m_role.toUtf8());
        QVERIFY(psql(m_runtimeUrl, u"SELECT count(*) FROM audit_log"_s).toInt() > 10);
        for (const QString &attack :
             {u"UPDATE audit_log SET action = 'x' WHERE seq = 1"_s, u"DELETE FROM audit_log WHERE seq = 1"_s,
              u"TRUNCATE audit_log"_s, u"DROP TRIGGER audit_log_append_only ON audit_log"_s,
              u"ALTER TABLE audit_log DISABLE TRIGGER ALL"_s, u"CREATE TABLE stolen (x int)"_s}) {
            QVERIFY2(psql(m_runtimeUrl, attack).isNull(), qPrintable(attack));
            QVERIFY2(m_lastError.contains("permission denied") || m_lastError.contains("must be owner"),
                     qPrintable(attack + u": "_s + QString::fromUtf8(m_lastError)));
        }
        server.stop();

        // Once migrated, the server's role alone starts it; the owner never has to be online.
        test::TestServer::Options again;
        again.postgresUrl = m_runtimeUrl;
        test::TestServer alone(again);
        alone.start();
        test::HttpClient client(alone.url());
        QCOMPARE(client.get(u"/v1/me"_s, client.login(u"truc1"_s)).status, 200);
    }

    // The same role as owner and as server is refused: the split would be a pretence.
    void oneRoleForBothIsRefused()
    {
        test::TestServer::Options options;
        options.postgresUrl = m_ownerUrl;
        options.extraArguments = {u"--db-owner-url"_s, m_ownerUrl};
        test::TestServer server(options);
        QVERIFY(!server.tryStart());
        QVERIFY(server.errorOutput().contains("name the same role"));
    }

private:
    // psql's output, or a null array (and m_lastError) when the statement failed.
    QByteArray psql(const QString &url, const QString &sql)
    {
        QProcess process;
        process.start(u"psql"_s,
                      {u"-X"_s, u"-q"_s, u"-A"_s, u"-t"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, url, u"-c"_s, sql});
        process.waitForFinished(60000);
        m_lastError = process.readAllStandardError();
        if (process.exitCode() != 0) {
            return {};
        }
        const QByteArray out = process.readAllStandardOutput().trimmed();
        return out.isNull() ? QByteArray("") : out;
    }

    QString m_ownerUrl;
    QString m_runtimeUrl;
    QString m_role;
    QByteArray m_lastError;
};

QTEST_GUILESS_MAIN(TestDatabaseRole)
#include "testdatabaserole.moc"

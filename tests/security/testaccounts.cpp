#include "support/apifixtures.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;
using namespace Qt::StringLiterals;

// Accounts without the demo, and the wall between demo data and real data. A real installation
// is made with `ioc-admin server user` (its first administrator) and the admin role's
// /v1/users; the demo's accounts, all with the password "demo", never sit in a real database.
// Against the real server over TLS and the real `ioc-admin` on its database.
class TestAccounts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        // A real installation: no --demo, an empty database.
        test::TestServer::Options options;
        options.demo = false;
        m_server = std::make_unique<test::TestServer>(options);
        m_server->start();
        m_client = std::make_unique<test::HttpClient>(m_server->url());
    }

    // A new installation says how to make its first administrator, and that command works.
    void theFirstAdministratorComesFromTheCommandLine()
    {
        QTRY_VERIFY_WITH_TIMEOUT((m_stderr += m_server->errorOutput()).contains("ioc-admin server user add --data "),
                                 10000);
        QVERIFY2(m_stderr.contains("--role admin"), m_stderr.constData());

        QCOMPARE(admin({u"add"_s, u"--username"_s, u"quantri-that"_s, u"--display-name"_s, u"Nguyễn Quản Trị"_s,
                        u"--role"_s, u"admin"_s, u"--password-file"_s, passwordFile(u"mat-khau-quan-tri-1"_s)}),
                 0);
        m_admin = m_client->login(u"quantri-that"_s, u"mat-khau-quan-tri-1"_s);
        // The password never on the command line, and a clear refusal of a weak one.
        QCOMPARE(admin({u"add"_s, u"--username"_s, u"a"_s, u"--display-name"_s, u"A"_s, u"--role"_s, u"admin"_s}), 2);
        QCOMPARE(admin({u"add"_s, u"--username"_s, u"b"_s, u"--display-name"_s, u"B"_s, u"--role"_s, u"admin"_s,
                        u"--password-file"_s, passwordFile(u"ngan"_s)}),
                 2);
        QVERIFY2(m_lastError.contains(u"at least 8 characters"_s), qPrintable(m_lastError));
        // No account is the server's own actor; an agency role needs an existing agency.
        QCOMPARE(admin({u"add"_s, u"--username"_s, u"c"_s, u"--display-name"_s, u"C"_s, u"--role"_s, u"system"_s,
                        u"--password-file"_s, passwordFile(u"mat-khau-dai-du"_s)}),
                 2);
        QCOMPARE(admin({u"add"_s, u"--username"_s, u"d"_s, u"--display-name"_s, u"D"_s, u"--role"_s, u"agency_staff"_s,
                        u"--password-file"_s, passwordFile(u"mat-khau-dai-du"_s)}),
                 2);
    }

    // The admin role does the same through the API; the command line lists the result.
    void theApiAdministersAccounts()
    {
        QVERIFY(!m_admin.isEmpty());
        const test::HttpResponse created = m_client->post(u"/v1/users"_s,
                                                          test::toJson({{u"username"_s, u"truc-that"_s},
                                                                        {u"display_name"_s, u"Trần Trực Ban"_s},
                                                                        {u"role"_s, u"duty_officer"_s},
                                                                        {u"password"_s, u"mat-khau-truc-ban"_s}}),
                                                          m_admin);
        QCOMPARE(created.status, 201);
        m_officerId = created.json.value(u"user"_s).toObject().value(u"id"_s).toString();
        QCOMPARE(m_client
                     ->post(u"/v1/users"_s,
                            test::toJson({{u"username"_s, u"truc-that"_s},
                                          {u"display_name"_s, u"Trùng tên"_s},
                                          {u"role"_s, u"duty_officer"_s},
                                          {u"password"_s, u"mat-khau-khac-nua"_s}}),
                            m_admin)
                     .status,
                 409);
        QCOMPARE(admin({u"list"_s}), 0);
        QVERIFY2(m_lastOutput.contains(u"truc-that\tduty_officer\t-\tactive\tTrần Trực Ban"_s),
                 qPrintable(m_lastOutput));
        QVERIFY(m_lastOutput.contains(u"quantri-that\tadmin"_s));
    }

    // Deactivating a user ends their sessions at once, not when the access token expires.
    void deactivationEndsSessionsAtOnce()
    {
        const QByteArray officer = m_client->login(u"truc-that"_s, u"mat-khau-truc-ban"_s);
        QCOMPARE(m_client->get(u"/v1/me"_s, officer).status, 200);
        QCOMPARE(userAction(m_officerId, {{u"action"_s, u"deactivate"_s}}).status, 200);
        QCOMPARE(m_client->get(u"/v1/me"_s, officer).status, 401);
        QCOMPARE(m_client->post(u"/v1/auth/token"_s, credentials(u"truc-that"_s, u"mat-khau-truc-ban"_s)).status, 401);
        QCOMPARE(userAction(m_officerId, {{u"action"_s, u"reactivate"_s}}).status, 200);
        const QByteArray again = m_client->login(u"truc-that"_s, u"mat-khau-truc-ban"_s);

        // The same from the command line, and "revoke sessions" alone.
        QCOMPARE(admin({u"revoke-sessions"_s, u"--username"_s, u"truc-that"_s}), 0);
        QVERIFY2(m_lastOutput.startsWith(u"1 sessions"_s), qPrintable(m_lastOutput));
        QCOMPARE(m_client->get(u"/v1/me"_s, again).status, 401);
    }

    // A new password ends the sessions made with the old one.
    void aNewPasswordEndsSessions()
    {
        const QByteArray officer = m_client->login(u"truc-that"_s, u"mat-khau-truc-ban"_s);
        QCOMPARE(admin({u"passwd"_s, u"--username"_s, u"truc-that"_s, u"--password-file"_s,
                        passwordFile(u"mat-khau-moi-hon"_s)}),
                 0);
        QCOMPARE(m_client->get(u"/v1/me"_s, officer).status, 401);
        QCOMPARE(m_client->post(u"/v1/auth/token"_s, credentials(u"truc-that"_s, u"mat-khau-truc-ban"_s)).status, 401);
        const QByteArray renewed = m_client->login(u"truc-that"_s, u"mat-khau-moi-hon"_s);
        // Through the API too.
        QCOMPARE(
            userAction(m_officerId, {{u"action"_s, u"set_password"_s}, {u"password"_s, u"mat-khau-thu-ba"_s}}).status,
            200);
        QCOMPARE(m_client->get(u"/v1/me"_s, renewed).status, 401);
        m_client->login(u"truc-that"_s, u"mat-khau-thu-ba"_s);
    }

    // Nobody locks the installation out of its own administration.
    void theLastAdministratorStays()
    {
        const QString adminId =
            m_client->get(u"/v1/me"_s, m_admin).json.value(u"user"_s).toObject().value(u"id"_s).toString();
        const test::HttpResponse refused = userAction(adminId, {{u"action"_s, u"deactivate"_s}});
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), u"last_admin"_s);
        QCOMPARE(admin({u"deactivate"_s, u"--username"_s, u"quantri-that"_s}), 2);
        QVERIFY2(m_lastError.contains(u"last active administrator"_s), qPrintable(m_lastError));
        // Only administrators administer.
        const QByteArray officer = m_client->login(u"truc-that"_s, u"mat-khau-thu-ba"_s);
        QCOMPARE(
            m_client
                ->post(u"/v1/users/%1/actions"_s.arg(adminId), test::toJson({{u"action"_s, u"deactivate"_s}}), officer)
                .status,
            403);
    }

    // Every change is on the audit trail, and the trail holds together.
    void changesAreAudited()
    {
        m_server->stop();
        QCOMPARE(runAdmin({u"audit"_s, u"verify"_s, u"--audit-key-file"_s,
                           test::TestCertificates::instance().auditKeyFile(), u"--data"_s, m_server->dataDirectory()}),
                 0);
        QVERIFY2(m_lastOutput.startsWith(u"audit chain intact"_s), qPrintable(m_lastOutput));
        // add ×2, deactivate, reactivate, revoke, set_password ×2 at least.
        QVERIFY(m_lastOutput.section(u' ', 3, 3).toInt() >= 7);
    }

    // `--demo` seeds accounts whose password everyone knows: never into this real database.
    void theDemoRefusesARealDatabase()
    {
        test::TestServer::Options options;
        options.dataDirectory = m_server->dataDirectory();
        test::TestServer demo(options);
        QVERIFY(!demo.tryStart());
        QVERIFY(demo.exitCode() != 0);
        const QByteArray said = demo.errorOutput();
        QVERIFY2(said.contains("only into an empty database") && said.contains("2 accounts"), said.constData());
        // Nothing was seeded: the demo's accounts do not exist.
        test::TestServer::Options real;
        real.demo = false;
        real.dataDirectory = m_server->dataDirectory();
        test::TestServer again(real);
        again.start();
        test::HttpClient client(again.url());
        QCOMPARE(client.post(u"/v1/auth/token"_s, credentials(u"truc1"_s, u"demo"_s)).status, 401);
    }

    // A demo database is not served as a real one while its accounts open with "demo".
    void aDemoDatabaseIsNotServedAsReal()
    {
        test::TestServer demo;
        demo.start();
        demo.stop();
        test::TestServer::Options options;
        options.demo = false;
        options.dataDirectory = demo.dataDirectory();
        test::TestServer real(options);
        QVERIFY(!real.tryStart());
        const QByteArray said = real.errorOutput();
        QVERIFY2(said.contains("password \"demo\"") && said.contains("truc1"), said.constData());
        // The demo itself still starts on it.
        test::TestServer::Options again;
        again.dataDirectory = demo.dataDirectory();
        test::TestServer demoAgain(again);
        demoAgain.start();
    }

private:
    static QByteArray credentials(const QString &username, const QString &password)
    {
        return test::toJson({{u"username"_s, username}, {u"password"_s, password}});
    }

    test::HttpResponse userAction(const QString &userId, const QJsonObject &body)
    {
        return m_client->post(u"/v1/users/%1/actions"_s.arg(userId), test::toJson(body), m_admin);
    }

    QString passwordFile(const QString &password)
    {
        const QString path = m_files.filePath(u"password-%1"_s.arg(++m_fileCount));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            qFatal("cannot write %s", qPrintable(path));
        }
        file.write(password.toUtf8() + '\n');
        return path;
    }

    // ioc-admin server user … --data <the server's folder>
    int admin(const QStringList &arguments)
    {
        return runAdmin(QStringList{u"server"_s, u"user"_s} + arguments +
                        QStringList{u"--data"_s, m_server->dataDirectory(), u"--audit-key-file"_s,
                                    test::TestCertificates::instance().auditKeyFile()});
    }

    int runAdmin(const QStringList &arguments)
    {
        QProcess process;
        process.start(qEnvironmentVariable("IOC_ADMIN"), arguments);
        if (!process.waitForFinished(60000)) {
            qFatal("ioc-admin %s did not finish", qPrintable(arguments.join(u' ')));
        }
        m_lastOutput = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        m_lastError = QString::fromUtf8(process.readAllStandardError()).trimmed();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    QTemporaryDir m_files;
    int m_fileCount = 0;
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::HttpClient> m_client;
    QByteArray m_stderr;
    QByteArray m_admin;
    QString m_officerId;
    QString m_lastOutput;
    QString m_lastError;
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "testaccounts.moc"

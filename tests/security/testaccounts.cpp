#include "core/totp.h"
#include "storage/database.h"
#include "support/apifixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
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
        // The sign-in policy wants a one-time code of administrators: enrolled by the same command.
        m_adminSecret = secretOf(m_lastOutput);
        QVERIFY2(!m_adminSecret.isEmpty(), qPrintable(m_lastOutput));
        QVERIFY(m_lastOutput.contains(u"recovery codes"_s));
        const test::HttpResponse withoutCode =
            m_client->post(u"/v1/auth/token"_s, credentials(u"quantri-that"_s, u"mat-khau-quan-tri-1"_s));
        QCOMPARE(withoutCode.status, 401);
        QCOMPARE(withoutCode.errorCode(), u"totp_required"_s);
        const test::HttpResponse signedIn = signIn(u"quantri-that"_s, u"mat-khau-quan-tri-1"_s, codeNow(m_adminSecret));
        QVERIFY2(signedIn.status == 200, signedIn.body.constData());
        m_admin = signedIn.json.value(u"access_token"_s).toString().toLatin1();
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

    // RFC 6238 one-time codes: required where the policy says (supervisors here), each code once,
    // recovery codes once each, and parallel sign-ins with one code get one session.
    void oneTimeCodesCannotBeReplayed()
    {
        const test::HttpResponse created = m_client->post(u"/v1/users"_s,
                                                          test::toJson({{u"username"_s, u"giamsat-that"_s},
                                                                        {u"display_name"_s, u"Lê Giám Sát"_s},
                                                                        {u"role"_s, u"supervisor"_s},
                                                                        {u"password"_s, u"mat-khau-giam-sat"_s}}),
                                                          m_admin);
        QCOMPARE(created.status, 201);
        const QString supervisorId = created.json.value(u"user"_s).toObject().value(u"id"_s).toString();
        const QString password = u"mat-khau-giam-sat"_s;
        // Not enrolled yet: the role may not sign in with the password alone.
        const test::HttpResponse refused = signIn(u"giamsat-that"_s, password, {});
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), u"totp_enrolment_required"_s);
        // A duty officer is not named by the policy.
        QCOMPARE(signIn(u"truc-that"_s, u"mat-khau-thu-ba"_s, {}).status, 200);

        // The administrator enrols the supervisor through the API: the URI and recovery codes, once.
        const test::HttpResponse enrolled = userAction(supervisorId, {{u"action"_s, u"totp_enrol"_s}});
        QCOMPARE(enrolled.status, 200);
        const QString uri = enrolled.json.value(u"otpauth_uri"_s).toString();
        QVERIFY2(uri.startsWith(u"otpauth://totp/IOC:giamsat-that?secret="_s), qPrintable(uri));
        const QByteArray secret = secretOf(uri);
        const QJsonArray recovery = enrolled.json.value(u"recovery_codes"_s).toArray();
        QCOMPARE(recovery.size(), 10);

        const QString code = codeNow(secret);
        QCOMPARE(signIn(u"giamsat-that"_s, password, wrongCode(secret)).errorCode(), u"totp_invalid"_s);
        QCOMPARE(signIn(u"giamsat-that"_s, password, code).status, 200);
        // The same code again: refused, though still inside its 30 seconds.
        const test::HttpResponse replayed = signIn(u"giamsat-that"_s, password, code);
        QCOMPARE(replayed.status, 401);
        QCOMPARE(replayed.errorCode(), u"totp_used"_s);
        // Three steps ahead is outside the window of ±1 step.
        const qint64 now = core::totp::stepAt(QDateTime::currentDateTimeUtc());
        QCOMPARE(signIn(u"giamsat-that"_s, password, core::totp::hotp(secret, now + 3)).errorCode(), u"totp_invalid"_s);
        // The wrong password with the right next code gets nowhere, and does not use the code.
        QCOMPARE(signIn(u"giamsat-that"_s, u"sai-mat-khau-roi"_s, core::totp::hotp(secret, now + 1)).status, 401);

        // Four sign-ins at once with the next step's code (inside the window): one session.
        const QString next = core::totp::hotp(secret, now + 1);
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 4; ++i) {
            replies.append(m_client->send(
                "POST", u"/v1/auth/token"_s,
                test::toJson({{u"username"_s, u"giamsat-that"_s}, {u"password"_s, password}, {u"totp"_s, next}}), {}));
        }
        int sessions = 0;
        for (QNetworkReply *reply : replies) {
            sessions += test::HttpClient::wait(reply).status == 200 ? 1 : 0;
        }
        QCOMPARE(sessions, 1);
        // A code of a step before the last one used is refused as used.
        QCOMPARE(signIn(u"giamsat-that"_s, password, core::totp::hotp(secret, now)).errorCode(), u"totp_used"_s);

        // A lost device: each recovery code works once, however it is typed.
        const QString spare = recovery.at(3).toString();
        QCOMPARE(signIn(u"giamsat-that"_s, password, spare.toUpper().remove(u'-')).status, 200);
        QCOMPARE(signIn(u"giamsat-that"_s, password, spare).errorCode(), u"totp_used"_s);

        // Enrolling again replaces the secret: the old one's codes stop working.
        QCOMPARE(admin({u"totp-enrol"_s, u"--username"_s, u"giamsat-that"_s}), 0);
        const QByteArray renewed = secretOf(m_lastOutput);
        QVERIFY(!renewed.isEmpty() && renewed != secret);
        QCOMPARE(signIn(u"giamsat-that"_s, password, recovery.at(5).toString()).errorCode(), u"totp_invalid"_s);
        QCOMPARE(signIn(u"giamsat-that"_s, password, codeNow(renewed)).status, 200);
    }

    // The secrets in the database are sealed with a key kept apart from it (the audit key): the
    // holder of the database (and server.key) reads neither the secret an authenticator was
    // given nor anything that mints an accepted code.
    void aCopyOfTheDatabaseCannotMintCodes()
    {
        QVERIFY(!m_adminSecret.isEmpty());
        QString error;
        auto db = test::TestServer::openEmbedded(m_server->dataDirectory(), &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"SELECT t.secret, t.nonce FROM user_totp t JOIN users u ON u.id = t.user_id "
                       "WHERE u.username = 'quantri-that'"_s) &&
                q.next());
        const QString stored = q.value(0).toString();
        const QByteArray sealed = QByteArray::fromBase64(stored.toLatin1());
        QCOMPARE(sealed.size(), m_adminSecret.size());
        QVERIFY(sealed != m_adminSecret);
        QVERIFY(!stored.contains(core::totp::toBase32(m_adminSecret)));
        const qint64 now = core::totp::stepAt(QDateTime::currentDateTimeUtc());
        QCOMPARE(signIn(u"quantri-that"_s, u"mat-khau-quan-tri-1"_s, core::totp::hotp(sealed, now + 1)).errorCode(),
                 u"totp_invalid"_s);
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
        QVERIFY2(said.contains("only into an empty database") && said.contains("3 accounts"), said.constData());
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

    test::HttpResponse signIn(const QString &username, const QString &password, const QString &code)
    {
        QJsonObject body{{u"username"_s, username}, {u"password"_s, password}};
        if (!code.isEmpty()) {
            body.insert(u"totp"_s, code);
        }
        return m_client->post(u"/v1/auth/token"_s, test::toJson(body));
    }

    // The secret of an otpauth:// URI (in a command's output or an answer).
    static QByteArray secretOf(const QString &text)
    {
        static const QRegularExpression secret(u"secret=([A-Z2-7]+)"_s);
        const auto match = secret.match(text);
        return match.hasMatch() ? core::totp::fromBase32(match.captured(1)).value_or(QByteArray()) : QByteArray();
    }

    static QString codeNow(const QByteArray &secret)
    {
        return core::totp::hotp(secret, core::totp::stepAt(QDateTime::currentDateTimeUtc()));
    }

    // Six digits that are none of the codes the window accepts now.
    static QString wrongCode(const QByteArray &secret)
    {
        const qint64 now = core::totp::stepAt(QDateTime::currentDateTimeUtc());
        for (int n = 0;; ++n) {
            const QString candidate = u"%1"_s.arg(n * 7919 % 1000000, 6, 10, QLatin1Char('0'));
            if (candidate != core::totp::hotp(secret, now - 1) && candidate != core::totp::hotp(secret, now) &&
                candidate != core::totp::hotp(secret, now + 1) && candidate != core::totp::hotp(secret, now + 2)) {
                return candidate;
            }
        }
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
    QByteArray m_adminSecret;
    QString m_officerId;
    QString m_lastOutput;
    QString m_lastError;
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "testaccounts.moc"

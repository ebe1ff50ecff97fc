// An administrator enrols a staff member's authenticator app from the console: the real window
// signed in as the demo's administrator to the real ioc-server over TLS. The QR code on screen is
// read back by a real scanner (zbarimg), and the server accepts the codes an app would make from
// it (and only those, once each).
#include "consoleapplication.h"
#include "consolecontroller.h"
#include "core/totp.h"
#include "support/consolearguments.h"
#include "support/sqlcipher.h"
#include "support/testserver.h"
#include "ui/dialogs/authenticatordialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;
using namespace Qt::StringLiterals;

class TestAuthenticator final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"IOC-test"_s);
        QCoreApplication::setApplicationName(u"testauthenticator"_s);
        QSettings().clear();
        m_server.start();
        m_http = std::make_unique<test::HttpClient>(m_server.url());
        QVERIFY(m_console.parseArguments(test::consoleArguments(m_dir.path(), m_server.url(), u"quantri"_s)));
        m_console.start();
        QSignalSpy queueReady(m_console.controller(), &ConsoleController::queueReady);
        QVERIFY(queueReady.wait(60000) || queueReady.count() > 0);
        m_window = m_console.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanupTestCase()
    {
        m_window->close();
        m_server.stop();
    }

    // Only an administrator has the menu entry.
    void theEntryIsTheAdministrators()
    {
        auto *action = m_window->findChild<QAction *>(u"actionEnrolAuthenticator"_s);
        QVERIFY(action);
        QVERIFY(action->isVisible());
        QVERIFY(!action->text().isEmpty());
    }

    void anAdministratorEnrolsAnAuthenticator()
    {
        // Before: the demo's duty officer signs in with the password alone.
        QCOMPARE(signIn({}).status, 200);

        m_window->findChild<QAction *>(u"actionEnrolAuthenticator"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_console.controller()->accounts().dialog() != nullptr, 10000);
        ui::AuthenticatorDialog *dialog = m_console.controller()->accounts().dialog();
        auto *user = dialog->findChild<QComboBox *>(u"authenticatorUser"_s);
        const int row = user->findData(u"u-truc2"_s);
        QVERIFY2(row >= 0, "the duty officer truc2 is listed");
        for (int i = 0; i < user->count(); ++i) {
            QVERIFY2(!user->itemText(i).contains(u"congdan"_s), qPrintable(user->itemText(i))); // no citizens
        }
        user->setCurrentIndex(row);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"authenticatorEnrol"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->qrImage().isNull(), 10000);

        // What a phone's camera reads off the screen.
        const QString png = m_dir.filePath(u"qr.png"_s);
        QVERIFY(dialog->grab().save(png));
        int exitCode = -1;
        const QString scanned =
            QString::fromUtf8(test::runProcess(u"zbarimg"_s, {u"--quiet"_s, u"--raw"_s, png}, {}, &exitCode)).trimmed();
        QCOMPARE(exitCode, 0);
        QVERIFY2(scanned.startsWith(u"otpauth://totp/IOC:truc2?secret="_s), qPrintable(scanned));
        const QRegularExpressionMatch match = QRegularExpression(u"secret=([A-Z2-7]+)"_s).match(scanned);
        QVERIFY(match.hasMatch());
        const QByteArray secret = core::totp::fromBase32(match.captured(1)).value();
        QVERIFY(dialog->shownText().contains(match.captured(1))); // the key in letters too
        const QStringList recovery = dialog->shownText().section(u'\n', -10).split(u'\n');
        QCOMPARE(recovery.size(), 10);

        // The server now wants a code of truc2, and takes the one the app makes from the QR code.
        QCOMPARE(signIn({}).errorCode(), u"totp_required"_s);
        const QString code = core::totp::hotp(secret, core::totp::stepAt(QDateTime::currentDateTimeUtc()));
        QCOMPARE(signIn(code).status, 200);
        QCOMPARE(signIn(code).errorCode(), u"totp_used"_s);
        QCOMPARE(signIn(recovery.first()).status, 200);
        dialog->reject();
    }

private:
    test::HttpResponse signIn(const QString &code)
    {
        QJsonObject body{{u"username"_s, u"truc2"_s}, {u"password"_s, u"demo"_s}};
        if (!code.isEmpty()) {
            body.insert(u"totp"_s, code);
        }
        return m_http->post(u"/v1/auth/token"_s, test::toJson(body));
    }

    test::TestServer m_server;
    QTemporaryDir m_dir;
    ConsoleApplication m_console;
    ui::MainWindow *m_window = nullptr;
    std::unique_ptr<test::HttpClient> m_http;
};

QTEST_MAIN(TestAuthenticator)
#include "testauthenticator.moc"

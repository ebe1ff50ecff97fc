#include "consoleapplication.h"
#include "consolecontroller.h"
#include "support/testserver.h"
#include "sync/tlspolicy.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;
using namespace Qt::StringLiterals;

namespace {

// A workstation's own directories: XDG user data and config, and the system scope an
// administrator presets (/etc/xdg on a real one). Set before the application exists.
QTemporaryDir &home()
{
    static QTemporaryDir dir;
    return dir;
}

QString systemPresets()
{
    return home().filePath(u"etc-xdg/IOC/ioc-console.conf"_s);
}

QByteArray serverPin()
{
    const auto chain = QSslCertificate::fromPath(test::TestCertificates::instance().certificateFile());
    return sync::TlsPolicy::spkiPin(chain.value(0));
}

QByteArray wrongPin()
{
    const auto chain = QSslCertificate::fromPath(test::TestCertificates::instance().certificateFile(u"untrusted"_s));
    return sync::TlsPolicy::spkiPin(chain.value(0));
}

void writePresets(const QString &server, const QString &ca, const QByteArray &pin)
{
    QDir().mkpath(QFileInfo(systemPresets()).absolutePath());
    QFile file(systemPresets());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("[server]\nurl=" + server.toUtf8() + "\ncaFile=" + ca.toUtf8() + "\npins=" + pin + "\n");
}

} // namespace

// A workstation's first run, as a packaged install meets it: no command-line options, the
// server, CA and pins preset by the administrator in the system scope, the profile made under
// XDG data and the settings under XDG config. Real server over real TLS; the profile's key in
// the real OS keyring (gnome-keyring on a private bus).
class TestFirstRun final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"IOC"_s);
        QCoreApplication::setApplicationName(u"ioc-console"_s);
        m_server.start();
    }

    void aWrongPinRefusesTheServer()
    {
        writePresets(m_server.url().toString(), test::TestCertificates::instance().caFile(), wrongPin());
        const QString error = signInAs(u"truc1"_s);
        QVERIFY2(!error.isEmpty(), "signed in despite a pin the server's key does not match");
        QVERIFY2(error.startsWith(u"Khóa của máy chủ không khớp với mã ghim"_s), qPrintable(error));
    }

    void signsInWithTheAdministratorsPresets()
    {
        writePresets(m_server.url().toString(), test::TestCertificates::instance().caFile(), serverPin());
        const QString error = signInAs(u"truc2"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The profile under XDG data, the user's settings under XDG config, none in the system scope.
        const QString profiles = home().filePath(u"data/IOC/ioc-console/profiles"_s);
        QVERIFY2(!QDir(profiles).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty(), qPrintable(profiles));
        QSettings user(home().filePath(u"config/IOC/ioc-console.conf"_s), QSettings::IniFormat);
        QCOMPARE(user.value(u"session/lastUser"_s).toString(), u"truc2"_s);
        // Equal to the presets: not copied into the user's settings, so a changed preset applies.
        QVERIFY(!user.contains(u"server/caFile"_s));
        // The profile keeps the CA and the pin for the sessions that follow.
        const QString profile = QDir(profiles).filePath(
            QDir(profiles).entryList(QDir::Dirs | QDir::NoDotAndDotDot).filter(u"truc2"_s).value(0));
        QVERIFY(QFile::exists(profile + u"/trusted-ca.pem"_s));
        QFile pins(profile + u"/pinned-keys.txt"_s);
        QVERIFY(pins.open(QIODevice::ReadOnly));
        QCOMPARE(pins.readAll().trimmed(), serverPin());
    }

    void cleanupTestCase() { m_server.stop(); }

private:
    // Starts the console with no options, signs in through the dialog; returns the error shown,
    // or nothing once the queue is loaded.
    QString signInAs(const QString &user)
    {
        ConsoleApplication console;
        if (!console.parseArguments({u"ioc-console"_s})) {
            return u"arguments refused"_s;
        }
        console.start();
        QWidget *window = console.mainWindow();
        QDialog *login = nullptr;
        if (!QTest::qWaitFor([&] { return (login = window->findChild<QDialog *>(u"loginDialog"_s)) != nullptr; })) {
            return u"no sign-in dialog"_s;
        }
        auto field = [&](const char *name) {
            return login->findChild<QLineEdit *>(QString::fromLatin1(name));
        };
        // The presets are there before the officer types anything.
        if (field("loginServer")->text() != m_server.url().toString() ||
            field("loginCaFile")->text() != test::TestCertificates::instance().caFile() ||
            field("loginPins")->text().isEmpty()) {
            return u"presets not shown: "_s + field("loginServer")->text() + u" | "_s + field("loginCaFile")->text();
        }
        field("loginUser")->setText(user);
        QTest::keyClicks(field("loginPassword"), u"demo"_s);
        QSignalSpy ready(console.controller(), &ConsoleController::queueReady);
        QTest::mouseClick(login->findChild<QPushButton *>(u"loginSignIn"_s), Qt::LeftButton);
        // The dialog closes itself (and is deleted) once signed in: held by QPointer.
        QPointer<QLabel> error = login->findChild<QLabel *>(u"loginError"_s);
        QPointer<QPushButton> button = login->findChild<QPushButton *>(u"loginSignIn"_s);
        (void)QTest::qWaitFor(
            [&] { return ready.count() > 0 || (button && button->isEnabled() && error && !error->text().isEmpty()); },
            60000);
        if (ready.count() > 0) {
            window->close();
            return {};
        }
        const QString shown = error ? error->text() : u"timed out"_s;
        window->close();
        return shown.isEmpty() ? u"timed out"_s : shown;
    }

    test::TestServer m_server;
};

int main(int argc, char *argv[])
{
    // As a workstation's session has them, before anything reads a path.
    qputenv("XDG_DATA_HOME", QFile::encodeName(home().filePath(u"data"_s)));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home().filePath(u"config"_s)));
    qputenv("XDG_CONFIG_DIRS", QFile::encodeName(home().filePath(u"etc-xdg"_s)));
    QApplication app(argc, argv);
    TestFirstRun test;
    return QTest::qExec(&test, argc, argv);
}

#include "testfirstrun.moc"

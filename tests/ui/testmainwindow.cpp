#include "consoleapplication.h"
#include "core/consolesettings.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// Drives the real main window, built by the real composition root, by objectName.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"IOC-test"_s);
        QCoreApplication::setApplicationName(u"testmainwindow"_s);
    }

    void init() { QSettings().clear(); }

    void opensInVietnameseByDefault()
    {
        ioc::ConsoleApplication console;
        QVERIFY(console.parseArguments({u"ioc-console"_s}));
        console.start();
        QMainWindow *window = console.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        QTRY_COMPARE(window->windowTitle(), u"Phản ánh hiện trường — IOC"_s);
        QCOMPARE(menuTitle(window, "menuFile"), u"&Tệp"_s);
        QCOMPARE(window->findChild<QLabel *>(u"userStatus"_s)->text(), u"Chưa đăng nhập"_s);
        QVERIFY(action(window, "actionLanguage_vi")->isChecked());
        QVERIFY(!action(window, "actionLanguage_en")->isChecked());
    }

    void everyActionHasAnObjectNameAndAShortcut()
    {
        ioc::ConsoleApplication console;
        QVERIFY(console.parseArguments({u"ioc-console"_s}));
        console.start();
        const auto actions = console.mainWindow()->findChildren<QAction *>();
        int checked = 0;
        QHash<QKeySequence, QString> owners; // an ambiguous shortcut does nothing at all
        for (const QAction *a : actions) {
            // Qt's own helpers (a line edit's clear button) are not the window's actions.
            if (a->isSeparator() || a->menu() != nullptr || a->objectName().startsWith(u"_q_"_s)) {
                continue;
            }
            QVERIFY2(a->objectName().startsWith(u"action"_s), qPrintable(a->text()));
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->objectName()));
            QVERIFY2(!owners.contains(a->shortcut()),
                     qPrintable(a->shortcut().toString() + u": "_s + owners.value(a->shortcut()) + u" and "_s +
                                a->objectName()));
            owners.insert(a->shortcut(), a->objectName());
            ++checked;
        }
        QVERIFY(checked >= 6);
    }

    void switchingLanguageRetranslatesAndPersists()
    {
        ioc::ConsoleApplication console;
        QVERIFY(console.parseArguments({u"ioc-console"_s}));
        console.start();
        QMainWindow *window = console.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // Without a server on the command line the sign-in dialog asks for one; close it so the
        // window's shortcuts are reachable.
        auto *login = window->findChild<QDialog *>(u"loginDialog"_s);
        QVERIFY(login != nullptr);
        QTRY_VERIFY(login->isVisible());
        login->reject();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));

        action(window, "actionLanguage_en")->trigger();
        // Qt posts LanguageChange to every widget; the window retranslates when it handles it.
        QTRY_COMPARE(window->windowTitle(), u"IOC field reports"_s);
        QCOMPARE(menuTitle(window, "menuFile"), u"&File"_s);
        QCOMPARE(window->findChild<QLabel *>(u"userStatus"_s)->text(), u"Not signed in"_s);
        QVERIFY(action(window, "actionLanguage_en")->isChecked());
        QCOMPARE(ioc::core::settings::language().get(), u"en"_s);

        // The shortcut reaches the same action.
        QTest::keySequence(window, QKeySequence(u"Ctrl+Alt+V"_s));
        QTRY_COMPARE(menuTitle(window, "menuFile"), u"&Tệp"_s);
        QCOMPARE(ioc::core::settings::language().get(), u"vi"_s);
    }

    void savedLanguageIsUsedAtStart()
    {
        ioc::core::settings::language().set(u"en"_s);
        ioc::ConsoleApplication console;
        QVERIFY(console.parseArguments({u"ioc-console"_s}));
        console.start();
        QTRY_COMPARE(menuTitle(console.mainWindow(), "menuHelp"), u"&Help"_s);
    }

    void commandLineLanguageOverridesAndUnknownIsRefused()
    {
        ioc::ConsoleApplication console;
        QVERIFY(console.parseArguments({u"ioc-console"_s, u"--language"_s, u"en"_s}));
        console.start();
        QTRY_COMPARE(menuTitle(console.mainWindow(), "menuHelp"), u"&Help"_s);

        ioc::ConsoleApplication other;
        QVERIFY(!other.parseArguments({u"ioc-console"_s, u"--language"_s, u"fr"_s}));
    }

    void aboutBoxShowsVersions()
    {
        ioc::ConsoleApplication console;
        QVERIFY(console.parseArguments({u"ioc-console"_s}));
        console.start();
        QMainWindow *window = console.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        QStringList components;
        QString title;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog != nullptr);
            title = dialog->windowTitle();
            const auto *table = dialog->findChild<QTableWidget *>(u"componentsTable"_s);
            for (int row = 0; row < table->rowCount(); ++row) {
                components << table->item(row, 0)->text() + u' ' + table->item(row, 1)->text();
            }
            dialog->reject();
        });
        action(window, "actionAbout")->trigger();
        QCOMPARE(title, u"Giới thiệu phần mềm IOC"_s);
        QVERIFY2(components.contains(u"Qt "_s + QString::fromLatin1(qVersion())), qPrintable(components.join(u", ")));
        QVERIFY2(components.filter(QRegularExpression(u"^SQLCipher 4\\.\\d+\\.\\d+ .*\\(SQLite 3\\."_s)).size() == 1,
                 qPrintable(components.join(u", ")));
    }

private:
    static QAction *action(QWidget *window, const char *name)
    {
        auto *found = window->findChild<QAction *>(QString::fromLatin1(name));
        if (found == nullptr) {
            qFatal("no action %s", name);
        }
        return found;
    }

    static QString menuTitle(QWidget *window, const char *name)
    {
        auto *menu = window->findChild<QMenu *>(QString::fromLatin1(name));
        return menu != nullptr ? menu->title() : QString();
    }
};

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"

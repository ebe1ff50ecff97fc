#include "consoleapplication.h"
#include "core/consolesettings.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialog>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// The English sources of the Vietnamese catalogue whose translation differs: seen on a
// Vietnamese screen, such a text was set before the translator was installed.
QSet<QString> englishSources()
{
    QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR) + u"/../translations/ioc_vi.ts"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(file.fileName()));
    }
    QSet<QString> sources;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == u"source"_s) {
            source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!translation.isEmpty() && translation != source) {
                sources.insert(source);
            }
        }
    }
    return sources;
}

// Every text a person meets on these widgets: titles, labels, buttons, tips, names.
QStringList textsOf(const QWidget *top)
{
    QStringList texts;
    QList<const QWidget *> widgets{top};
    for (const QWidget *child : top->findChildren<QWidget *>()) {
        widgets.append(child);
    }
    for (const QWidget *w : std::as_const(widgets)) {
        const QString where = QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName() + u": "_s;
        for (const QString &text :
             {w->windowTitle(), w->toolTip(), w->statusTip(), w->accessibleName(), w->accessibleDescription()}) {
            texts.append(where + text);
        }
        if (const auto *label = qobject_cast<const QLabel *>(w)) {
            texts.append(where + label->text());
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            texts.append(where + button->text());
        } else if (const auto *edit = qobject_cast<const QLineEdit *>(w)) {
            texts.append(where + edit->placeholderText());
        } else if (const auto *group = qobject_cast<const QGroupBox *>(w)) {
            texts.append(where + group->title());
        } else if (const auto *tabs = qobject_cast<const QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                texts.append(where + tabs->tabText(i));
            }
        }
    }
    for (const QAction *action : top->findChildren<QAction *>()) {
        const QString where = u"QAction "_s + action->objectName() + u": "_s;
        texts.append(where + action->text());
        texts.append(where + action->toolTip());
    }
    return texts;
}

} // namespace

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
        // Built before the translator was installed, the report panel speaks Vietnamese too.
        QTRY_COMPARE(window->findChild<QLabel *>(u"reportHeading"_s)->text(), u"<i>Chưa chọn phản ánh.</i>"_s);
        QVERIFY(action(window, "actionLanguage_vi")->isChecked());
        QVERIFY(!action(window, "actionLanguage_en")->isChecked());
    }

    // Every widget built before the translator was installed says its text again when the
    // language is set: nothing on the Vietnamese start-up screen is still in English.
    void nothingIsLeftInEnglishAtStart()
    {
        const QSet<QString> english = englishSources();
        QVERIFY(english.size() > 100);
        ioc::ConsoleApplication console;
        QVERIFY(console.parseArguments({u"ioc-console"_s}));
        console.start();
        QMainWindow *window = console.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *login = window->findChild<QDialog *>(u"loginDialog"_s);
        QTRY_VERIFY(login != nullptr && login->isVisible());
        QStringList found;
        for (const QWidget *top : {static_cast<const QWidget *>(window), static_cast<const QWidget *>(login)}) {
            for (const QString &text : textsOf(top)) {
                const QString shown = text.section(u": "_s, 1);
                if (english.contains(shown)) {
                    found.append(text);
                }
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u"\n"_s)));
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
        QCOMPARE(window->findChild<QLabel *>(u"reportHeading"_s)->text(), u"<i>No report selected.</i>"_s);
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

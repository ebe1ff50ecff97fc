#pragma once

#include "consoleapplication.h"
#include "consolecontroller.h"
#include "support/apifixtures.h"
#include "support/consolearguments.h"
#include "ui/mainwindow.h"
#include "ui/queue/queuepanel.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

// Helpers for the GUI tests that drive a real console (ConsoleApplication) by keyboard.
namespace ioc::test {

// A settings store of this test program's own, empty (QStandardPaths' test mode).
inline void useTestSettings(const QString &application)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("IOC-test"));
    QCoreApplication::setApplicationName(application);
    QSettings().clear();
}

// Starts the console signed in as `user` (a profile in `directory`) and waits for its first
// sync; its main window on screen, or nullptr when it did not get there.
inline ui::MainWindow *startConsole(ConsoleApplication &console, const QString &directory, const QUrl &server,
                                    const QString &user)
{
    if (!console.parseArguments(consoleArguments(directory, server, user))) {
        return nullptr;
    }
    console.start();
    QSignalSpy queueReady(console.controller(), &ConsoleController::queueReady);
    if (!queueReady.wait(120000) && queueReady.count() == 0) {
        return nullptr;
    }
    return QTest::qWaitForWindowExposed(console.mainWindow()) ? console.mainWindow() : nullptr;
}

// Selects the report in the console's queue once its replica has it, and gives the main window
// the keyboard; false when the report did not arrive within 20 s.
inline bool selectInQueue(ConsoleApplication &console, const QString &id)
{
    const models::QueueModel &model = console.controller()->model();
    QDeadlineTimer synced(20000);
    while (model.rowOf(id) < 0 && !synced.hasExpired()) {
        QTest::qWait(50);
    }
    ui::QueuePanel *queue = console.mainWindow()->queue();
    queue->table()->selectRow(model.rowOf(id));
    if (queue->currentReportId() != id) {
        return false;
    }
    console.mainWindow()->activateWindow();
    return QTest::qWaitForWindowActive(console.mainWindow());
}

// Presses `key` on the main window with the report selected, and returns the dialog `shown`
// yields once it is visible (nullptr after 5 s).
template<typename Dialog>
Dialog *openOn(ConsoleApplication &console, const QString &id, Qt::Key key, Qt::KeyboardModifiers modifiers,
               const std::function<Dialog *()> &shown)
{
    if (!selectInQueue(console, id)) {
        return nullptr;
    }
    QTest::keyClick(console.mainWindow(), key, modifiers);
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        Dialog *dialog = shown();
        if (dialog != nullptr && dialog->isVisible() && dialog->reportId() == id) {
            return dialog;
        }
        QTest::qWait(20);
    }
    return nullptr;
}

// Runs `answer` on the next modal dialog with this object name once it appears (within 10 s;
// `context` ends the wait early when the test function returns).
inline void onNextDialog(QObject *context, const QString &name, std::function<void(QDialog *)> answer)
{
    auto *timer = new QTimer(context);
    timer->setInterval(20);
    QDeadlineTimer deadline(10000);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        if (deadline.hasExpired()) {
            timer->deleteLater();
            return;
        }
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog == nullptr || dialog->objectName() != name) {
            return;
        }
        timer->stop();
        timer->deleteLater();
        answer(dialog);
    });
    timer->start();
}

// Gives a window-modal dialog the keyboard: the offscreen platform does not activate one by
// itself (a desktop does).
inline bool activate(QWidget *dialog)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    dialog->activateWindow(); // QApplication::setActiveWindow is deprecated from 6.5
#else
    QApplication::setActiveWindow(dialog);
#endif
    QDeadlineTimer deadline(5000);
    while (QApplication::activeWindow() != dialog && !deadline.hasExpired()) {
        QTest::qWait(20);
    }
    return QApplication::activeWindow() == dialog;
}

// The report as the duty officer reads it on the server once it reaches `state` (or as it is
// after 20 s).
inline QJsonObject waitForState(ApiFixtures &fixtures, const QString &id, const QString &state)
{
    QJsonObject report;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        report = fixtures.report(id);
        if (report.value(QStringLiteral("state")).toString() == state) {
            break;
        }
        QTest::qWait(100);
    }
    return report;
}

} // namespace ioc::test

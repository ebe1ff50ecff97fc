#pragma once

#include "core/translations.h"
#include "session/consolesession.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QWidget;

#include <functional>
#include <memory>

namespace ioc::ui {
class MainWindow;
}

namespace ioc {

class ConsoleController;

// The console's composition root: reads the command line and settings, builds the services,
// wires them to the main window, and runs.
class ConsoleApplication final : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleApplication(QObject *parent = nullptr);
    ~ConsoleApplication() override;
    Q_DISABLE_COPY_MOVE(ConsoleApplication)

    // Returns false (after printing why) if the command line is wrong.
    bool parseArguments(const QStringList &arguments);

    // Shows the main window and signs in (directly with --server/--user/--password-file, or
    // through the sign-in dialog). In screenshot mode, once the queue is loaded, saves
    // screenshots, prints their absolute paths and quits.
    void start();

    ui::MainWindow *mainWindow() const { return m_mainWindow.get(); }
    ConsoleController *controller() const { return m_controller.get(); }

private:
    void applyLanguage(core::Language language);
    void applyPalette(bool dark);
    void takeScreenshots();
    void takeVerificationScreenshot();
    void takeDistributionScreenshot(const std::function<void()> &done);
    void takePublicationScreenshot(const std::function<void()> &done);
    void takeLookupScreenshot(const std::function<void()> &done);
    void takeProcessingScreenshot(const std::function<void()> &done);
    void takeDashboardScreenshots(const std::function<void()> &done);
    void shootDashboard(int step, bool wasDark, const std::function<void()> &done);
    QString firstReportIn(core::ReportState state) const;
    void saveScreenshot(QWidget *widget, const QString &name);

    core::Translations m_translations;
    std::unique_ptr<ui::MainWindow> m_mainWindow;
    std::unique_ptr<ConsoleController> m_controller;
    QString m_screenshotDir;
    std::optional<session::SessionOptions> m_direct;
    QByteArray m_password;
};

} // namespace ioc

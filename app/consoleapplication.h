#pragma once

#include "core/translations.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace ioc::ui {
class MainWindow;
}

namespace ioc {

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

    // Shows the main window. In screenshot mode, saves screenshots once the window is on
    // screen, prints their absolute paths and quits.
    void start();

    ui::MainWindow *mainWindow() const { return m_mainWindow.get(); }

private:
    void applyLanguage(core::Language language);
    void takeScreenshotsWhenExposed();

    core::Translations m_translations;
    std::unique_ptr<ui::MainWindow> m_mainWindow;
    QString m_screenshotDir;
};

} // namespace ioc

#pragma once

#include "core/language.h"
#include "ui/aboutdialog.h"

#include <QMainWindow>

#include <memory>

class QActionGroup;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace ioc::ui {

// The operator's main window: menus with every action, the status bar, and (as later parts
// land) the queue, the map dock and the report detail.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // Marks the language currently installed; the menu reflects it.
    void setCurrentLanguage(core::Language language);
    void setComponentVersions(const AboutDialog::ComponentVersions &components);

signals:
    // The user picked a language in the menu; the composition root installs it.
    void languageRequested(ioc::core::Language language);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setupLanguageMenu();
    void setupStatusBar();
    void retranslateStatusBar();
    void showAbout();
    void restoreLayout();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    AboutDialog::ComponentVersions m_components;
};

} // namespace ioc::ui

#include "ui/mainwindow.h"

#include "core/consolesettings.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace ioc::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setupLanguageMenu();
    setupStatusBar();

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::setCurrentLanguage(core::Language language)
{
    const QString objectName = u"actionLanguage_"_s + core::languageCode(language);
    for (QAction *action : m_languageGroup->actions()) {
        action->setChecked(action->objectName() == objectName);
    }
}

void MainWindow::setComponentVersions(const AboutDialog::ComponentVersions &components)
{
    m_components = components;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateStatusBar();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    core::settings::mainWindowGeometry().set(saveGeometry());
    core::settings::mainWindowState().set(saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::setupLanguageMenu()
{
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    // Ctrl+Alt+<first letter of the language code>: V for Tiếng Việt, E for English.
    for (const core::Language language : core::supportedLanguages()) {
        const QString name = core::languageNativeName(language);
        auto *action = new QAction(name, m_languageGroup);
        action->setObjectName(u"actionLanguage_"_s + core::languageCode(language));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(u"Ctrl+Alt+"_s + core::languageCode(language).left(1).toUpper()));
        connect(action, &QAction::triggered, this, [this, language] { emit languageRequested(language); });
        m_ui->menuLanguage->addAction(action);
    }
}

void MainWindow::setupStatusBar()
{
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(u"connectionStatus"_s);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(u"userStatus"_s);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    retranslateStatusBar();
}

void MainWindow::retranslateStatusBar()
{
    m_connectionLabel->setText(tr("Not connected to the server"));
    m_userLabel->setText(tr("Not signed in"));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_components, this);
    dialog.exec();
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = core::settings::mainWindowGeometry().get();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(1280, 800);
    }
    restoreState(core::settings::mainWindowState().get());
}

} // namespace ioc::ui

#include "ui/mainwindow.h"

#include "core/consolesettings.h"
#include "models/queuemodel.h"
#include "ui/alertstrip.h"
#include "ui/lockpage.h"
#include "ui/map/mapview.h"
#include "ui/report/reportdetail.h"
#include "ui/unavailableactions.h"
#include "ui_mainwindow.h"

#include <QAbstractButton>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ioc::ui {

namespace {

struct ReportActionInfo
{
    core::Action action;
    const char *objectName;
    const char *shortcut;
};

// The report actions of this window, in menu order, with their shortcuts.
constexpr ReportActionInfo reportActionInfos[] = {
    {core::Action::Claim, "actionClaim", "Ctrl+T"},
    {core::Action::Release, "actionRelease", "Ctrl+Shift+T"},
    {core::Action::AddNote, "actionAddNote", "Ctrl+Shift+N"},
    {core::Action::SetUrgent, "actionSetUrgent", "Ctrl+U"},
    {core::Action::Hide, "actionHide", "Ctrl+H"},
    {core::Action::Unhide, "actionUnhide", "Ctrl+Shift+H"},
    {core::Action::Remind, "actionRemind", "Ctrl+R"},
    {core::Action::LogCall, "actionLogCall", "Ctrl+Shift+C"},
    {core::Action::RevealIdentity, "actionRevealIdentity", "Ctrl+I"},
    {core::Action::Escalate, "actionEscalate", "Ctrl+E"},
    {core::Action::Cancel, "actionCancelForCitizen", "Ctrl+Shift+X"},
    {core::Action::MarkInteractionNotLegitimate, "actionMarkInteractionNotLegitimate", "Ctrl+Shift+J"},
};

// The other action of a pair that toggles a report between two states.
std::optional<core::Action> toggledBy(core::Action action)
{
    switch (action) {
    case core::Action::Hide:
        return core::Action::Unhide;
    case core::Action::Unhide:
        return core::Action::Hide;
    case core::Action::Claim:
        return core::Action::Release;
    case core::Action::Release:
        return core::Action::Claim;
    default:
        return std::nullopt;
    }
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_unavailable = new UnavailableActions(this, statusBar(), [this] { return m_locked; });
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    // The centre: the empty state until a queue is attached, the work page, the lock page.
    QWidget *emptyPage = takeCentralWidget();
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"centralStack"_s);
    m_stack->addWidget(emptyPage);
    m_workPage = new QWidget(m_stack);
    m_workPage->setObjectName(u"workPage"_s);
    auto *workLayout = new QVBoxLayout(m_workPage);
    workLayout->setContentsMargins(6, 6, 6, 0);
    m_alertStrip = new AlertStrip(m_workPage);
    workLayout->addWidget(m_alertStrip);
    connect(m_alertStrip, &AlertStrip::openUrgentRequested, this, [this] {
        if (!m_locked) {
            emit newestUrgentRequested();
        }
    });
    m_stack->addWidget(m_workPage);
    m_lockPage = new LockPage(m_stack);
    connect(m_lockPage, &LockPage::unlockRequested, this, &MainWindow::unlockRequested);
    m_stack->addWidget(m_lockPage);
    setCentralWidget(m_stack);

    m_detail = new ReportDetail(this);
    m_detailDock = new QDockWidget(this);
    m_detailDock->setObjectName(u"reportDock"_s);
    m_detailDock->setWidget(m_detail);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
    m_map = new MapView(this);
    m_mapDock = new QDockWidget(this);
    m_mapDock->setObjectName(u"mapDock"_s);
    m_mapDock->setWidget(m_map);
    addDockWidget(Qt::RightDockWidgetArea, m_mapDock);
    splitDockWidget(m_detailDock, m_mapDock, Qt::Vertical);
    resizeDocks({m_detailDock}, {440}, Qt::Horizontal);
    m_detailDock->toggleViewAction()->setObjectName(u"actionShowReportDock"_s);
    m_detailDock->toggleViewAction()->setShortcut(QKeySequence(u"Ctrl+1"_s));
    m_mapDock->toggleViewAction()->setObjectName(u"actionShowMapDock"_s);
    m_mapDock->toggleViewAction()->setShortcut(QKeySequence(u"Ctrl+2"_s));
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(m_detailDock->toggleViewAction());
    m_ui->menuView->addAction(m_mapDock->toggleViewAction());

    setupLanguageMenu();
    setupReportActions();
    setupStatusBar();

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    // Until a report is selected, only V (which picks the next report to verify) opens a dialog.
    m_dialogReasons = {{ReportDialog::Distribute, tr("Select a report first.")},
                       {ReportDialog::Process, tr("Select a report first.")},
                       {ReportDialog::Publish, tr("Select a report first.")}};
    retranslate();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupReportActions()
{
    m_reportMenu = new QMenu(this);
    m_reportMenu->setObjectName(u"menuReport"_s);
    m_sessionMenu = new QMenu(this);
    m_sessionMenu->setObjectName(u"menuSession"_s);
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), m_reportMenu);
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), m_sessionMenu);

    const auto make = [this](const char *name, const char *shortcut) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(QKeySequence(QString::fromLatin1(shortcut)));
        addAction(action); // shortcuts work while docks have focus
        return action;
    };
    m_actionSearch = make("actionSearch", "/");
    m_actionNextToVerify = make("actionNextToVerify", "N");
    m_actionOpenReport = make("actionOpenReport", "Ctrl+O");
    m_actionVerify = make("actionVerify", "V");
    m_actionNewReport = make("actionNewReport", "Ctrl+N");
    m_reportMenu->addAction(m_actionNewReport);
    m_actionDistribute = make("actionDistribute", "Ctrl+D");
    m_actionDistributeNow = make("actionDistributeNow", "F9");
    m_actionProcess = make("actionProcess", "P");
    m_actionPublish = make("actionPublish", "Ctrl+P");
    m_actionAccount = make("actionAccount", "Ctrl+Shift+A");
    m_actionOpenUrgent = make("actionOpenNewestUrgent", "Ctrl+Shift+U");
    m_reportMenu->addAction(m_actionSearch);
    m_reportMenu->addAction(m_actionNextToVerify);
    m_reportMenu->addAction(m_actionOpenUrgent);
    m_reportMenu->addAction(m_actionVerify);
    m_reportMenu->addAction(m_actionDistribute);
    m_reportMenu->addAction(m_actionDistributeNow);
    m_reportMenu->addAction(m_actionProcess);
    m_reportMenu->addAction(m_actionPublish);
    m_reportMenu->addAction(m_actionAccount);
    m_reportMenu->addAction(m_actionOpenReport);
    m_reportMenu->addSeparator();
    for (const ReportActionInfo &info : reportActionInfos) {
        QAction *action = make(info.objectName, info.shortcut);
        action->setEnabled(false);
        m_reportActions.insert(info.action, action);
        m_reportMenu->addAction(action);
        connect(action, &QAction::triggered, this, [this, a = info.action] {
            if (m_queue != nullptr && !m_locked && !m_queue->currentReportId().isEmpty()) {
                emit reportActionRequested(a, m_queue->currentReportId());
            }
        });
    }
    // Ctrl+F as everywhere, and "/" as before (issue 27 §1).
    m_actionSearch->setShortcuts({QKeySequence(u"Ctrl+F"_s), QKeySequence(u"/"_s)});
    connect(m_actionSearch, &QAction::triggered, this, [this] {
        if (m_queue != nullptr && !m_locked) {
            m_queue->searchField()->setFocus(Qt::ShortcutFocusReason);
            m_queue->searchField()->selectAll();
        }
    });
    connect(m_actionOpenUrgent, &QAction::triggered, this, [this] {
        if (m_queue != nullptr && !m_locked) {
            emit newestUrgentRequested();
        }
    });
    connect(m_actionNextToVerify, &QAction::triggered, this, [this] {
        if (m_queue != nullptr && !m_locked) {
            m_queue->selectNextToVerify();
        }
    });
    for (QAction *action : {m_actionDistribute, m_actionDistributeNow}) {
        connect(action, &QAction::triggered, this, [this, now = action == m_actionDistributeNow] {
            if (m_queue != nullptr && !m_locked && !m_queue->currentReportId().isEmpty()) {
                emit distributeRequested(m_queue->currentReportId(), now);
            }
        });
    }
    connect(m_actionProcess, &QAction::triggered, this, [this] {
        if (m_queue != nullptr && !m_locked && !m_queue->currentReportId().isEmpty()) {
            emit processRequested(m_queue->currentReportId());
        }
    });
    connect(m_actionPublish, &QAction::triggered, this, [this] {
        if (m_queue != nullptr && !m_locked && !m_queue->currentReportId().isEmpty()) {
            emit publishRequested(m_queue->currentReportId());
        }
    });
    connect(m_actionAccount, &QAction::triggered, this, [this] {
        if (m_queue != nullptr && !m_locked && !m_queue->currentReportId().isEmpty()) {
            emit accountRequested(m_queue->currentReportId());
        }
    });
    connect(m_actionNewReport, &QAction::triggered, this, [this] {
        if (!m_locked) {
            emit newReportRequested();
        }
    });
    connect(m_actionVerify, &QAction::triggered, this, [this] {
        if (m_queue != nullptr && !m_locked) {
            if (m_queue->currentReportId().isEmpty()) {
                m_queue->selectNextToVerify();
            }
            if (!m_queue->currentReportId().isEmpty()) {
                emit verifyRequested(m_queue->currentReportId());
            }
        }
    });
    connect(m_actionOpenReport, &QAction::triggered, this, [this] {
        if (m_queue != nullptr && !m_locked) {
            m_detailDock->show();
            m_detailDock->raise();
            m_detail->setFocus(Qt::ShortcutFocusReason);
        }
    });

    m_actionSyncNow = make("actionSyncNow", "F5");
    m_actionWriteHandover = make("actionWriteHandover", "Ctrl+Shift+B");
    m_actionEnrolAuthenticator = make("actionEnrolAuthenticator", "Ctrl+Shift+K");
    m_actionEnrolAuthenticator->setVisible(false);
    m_actionLock = make("actionLock", "Ctrl+L");
    m_actionSignOut = make("actionSignOut", "Ctrl+Shift+Q");
    m_actionMute = make("actionMuteSounds", "Ctrl+Shift+M");
    m_actionMute->setCheckable(true);
    m_actionDark = make("actionDarkPalette", "Ctrl+Shift+D");
    m_actionDark->setCheckable(true);
    m_actionDark->setChecked(core::settings::darkPalette().get());
    m_actionHeat = make("actionHeatLayer", "Ctrl+Shift+E");
    m_actionHeat->setCheckable(true);
    m_actionOnlyInView = make("actionMapOnlyInView", "Ctrl+Shift+V");
    m_actionOnlyInView->setCheckable(true);
    m_actionMapHome = make("actionMapHome", "Ctrl+Home");
    m_ui->menuView->addAction(m_actionMapHome);
    m_ui->menuView->addAction(m_actionHeat);
    m_ui->menuView->addAction(m_actionOnlyInView);
    connect(m_actionHeat, &QAction::toggled, m_map, &MapView::setHeatVisible);
    connect(m_actionOnlyInView, &QAction::toggled, this, &MainWindow::mapOnlyInViewToggled);
    connect(m_actionMapHome, &QAction::triggered, this, [this] { m_map->fitTo(m_mapHome); });
    m_sessionMenu->addAction(m_actionSyncNow);
    m_sessionMenu->addAction(m_actionWriteHandover);
    m_sessionMenu->addAction(m_actionEnrolAuthenticator);
    m_sessionMenu->addAction(m_actionLock);
    m_sessionMenu->addAction(m_actionMute);
    m_sessionMenu->addSeparator();
    m_sessionMenu->addAction(m_actionSignOut);
    m_ui->menuView->addAction(m_actionDark);
    connect(m_actionSyncNow, &QAction::triggered, this, &MainWindow::syncNowRequested);
    connect(m_actionLock, &QAction::triggered, this, &MainWindow::lockRequested);
    connect(m_actionWriteHandover, &QAction::triggered, this, &MainWindow::writeHandoverRequested);
    connect(m_actionEnrolAuthenticator, &QAction::triggered, this, [this] {
        if (!m_locked) {
            emit enrolAuthenticatorRequested();
        }
    });
    connect(m_actionSignOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_actionMute, &QAction::toggled, this, &MainWindow::mutedChanged);
    connect(m_actionDark, &QAction::toggled, this, &MainWindow::darkPaletteRequested);

    m_actionDashboard = make("actionDashboard", "Ctrl+3");
    m_actionPeriodicReport = make("actionPeriodicReport", "Ctrl+Shift+R");
    m_actionReminderLetter = make("actionReminderLetter", "Ctrl+Shift+L");
    m_actionMessageDesk = make("actionMessageDesk", "Ctrl+Shift+G");
    for (QAction *action : {m_actionDashboard, m_actionPeriodicReport, m_actionReminderLetter, m_actionMessageDesk}) {
        action->setEnabled(false);
    }
    m_reportMenu->addAction(m_actionReminderLetter);
    connect(m_actionReminderLetter, &QAction::triggered, this, [this] {
        if (m_queue != nullptr && !m_locked && !m_queue->currentReportId().isEmpty()) {
            emit reminderLetterRequested(m_queue->currentReportId());
        }
    });
    m_ui->menuView->insertAction(m_detailDock->toggleViewAction(), m_actionDashboard);
    m_ui->menuView->insertAction(m_detailDock->toggleViewAction(), m_actionMessageDesk);
    connect(m_actionMessageDesk, &QAction::triggered, this, [this] {
        if (!m_locked) {
            emit messageDeskRequested();
        }
    });
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_actionPeriodicReport);
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    connect(m_actionDashboard, &QAction::triggered, this, [this] {
        if (!m_locked) {
            emit dashboardRequested();
        }
    });
    connect(m_actionPeriodicReport, &QAction::triggered, this, [this] {
        if (!m_locked) {
            emit periodicReportRequested();
        }
    });
}

void MainWindow::setSupervisionAvailable(bool available)
{
    m_actionDashboard->setEnabled(available);
    m_actionPeriodicReport->setEnabled(available);
}

void MainWindow::setMessageDeskAvailable(bool available)
{
    m_actionMessageDesk->setEnabled(available);
}

void MainWindow::setLettersAvailable(bool available)
{
    m_actionReminderLetter->setEnabled(available);
}

void MainWindow::attachQueue(models::QueueModel *model, QueuePanel::SearchFunction search)
{
    if (m_queue != nullptr) {
        m_queue->deleteLater();
    }
    m_queue = new QueuePanel(model, std::move(search), m_workPage);
    m_workPage->layout()->addWidget(m_queue);
    m_stack->setCurrentWidget(m_workPage);
    m_queue->table()->setFocus();
}

void MainWindow::setMapHome(const QRectF &world)
{
    m_mapHome = world;
    m_map->fitTo(world);
}

void MainWindow::setMapOnlyInView(bool on)
{
    const QSignalBlocker blocker(m_actionOnlyInView);
    m_actionOnlyInView->setChecked(on);
}

void MainWindow::setAvailableActions(const QList<core::Action> &actions, const QHash<core::Action, QString> &reasons)
{
    m_availableActions = actions;
    m_givenReasons = reasons;
    for (auto it = m_reportActions.cbegin(); it != m_reportActions.cend(); ++it) {
        const bool enabled = actions.contains(it.key());
        QString reason;
        if (!enabled) {
            reason = reasons.value(it.key());
            if (reason.isEmpty()) {
                reason = m_queue != nullptr && !m_queue->currentReportId().isEmpty()
                             ? tr("Not possible on this report now.")
                             : tr("Select a report first.");
            }
        }
        m_unavailable->set(it.value(), reason);
        // Of a pair that toggles (hide and unhide, claim and release), the one that cannot apply
        // leaves the menu while the other applies: "Bỏ ẩn" only on a hidden report.
        const std::optional<core::Action> partner = toggledBy(it.key());
        it.value()->setVisible(enabled || !partner || !actions.contains(*partner));
    }
    applyDialogReasons();
}

void MainWindow::setUnavailableDialogs(const QHash<ReportDialog, QString> &reasons)
{
    m_dialogReasons = reasons;
    applyDialogReasons();
}

void MainWindow::applyDialogReasons()
{
    const QList<std::pair<ReportDialog, QAction *>> dialogs{{ReportDialog::Verify, m_actionVerify},
                                                            {ReportDialog::Distribute, m_actionDistribute},
                                                            {ReportDialog::Distribute, m_actionDistributeNow},
                                                            {ReportDialog::Process, m_actionProcess},
                                                            {ReportDialog::Publish, m_actionPublish}};
    for (const auto &[dialog, action] : dialogs) {
        m_unavailable->set(action, m_dialogReasons.value(dialog));
    }
}

void MainWindow::setSessionStatus(const SessionStatusView &status)
{
    m_status = status;
    m_hasStatus = true;
    m_connectionLabel->setText(status.connection);
    m_connectionLabel->setStyleSheet(status.problem ? u"color: #c62828; font-weight: bold"_s : QString());
    // Always the time of the last sync that landed (issue 27 §7): today's by the time, an older
    // one with its date.
    const QDateTime lastSync = status.lastSync.toTimeZone(QTimeZone(7 * 3600));
    const QDateTime now = status.serverTime.isValid() ? status.serverTime.toTimeZone(QTimeZone(7 * 3600)) : lastSync;
    m_lastSyncLabel->setText(!status.lastSync.isValid() ? tr("Not synchronised yet")
                             : lastSync.date() == now.date()
                                 ? tr("Last sync %1").arg(lastSync.toString(u"HH:mm:ss"_s))
                                 : tr("Last sync %1").arg(lastSync.toString(u"HH:mm dd/MM/yyyy"_s)));
    m_outboxLabel->setText(
        tr("Pending %1 · Conflicts %2 · Failed %3").arg(status.pending).arg(status.conflicts).arg(status.failed));
    m_outboxLabel->setStyleSheet(status.conflicts + status.failed > 0 ? u"color: #6a1b9a; font-weight: bold"_s
                                                                      : QString());
    m_serverTimeLabel->setText(
        status.serverTime.isValid()
            ? tr("Server time %1").arg(status.serverTime.toTimeZone(QTimeZone(7 * 3600)).toString(u"HH:mm:ss"_s))
            : QString());
    m_userLabel->setText(status.user.isEmpty() ? tr("Not signed in") : status.user + u" — "_s + status.role);
}

void MainWindow::setAdministrator(bool administrator)
{
    m_actionEnrolAuthenticator->setVisible(administrator);
}

void MainWindow::setUrgentCount(int count)
{
    m_urgentCount = count;
    m_alertStrip->setUrgentCount(count);
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString base = tr("IOC field reports");
    setWindowTitle(m_urgentCount > 0 ? tr("(%n urgent) ", nullptr, m_urgentCount) + base : base);
}

void MainWindow::showAlert(const QString &text)
{
    m_alertStrip->showAlert(text);
}

QString MainWindow::alertText() const
{
    return m_alertStrip->alertText();
}

void MainWindow::setLocked(bool locked)
{
    if (locked == m_locked) {
        return;
    }
    m_locked = locked;
    if (locked) {
        m_lockedDocksVisible[0] = m_detailDock->isVisible();
        m_lockedDocksVisible[1] = m_mapDock->isVisible();
        m_detailDock->hide();
        m_mapDock->hide();
        m_stack->setCurrentWidget(m_lockPage);
        m_lockPage->prepare();
    } else {
        m_detailDock->setVisible(m_lockedDocksVisible[0]);
        m_mapDock->setVisible(m_lockedDocksVisible[1]);
        m_stack->setCurrentWidget(m_queue != nullptr ? m_workPage : m_stack->widget(0));
        if (m_queue != nullptr) {
            m_queue->table()->setFocus();
        }
    }
    if (locked) {
        for (QAction *action : m_reportActions) {
            action->setVisible(false);
        }
    } else {
        setAvailableActions(m_availableActions, m_givenReasons); // as they were, with their reasons
    }
    m_reportMenu->setEnabled(!locked);
}

void MainWindow::setLockSummary(const QString &summary)
{
    m_lockPage->setSummary(summary);
}

void MainWindow::setUnlockError(const QString &message)
{
    m_lockPage->setError(message);
}

void MainWindow::restoreUserLayout(const QByteArray &state, const QByteArray &header)
{
    if (!state.isEmpty()) {
        restoreState(state);
    }
    if (!header.isEmpty() && m_queue != nullptr) {
        m_queue->table()->horizontalHeader()->restoreState(header);
    }
}

QByteArray MainWindow::userHeaderState() const
{
    return m_queue != nullptr ? m_queue->table()->horizontalHeader()->saveState() : QByteArray();
}

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
        retranslate();
        // Qt's docks name their title buttons once, when built: name them again.
        for (QAbstractButton *button : findChildren<QAbstractButton *>(u"qt_dockwidget_closebutton"_s)) {
            button->setToolTip(QCoreApplication::translate("QDockWidget", "Close"));
            button->setAccessibleName(QCoreApplication::translate("QDockWidget", "Close"));
            button->setAccessibleDescription(QCoreApplication::translate("QDockWidget", "Closes the dock widget"));
        }
        for (QAbstractButton *button : findChildren<QAbstractButton *>(u"qt_dockwidget_floatbutton"_s)) {
            button->setAccessibleName(QCoreApplication::translate("QDockWidget", "Float"));
            button->setAccessibleDescription(
                QCoreApplication::translate("QDockWidget", "Undocks and re-attaches the dock widget"));
        }
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    core::settings::mainWindowGeometry().set(saveGeometry());
    core::settings::mainWindowState().set(saveState());
    emit closing();
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
    m_outboxLabel = new QLabel(this);
    m_outboxLabel->setObjectName(u"outboxStatus"_s);
    m_serverTimeLabel = new QLabel(this);
    m_serverTimeLabel->setObjectName(u"serverTimeStatus"_s);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(u"userStatus"_s);
    m_lastSyncLabel = new QLabel(this);
    m_lastSyncLabel->setObjectName(u"lastSyncStatus"_s);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_lastSyncLabel);
    statusBar()->addPermanentWidget(m_outboxLabel);
    statusBar()->addPermanentWidget(m_serverTimeLabel);
    statusBar()->addPermanentWidget(m_userLabel);
}

void MainWindow::retranslate()
{
    updateTitle();
    m_detailDock->setWindowTitle(tr("Report"));
    m_mapDock->setWindowTitle(tr("Map"));
    m_actionHeat->setText(tr("Map: &density layer"));
    m_actionOnlyInView->setText(tr("Queue: only what is in the map's &view"));
    m_actionMapHome->setText(tr("Map: the whole &province"));
    m_reportMenu->setTitle(tr("&Report"));
    m_sessionMenu->setTitle(tr("&Session"));
    m_actionSearch->setText(tr("&Search the queue"));
    m_actionNextToVerify->setText(tr("&Next report to verify"));
    m_actionOpenReport->setText(tr("&Open the selected report"));
    m_actionVerify->setText(tr("&Verify the selected report…"));
    m_actionOpenUrgent->setText(tr("Open the newest &urgent report"));
    m_actionNewReport->setText(tr("New report for a &citizen…"));
    m_actionDistribute->setText(tr("&Distribute the selected report…"));
    m_actionDistributeNow->setText(tr("Distribute an urgent report at &once as proposed"));
    m_actionProcess->setText(tr("&Process the selected report…"));
    m_actionPublish->setText(tr("Check and &publish the result…"));
    m_actionAccount->setText(tr("Sanctions on the sender's &account…"));
    for (const ReportActionInfo &info : reportActionInfos) {
        m_reportActions.value(info.action)
            ->setText(QCoreApplication::translate("ioc::core", core::actionLabel(info.action)));
    }
    m_actionSyncNow->setText(tr("Synchronise &now"));
    m_actionLock->setText(tr("&Lock the screen"));
    m_actionWriteHandover->setText(tr("Write the shift &handover note…"));
    m_actionEnrolAuthenticator->setText(tr("&One-time codes for an account…"));
    m_actionSignOut->setText(tr("Sign &out"));
    m_actionMute->setText(tr("&Mute alert sounds for this shift"));
    m_actionDark->setText(tr("&Dark palette"));
    m_actionDashboard->setText(tr("Supervision &dashboard"));
    m_actionMessageDesk->setText(tr("&Messages that need a person (call backs, not sent)"));
    m_actionPeriodicReport->setText(tr("Periodic &report…"));
    m_actionReminderLetter->setText(tr("Reminder &letter to the report's agency…"));
    if (m_hasStatus) {
        setSessionStatus(m_status);
    } else {
        m_connectionLabel->setText(tr("Not connected to the server"));
        m_userLabel->setText(tr("Not signed in"));
    }
    if (!m_locked) {
        setAvailableActions(m_availableActions, m_givenReasons); // the tooltips carry the actions' names
    }
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
        resize(1600, 950);
    }
    restoreState(core::settings::mainWindowState().get());
}

} // namespace ioc::ui

#pragma once

#include "core/language.h"
#include "core/workflow.h"
#include "ui/aboutdialog.h"
#include "ui/queue/queuepanel.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QActionGroup;
class QDockWidget;
class QLabel;
class QStackedWidget;

namespace Ui {
class MainWindow;
}

namespace ioc::models {
class QueueModel;
}

namespace ioc::ui {

class AlertStrip;
class LockPage;
class MapView;
class ReportDetail;
class UnavailableActions;

// The window's actions that open a dialog on the selected report: V, Ctrl+D and F9, P, Ctrl+P.
enum class ReportDialog
{
    Verify,
    Distribute,
    Process,
    Publish,
};

// What the status bar says about the session.
struct SessionStatusView
{
    QString connection; // "Trực tuyến", "Ngoại tuyến — …"
    bool problem = false;
    int pending = 0;
    int conflicts = 0;
    int failed = 0;
    QDateTime serverTime;
    QDateTime lastSync; // the last sync that succeeded (invalid: none yet)
    QString user;       // display name
    QString role;       // translated role
};

// The operator's main window: the queue in the centre, the report detail and the map in docks,
// menus and shortcuts for every action, the status bar, the alert banner and the lock screen.
// Widgets only: it shows what the composition root gives it and signals what the officer asks.
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

    // Shows the queue over `model` (after sign-in).
    void attachQueue(models::QueueModel *model, QueuePanel::SearchFunction search);
    QueuePanel *queue() const { return m_queue; }
    // The queue's model once a queue is attached (the dialogs' clock headers read it).
    const models::QueueModel *queueModel() const { return m_queue != nullptr ? m_queue->model() : nullptr; }
    MapView *mapView() const { return m_map; }
    // The province's extent, for "show the whole province" (Home).
    void setMapHome(const QRectF &world);
    void setMapOnlyInView(bool on);
    ReportDetail *reportDetail() const { return m_detail; }
    // Enables the report actions the officer may take on the selected report.
    // The report actions that apply now; each other one is disabled and says why (`reasons`, in
    // words: tooltip, status tip, and the status bar when its key is pressed; issue 27 §4).
    void setAvailableActions(const QList<core::Action> &actions, const QHash<core::Action, QString> &reasons = {});
    // The dialogs that cannot open on the selected report now, each with why (the rules' words);
    // the others open. Their keys answer like the report actions' (issue 27 §4).
    void setUnavailableDialogs(const QHash<ReportDialog, QString> &reasons);
    void setSessionStatus(const SessionStatusView &status);
    void setUrgentCount(int count);
    // Administrators enrol staff members' authenticator apps from the Session menu.
    void setAdministrator(bool administrator);
    // The dashboard and the periodic reports: for the IOC's officers and supervisors, and an
    // agency's leader.
    void setSupervisionAvailable(bool available);
    // The messages that need a person (call backs, messages not sent): the IOC's officers and
    // supervisors.
    void setMessageDeskAvailable(bool available);
    // Reminder letters: the IOC's officers and supervisors only.
    void setLettersAvailable(bool available);
    // A banner at the top of the window until dismissed (also when no notification service).
    void showAlert(const QString &text);
    QString alertText() const;

    // The lock screen: the data leaves the screen; `summary` says only counts.
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }
    void setLockSummary(const QString &summary);
    void setUnlockError(const QString &message);
    void restoreUserLayout(const QByteArray &state, const QByteArray &header);
    QByteArray userHeaderState() const;

signals:
    // The user picked a language in the menu; the composition root installs it.
    void languageRequested(ioc::core::Language language);
    void reportActionRequested(ioc::core::Action action, const QString &reportId);
    // The urgent banner was clicked, or Ctrl+Shift+U pressed: the newest urgent report not yet
    // distributed is to be opened, leaving the view or search if they hide it (issue 27 §3).
    void newestUrgentRequested();
    // The officer wants to verify the selected report (the verification dialog).
    void verifyRequested(const QString &reportId);
    // The officer enters a report for a citizen (hotline, e-mail, Zalo, Facebook).
    void newReportRequested();
    // Distribute the selected report: with the dialog, or at once as proposed (urgent).
    void distributeRequested(const QString &reportId, bool now);
    // An agency officer works on the selected report (the processing dialog).
    void processRequested(const QString &reportId);
    // The IOC checks and publishes the selected report's approved result (the publication gate).
    void publishRequested(const QString &reportId);
    // The sanctions of the account that sent the selected report (Điều 14.1).
    void accountRequested(const QString &reportId);
    void enrolAuthenticatorRequested();
    void lockRequested();
    void unlockRequested(const QByteArray &password);
    void signOutRequested();
    void syncNowRequested();
    void writeHandoverRequested();
    // Supervision (PRODUCT.md §11): the dashboard (Ctrl+3) and Tệp › Báo cáo… (Ctrl+Shift+R).
    void dashboardRequested();
    void messageDeskRequested();
    void periodicReportRequested();
    // A reminder letter (Điều 14.3.a) about the selected report to its lead agency (Ctrl+Shift+L).
    void reminderLetterRequested(const QString &reportId);
    void darkPaletteRequested(bool dark);
    void mapOnlyInViewToggled(bool on);
    void mutedChanged(bool muted);
    void closing();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setupLanguageMenu();
    void setupStatusBar();
    void setupReportActions();
    void retranslate();
    void updateTitle();
    void showAbout();
    void restoreLayout();
    void applyDialogReasons();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    QActionGroup *m_languageGroup = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_workPage = nullptr;
    LockPage *m_lockPage = nullptr;
    AlertStrip *m_alertStrip = nullptr;
    QueuePanel *m_queue = nullptr;
    ReportDetail *m_detail = nullptr;
    QDockWidget *m_detailDock = nullptr;
    QDockWidget *m_mapDock = nullptr;
    MapView *m_map = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_outboxLabel = nullptr;
    QLabel *m_serverTimeLabel = nullptr;
    QLabel *m_lastSyncLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    UnavailableActions *m_unavailable = nullptr; // the actions that do not apply, each with why
    QList<core::Action> m_availableActions;
    QHash<core::Action, QString> m_givenReasons;
    QHash<ReportDialog, QString> m_dialogReasons;
    QHash<core::Action, QAction *> m_reportActions;
    QAction *m_actionSearch = nullptr;
    QAction *m_actionNextToVerify = nullptr;
    QAction *m_actionVerify = nullptr;
    QAction *m_actionOpenUrgent = nullptr;
    QAction *m_actionNewReport = nullptr;
    QAction *m_actionDistribute = nullptr;
    QAction *m_actionDistributeNow = nullptr;
    QAction *m_actionProcess = nullptr;
    QAction *m_actionPublish = nullptr;
    QAction *m_actionAccount = nullptr;
    QAction *m_actionOpenReport = nullptr;
    QAction *m_actionSyncNow = nullptr;
    QAction *m_actionWriteHandover = nullptr;
    QAction *m_actionEnrolAuthenticator = nullptr;
    QAction *m_actionLock = nullptr;
    QAction *m_actionSignOut = nullptr;
    QAction *m_actionMute = nullptr;
    QAction *m_actionDark = nullptr;
    QAction *m_actionDashboard = nullptr;
    QAction *m_actionMessageDesk = nullptr;
    QAction *m_actionPeriodicReport = nullptr;
    QAction *m_actionReminderLetter = nullptr;
    QAction *m_actionHeat = nullptr;
    QAction *m_actionOnlyInView = nullptr;
    QAction *m_actionMapHome = nullptr;
    QMenu *m_reportMenu = nullptr;
    QMenu *m_sessionMenu = nullptr;
    SessionStatusView m_status;
    bool m_hasStatus = false;
    int m_urgentCount = 0;
    bool m_locked = false;
    bool m_lockedDocksVisible[2] = {true, true};
    AboutDialog::ComponentVersions m_components;
    QRectF m_mapHome;
};

} // namespace ioc::ui

#pragma once

#include "accountscontroller.h"
#include "alertcenter.h"
#include "distributioncontroller.h"
#include "lookupcontroller.h"
#include "mapcontroller.h"
#include "messagedeskcontroller.h"
#include "models/queuemodel.h"
#include "processingcontroller.h"
#include "queuefeed.h"
#include "sanctionscontroller.h"
#include "session/consolesession.h"
#include "supervisioncontroller.h"
#include "tileloader.h"
#include "ui/map/mapview.h"
#include "ui/report/reportdetail.h"
#include "verificationcontroller.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

namespace ioc::ui {
class LoginDialog;
class MainWindow;
} // namespace ioc::ui

namespace ioc {

// Wires one officer's session to the main window: sign-in, the queue model fed from the replica
// and updated from sync batches, the report detail, report actions through the outbox, the
// status bar, alerts, the idle lock and sign-out. The window never sees the session itself.
class ConsoleController final : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleController(ui::MainWindow *window, QObject *parent = nullptr);
    ~ConsoleController() override;

    // Opens the profile and signs in without asking (command line, the demo). False with a
    // message if the profile cannot be opened; the sign-in answers with signedIn/signInFailed.
    bool signInDirectly(const session::SessionOptions &options, QByteArray password, QString *error);
    // The sign-in dialog, pre-filled with the last server and user.
    void showLogin();

    session::ConsoleSession &session() { return m_session; }
    models::QueueModel &model() { return m_model; }
    AlertCenter &alerts() { return m_alerts; }
    const core::Directory &directory() const { return m_directory; }
    VerificationController &verification() { return m_verification; }
    DistributionController &distribution() { return m_distribution; }
    ProcessingController &processing() { return m_processing; }
    SanctionsController &sanctions() { return m_sanctions; }
    AccountsController &accounts() { return m_accounts; }
    SupervisionController &supervision() { return m_supervision; }
    MessageDeskController &messageDesk() { return m_messageDesk; }
    LookupController &lookup() { return m_lookup; }
    void lock();
    void signOut();

signals:
    void signedIn();
    void signInFailed(const QString &message);
    // The queue holds the replica's reports and the first sync has finished.
    void queueReady();
    // The handover notes of the previous shift are on screen.
    void handoverShown();

private:
    void startSession(QByteArray password, const QString &totp);
    void onSignedIn();
    void applyAgencyViews();
    void loadReference();
    void onReportsChanged(const QStringList &ids);
    void onStatus(const sync::SyncStatus &status);
    void showReport(const QString &id);
    void refreshCurrentReport();
    // The messages the server sent about a report (IOC roles), asked once per report shown and
    // again when the report changes; shown when they come.
    void fetchMessages(const QString &reportId);
    void act(core::Action action, const QString &reportId);
    void updateLockSummary();
    void saveUserLayout();
    void showPendingHandovers();
    void loadThumbnail(const core::MediaItem &item);
    void openMedia(const core::MediaItem &item);
    void writeHandover();
    QString userKey() const;
    bool eventFilter(QObject *watched, QEvent *event) override;

    ui::MainWindow *m_window;
    session::ConsoleSession m_session;
    models::QueueModel m_model;
    AlertCenter m_alerts;
    VerificationController m_verification;
    DistributionController m_distribution;
    MapController m_map;
    ProcessingController m_processing;
    SanctionsController m_sanctions;
    AccountsController m_accounts;
    SupervisionController m_supervision;
    MessageDeskController m_messageDesk;
    LookupController m_lookup;
    QPointer<ui::LoginDialog> m_login;
    QHash<QString, QString> m_userNames;
    core::Directory m_directory;
    core::WorkingCalendar m_calendar;
    core::SlaPolicy m_policy = core::SlaPolicy::defaults();
    QueueFeed m_feed; // after what it reads: the model, the map, the alerts, the directory
    QHash<QString, QList<ui::MessageView>> m_messages; // by report, as the server last told them
    QString m_messagesAsked;                           // the report whose messages were last asked for
    QString m_unsentHandover;                          // a note the server did not take, offered again
    std::unique_ptr<QTemporaryDir> m_openedMedia;      // videos handed to the system player
    int m_lastConflicts = 0;
    QTimer m_idle;
    QTimer m_statusTick;
};

} // namespace ioc

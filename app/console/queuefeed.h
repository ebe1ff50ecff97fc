#pragma once

#include "storage/reportrepository.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace ioc::core {
class Directory;
}
namespace ioc::models {
class QueueModel;
}
namespace ioc::session {
class ConsoleSession;
}
namespace ioc::ui {
class MainWindow;
}

namespace ioc {

class AlertCenter;
class MapController;

// Keeps the queue and the map's pins in step with the replica: the first read, each sync batch
// and a whole reload. The queue's part of a change waits while the officer points at the rows
// and is applied when the queue lets go (issue 27 §3); the map's never waits. Raises the alerts
// the queue's data calls for: a new urgent report, a "not satisfied" rating, a deadline close.
class QueueFeed final : public QObject
{
    Q_OBJECT

public:
    QueueFeed(ui::MainWindow *window, session::ConsoleSession &session, models::QueueModel &model, MapController &map,
              AlertCenter &alerts, const core::Directory &directory, QObject *parent = nullptr);

    // Reads the replica whole into the queue and the map.
    void load();
    // After sign-in, once the queue panel exists: the urgent reports already held raise no
    // alert, and the deadline check starts.
    void startSession();
    // The first sync has finished: from now on new urgent reports and ratings raise alerts.
    // True the one time the queue becomes ready (it has been read and was not ready before).
    bool announceReady(const QDateTime &serverNow);
    // A sync batch named these reports.
    void onReportsChanged(const QStringList &ids);
    // A bulk load, or more changes than are named one by one: the replica is read whole.
    void onReportsReloaded();
    // Opens the newest urgent report not yet distributed, leaving what hides it.
    void openNewestUrgent();
    // Sign-out: nothing of this session is kept.
    void reset();

private:
    void applyToQueue(const QList<storage::QueueRow> &rows, const QStringList &removed);
    void applyWaitingChanges();
    // Marks an urgent report known; true the first time, once the queue is ready (the first
    // sync's reports raise nothing).
    bool isNewUrgent(const QString &id);
    void alertUrgent(const QString &id, const QString &code, const QString &title);
    void flagDissatisfaction(const QList<storage::QueueRow> &rows);
    void checkClocks();
    void updateUrgentCount();

    ui::MainWindow *m_window;
    session::ConsoleSession &m_session;
    models::QueueModel &m_model;
    MapController &m_map;
    AlertCenter &m_alerts;
    const core::Directory &m_directory;
    QSet<QString> m_knownUrgent;
    QSet<QString> m_waitingIds;   // changed while the queue held its order
    bool m_reloadWaiting = false; // a whole reload waits likewise
    bool m_loaded = false;
    bool m_ready = false;
    QDateTime m_readyAt; // server time when this session's queue became ready
    QTimer m_clockCheck;
};

} // namespace ioc

#include "queuefeed.h"

#include "alertcenter.h"
#include "core/consolesettings.h"
#include "core/directory.h"
#include "core/vntime.h"
#include "mapcontroller.h"
#include "models/queuemodel.h"
#include "session/consolesession.h"
#include "ui/mainwindow.h"
#include "ui/queue/queuepanel.h"

#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace ioc {

namespace {

// The ids of `ids` that `rows` (read for them) lacks: reports no longer held.
QStringList missingFrom(const QStringList &ids, const QList<storage::QueueRow> &rows)
{
    QSet<QString> present;
    for (const storage::QueueRow &row : rows) {
        present.insert(row.id);
    }
    QStringList missing;
    for (const QString &id : ids) {
        if (!present.contains(id)) {
            missing.append(id);
        }
    }
    return missing;
}

} // namespace

QueueFeed::QueueFeed(ui::MainWindow *window, session::ConsoleSession &session, models::QueueModel &model,
                     MapController &map, AlertCenter &alerts, const core::Directory &directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_model(model)
    , m_map(map)
    , m_alerts(alerts)
    , m_directory(directory)
{
    m_clockCheck.setInterval(30000);
    connect(&m_clockCheck, &QTimer::timeout, this, &QueueFeed::checkClocks);
}

void QueueFeed::load()
{
    // Straight from the replica into the model and the map, one row at a time: a list of every
    // row would hold about a kilobyte per report at once (a million reports: a gigabyte).
    const int expected = m_session.reports().count();
    m_map.clearPins(expected);
    bool read = true;
    m_model.reset(expected, [this, &read](const models::QueueModel::RowSink &sink) {
        read = m_session.reports().forEachRow([this, &sink](const storage::QueueRow &row) {
            sink(row);
            m_map.setPin(row);
        });
    });
    m_map.finishPins();
    if (!read) {
        m_window->showAlert(tr("The queue could not be read from this workstation's copy in full."));
    }
    m_loaded = true;
    updateUrgentCount();
}

void QueueFeed::startSession()
{
    connect(m_window->queue(), &ui::QueuePanel::orderReleased, this, &QueueFeed::applyWaitingChanges);
    const QStringList urgent = m_model.unhandledUrgentIds();
    m_knownUrgent = QSet<QString>(urgent.cbegin(), urgent.cend());
    updateUrgentCount();
    m_clockCheck.start();
}

bool QueueFeed::announceReady(const QDateTime &serverNow)
{
    if (!m_loaded || m_ready) {
        return false;
    }
    m_ready = true;
    m_readyAt = serverNow;
    return true;
}

void QueueFeed::onReportsChanged(const QStringList &ids)
{
    const QList<storage::QueueRow> rows = m_session.reports().rows(ids);
    const QStringList removed = missingFrom(ids, rows);
    m_map.updatePins(rows, removed, false);
    ui::QueuePanel *queue = m_window->queue();
    if (queue != nullptr && queue->holdsOrder()) {
        // The rows stay put under the pointer; the note counts what waits.
        m_waitingIds.unite(QSet<QString>(ids.cbegin(), ids.cend()));
        queue->setWaitingChanges(m_reloadWaiting ? -1 : int(m_waitingIds.size()));
    } else {
        applyToQueue(rows, removed);
    }
    // New urgent reports that nobody has handled yet.
    for (const storage::QueueRow &row : rows) {
        const bool unhandled = row.state == core::ReportState::Received ||
                               row.state == core::ReportState::IdentityCheck ||
                               row.state == core::ReportState::Verified;
        if (row.urgent && unhandled && isNewUrgent(row.id)) {
            alertUrgent(row.id, row.code, row.title);
        }
    }
    flagDissatisfaction(rows);
    updateUrgentCount();
}

void QueueFeed::onReportsReloaded()
{
    // New urgent reports are alerted as onReportsChanged does; ratings are not looked for among
    // a whole replica's reports (the console flags those that arrive as named changes).
    if (!m_loaded) {
        return; // read at sign-in
    }
    if (m_window->queue() != nullptr && m_window->queue()->holdsOrder()) {
        m_reloadWaiting = true; // the whole queue, once the officer lets go of the rows
        m_window->queue()->setWaitingChanges(-1);
        return;
    }
    load();
    if (m_window->queue() != nullptr) {
        m_window->queue()->refreshSearch();
    }
    for (const QString &id : m_model.unhandledUrgentIds()) {
        if (!isNewUrgent(id)) {
            continue;
        }
        if (const auto row = m_session.reports().rows({id}); !row.isEmpty()) {
            alertUrgent(id, row.first().code, row.first().title);
        }
    }
    updateUrgentCount();
}

bool QueueFeed::isNewUrgent(const QString &id)
{
    if (m_knownUrgent.contains(id)) {
        return false;
    }
    m_knownUrgent.insert(id);
    return m_ready; // the first sync brings what is already there: no alert for each
}

void QueueFeed::alertUrgent(const QString &id, const QString &code, const QString &title)
{
    m_alerts.raise(AlertCenter::Kind::UrgentReport, id, tr("Urgent report"),
                   tr("Urgent report %1: %2").arg(code, title));
}

void QueueFeed::applyToQueue(const QList<storage::QueueRow> &rows, const QStringList &removed)
{
    m_model.apply(rows, removed);
    if (m_window->queue() != nullptr) {
        m_window->queue()->refreshSearch();
    }
}

void QueueFeed::applyWaitingChanges()
{
    if (m_window->queue() != nullptr) {
        m_window->queue()->setWaitingChanges(0);
    }
    if (m_reloadWaiting) {
        m_reloadWaiting = false;
        m_waitingIds.clear();
        onReportsReloaded();
        return;
    }
    if (m_waitingIds.isEmpty()) {
        return;
    }
    const QStringList ids(m_waitingIds.cbegin(), m_waitingIds.cend());
    m_waitingIds.clear();
    const QList<storage::QueueRow> rows = m_session.reports().rows(ids); // as they are now
    applyToQueue(rows, missingFrom(ids, rows));
    updateUrgentCount();
}

void QueueFeed::openNewestUrgent()
{
    ui::QueuePanel *queue = m_window->queue();
    if (queue == nullptr) {
        return;
    }
    queue->applyWaitingNow(); // the urgent report that was just announced is among them
    const QString id = m_model.newestUnhandledUrgent();
    if (id.isEmpty()) {
        m_window->statusBar()->showMessage(tr("No urgent report is waiting for distribution."), 8000);
        return;
    }
    if (!queue->goToReport(id)) {
        m_window->statusBar()->showMessage(
            tr("The newest urgent report, %1, is not in any view here.").arg(m_model.summaryOf(id)), 8000);
    }
}

void QueueFeed::flagDissatisfaction(const QList<storage::QueueRow> &rows)
{
    // A "Không hài lòng" rating flags the agency and the supervisors (13.3); it starts no clock.
    // Each rating once (a new publication may be rated again); only ratings made since this
    // session became ready, so that what the first sync brings raises nothing.
    const auto user = m_session.user();
    const bool concerned = user && (user->role == core::Role::Supervisor || user->role == core::Role::AgencyStaff ||
                                    user->role == core::Role::AgencyLeader);
    if (!concerned || !m_ready) {
        return;
    }
    for (const storage::QueueRow &row : rows) {
        if (row.state != core::ReportState::Published) {
            continue;
        }
        const auto report = m_session.reports().report(row.id);
        if (!report || report->rating != core::Satisfaction::NotSatisfied || report->ratings.isEmpty() ||
            report->ratings.constLast().ratedAt < m_readyAt) {
            continue;
        }
        const bool ours = user->role == core::Role::Supervisor || report->leadAgencyId == user->agencyId ||
                          m_directory.upperLevelAgencies(report->leadAgencyId).contains(user->agencyId);
        if (ours) {
            m_alerts.raise(AlertCenter::Kind::NotSatisfied,
                           row.id + u'@' + core::vntime::toIso8601(report->ratings.constLast().ratedAt),
                           tr("Reporter not satisfied"),
                           tr("%1: the reporter is not satisfied with the result (%2)").arg(row.code, row.title));
        }
    }
}

void QueueFeed::checkClocks()
{
    const QDateTime now = m_session.serverNow();
    const int lead = std::max(1, core::settings::alertLeadMinutes().get());
    for (const QString &id : m_model.idsDueBetween(now, now.addSecs(lead * 60))) {
        const int row = m_model.rowOf(id);
        const QString code =
            row >= 0 ? m_model.data(m_model.index(row, models::QueueModel::CodeColumn)).toString() : id;
        m_alerts.raise(AlertCenter::Kind::ClockRunningOut, id, tr("Deadline approaching"),
                       tr("Report %1: a deadline runs out within %n minute(s).", nullptr, lead).arg(code));
    }
}

void QueueFeed::updateUrgentCount()
{
    m_window->setUrgentCount(m_model.unhandledUrgentCount());
}

void QueueFeed::reset()
{
    m_clockCheck.stop();
    m_knownUrgent.clear();
    m_waitingIds.clear();
    m_reloadWaiting = false;
    m_loaded = false;
    m_ready = false;
    m_readyAt = {};
    m_window->setUrgentCount(0);
}

} // namespace ioc

#include "supervisioncontroller.h"

#include "core/logging.h"
#include "core/vntime.h"
#include "reporting/evaluation.h"
#include "reporting/render/document.h"
#include "reporting/render/letter.h"
#include "reporting/render/reportwriter.h"
#include "reporting/render/textreport.h"
#include "session/consolesession.h"
#include "storage/reportingsource.h"
#include "ui/dashboard/dashboardwindow.h"
#include "ui/mainwindow.h"
#include "ui/map/mapview.h"
#include "ui/queue/queuepanel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ioc {

SupervisionController::SupervisionController(ui::MainWindow *window, session::ConsoleSession &session,
                                             RulesFunction rules, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_rules(std::move(rules))
    , m_records(
          window, session, [this] { return m_rules().directory; },
          [this]() -> QWidget * {
              return m_dashboard != nullptr && m_dashboard->isVisible() ? static_cast<QWidget *>(m_dashboard.data())
                                                                        : m_window;
          })
{
    connect(&m_records, &SupervisionRecordsController::letterIssued, this, &SupervisionController::letterIssued);
    connect(&m_records, &SupervisionRecordsController::letterSaved, this, &SupervisionController::letterSaved);
    m_recompute.setSingleShot(true);
    m_recompute.setInterval(minimumRefreshMs);
    connect(&m_recompute, &QTimer::timeout, this, &SupervisionController::recompute);
    connect(m_window, &ui::MainWindow::dashboardRequested, this, &SupervisionController::openDashboard);
    connect(m_window, &ui::MainWindow::periodicReportRequested, this, &SupervisionController::openReportDialog);
}

SupervisionController::~SupervisionController()
{
    delete m_dashboard;
}

void SupervisionController::startSession()
{
    const auto user = m_session.user();
    const bool ioc = user && (user->role == core::Role::DutyOfficer || user->role == core::Role::Supervisor ||
                              user->role == core::Role::Admin);
    const bool leader = user && user->role == core::Role::AgencyLeader;
    m_lockedAgency = leader ? user->agencyId : QString();
    m_window->setSupervisionAvailable(ioc || leader);
    m_window->setLettersAvailable(user &&
                                  (user->role == core::Role::DutyOfficer || user->role == core::Role::Supervisor));
    if (m_dashboard != nullptr) {
        m_dashboard->setLettersAvailable(
            user && (user->role == core::Role::DutyOfficer || user->role == core::Role::Supervisor));
    }
}

void SupervisionController::onRecordsChanged()
{
    if (!m_data) {
        return;
    }
    storage::StorageError error;
    if (!storage::loadSupervisionRecords(m_session.replica(), &m_data->records(), &error)) {
        qCWarning(core::lcCore) << "supervision: cannot read the letters and assessments:" << error.message;
        return;
    }
    if (m_dashboard != nullptr && m_dashboard->isVisible() && !m_recompute.isActive()) {
        m_recompute.start();
    }
}

reporting::Options SupervisionController::options() const
{
    const core::SlaPolicy::Reporting settings = m_rules().policy.reporting();
    reporting::Options options;
    options.minimumSample = settings.minimumSample;
    if (settings.goLive.isValid()) {
        options.goLive = core::vntime::fromLocal(settings.goLive, QTime(0, 0)).toMSecsSinceEpoch();
    }
    return options;
}

bool SupervisionController::ensureLoaded()
{
    if (m_data) {
        return true;
    }
    QElapsedTimer timer;
    timer.start();
    storage::StorageError error;
    auto data = storage::loadReportingDataset(m_session.replica(), &error);
    if (!data) {
        m_window->showAlert(tr("The figures could not be read from this workstation's copy: %1").arg(error.message));
        return false;
    }
    qCInfo(core::lcCore) << "supervision: read" << data->reports.size() << "reports in" << timer.elapsed() << "ms";
    m_data.emplace(std::move(*data));
    return true;
}

void SupervisionController::reload()
{
    if (!m_data) {
        return;
    }
    m_data.reset();
    if (m_dashboard != nullptr && m_dashboard->isVisible() && ensureLoaded()) {
        m_recompute.start();
    }
}

void SupervisionController::onReportsChanged(const QStringList &ids)
{
    if (!m_data) {
        return; // read in full when first needed
    }
    storage::StorageError error;
    auto batch = storage::loadReportingDataset(m_session.replica(), ids, &error);
    if (!batch) {
        qCWarning(core::lcCore) << "supervision: cannot read a sync batch:" << error.message;
        m_data.reset(); // read again in full next time
        return;
    }
    m_data->apply(ids, std::move(batch->reports), std::move(batch->calls));
    if (m_dashboard != nullptr && m_dashboard->isVisible() && !m_recompute.isActive()) {
        m_recompute.start();
    }
}

void SupervisionController::openDashboard()
{
    if (!ensureLoaded()) {
        return;
    }
    if (m_dashboard == nullptr) {
        m_dashboard = new ui::DashboardWindow(m_window);
        connect(m_dashboard, &ui::DashboardWindow::selectionChanged, this, &SupervisionController::recompute);
        connect(m_dashboard, &ui::DashboardWindow::drillDown, this, &SupervisionController::drillDown);
        connect(m_dashboard, &ui::DashboardWindow::periodicReportRequested, this,
                &SupervisionController::openReportDialog);
        connect(m_dashboard, &ui::DashboardWindow::letterRequested, this,
                [this](const QString &agencyId, const QSet<QString> &ids) {
                    m_records.openLetterDialog(agencyId, QStringList(ids.cbegin(), ids.cend()));
                });
        connect(m_dashboard, &ui::DashboardWindow::mapShadingToggled, this, &SupervisionController::shadeMap);
        connect(m_dashboard, &ui::DashboardWindow::assessmentRequested, this, [this](const QString &agencyId) {
            // The chosen window of the dashboard is the period assessed.
            const auto period = m_dashboard->dates(core::vntime::localDate(m_session.serverNow()));
            m_records.assess(agencyId, period.first, period.second);
        });
        // An area of the coloured map opens its overdue reports (after the map's own filter by area).
        connect(m_window->mapView(), &ui::MapView::areaClicked, this, [this](const QString &areaId) {
            if (m_window->mapView()->hasAreaShading() && m_areaOverdue.contains(areaId)) {
                drillDown(reporting::toSet(m_areaOverdue.value(areaId)),
                          tr("overdue in %1").arg(reporting::render::namesOf(m_rules().directory).area(areaId)));
            }
        });
        const auto user = m_session.user();
        m_dashboard->setLettersAvailable(
            user && (user->role == core::Role::DutyOfficer || user->role == core::Role::Supervisor));
        m_dashboard->setAssessmentsAvailable(user && user->role == core::Role::Supervisor);
        // The main window's shortcuts work from the dashboard's window too (Ctrl+Shift+R, Ctrl+3,
        // Ctrl+L to lock).
        for (const char *name : {"actionDashboard", "actionPeriodicReport", "actionLock"}) {
            if (QAction *action = m_window->findChild<QAction *>(QString::fromLatin1(name))) {
                m_dashboard->addAction(action);
            }
        }
    }
    const reporting::render::Names names = reporting::render::namesOf(m_rules().directory);
    m_dashboard->setChoices(reporting::render::sortedByName(names.agencies),
                            reporting::render::sortedByName(names.categories),
                            reporting::render::sortedByName(names.areas));
    m_dashboard->lockAgency(m_lockedAgency);
    recompute();
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
}

void SupervisionController::recompute()
{
    if (m_dashboard == nullptr || !m_data) {
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const Rules rules = m_rules();
    const reporting::Options options = this->options();
    const QDateTime now = m_session.serverNow();
    const auto [first, last] = m_dashboard->dates(core::vntime::localDate(now));
    reporting::Filter filter = m_dashboard->filter();
    if (!m_lockedAgency.isEmpty()) {
        filter.agencyIds = {m_lockedAgency};
    }
    const reporting::Dataset &data = m_data->data();
    ui::DashboardView view;
    view.names = reporting::render::namesOf(rules.directory);
    QStringList agencies = view.names.agencies.keys();
    if (!filter.agencyIds.isEmpty()) {
        agencies = QStringList(filter.agencyIds.cbegin(), filter.agencyIds.cend());
    }
    reporting::DashboardFigures figures =
        reporting::dashboardFigures(data, now.toMSecsSinceEpoch(), rules.calendar,
                                    reporting::windowOfDates(first, last), filter, agencies, options);
    view.now = std::move(figures.now);
    view.trend = std::move(figures.trend);
    view.evaluation = std::move(figures.evaluation);
    if (!filter.agencyIds.isEmpty()) {
        view.evaluation.agencies.removeIf(
            [&filter](const reporting::AgencyEvaluation &row) { return !filter.agencyIds.contains(row.agencyId); });
    }
    const core::SlaPolicy::Reporting settings = rules.policy.reporting();
    view.nextDue =
        reporting::nextDuePeriod(core::vntime::localDate(now), {settings.periodFirstDay, settings.reportDueDay});
    QHash<QString, const reporting::ReportFacts *> byId;
    for (const reporting::ReportFacts &report : data.reports) {
        if (view.now.oldestOpen.contains(report.id)) {
            byId.insert(report.id, &report);
        }
    }
    for (const QString &id : view.now.oldestOpen) {
        if (const reporting::ReportFacts *report = byId.value(id)) {
            view.oldest.append(*report);
        }
    }
    m_lastComputeMs = timer.elapsed();
    // The figures are computed on this thread: while sync brings batches, they are computed again
    // at most once in five times their cost (a province's million reports take a few hundred
    // milliseconds), so that the console stays responsive.
    m_recompute.setInterval(int(std::max<qint64>(minimumRefreshMs, 5 * m_lastComputeMs)));
    m_areaOverdue.clear();
    for (auto it = view.now.overdueByArea.cbegin(); it != view.now.overdueByArea.cend(); ++it) {
        m_areaOverdue.insert(it.key(), it->ids);
    }
    m_dashboard->setView(view);
    shadeMap();
    qCDebug(core::lcCore) << "supervision: figures in" << m_lastComputeMs << "ms, shown in" << timer.elapsed() << "ms";
    emit figuresUpdated();
}

void SupervisionController::shadeMap()
{
    if (m_dashboard == nullptr || !m_dashboard->mapShading() || !m_dashboard->isVisible()) {
        m_window->mapView()->setAreaShading({});
        return;
    }
    qsizetype most = 1;
    for (const QStringList &ids : std::as_const(m_areaOverdue)) {
        most = std::max(most, ids.size());
    }
    QHash<QString, ui::AreaShade> shades;
    for (auto it = m_areaOverdue.cbegin(); it != m_areaOverdue.cend(); ++it) {
        shades.insert(it.key(), {double(it->size()) / double(most), tr("%n overdue", nullptr, int(it->size()))});
    }
    m_window->mapView()->setAreaShading(shades);
}

void SupervisionController::drillDown(const QSet<QString> &ids, const QString &label)
{
    ui::QueuePanel *queue = m_window->queue();
    if (queue == nullptr) {
        return;
    }
    // Every view, so that the queue shows exactly the reports behind the figure.
    queue->setSavedView(models::SavedView::All);
    models::QueueFilter only;
    only.onlyIds = ids;
    queue->setRestriction(only, tr("From the dashboard: %1 (%n report(s))", nullptr, int(ids.size())).arg(label));
    m_window->raise();
    m_window->activateWindow();
    queue->table()->setFocus(Qt::OtherFocusReason);
}

std::optional<reporting::Period> SupervisionController::periodOf(const ui::PeriodicReportDialog::Request &request,
                                                                 QString *error) const
{
    const core::SlaPolicy::Reporting settings = m_rules().policy.reporting();
    return reporting::periodOf(request.kind, request.period, {settings.periodFirstDay, settings.reportDueDay}, error,
                               request.from, request.to);
}

void SupervisionController::openReportDialog()
{
    if (!ensureLoaded()) {
        return;
    }
    if (m_dialog != nullptr) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const core::SlaPolicy::Reporting settings = m_rules().policy.reporting();
    const reporting::Period next = reporting::nextDuePeriod(core::vntime::localDate(m_session.serverNow()),
                                                            {settings.periodFirstDay, settings.reportDueDay});
    QWidget *parent =
        m_dashboard != nullptr && m_dashboard->isVisible() ? static_cast<QWidget *>(m_dashboard.data()) : m_window;
    m_dialog = new ui::PeriodicReportDialog(
        next,
        [this](const ui::PeriodicReportDialog::Request &request, QString *error) -> std::unique_ptr<QTextDocument> {
            const auto period = periodOf(request, error);
            if (!period || !m_data) {
                return nullptr;
            }
            const Rules rules = m_rules();
            const reporting::render::ReportDocument document =
                reporting::render::compose(m_data->data(), *period, m_session.serverNow().toMSecsSinceEpoch(),
                                           rules.calendar, options(), reporting::render::namesOf(rules.directory));
            const reporting::render::Wording words;
            return reporting::render::textReport(document, words, reporting::render::ChartMode::Image, 640);
        },
        parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ui::PeriodicReportDialog::generateRequested, this, &SupervisionController::generate);
    m_dialog->show();
}

void SupervisionController::generate(const ui::PeriodicReportDialog::Request &request)
{
    QString error;
    const auto period = periodOf(request, &error);
    if (!period || !m_data) {
        m_dialog->setResult(error, false);
        return;
    }
    const Rules rules = m_rules();
    const reporting::render::ReportDocument document =
        reporting::render::compose(m_data->data(), *period, m_session.serverNow().toMSecsSinceEpoch(), rules.calendar,
                                   options(), reporting::render::namesOf(rules.directory));
    QPointer<ui::PeriodicReportDialog> dialog = m_dialog;
    dialog->setBusy(true);
    reporting::render::WriteOptions writeOptions;
    writeOptions.csvByteOrderMark = request.byteOrderMark;
    // Written here, between events: the progress bar moves and Cancel is heard at each step.
    const reporting::render::WriteResult result = reporting::render::writeReport(
        document, request.format, request.path,
        [dialog](int percent) {
            if (dialog == nullptr) {
                return false;
            }
            dialog->setProgress(percent);
            QApplication::processEvents(QEventLoop::ExcludeSocketNotifiers);
            return dialog != nullptr && !dialog->cancelRequested();
        },
        writeOptions);
    if (dialog == nullptr) {
        return;
    }
    dialog->setBusy(false);
    if (result.cancelled) {
        dialog->setResult(tr("Cancelled: no file was written."), false);
        return;
    }
    if (!result.ok) {
        dialog->setResult(tr("The report could not be written: %1").arg(result.error), false);
        return;
    }
    dialog->setResult(tr("Written: %1").arg(QFileInfo(request.path).absoluteFilePath()), true);
    emit reportWritten(request.path);
}

void SupervisionController::hide()
{
    m_recompute.stop();
    m_records.close();
    if (m_dialog != nullptr) {
        m_dialog->close();
    }
    if (m_dashboard != nullptr) {
        m_dashboard->hide();
    }
    m_window->mapView()->setAreaShading({});
}

void SupervisionController::reset()
{
    hide();
    delete m_dashboard;
    m_data.reset();
    m_lockedAgency.clear();
    m_records.reset();
    m_window->setSupervisionAvailable(false);
    m_window->setLettersAvailable(false);
}

} // namespace ioc

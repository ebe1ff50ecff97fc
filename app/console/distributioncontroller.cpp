#include "distributioncontroller.h"

#include "core/distribution.h"
#include "core/logging.h"
#include "core/translations.h"
#include "core/vntime.h"
#include "session/consolesession.h"
#include "ui/dialogs/distributiondialog.h"
#include "ui/mainwindow.h"
#include "ui/report/clockheader.h"

#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace ioc {

DistributionController::DistributionController(ui::MainWindow *window, session::ConsoleSession &session,
                                               RulesFunction rules, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_rules(std::move(rules))
{
    connect(m_window, &ui::MainWindow::distributeRequested, this,
            [this](const QString &id, bool now) { now ? distributeNow(id) : distribute(id); });
}

void DistributionController::distribute(const QString &reportId)
{
    const std::optional<core::Report> report = m_session.reports().report(reportId);
    if (!report || !m_session.user()) {
        return;
    }
    const core::Directory directory = m_session.directory();
    const core::Actor actor = m_session.actor();
    const Rules rules = m_rules();
    // The clocks a distribution would start: the workflow applied to a copy, as the server will.
    auto preview = [report = *report, directory, actor, rules, this](const QJsonObject &payload, QString *problem) {
        const QDateTime now = m_session.serverNow();
        core::WorkflowContext context;
        context.policy = &rules.policy;
        context.calendar = &rules.calendar;
        context.directory = &directory;
        context.receivedAt = now;
        const auto outcome = core::applyAction(report, actor, core::Action::Distribute, payload, now, context);
        QList<core::ReportClock> started;
        if (!outcome.ok()) {
            *problem = outcome.error().message(core::Translations::current());
            return started;
        }
        for (const core::ReportClock &clock : outcome.value().report.clocks) {
            if (clock.status == core::ClockStatus::Running && clock.startedAt == now) {
                started.append(clock);
            }
        }
        return started;
    };
    // Window-modal without a nested event loop: sync and timers go on while the officer decides.
    auto *dialog = new ui::DistributionDialog(*report, directory, preview, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->clockHeader()->follow(m_window->queueModel(), reportId);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, reportId] { queue(reportId, core::actionName(dialog->action()), dialog->payload()); });
    dialog->open();
}

void DistributionController::distributeNow(const QString &reportId)
{
    const std::optional<core::Report> report = m_session.reports().report(reportId);
    if (!report || !m_session.user()) {
        return;
    }
    if (!report->urgent) {
        distribute(reportId);
        return;
    }
    const core::Directory directory = m_session.directory();
    const QDate today = core::vntime::localDate(m_session.serverNow());
    const auto area =
        core::distribution::proposeArea(directory, report->position.latitude, report->position.longitude, today);
    const auto lead = core::distribution::proposeLead(directory, area.areaId, report->categoryId);
    if (area.outside || area.areaId.isEmpty() || lead.agencyId.isEmpty()) {
        distribute(reportId); // not certain: the officer decides in the dialog
        return;
    }
    const core::Agency *agency = directory.agency(lead.agencyId);
    if (queue(reportId, core::actionName(core::Action::Distribute),
              {{u"lead_agency_id"_s, lead.agencyId},
               {u"note"_s, tr("Urgent: distributed at once as proposed. %1").arg(lead.reason)}})) {
        // The agency's contact person stays in the report's detail, with a button to copy it.
        m_window->statusBar()->showMessage(tr("%1 distributed to %2.").arg(report->code, agency->name), 8000);
    }
}

bool DistributionController::queue(const QString &reportId, const QString &action, const QJsonObject &payload)
{
    QString error;
    if (!m_session.act(reportId, action, payload, &error)) {
        qCWarning(core::lcCore) << "distribution not queued:" << error;
        QMessageBox::warning(m_window, tr("Distribution not queued"), error);
        return false;
    }
    emit distributionQueued(reportId);
    return true;
}

} // namespace ioc

#include "processingcontroller.h"

#include "core/logging.h"
#include "mediadecode.h"
#include "mediafiles.h"
#include "session/consolesession.h"
#include "ui/dialogs/processingdialog.h"
#include "ui/dialogs/publicationdialog.h"
#include "ui/mainwindow.h"
#include "ui/report/clockheader.h"

#include <QCoreApplication>
#include <QStatusBar>

namespace ioc {

namespace {

QList<core::Action> availableOf(const core::Report &report, const core::Actor &actor, const core::Directory &directory,
                                const QList<core::Action> &handled)
{
    QList<core::Action> available;
    for (const core::Action action : core::availableActions(report, actor, &directory)) {
        if (handled.contains(action)) {
            available.append(action);
        }
    }
    return available;
}

QString labelOf(core::Action action)
{
    return QCoreApplication::translate("ioc::core", core::actionLabel(action));
}

} // namespace

ProcessingController::ProcessingController(ui::MainWindow *window, session::ConsoleSession &session, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
{
    connect(m_window, &ui::MainWindow::processRequested, this, &ProcessingController::process);
    connect(m_window, &ui::MainWindow::publishRequested, this, &ProcessingController::publish);
}

void ProcessingController::process(const QString &reportId)
{
    const std::optional<core::Report> report = m_session.reports().report(reportId);
    if (!report || !m_session.user()) {
        return;
    }
    const core::Directory directory = m_session.directory(); // read once from the replica
    const QList<core::Action> available =
        availableOf(*report, m_session.actor(), directory, ui::ProcessingDialog::handledActions());
    if (available.isEmpty()) {
        m_window->statusBar()->showMessage(tr("%1: nothing to process for your role now.").arg(report->code), 8000);
        return;
    }
    close();
    m_processing =
        new ui::ProcessingDialog(*report, directory, m_session.actor(), available, m_session.serverNow(), m_window);
    m_processing->setAttribute(Qt::WA_DeleteOnClose);
    m_processing->clockHeader()->follow(m_window->queueModel(), report->id);
    connect(m_processing, &ui::ProcessingDialog::decided, this, &ProcessingController::queueProcessing);
    // Window-modal without a nested event loop: sync and timers go on while the officer writes.
    m_processing->open();
}

void ProcessingController::publish(const QString &reportId)
{
    std::optional<core::Report> report = m_session.reports().report(reportId);
    if (!report || !m_session.user()) {
        return;
    }
    const core::Directory directory = m_session.directory(); // read once from the replica
    const QList<core::Action> available =
        availableOf(*report, m_session.actor(), directory, ui::PublicationDialog::handledActions());
    if (available.isEmpty()) {
        m_window->statusBar()->showMessage(tr("%1: no approved result to publish.").arg(report->code), 8000);
        return;
    }
    // The gate looks for the reporter's identity in the text where this console revealed it (the
    // dialog shows it only masked); the server masks it in any case.
    if (const auto identity = m_session.identities().identityOf(reportId)) {
        const core::Reporter server = report->reporter;
        report->reporter = *identity;
        report->reporter.senderKeys = server.senderKeys;
        report->reporter.checks = server.checks;
        report->reporter.masked = server.masked;
    }
    close();
    m_publication = new ui::PublicationDialog(*report, directory, m_session.reports().events(reportId), available,
                                              m_session.serverNow(), m_window);
    m_publication->setAttribute(Qt::WA_DeleteOnClose);
    m_publication->clockHeader()->follow(m_window->queueModel(), reportId);
    connect(m_publication, &ui::PublicationDialog::decided, this, &ProcessingController::queuePublication);
    connect(m_publication, &ui::PublicationDialog::photoNeeded, this, &ProcessingController::loadPhoto);
    m_publication->open();
    m_publication->loadPhotos();
}

void ProcessingController::close()
{
    if (m_processing) {
        m_processing->close();
    }
    if (m_publication) {
        m_publication->close();
    }
}

void ProcessingController::queueProcessing()
{
    if (!m_processing) {
        return;
    }
    // Result files are read and judged by their content before anything is kept.
    QStringList problems;
    const QList<session::NewMedia> files = readMediaFiles(m_processing->files(), true, &problems);
    if (!problems.isEmpty()) {
        m_processing->showProblem(problems.join(u'\n'));
        return;
    }
    const QString reportId = m_processing->reportId();
    const core::Action action = m_processing->action();
    QString error;
    if (!m_session.act(reportId, core::actionName(action), m_processing->payload(), &error, files)) {
        qCWarning(core::lcCore) << "processing action not queued:" << error;
        m_processing->showProblem(error);
        return;
    }
    m_window->statusBar()->showMessage(tr("%1 queued.").arg(labelOf(action)), 8000);
    m_processing->accept();
    emit actionQueued(reportId, core::actionName(action));
}

void ProcessingController::queuePublication()
{
    if (!m_publication) {
        return;
    }
    const QString reportId = m_publication->reportId();
    const core::Action action = m_publication->action();
    QString error;
    if (!m_session.act(reportId, core::actionName(action), m_publication->payload(), &error)) {
        qCWarning(core::lcCore) << "publication action not queued:" << error;
        m_publication->showProblem(error);
        return;
    }
    m_window->statusBar()->showMessage(tr("%1 queued.").arg(labelOf(action)), 8000);
    m_publication->accept();
    emit actionQueued(reportId, core::actionName(action));
}

void ProcessingController::loadPhoto(const QString &sha256)
{
    const QString reportId = m_publication ? m_publication->reportId() : QString();
    fetchThumbnail(m_session, this, sha256, QString(), 320,
                   [this, sha256, reportId](const QImage &image, const QString &problem) {
                       if (m_publication && m_publication->reportId() == reportId) {
                           m_publication->setThumbnail(sha256, image, problem);
                       }
                   });
}

} // namespace ioc

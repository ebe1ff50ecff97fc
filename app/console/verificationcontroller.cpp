#include "verificationcontroller.h"

#include "mediadecode.h"
#include "mediafiles.h"
#include "session/consolesession.h"
#include "ui/dialogs/intakedialog.h"
#include "ui/mainwindow.h"
#include "ui/map/mapview.h"
#include "ui/report/clockheader.h"

#include <QMessageBox>
#include <QUuid>

namespace ioc {

VerificationController::VerificationController(ui::MainWindow *window, session::ConsoleSession &session,
                                               RevealedFunction revealed, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_revealed(std::move(revealed))
{
    connect(m_window, &ui::MainWindow::verifyRequested, this, &VerificationController::verify);
    connect(m_window, &ui::MainWindow::newReportRequested, this, &VerificationController::enterReport);
    connect(m_window->mapView(), &ui::MapView::pointClicked, this, [this](double latitude, double longitude) {
        if (m_intake && m_intake->isVisible()) {
            m_intake->setPosition(latitude, longitude);
        }
    });
}

void VerificationController::enterReport()
{
    if (!m_session.user()) {
        return;
    }
    if (!m_intake) {
        m_intake = new ui::IntakeDialog(m_session.directory(), m_session.serverNow(), m_window);
        QList<std::pair<QString, QString>> systems;
        for (const core::User &user : m_session.reference().users()) {
            if (user.role == core::Role::ConnectedSystem && user.active) {
                systems.append({user.id, user.displayName});
            }
        }
        m_intake->setConnectedSystems(systems);
        m_intake->setModal(false);
        connect(m_intake, &QDialog::accepted, this, &VerificationController::queueIntake);
        connect(m_intake, &QDialog::rejected, m_intake, &QObject::deleteLater);
    }
    m_intake->show();
    m_intake->raise();
    m_intake->activateWindow();
}

void VerificationController::queueIntake()
{
    if (!m_intake) {
        return;
    }
    // The files, read and judged by their content (never their names) before anything is kept.
    QStringList problems;
    const QList<session::NewMedia> files = readMediaFiles(m_intake->files(), false, &problems);
    if (!problems.isEmpty()) {
        m_intake->show(); // back to the form, nothing lost
        QMessageBox::warning(m_intake, tr("Files not accepted"), problems.join(u'\n'));
        return;
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    if (!m_session.create(id, m_intake->payload(), files, &error)) {
        m_intake->show();
        QMessageBox::warning(m_intake, tr("Report not queued"), error);
        return;
    }
    m_intake->deleteLater();
    emit reportQueued(id);
}

void VerificationController::verify(const QString &reportId)
{
    const std::optional<core::Report> report = m_session.reports().report(reportId);
    if (!report) {
        return;
    }
    if (!m_dialog) {
        m_dialog = new ui::VerificationDialog(m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &ui::VerificationDialog::decided, this, &VerificationController::onDecided);
        connect(m_dialog, &ui::VerificationDialog::nextRequested, this, [this] { next(false); });
        connect(m_dialog, &ui::VerificationDialog::mediaNeeded, this, &VerificationController::loadThumbnail);
        connect(m_dialog, &ui::VerificationDialog::mediaOpenRequested, this,
                &VerificationController::mediaOpenRequested);
    }
    m_dialog->showLoading(reportId, report->code);
    m_dialog->clockHeader()->follow(m_window->queueModel(), reportId);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    m_session.verify(reportId, [this](const session::Verification &verification) {
        if (!m_dialog || m_dialog->reportId() != verification.reportId) {
            return; // closed, or the officer moved on
        }
        m_dialog->showEvaluation(verification, m_revealed(verification.reportId));
        emit evaluated(verification.reportId);
    });
}

void VerificationController::close()
{
    if (m_dialog) {
        m_dialog->close();
    }
    if (m_intake) {
        m_intake->hide(); // kept: Ctrl+N after unlocking brings back what was typed
    }
}

void VerificationController::reset()
{
    close();
    if (m_intake) {
        m_intake->deleteLater();
    }
}

void VerificationController::onDecided(const QString &reportId, const QList<ui::VerificationStep> &steps)
{
    for (const ui::VerificationStep &step : steps) {
        QString error;
        if (!m_session.act(reportId, core::actionName(step.action), step.payload, &error)) {
            m_dialog->showProblem(
                tr("“%1” was not queued: %2")
                    .arg(QCoreApplication::translate("ioc::core", core::actionLabel(step.action)), error));
            return;
        }
    }
    emit decisionQueued(reportId);
    if (m_dialog->advancesAfterDecision()) {
        next(true);
    } else {
        verify(reportId); // the decision shows once it is applied
    }
}

void VerificationController::next(bool afterDecision)
{
    ui::QueuePanel *queue = m_window->queue();
    if (queue == nullptr || !queue->selectNextToVerify(afterDecision) || queue->currentReportId().isEmpty()) {
        if (m_dialog) {
            m_dialog->showMessage(tr("No report left to verify."));
        }
        return;
    }
    verify(queue->currentReportId());
}

void VerificationController::loadThumbnail(const core::MediaItem &item)
{
    const QString reportId = m_dialog ? m_dialog->reportId() : QString();
    fetchThumbnail(m_session, this, item.sha256, item.mimeType, 320,
                   [this, sha = item.sha256, reportId](const QImage &image, const QString &problem) {
                       if (m_dialog && m_dialog->reportId() == reportId) {
                           m_dialog->setThumbnail(sha, image, problem);
                       }
                   });
}

} // namespace ioc

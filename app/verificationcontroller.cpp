#include "verificationcontroller.h"

#include "mediadecode.h"
#include "session/consolesession.h"
#include "ui/mainwindow.h"

namespace ioc {

VerificationController::VerificationController(ui::MainWindow *window, session::ConsoleSession &session,
                                               RevealedFunction revealed, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_revealed(std::move(revealed))
{
    connect(m_window, &ui::MainWindow::verifyRequested, this, &VerificationController::verify);
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
        connect(m_dialog, &ui::VerificationDialog::nextRequested, this, &VerificationController::next);
        connect(m_dialog, &ui::VerificationDialog::mediaNeeded, this, &VerificationController::loadThumbnail);
        connect(m_dialog, &ui::VerificationDialog::mediaOpenRequested, this,
                &VerificationController::mediaOpenRequested);
    }
    m_dialog->showLoading(reportId, report->code);
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
        next();
    } else {
        verify(reportId); // the decision shows once it is applied
    }
}

void VerificationController::next()
{
    ui::QueuePanel *queue = m_window->queue();
    if (queue == nullptr || !queue->selectNextToVerify() || queue->currentReportId().isEmpty()) {
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
    m_session.fetchMedia(
        item.sha256, item.mimeType, [this, sha = item.sha256, reportId](const QByteArray &data, const QString &error) {
            if (!m_dialog || m_dialog->reportId() != reportId) {
                return;
            }
            if (data.isEmpty()) {
                m_dialog->setThumbnail(sha, {}, error);
                return;
            }
            decodeLater(this, data, 320, [this, sha, reportId](const QImage &image, const QString &problem) {
                if (m_dialog && m_dialog->reportId() == reportId) {
                    m_dialog->setThumbnail(sha, image, problem);
                }
            });
        });
}

} // namespace ioc

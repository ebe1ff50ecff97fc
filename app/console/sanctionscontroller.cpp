#include "sanctionscontroller.h"

#include "session/consolesession.h"
#include "ui/mainwindow.h"

#include <QStatusBar>

namespace ioc {

SanctionsController::SanctionsController(ui::MainWindow *window, session::ConsoleSession &session, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
{
    connect(m_window, &ui::MainWindow::accountRequested, this, &SanctionsController::openForReport);
}

void SanctionsController::openForReport(const QString &reportId)
{
    const auto report = m_session.reports().report(reportId);
    if (!report || !m_session.user()) {
        return;
    }
    const core::Role role = m_session.user()->role;
    if (role != core::Role::DutyOfficer && role != core::Role::Supervisor) {
        m_window->statusBar()->showMessage(tr("Sanctions on accounts are decided by the IOC."), 8000);
        return;
    }
    // The account id comes masked identity and all from the server (an id, not a name).
    const core::Reporter &sender = report->reporter;
    if (sender.accountId.isEmpty()) {
        m_window->statusBar()->showMessage(
            tr("%1 did not come from a citizen account (hotline, e-mail…): there is no account to sanction.")
                .arg(report->code),
            10000);
        return;
    }
    close();
    // The account shown as the report's sender, masked: a sanction needs no name.
    const QString label = tr("sender of %1 (%2)").arg(report->code, sender.masked.fullName);
    m_dialog = new ui::SanctionsDialog(label, m_session.user()->role, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ui::SanctionsDialog::actionRequested, this,
            [this, accountId = sender.accountId](core::AccountAction action, const QString &reason) {
                decide(accountId, action, reason);
            });
    m_dialog->open();
    load(sender.accountId);
}

void SanctionsController::close()
{
    if (m_dialog) {
        m_dialog->close();
    }
}

void SanctionsController::load(const QString &accountId)
{
    m_dialog->setBusy(true);
    m_session.request("GET", QStringLiteral("/v1/accounts/%1").arg(accountId), {},
                      [this, dialog = m_dialog](int status, const QJsonObject &json, const QString &message) {
                          if (!dialog) {
                              return;
                          }
                          dialog->setBusy(false);
                          if (status != 200) {
                              dialog->showProblem(message.isEmpty() ? tr("The server did not answer.") : message);
                              return;
                          }
                          dialog->setStatus(
                              core::accountStatusFromJson(json.value(QStringLiteral("account")).toObject()),
                              m_session.serverNow());
                      });
}

void SanctionsController::decide(const QString &accountId, core::AccountAction action, const QString &reason)
{
    m_dialog->setBusy(true);
    const QJsonObject body{{QStringLiteral("action"), core::accountActionName(action)},
                           {QStringLiteral("payload"), QJsonObject{{QStringLiteral("reason"), reason}}}};
    m_session.request(
        "POST", QStringLiteral("/v1/accounts/%1/actions").arg(accountId), body,
        [this, dialog = m_dialog, accountId](int status, const QJsonObject &json, const QString &message) {
            if (!dialog) {
                return;
            }
            dialog->setBusy(false);
            if (status != 200) {
                dialog->showProblem(message.isEmpty() ? tr("The server did not answer; nothing was changed.")
                                                      : message);
                return;
            }
            const QJsonObject account = json.value(QStringLiteral("account")).toObject();
            dialog->setStatus(core::accountStatusFromJson(account), m_session.serverNow());
            m_window->statusBar()->showMessage(tr("The account's sanctions were updated."), 8000);
            emit decided(accountId, account);
        });
}

} // namespace ioc

#include "accountscontroller.h"

#include "core/reportjson.h"
#include "session/consolesession.h"
#include "ui/mainwindow.h"

#include <QJsonArray>
#include <QStatusBar>

namespace ioc {

AccountsController::AccountsController(ui::MainWindow *window, session::ConsoleSession &session, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
{
    connect(m_window, &ui::MainWindow::enrolAuthenticatorRequested, this, &AccountsController::openAuthenticatorDialog);
}

void AccountsController::openAuthenticatorDialog()
{
    if (!m_session.user() || m_session.user()->role != core::Role::Admin) {
        return;
    }
    m_window->statusBar()->showMessage(tr("Asking the server for the accounts…"));
    m_session.request("GET", QStringLiteral("/v1/users"), {},
                      [this](int status, const QJsonObject &json, const QString &message) {
                          m_window->statusBar()->clearMessage();
                          if (status != 200) {
                              m_window->statusBar()->showMessage(
                                  message.isEmpty() ? tr("The server did not answer.") : message, 10000);
                              return;
                          }
                          QList<core::User> staff;
                          m_usernames.clear();
                          for (const QJsonValue &value : json.value(QStringLiteral("items")).toArray()) {
                              const auto user = core::json::toUser(value.toObject());
                              if (user.ok() && user.value().role != core::Role::Citizen) {
                                  staff.append(user.value());
                                  m_usernames.insert(user.value().id, user.value().username);
                              }
                          }
                          close();
                          m_dialog = new ui::AuthenticatorDialog(staff, m_window);
                          m_dialog->setAttribute(Qt::WA_DeleteOnClose);
                          connect(m_dialog, &ui::AuthenticatorDialog::enrolRequested, this, &AccountsController::enrol);
                          m_dialog->open();
                      });
}

void AccountsController::close()
{
    if (m_dialog) {
        m_dialog->close();
    }
}

void AccountsController::enrol(const QString &userId)
{
    m_dialog->setBusy(true);
    m_session.request("POST", QStringLiteral("/v1/users/%1/actions").arg(userId),
                      QJsonObject{{QStringLiteral("action"), QStringLiteral("totp_enrol")}},
                      [this, dialog = m_dialog, userId](int status, const QJsonObject &json, const QString &message) {
                          if (!dialog) {
                              return;
                          }
                          if (status != 200) {
                              dialog->showProblem(
                                  message.isEmpty() ? tr("The server did not answer; nothing was changed.") : message);
                              return;
                          }
                          QStringList codes;
                          for (const QJsonValue &code : json.value(QStringLiteral("recovery_codes")).toArray()) {
                              codes.append(code.toString());
                          }
                          dialog->showEnrolment(m_usernames.value(userId),
                                                json.value(QStringLiteral("otpauth_uri")).toString(),
                                                json.value(QStringLiteral("secret")).toString(), codes);
                      });
}

} // namespace ioc

#pragma once

#include "ui/dialogs/authenticatordialog.h"

#include <QObject>
#include <QPointer>

namespace ioc::session {
class ConsoleSession;
}
namespace ioc::ui {
class MainWindow;
}

namespace ioc {

// An administrator enrols a staff member's authenticator app from the console: the accounts asked
// of the server (GET /v1/users), the enrolment sent at once (POST /v1/users/{id}/actions
// `totp_enrol`, audited there), its answer shown as a QR code and never kept on this workstation.
class AccountsController final : public QObject
{
    Q_OBJECT

public:
    AccountsController(ui::MainWindow *window, session::ConsoleSession &session, QObject *parent = nullptr);

    void openAuthenticatorDialog();
    void close();
    ui::AuthenticatorDialog *dialog() const { return m_dialog; }

private:
    void enrol(const QString &userId);

    ui::MainWindow *m_window;
    session::ConsoleSession &m_session;
    QPointer<ui::AuthenticatorDialog> m_dialog;
    QHash<QString, QString> m_usernames; // id → user name, of the accounts listed
};

} // namespace ioc

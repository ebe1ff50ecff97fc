#pragma once

#include "ui/dialogs/sanctionsdialog.h"

#include <QObject>
#include <QPointer>

namespace ioc::session {
class ConsoleSession;
}
namespace ioc::ui {
class MainWindow;
}

namespace ioc {

// The sanctions of Điều 14.1 on the account that sent a report: its status asked of the server
// (GET /v1/accounts/{id}), the duty officer's or supervisor's decision sent at once
// (POST /v1/accounts/{id}/actions; audited there). Not queued offline: a lock is a decision on
// the server's current count, so it needs the server.
class SanctionsController final : public QObject
{
    Q_OBJECT

public:
    SanctionsController(ui::MainWindow *window, session::ConsoleSession &session, QObject *parent = nullptr);

    // The dialog for the account that sent this report (nothing when it came without one).
    void openForReport(const QString &reportId);
    void close();
    ui::SanctionsDialog *dialog() const { return m_dialog; }

signals:
    // The server answered a decision with this status.
    void decided(const QString &accountId, const QJsonObject &status);

private:
    void load(const QString &accountId);
    void decide(const QString &accountId, core::AccountAction action, const QString &reason);

    ui::MainWindow *m_window;
    session::ConsoleSession &m_session;
    QPointer<ui::SanctionsDialog> m_dialog;
};

} // namespace ioc

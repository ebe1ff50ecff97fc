#pragma once

#include "core/sanctions.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ioc::ui {

// A citizen account's sanctions (Điều 14.1): the violations the server counted and the flags it
// raised — more than 2 violating submissions (14.1.a), more than 2 violating interactions within
// a month (14.1.b) — and the locks in force. The duty officer locks the account or its
// interactions (for a month) once flagged, and records an interaction judged violating; duty
// officers and supervisors lift a lock. Every decision needs a reason and is audited.
class SanctionsDialog final : public QDialog
{
    Q_OBJECT

public:
    SanctionsDialog(const QString &accountLabel, core::Role role, QWidget *parent = nullptr);

    // The account's status as the server answered (again after each decision).
    void setStatus(const core::AccountStatus &status, const QDateTime &now);
    // The server refused or could not be reached; the dialog stays.
    void showProblem(const QString &text);
    void setBusy(bool busy);

    QString statusText() const;

signals:
    void actionRequested(ioc::core::AccountAction action, const QString &reason);

private:
    void updateButtons();

    core::Role m_role;
    core::AccountStatus m_status;
    QDateTime m_now;
    bool m_busy = false;
    bool m_known = false;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_problem = nullptr;
    QLineEdit *m_reason = nullptr;
    QHash<core::AccountAction, QPushButton *> m_buttons;
};

} // namespace ioc::ui

#include "ui/dialogs/sanctionsdialog.h"

#include "core/vntime.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using ioc::core::AccountAction;

namespace ioc::ui {

SanctionsDialog::SanctionsDialog(const QString &accountLabel, core::Role role, QWidget *parent)
    : QDialog(parent)
    , m_role(role)
{
    setObjectName(u"sanctionsDialog"_s);
    setWindowTitle(tr("Sender's account — %1").arg(accountLabel));
    auto *layout = new QVBoxLayout(this);
    m_statusLabel = new QLabel(tr("Asking the server…"), this);
    m_statusLabel->setObjectName(u"sanctionsStatus"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::RichText);
    layout->addWidget(m_statusLabel);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"sanctionsProblem"_s);
    m_problem->setStyleSheet(u"color:#c62828"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"sanctionsReason"_s);
    m_reason->setPlaceholderText(tr("Required: recorded in the audit trail"));
    form->addRow(tr("&Reason"), m_reason);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const auto add = [&](AccountAction action, const QString &text, const char *name) {
        QPushButton *button = buttons->addButton(text, QDialogButtonBox::ActionRole);
        button->setObjectName(QString::fromLatin1(name));
        button->setAutoDefault(false);
        m_buttons.insert(action, button);
        connect(button, &QPushButton::clicked, this,
                [this, action] { emit actionRequested(action, m_reason->text().trimmed()); });
    };
    add(AccountAction::LockAccount, tr("Lock the account"), "sanctionsLockAccount");
    add(AccountAction::UnlockAccount, tr("Unlock the account"), "sanctionsUnlockAccount");
    add(AccountAction::LockInteractions, tr("Lock interactions for a month"), "sanctionsLockInteractions");
    add(AccountAction::UnlockInteractions, tr("Unlock interactions"), "sanctionsUnlockInteractions");
    add(AccountAction::RecordInteractionViolation, tr("Record a violating interaction"), "sanctionsRecordViolation");
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_reason, &QLineEdit::textChanged, this, &SanctionsDialog::updateButtons);
    updateButtons();
    m_reason->setFocus();
}

void SanctionsDialog::setStatus(const core::AccountStatus &status, const QDateTime &now)
{
    m_status = status;
    m_now = now;
    m_known = true;
    m_problem->hide();
    QStringList lines;
    lines.append(
        tr("Submissions rejected as violating: %1 (locked after more than 2, Art. 14.1.a).").arg(status.violations));
    if (status.accountFlagged() && !status.locked) {
        lines.append(u"<b style='color:#c62828'>%1</b>"_s.arg(tr("Flagged: the account may be locked.")));
    }
    lines.append(status.locked ? u"<b>%1</b>"_s.arg(tr("The account is locked: it cannot send reports."))
                               : tr("The account is not locked."));
    int recent = 0;
    for (const QDateTime &when : status.interactionViolations) {
        recent += when <= now && when.addMonths(1) > now ? 1 : 0;
    }
    lines.append(tr("Violating interactions in the last month: %1 (locked for a month after more than 2, "
                    "Art. 14.1.b).")
                     .arg(recent));
    if (status.interactionsFlagged(now) && !status.interactionsLocked(now)) {
        lines.append(u"<b style='color:#c62828'>%1</b>"_s.arg(tr("Flagged: interactions may be locked.")));
    }
    if (status.interactionsLocked(now)) {
        lines.append(u"<b>%1</b>"_s.arg(
            tr("Interactions locked until %1.").arg(core::vntime::formatLocal(status.interactionsLockedUntil))));
    }
    m_statusLabel->setText(lines.join(u"<br>"_s));
    updateButtons();
}

void SanctionsDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

void SanctionsDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

QString SanctionsDialog::statusText() const
{
    QTextDocument document;
    document.setHtml(m_statusLabel->text());
    return document.toPlainText();
}

void SanctionsDialog::updateButtons()
{
    const bool reason = !m_reason->text().trimmed().isEmpty();
    const bool interactionsLocked = m_status.interactionsLocked(m_now);
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        bool applies = false;
        switch (it.key()) {
        case AccountAction::LockAccount:
            applies = m_status.accountFlagged() && !m_status.locked;
            break;
        case AccountAction::UnlockAccount:
            applies = m_status.locked;
            break;
        case AccountAction::LockInteractions:
            applies = m_status.interactionsFlagged(m_now) && !interactionsLocked;
            break;
        case AccountAction::UnlockInteractions:
            applies = interactionsLocked;
            break;
        case AccountAction::RecordInteractionViolation:
            applies = true;
            break;
        }
        const bool allowed = core::accountActionRoles(it.key()).contains(m_role);
        it.value()->setVisible(allowed);
        it.value()->setEnabled(allowed && applies && reason && m_known && !m_busy);
    }
}

} // namespace ioc::ui

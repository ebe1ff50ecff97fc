#include "ui/dialogs/authenticatordialog.h"

#include "core/domain.h"
#include "ui/qrcode.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ioc::ui {

AuthenticatorDialog::AuthenticatorDialog(const QList<core::User> &staff, QWidget *parent)
    : QDialog(parent)
    , m_user(new QComboBox(this))
    , m_enrol(new QPushButton(this))
    , m_qr(new QLabel(this))
    , m_secret(new QLabel(this))
    , m_codesLabel(new QLabel(this))
    , m_codes(new QPlainTextEdit(this))
    , m_note(new QLabel(this))
{
    setObjectName(u"authenticatorDialog"_s);
    setWindowTitle(tr("One-time codes for an account"));
    m_user->setObjectName(u"authenticatorUser"_s);
    m_user->setAccessibleName(tr("Account"));
    for (const core::User &user : staff) {
        if (user.role == core::Role::Citizen || !user.active) {
            continue;
        }
        m_user->addItem(u"%1 (%2, %3)"_s.arg(user.displayName, user.username,
                                             QCoreApplication::translate("ioc::core", core::roleLabel(user.role))),
                        user.id);
    }
    m_enrol->setObjectName(u"authenticatorEnrol"_s);
    m_enrol->setText(tr("&Make a new code"));
    m_enrol->setEnabled(m_user->count() > 0);
    m_qr->setObjectName(u"authenticatorQr"_s);
    m_qr->setAccessibleName(tr("QR code for the authenticator app"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_secret->setObjectName(u"authenticatorSecret"_s);
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_secret->setWordWrap(true);
    m_codes->setObjectName(u"authenticatorRecoveryCodes"_s);
    m_codes->setAccessibleName(tr("Recovery codes"));
    m_codes->setReadOnly(true);
    m_codes->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_codes->setFixedHeight(m_codes->fontMetrics().lineSpacing() * 10 + 2 * m_codes->frameWidth() +
                            int(2 * m_codes->document()->documentMargin()) + 4);
    m_codes->hide();
    m_codesLabel->setObjectName(u"authenticatorRecoveryLabel"_s);
    m_codesLabel->setWordWrap(true);
    m_codesLabel->setBuddy(m_codes);
    m_codesLabel->hide();
    m_note->setObjectName(u"authenticatorNote"_s);
    m_note->setWordWrap(true);
    m_note->setText(tr("A new code replaces the account's earlier one at once: the person must scan it before "
                       "signing in again."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Account"), m_user);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_enrol, 0, Qt::AlignLeft);
    layout->addWidget(m_note);
    layout->addWidget(m_qr);
    layout->addWidget(m_secret);
    layout->addWidget(m_codesLabel);
    layout->addWidget(m_codes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_enrol, &QPushButton::clicked, this, [this] {
        if (!selectedUserId().isEmpty()) {
            emit enrolRequested(selectedUserId());
        }
    });
    setMinimumWidth(460);
}

void AuthenticatorDialog::showEnrolment(const QString &username, const QString &uri, const QString &secret,
                                        const QStringList &recoveryCodes)
{
    setBusy(false);
    m_image = qrCode(uri);
    m_qr->setPixmap(QPixmap::fromImage(m_image));
    m_secret->setText(tr("Scan the code with the authenticator app of %1 (or type the key %2). Shown only now.")
                          .arg(username, secret));
    m_codes->setPlainText(recoveryCodes.join(u'\n'));
    m_codes->show();
    m_codesLabel->setText(
        tr("&Recovery codes: each works once if the phone is lost. Give them to %1 to keep apart from the phone.")
            .arg(username));
    m_codesLabel->show();
    m_note->setText(tr("Done: the account's earlier code no longer works."));
    m_note->setStyleSheet(QString());
    m_codes->setFocus();
}

void AuthenticatorDialog::showProblem(const QString &text)
{
    setBusy(false);
    m_note->setText(text);
    m_note->setStyleSheet(u"color: #c62828"_s);
}

void AuthenticatorDialog::setBusy(bool busy)
{
    m_enrol->setEnabled(!busy && m_user->count() > 0);
    m_user->setEnabled(!busy);
}

QString AuthenticatorDialog::selectedUserId() const
{
    return m_user->currentData().toString();
}

QImage AuthenticatorDialog::qrImage() const
{
    return m_image;
}

QString AuthenticatorDialog::shownText() const
{
    return m_note->text() + u'\n' + m_secret->text() + u'\n' + m_codesLabel->text() + u'\n' + m_codes->toPlainText();
}

} // namespace ioc::ui

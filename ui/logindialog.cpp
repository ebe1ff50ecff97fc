#include "ui/logindialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace ioc::ui {

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent)
    , m_server(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_totp(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_pins(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"loginDialog"_s);
    setWindowTitle(tr("Sign in to the IOC server"));
    m_server->setObjectName(u"loginServer"_s);
    m_server->setPlaceholderText(u"https://ioc.example.gov.vn"_s);
    m_user->setObjectName(u"loginUser"_s);
    m_password->setObjectName(u"loginPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_totp->setObjectName(u"loginTotp"_s);
    // Six digits from an authenticator app, or one of the recovery codes ("xxxxx-xxxxx").
    m_totp->setPlaceholderText(tr("6 digits, or a recovery code; only if your account uses one"));
    m_totp->setMaxLength(16);
    m_totp->setInputMethodHints(Qt::ImhPreferNumbers | Qt::ImhNoPredictiveText);
    m_caFile->setObjectName(u"loginCaFile"_s);
    m_caFile->setPlaceholderText(tr("Only if the center's server uses its own CA"));
    auto *browse = new QToolButton(this);
    browse->setObjectName(u"loginCaBrowse"_s);
    browse->setText(tr("Choose…"));
    browse->setAccessibleName(tr("Choose the CA certificate file"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("CA certificate of the server"), m_caFile->text(),
                                                          tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty()) {
            m_caFile->setText(path);
        }
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_pins->setObjectName(u"loginPins"_s);
    m_pins->setPlaceholderText(tr("SHA-256 of the server key, base64; several separated by spaces"));
    m_error->setObjectName(u"loginError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828"_s);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Server"), m_server);
    form->addRow(tr("User name"), m_user);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("One-time code (TOTP)"), m_totp);
    form->addRow(tr("CA certificate (optional)"), caRow);
    form->addRow(tr("Key pins (optional)"), m_pins);
    // Named for a screen reader: the row's label is not the field's buddy when it holds a layout.
    m_caFile->setAccessibleName(tr("CA certificate (optional)"));
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(u"loginSignIn"_s);
    m_signIn->setDefault(true);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (m_server->text().trimmed().isEmpty() || m_user->text().trimmed().isEmpty() ||
            m_password->text().isEmpty()) {
            setError(tr("Enter the server, your user name and your password."));
            return;
        }
        emit signInRequested();
    });
    setMinimumWidth(420);
}

void LoginDialog::setServer(const QString &server)
{
    m_server->setText(server);
}

void LoginDialog::setUser(const QString &user)
{
    m_user->setText(user);
    (m_server->text().isEmpty() ? m_server : user.isEmpty() ? m_user : m_password)->setFocus();
}

void LoginDialog::setCaFile(const QString &path)
{
    m_caFile->setText(path);
}

void LoginDialog::setPins(const QString &pins)
{
    m_pins->setText(pins);
}

QString LoginDialog::caFile() const
{
    return m_caFile->text().trimmed();
}

QString LoginDialog::pins() const
{
    return m_pins->text().trimmed();
}

QString LoginDialog::server() const
{
    return m_server->text().trimmed();
}

QString LoginDialog::user() const
{
    return m_user->text().trimmed();
}

QByteArray LoginDialog::takePassword()
{
    const QByteArray password = m_password->text().toUtf8();
    m_password->clear();
    return password;
}

QString LoginDialog::totp() const
{
    return m_totp->text().remove(u' ').trimmed();
}

void LoginDialog::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
    if (busy) {
        m_error->setText(tr("Signing in…"));
        m_error->setStyleSheet(QString());
    }
}

void LoginDialog::setError(const QString &message)
{
    m_error->setStyleSheet(u"color: #c62828"_s);
    m_error->setText(message);
}

} // namespace ioc::ui

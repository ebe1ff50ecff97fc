#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ioc::ui {

// Sign-in: server, user, password and (for accounts that need it) a TOTP code. It remembers
// the server and the user (the composition root stores them), never the password.
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(QWidget *parent = nullptr);

    void setServer(const QString &server);
    void setUser(const QString &user);
    QString server() const;
    QString user() const;
    // Takes the password out of the field (clearing it).
    QByteArray takePassword();
    QString totp() const;
    void setBusy(bool busy);
    void setError(const QString &message);

signals:
    void signInRequested();

private:
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_totp;
    QLabel *m_error;
    QPushButton *m_signIn;
};

} // namespace ioc::ui

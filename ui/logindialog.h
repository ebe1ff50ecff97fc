#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ioc::ui {

// Sign-in: server, user, password and (for accounts that need it) a TOTP code; on a first run,
// optionally the CA certificate and key pins the server is trusted by. It remembers the server
// and the user (the composition root stores them), never the password.
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(QWidget *parent = nullptr);

    void setServer(const QString &server);
    void setUser(const QString &user);
    // Optional: a CA certificate (PEM) to trust and the server key's pins, for a center whose
    // server is not signed by a public CA.
    void setCaFile(const QString &path);
    void setPins(const QString &pins);
    QString caFile() const;
    QString pins() const;
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
    QLineEdit *m_caFile;
    QLineEdit *m_pins;
    QLabel *m_error;
    QPushButton *m_signIn;
};

} // namespace ioc::ui

#pragma once

#include "core/directory.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ioc::ui {

// An administrator enrols a staff member's authenticator app (one-time codes, RFC 6238): picks
// the account, asks the server for a new secret (which replaces any earlier one), and shows it
// once as a QR code to scan, with the secret in letters and the ten recovery codes to hand over.
class AuthenticatorDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AuthenticatorDialog(const QList<core::User> &staff, QWidget *parent = nullptr);

    // What the server answered: shown until the dialog closes, never kept.
    void showEnrolment(const QString &username, const QString &uri, const QString &secret,
                       const QStringList &recoveryCodes);
    void showProblem(const QString &text);
    void setBusy(bool busy);

    QString selectedUserId() const;
    QImage qrImage() const;
    QString shownText() const; // what the dialog says, for tests and screen readers

signals:
    void enrolRequested(const QString &userId);

private:
    QComboBox *m_user = nullptr;
    QPushButton *m_enrol = nullptr;
    QLabel *m_qr = nullptr;
    QLabel *m_secret = nullptr;
    QLabel *m_codesLabel = nullptr;
    QPlainTextEdit *m_codes = nullptr;
    QLabel *m_note = nullptr;
    QImage m_image;
};

} // namespace ioc::ui

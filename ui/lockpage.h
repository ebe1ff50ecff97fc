#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ioc::ui {

// The page the main window shows while the screen is locked: no report data, only the counts
// the composition root gives it (setSummary), and the password that unlocks it.
class LockPage final : public QWidget
{
    Q_OBJECT

public:
    explicit LockPage(QWidget *parent = nullptr);

    void setSummary(const QString &summary);
    void setError(const QString &message);
    // The page comes up: no error from before, the focus in the password field.
    void prepare();

signals:
    // The password typed (the field is cleared at once; the receiver wipes its copy).
    void unlockRequested(const QByteArray &password);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_summary;
    QLineEdit *m_password;
    QPushButton *m_unlock;
    QLabel *m_error;
};

} // namespace ioc::ui

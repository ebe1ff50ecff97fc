#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ioc::ui {

// A supervisor's assessment of an agency's cooperation over a period (Điều 14.2.c: results and
// phone handling): a level and the reasons. One per agency and period; recording it again
// replaces it.
class AssessmentDialog final : public QDialog
{
    Q_OBJECT

public:
    AssessmentDialog(const QString &agencyName, QDate first, QDate last, QWidget *parent = nullptr);

    QString level() const;
    QString text() const;
    void setError(const QString &message);
    void setBusy(bool busy);

signals:
    void recordRequested();

private:
    void updateButton();

    QComboBox *m_level = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_record = nullptr;
    bool m_busy = false;
};

} // namespace ioc::ui

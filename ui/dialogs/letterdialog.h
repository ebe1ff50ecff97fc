#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ioc::ui {

// A formal reminder letter (văn bản nhắc nhở, Điều 14.3.a) to an agency about reports: drafted
// here, issued by the server (which numbers it), then saved as a PDF on the letter template.
class LetterDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Draft
    {
        QString agencyId;
        QStringList reportIds;
        QString subject;
        QString body;
        QString signatory;
        QString signatoryTitle;
    };

    LetterDialog(const QList<std::pair<QString, QString>> &agencies, QWidget *parent = nullptr);

    // `reports`: id and "code — title" of each report the letter is about.
    void setDraft(const Draft &draft, const QList<std::pair<QString, QString>> &reports);
    Draft draft() const;
    void setBusy(bool busy);
    void setIssued(const QString &number);
    void setError(const QString &message);

signals:
    void issueRequested(const ioc::ui::LetterDialog::Draft &draft);
    void savePdfRequested();

private:
    void updateButtons();

    QComboBox *m_agency = nullptr;
    QListWidget *m_reports = nullptr;
    QPushButton *m_removeReport = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLineEdit *m_signatory = nullptr;
    QLineEdit *m_signatoryTitle = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_issue = nullptr;
    QPushButton *m_savePdf = nullptr;
    bool m_issued = false;
    bool m_busy = false;
};

} // namespace ioc::ui

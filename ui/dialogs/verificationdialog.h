#pragma once

#include "core/checklist.h"
#include "core/workflow.h"

#include <QDialog>
#include <QImage>
#include <QJsonObject>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace ioc::ui {

class ClockHeader;

// One action of a decision, in the order it goes to the outbox.
struct VerificationStep
{
    core::Action action = core::Action::Accept;
    QJsonObject payload;
};

// The verification of one report (Điều 5, 7.6, 8, 9): one row per condition — passes, fails or
// needs a look — with its evidence (the reporter's identity masked unless revealed), the text
// with abbreviations and misspellings to correct (the original is kept; the difference shown),
// the duplicate candidates side by side with photos, and the decisions: accept (with the
// corrections), request a supplement, reject with reasons and a composed reply, ask for an
// identity check; non-public and urgent alongside. Keyboard first: Ctrl+Enter accepts, Ctrl+B
// asks for a supplement, Ctrl+R rejects, Ctrl+I asks for an identity check, Ctrl+N skips to the
// next report to verify.
class VerificationDialog final : public QDialog
{
    Q_OBJECT

public:
    // The clock the dialog answers to, live (issue 27 §2); ConsoleController makes it follow the report.
    ClockHeader *clockHeader() const { return m_clockHeader; }
    explicit VerificationDialog(QWidget *parent = nullptr);

    // The decisions it takes, each of which ends the report's verification; the first is the one
    // whose refusal says why the dialog does not open on a report.
    static QList<core::Action> decisions();

    // While the checklist is evaluated (off the UI thread).
    void showLoading(const QString &reportId, const QString &code);
    void showEvaluation(const core::verification::Evaluation &evaluation, bool identityRevealed);
    // Nothing to show (no report left to verify, or the report cannot be read).
    void showMessage(const QString &text);
    void setThumbnail(const QString &sha256, const QImage &thumbnail, const QString &error);
    // A decision could not be queued (the controller says why); the dialog stays on the report.
    void showProblem(const QString &text);

    QString reportId() const { return m_reportId; }
    // Whether to open the next report to verify after a decision.
    bool advancesAfterDecision() const;
    // The checklist as plain text, one line per row and finding (tests, accessibility).
    QString checklistText() const;

signals:
    void decided(const QString &reportId, const QList<ioc::ui::VerificationStep> &steps);
    void nextRequested();
    void mediaNeeded(const ioc::core::MediaItem &item);
    void mediaOpenRequested(const ioc::core::MediaItem &item);

private:
    ClockHeader *m_clockHeader = nullptr;
    void accept() override;
    void decideAccept();
    void decideSupplement();
    void decideReject();
    void decideIdentityCheck();
    // The flag changes (non-public, urgent) as steps; false if a reason is missing.
    bool flagSteps(QList<VerificationStep> *steps);
    void updateDiff();
    void showCandidate(int row);
    void showFindings();
    void setBusy(bool busy);

    QLabel *m_heading = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_checklist = nullptr;
    QTextBrowser *m_findings = nullptr; // the current row's findings in full
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_content = nullptr;
    QPushButton *m_spellOut = nullptr;
    QTextBrowser *m_diff = nullptr;
    QListWidget *m_photos = nullptr;
    QListWidget *m_candidates = nullptr;
    QLabel *m_ownPhoto = nullptr;
    QLabel *m_candidatePhoto = nullptr;
    QLabel *m_candidateText = nullptr;
    QCheckBox *m_nonPublic = nullptr;
    QCheckBox *m_urgent = nullptr;
    QLineEdit *m_flagReason = nullptr;
    QCheckBox *m_advance = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_supplementButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
    QPushButton *m_identityButton = nullptr;
    QPushButton *m_nextButton = nullptr;

    QString m_reportId;
    std::optional<core::verification::Evaluation> m_evaluation;
    QHash<QString, QImage> m_thumbnails; // sha256 → thumbnail
};

} // namespace ioc::ui

Q_DECLARE_METATYPE(ioc::ui::VerificationStep)

#pragma once

#include "core/directory.h"
#include "core/report.h"
#include "core/workflow.h"
#include "ui/dialogs/processingpages.h"

#include <QDialog>
#include <QJsonObject>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace ioc::ui {

class ClockHeader;

class ResultEditor;

// An agency's work on one report (Điều 11, 13, 15, 16; Phụ lục 2 steps 2–4): the report, the
// agency's part in it (lead, coordinating, coordinator, upper level) and its running clocks, and
// one page per action the officer may take now — accept; dispatch forces and "result obtained"
// when urgent; return as not competent with the competent unit suggested; decline for
// insufficient content with the reply and how to resubmit; extend with a reason, a new due time
// and an optional commitment published to the citizen; the result on the Phụ lục 1 template with
// photos (submit, resubmit); the leader's approve, return with a comment, or edit and approve;
// the coordinator's answer and agreement; answers to the citizen's interactions.
// Ctrl+Enter carries out the chosen action.
class ProcessingDialog final : public QDialog
{
    Q_OBJECT

public:
    // The clock the dialog answers to, live (issue 27 §2); ConsoleController makes it follow the report.
    ClockHeader *clockHeader() const { return m_clockHeader; }
    ProcessingDialog(const core::Report &report, const core::Directory &directory, const core::Actor &actor,
                     const QList<core::Action> &available, const QDateTime &now, QWidget *parent = nullptr);

    // The actions this dialog has a page for, in the order it offers them.
    static QList<core::Action> handledActions();

    QString reportId() const { return m_report.id; }
    // After accepted(): the action, its payload, and the files to attach (paths).
    core::Action action() const;
    QJsonObject payload() const;
    QStringList files() const;
    // Selects an action's page (tests, and the controller's default).
    bool selectAction(core::Action action);
    ResultEditor *resultEditor() const;
    // The chosen action's page (its fields are named processing…; tests look them up there).
    QWidget *currentPage() const;
    // The decision could not be queued (the controller says why): the dialog stays, nothing lost.
    void showProblem(const QString &text);

signals:
    // "Carry out": the controller queues action(), payload() and files(), then closes the dialog.
    void decided();

private:
    ClockHeader *m_clockHeader = nullptr;
    void addPage(processing::Page page);
    void updateButton();
    QString summaryHtml(const QDateTime &now) const;
    void askAboutNoPhoto();

    core::Report m_report;
    core::Directory m_directory;
    core::Actor m_actor;
    QList<processing::Page> m_pages;
    QLabel *m_summary = nullptr;
    QListWidget *m_actions = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_do = nullptr;
};

} // namespace ioc::ui

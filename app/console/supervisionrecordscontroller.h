#pragma once

#include "core/directory.h"
#include "core/supervisionrecords.h"
#include "ui/dialogs/assessmentdialog.h"
#include "ui/dialogs/letterdialog.h"

#include <QDate>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace ioc::session {
class ConsoleSession;
}
namespace ioc::ui {
class MainWindow;
}

namespace ioc {

// The supervision records a supervisor or duty officer writes to the server (PRODUCT.md §11):
// reminder letters to agencies (Điều 14.3.a: drafted, issued at once — the server numbers them —
// and saved as a PDF on the letter template) and cooperation assessments (14.2.c). Both are sent
// now, never queued: they are decisions on today's facts. They come back through sync.
class SupervisionRecordsController final : public QObject
{
    Q_OBJECT

public:
    using DirectoryFunction = std::function<core::Directory()>;
    // The window the dialogs belong to (the dashboard when it is open).
    using ParentFunction = std::function<QWidget *()>;

    SupervisionRecordsController(ui::MainWindow *window, session::ConsoleSession &session, DirectoryFunction directory,
                                 ParentFunction parent, QObject *owner = nullptr);

    // A reminder letter to an agency about reports; from a report: to its lead agency.
    void openLetterDialog(const QString &agencyId, const QStringList &reportIds);
    void openLetterDialogForReport(const QString &reportId);
    // An assessment of the agency's cooperation over [first, last].
    void assess(const QString &agencyId, QDate first, QDate last);
    void close();
    void reset();

    ui::LetterDialog *letterDialog() const { return m_letterDialog; }
    ui::AssessmentDialog *assessmentDialog() const { return m_assessmentDialog; }
    // Where "Save as PDF" writes without asking (tests).
    void setLetterPath(const QString &path) { m_letterPath = path; }

signals:
    void letterIssued(const QJsonObject &letter);
    void letterSaved(const QString &path);

private:
    void issueLetter(const ui::LetterDialog::Draft &draft);
    void saveLetterPdf();

    ui::MainWindow *m_window;
    session::ConsoleSession &m_session;
    DirectoryFunction m_directory;
    ParentFunction m_parent;
    QPointer<ui::LetterDialog> m_letterDialog;
    QPointer<ui::AssessmentDialog> m_assessmentDialog;
    std::optional<core::ReminderLetter> m_issuedLetter;
    QString m_letterPath;
};

} // namespace ioc

#include "supervisionrecordscontroller.h"

#include "reporting/render/document.h"
#include "reporting/render/letter.h"
#include "session/consolesession.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QFileDialog>
#include <QJsonArray>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ioc {

SupervisionRecordsController::SupervisionRecordsController(ui::MainWindow *window, session::ConsoleSession &session,
                                                           DirectoryFunction directory, ParentFunction parent,
                                                           QObject *owner)
    : QObject(owner)
    , m_window(window)
    , m_session(session)
    , m_directory(std::move(directory))
    , m_parent(std::move(parent))
{}

void SupervisionRecordsController::openLetterDialogForReport(const QString &reportId)
{
    const auto report = m_session.reports().report(reportId);
    if (!report) {
        return;
    }
    if (report->leadAgencyId.isEmpty()) {
        m_window->showAlert(
            tr("%1 has no lead agency: a reminder letter goes to the agency processing a report.").arg(report->code));
        return;
    }
    openLetterDialog(report->leadAgencyId, {reportId});
}

void SupervisionRecordsController::openLetterDialog(const QString &agencyId, const QStringList &reportIds)
{
    if (m_letterDialog != nullptr) {
        m_letterDialog->close();
    }
    const reporting::render::Names names = reporting::render::namesOf(m_directory());
    m_letterDialog = new ui::LetterDialog(reporting::render::sortedByName(names.agencies), m_parent());
    m_letterDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_issuedLetter.reset();
    QList<std::pair<QString, QString>> reports;
    for (const QString &id : reportIds) {
        if (const auto report = m_session.reports().report(id)) {
            reports.append({id, report->code + u" — "_s + report->title});
        }
    }
    std::sort(reports.begin(), reports.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    const QString agency = names.agency(agencyId);
    ui::LetterDialog::Draft draft;
    draft.agencyId = agencyId;
    draft.subject = tr("On the late processing of field reports");
    draft.body = tr("Monitoring the field-report system, the standing office of the Intelligent Operations Center "
                    "finds that %1 has not processed the field reports listed below within the time limits of "
                    "Decision 2573/QĐ-UBND (Điều 11).\n"
                    "We ask %1 to direct their processing without delay, to update the results in the system and to "
                    "report to the Center.")
                     .arg(agency);
    QSettings settings;
    draft.signatory = settings.value(u"letters/signatory"_s).toString();
    draft.signatoryTitle = settings.value(u"letters/signatoryTitle"_s, tr("DIRECTOR")).toString();
    m_letterDialog->setDraft(draft, reports);
    connect(m_letterDialog, &ui::LetterDialog::issueRequested, this, &SupervisionRecordsController::issueLetter);
    connect(m_letterDialog, &ui::LetterDialog::savePdfRequested, this, &SupervisionRecordsController::saveLetterPdf);
    m_letterDialog->show();
}

void SupervisionRecordsController::issueLetter(const ui::LetterDialog::Draft &draft)
{
    QSettings settings;
    settings.setValue(u"letters/signatory"_s, draft.signatory);
    settings.setValue(u"letters/signatoryTitle"_s, draft.signatoryTitle);
    const QJsonObject body{
        {u"agency_id"_s, draft.agencyId},  {u"report_ids"_s, QJsonArray::fromStringList(draft.reportIds)},
        {u"subject"_s, draft.subject},     {u"body"_s, draft.body},
        {u"signatory"_s, draft.signatory}, {u"signatory_title"_s, draft.signatoryTitle}};
    m_letterDialog->setBusy(true);
    // Sent now, never queued: the number is the server's, and a letter is a decision on today's
    // facts (like a sanction).
    QPointer<ui::LetterDialog> dialog = m_letterDialog;
    m_session.request(
        "POST", u"/v1/letters"_s, body, [this, dialog](int status, const QJsonObject &json, const QString &message) {
            if (dialog == nullptr) {
                return;
            }
            QString field;
            const auto letter =
                status == 201 ? core::letterFromJson(json.value(u"letter"_s).toObject(), &field) : std::nullopt;
            if (!letter) {
                dialog->setError(status == 0 ? tr("The server cannot be reached: the letter was not "
                                                  "issued. Try again when the connection is back.")
                                             : tr("The letter was not issued: %1").arg(message));
                return;
            }
            m_issuedLetter = *letter;
            dialog->setIssued(letter->number);
            emit letterIssued(json.value(u"letter"_s).toObject());
            m_session.syncNow();
        });
}

void SupervisionRecordsController::saveLetterPdf()
{
    if (!m_issuedLetter || m_letterDialog == nullptr) {
        return;
    }
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(u"van-ban-nhac-nho-%1.pdf"_s.arg(QString(m_issuedLetter->number).replace(u'/', u'-')));
    const QString path = m_letterPath.isEmpty() ? QFileDialog::getSaveFileName(m_letterDialog, tr("Save the letter as"),
                                                                               suggested, tr("PDF (*.pdf)"))
                                                : m_letterPath;
    if (path.isEmpty()) {
        return;
    }
    QList<reporting::render::LetterReport> reports;
    for (const QString &id : m_issuedLetter->reportIds) {
        if (const auto report = m_session.reports().report(id)) {
            reports.append({report->code, report->title});
        }
    }
    const reporting::render::WriteResult result = reporting::render::writeLetterPdf(
        *m_issuedLetter, reporting::render::namesOf(m_directory()).agency(m_issuedLetter->agencyId), reports, {}, path);
    if (!result.ok) {
        m_letterDialog->setError(tr("The PDF could not be written: %1").arg(result.error));
        return;
    }
    m_letterDialog->setIssued(m_issuedLetter->number);
    emit letterSaved(path);
}

void SupervisionRecordsController::assess(const QString &agencyId, QDate first, QDate last)
{
    auto *dialog =
        new ui::AssessmentDialog(reporting::render::namesOf(m_directory()).agency(agencyId), first, last, m_parent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_assessmentDialog = dialog;
    connect(dialog, &ui::AssessmentDialog::recordRequested, this, [this, dialog, agencyId, first, last] {
        dialog->setBusy(true);
        const QJsonObject body{{u"agency_id"_s, agencyId},
                               {u"from"_s, first.toString(Qt::ISODate)},
                               {u"to"_s, last.toString(Qt::ISODate)},
                               {u"level"_s, dialog->level()},
                               {u"text"_s, dialog->text()}};
        QPointer<ui::AssessmentDialog> guard = dialog;
        m_session.request("POST", u"/v1/assessments"_s, body,
                          [this, guard](int status, const QJsonObject &, const QString &message) {
                              if (guard == nullptr) {
                                  return;
                              }
                              if (status != 201) {
                                  guard->setError(status == 0 ? tr("The server cannot be reached: nothing was "
                                                                   "recorded.")
                                                              : tr("Not recorded: %1").arg(message));
                                  return;
                              }
                              guard->accept();
                              m_session.syncNow();
                          });
    });
    dialog->show();
}

void SupervisionRecordsController::close()
{
    if (m_letterDialog != nullptr) {
        m_letterDialog->close();
    }
    if (m_assessmentDialog != nullptr) {
        m_assessmentDialog->close();
    }
}

void SupervisionRecordsController::reset()
{
    close();
    m_issuedLetter.reset();
}

} // namespace ioc

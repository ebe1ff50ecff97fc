#include "ui/dialogs/letterdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ioc::ui {

LetterDialog::LetterDialog(const QList<std::pair<QString, QString>> &agencies, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"letterDialog"_s);
    setWindowTitle(tr("Reminder letter to an agency"));
    resize(760, 680);
    m_agency = new QComboBox(this);
    m_agency->setObjectName(u"letterAgency"_s);
    for (const auto &[id, name] : agencies) {
        m_agency->addItem(name, id);
    }
    m_reports = new QListWidget(this);
    m_reports->setObjectName(u"letterReports"_s);
    m_reports->setAccessibleName(tr("The reports the letter is about"));
    m_removeReport = new QPushButton(tr("&Leave out the selected report"), this);
    m_removeReport->setObjectName(u"letterRemoveReport"_s);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(u"letterSubject"_s);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(u"letterBody"_s);
    m_body->setTabChangesFocus(true);
    m_signatory = new QLineEdit(this);
    m_signatory->setObjectName(u"letterSignatory"_s);
    m_signatoryTitle = new QLineEdit(this);
    m_signatoryTitle->setObjectName(u"letterSignatoryTitle"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"letterStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Agency:"), m_agency);
    auto *reports = new QVBoxLayout;
    reports->addWidget(m_reports);
    reports->addWidget(m_removeReport, 0, Qt::AlignRight);
    form->addRow(tr("&Reports:"), reports);
    form->addRow(tr("S&ubject:"), m_subject);
    form->addRow(tr("&Text:"), m_body);
    form->addRow(tr("Si&gned by:"), m_signatory);
    form->addRow(tr("&Title of the signatory:"), m_signatoryTitle);

    auto *buttons = new QDialogButtonBox(this);
    m_issue = buttons->addButton(tr("&Issue the letter"), QDialogButtonBox::AcceptRole);
    m_issue->setObjectName(u"letterIssue"_s);
    m_savePdf = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    m_savePdf->setObjectName(u"letterSavePdf"_s);
    m_savePdf->setEnabled(false);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"letterClose"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Điều 14.3.a: more than two reminder letters in a year bar the agency from the "
                                    "\"Excellent\" ranking. The server gives the letter its number."),
                                 this));
    layout->addLayout(form, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_removeReport, &QPushButton::clicked, this, [this] {
        delete m_reports->currentItem();
        updateButtons();
    });
    connect(m_issue, &QPushButton::clicked, this, [this] { emit issueRequested(draft()); });
    connect(m_savePdf, &QPushButton::clicked, this, &LetterDialog::savePdfRequested);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    for (QLineEdit *edit : {m_subject, m_signatory, m_signatoryTitle}) {
        connect(edit, &QLineEdit::textChanged, this, &LetterDialog::updateButtons);
    }
    connect(m_body, &QPlainTextEdit::textChanged, this, &LetterDialog::updateButtons);
}

void LetterDialog::setDraft(const Draft &draft, const QList<std::pair<QString, QString>> &reports)
{
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(draft.agencyId)));
    m_reports->clear();
    for (const auto &[id, label] : reports) {
        auto *item = new QListWidgetItem(label, m_reports);
        item->setData(Qt::UserRole, id);
    }
    m_subject->setText(draft.subject);
    m_body->setPlainText(draft.body);
    m_signatory->setText(draft.signatory);
    m_signatoryTitle->setText(draft.signatoryTitle);
    updateButtons();
}

LetterDialog::Draft LetterDialog::draft() const
{
    Draft draft;
    draft.agencyId = m_agency->currentData().toString();
    for (int i = 0; i < m_reports->count(); ++i) {
        draft.reportIds.append(m_reports->item(i)->data(Qt::UserRole).toString());
    }
    draft.subject = m_subject->text().trimmed();
    draft.body = m_body->toPlainText().trimmed();
    draft.signatory = m_signatory->text().trimmed();
    draft.signatoryTitle = m_signatoryTitle->text().trimmed();
    return draft;
}

void LetterDialog::updateButtons()
{
    const Draft d = draft();
    m_issue->setEnabled(!m_busy && !m_issued && !d.agencyId.isEmpty() && !d.reportIds.isEmpty() && !d.body.isEmpty() &&
                        !d.signatory.isEmpty());
    m_savePdf->setEnabled(!m_busy && m_issued);
}

void LetterDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Sending the letter to the server…"));
    }
    updateButtons();
}

void LetterDialog::setIssued(const QString &number)
{
    m_issued = true;
    m_busy = false;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_agency, m_reports, m_removeReport, m_subject, m_body,
                                                            m_signatory, m_signatoryTitle}) {
        widget->setEnabled(false);
    }
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Issued as letter No. %1. It counts for the agency under Điều 14.3.a.").arg(number));
    updateButtons();
    m_savePdf->setFocus();
}

void LetterDialog::setError(const QString &message)
{
    m_busy = false;
    m_status->setStyleSheet(u"color: #c62828"_s);
    m_status->setText(message);
    updateButtons();
}

} // namespace ioc::ui

#include "ui/dialogs/assessmentdialog.h"

#include "reporting/evaluation.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ioc::ui {

AssessmentDialog::AssessmentDialog(const QString &agencyName, QDate first, QDate last, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"assessmentDialog"_s);
    setWindowTitle(tr("Cooperation of %1").arg(agencyName));
    m_level = new QComboBox(this);
    m_level->setObjectName(u"assessmentLevel"_s);
    for (const QString &level : reporting::cooperationLevels()) {
        m_level->addItem(QCoreApplication::translate("ioc::reporting", reporting::cooperationLevelLabel(level)), level);
    }
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"assessmentText"_s);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("The results and the phone handling that show it (Điều 14.2.c)"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"assessmentStatus"_s);
    m_status->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Period: %1 – %2. An assessment of the same period replaces the earlier one.")
                                .arg(first.toString(u"dd/MM/yyyy"_s), last.toString(u"dd/MM/yyyy"_s)),
                            this));
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("&Reasons:"), m_text);
    form->addRow(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_record = buttons->addButton(tr("&Record"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(u"assessmentRecord"_s);
    form->addRow(buttons);
    connect(m_record, &QPushButton::clicked, this, &AssessmentDialog::recordRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &AssessmentDialog::updateButton);
    updateButton();
}

QString AssessmentDialog::level() const
{
    return m_level->currentData().toString();
}

QString AssessmentDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

void AssessmentDialog::setError(const QString &message)
{
    m_busy = false;
    m_status->setStyleSheet(u"color: #c62828"_s);
    m_status->setText(message);
    updateButton();
}

void AssessmentDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButton();
}

void AssessmentDialog::updateButton()
{
    m_record->setEnabled(!m_busy && !text().isEmpty());
}

} // namespace ioc::ui

#include "ui/dialogs/periodicreportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ioc::ui {

PeriodicReportDialog::PeriodicReportDialog(const reporting::Period &suggested, PreviewFunction preview, QWidget *parent)
    : QDialog(parent)
    , m_preview(std::move(preview))
{
    setObjectName(u"periodicReportDialog"_s);
    setWindowTitle(tr("Periodic report"));
    resize(980, 760);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"reportKind"_s);
    m_kind->addItem(tr("Monthly (Điều 18.2.f)"), int(reporting::PeriodKind::Monthly));
    m_kind->addItem(tr("Quarterly"), int(reporting::PeriodKind::Quarterly));
    m_kind->addItem(tr("Yearly"), int(reporting::PeriodKind::Yearly));
    m_kind->addItem(tr("Evaluation of the agencies (ranking year, Điều 19)"), int(reporting::PeriodKind::Evaluation));
    m_kind->addItem(tr("Ad hoc period"), int(reporting::PeriodKind::AdHoc));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(suggested.kind))));
    m_period = new QLineEdit(suggested.name, this);
    m_period->setObjectName(u"reportPeriod"_s);
    m_from = new QDateEdit(suggested.first.isValid() ? suggested.first : QDate::currentDate().addDays(-30), this);
    m_from->setObjectName(u"reportFrom"_s);
    m_to = new QDateEdit(suggested.last.isValid() ? suggested.last : QDate::currentDate(), this);
    m_to->setObjectName(u"reportTo"_s);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"dd/MM/yyyy"_s);
    }
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(u"–"_s, this));
    range->addWidget(m_to);
    m_format = new QComboBox(this);
    m_format->setObjectName(u"reportFormat"_s);
    m_format->addItem(tr("PDF (to print and sign)"), int(reporting::render::Format::Pdf));
    m_format->addItem(tr("XLSX spreadsheet (every report listed)"), int(reporting::render::Format::Xlsx));
    m_format->addItem(tr("ODT text document (LibreOffice, Word)"), int(reporting::render::Format::Odt));
    m_format->addItem(tr("CSV (UTF-8)"), int(reporting::render::Format::Csv));
    m_bom = new QCheckBox(tr("With a byte-order mark, for &Excel"), this);
    m_bom->setObjectName(u"reportByteOrderMark"_s);
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"reportPath"_s);
    m_browse = new QPushButton(tr("&Choose…"), this);
    m_browse->setObjectName(u"reportBrowse"_s);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Dates:"), range);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_bom);
    form->addRow(tr("&Save as:"), pathRow);
    // The rows whose field is a row of its own: the label names the first field (and its
    // mnemonic goes there); the second date says what it is.
    qobject_cast<QLabel *>(form->labelForField(range))->setBuddy(m_from);
    qobject_cast<QLabel *>(form->labelForField(pathRow))->setBuddy(m_path);
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_previewView = new QTextBrowser(this);
    m_previewView->setObjectName(u"reportPreview"_s);
    m_previewView->setAccessibleName(tr("Preview of the report"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"reportProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_result = new QLabel(this);
    m_result->setObjectName(u"reportResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(this);
    m_generate = m_buttons->addButton(tr("&Write the report"), QDialogButtonBox::AcceptRole);
    m_generate->setObjectName(u"reportGenerate"_s);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_cancelButton->setObjectName(u"reportCancel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_previewView, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);

    // The preview follows the choices, after a short pause in typing.
    auto *delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(400);
    connect(delay, &QTimer::timeout, this, &PeriodicReportDialog::updatePreview);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, delay] {
        updateFields();
        delay->start();
    });
    connect(m_period, &QLineEdit::textChanged, delay, qOverload<>(&QTimer::start));
    connect(m_from, &QDateEdit::dateChanged, delay, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, delay, qOverload<>(&QTimer::start));
    connect(m_format, &QComboBox::currentIndexChanged, this, &PeriodicReportDialog::updateFields);
    connect(m_browse, &QPushButton::clicked, this, &PeriodicReportDialog::chooseFile);
    connect(m_generate, &QPushButton::clicked, this, [this] {
        if (m_path->text().trimmed().isEmpty()) {
            m_path->setText(suggestedName());
        }
        emit generateRequested(request());
    });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_busy) {
            m_cancel = true;
        } else {
            reject();
        }
    });
    updateFields();
    m_path->setText(suggestedName());
    QTimer::singleShot(0, this, &PeriodicReportDialog::updatePreview);
}

PeriodicReportDialog::Request PeriodicReportDialog::request() const
{
    Request request;
    request.kind = reporting::PeriodKind(m_kind->currentData().toInt());
    request.period = m_period->text().trimmed();
    request.from = m_from->date();
    request.to = m_to->date();
    request.format = reporting::render::Format(m_format->currentData().toInt());
    request.byteOrderMark = m_bom->isChecked();
    request.path = m_path->text().trimmed();
    return request;
}

void PeriodicReportDialog::updateFields()
{
    const bool adHoc = reporting::PeriodKind(m_kind->currentData().toInt()) == reporting::PeriodKind::AdHoc;
    m_period->setEnabled(!adHoc);
    m_from->setEnabled(adHoc);
    m_to->setEnabled(adHoc);
    const auto format = reporting::render::Format(m_format->currentData().toInt());
    m_bom->setEnabled(format == reporting::render::Format::Csv);
    const QString path = m_path->text();
    const qsizetype dot = path.lastIndexOf(u'.');
    if (dot > 0) {
        m_path->setText(path.left(dot + 1) + reporting::render::formatName(format));
    }
}

QString PeriodicReportDialog::suggestedName() const
{
    const Request r = request();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = r.kind == reporting::PeriodKind::AdHoc
                             ? u"%1_%2"_s.arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate))
                             : r.period;
    return QDir(folder).filePath(
        u"bao-cao-%1-%2.%3"_s.arg(reporting::periodKindName(r.kind), name, reporting::render::formatName(r.format)));
}

void PeriodicReportDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report as"), m_path->text());
    if (!path.isEmpty()) {
        m_path->setText(path);
    }
}

void PeriodicReportDialog::updatePreview()
{
    if (!m_preview || m_busy) {
        return;
    }
    QString error;
    auto document = m_preview(request(), &error);
    if (!document) {
        m_previewView->setPlainText(error);
        m_generate->setEnabled(false);
        return;
    }
    m_generate->setEnabled(true);
    m_previewView->setDocument(document.get());
    m_previewDocument = std::move(document);
    if (!m_busy && !m_path->isModified()) {
        m_path->setText(suggestedName());
    }
}

void PeriodicReportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_cancel = false;
    m_progress->setVisible(busy);
    m_progress->setValue(0);
    m_generate->setEnabled(!busy);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_kind, m_period, m_from, m_to, m_format, m_bom, m_path, m_browse}) {
        widget->setEnabled(!busy);
    }
    m_cancelButton->setText(busy ? tr("&Cancel") : tr("&Close"));
    if (!busy) {
        updateFields();
    }
}

void PeriodicReportDialog::setProgress(int percent)
{
    m_progress->setValue(percent);
}

void PeriodicReportDialog::setResult(const QString &message, bool ok)
{
    m_result->setText(message);
    m_result->setStyleSheet(ok ? QString() : u"color: #c62828"_s);
}

} // namespace ioc::ui

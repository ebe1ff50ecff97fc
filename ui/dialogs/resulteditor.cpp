#include "ui/dialogs/resulteditor.h"

#include "core/publication.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
namespace pub = ioc::core::publication;

namespace ioc::ui {

ResultEditor::ResultEditor(const core::Report &report, const core::Directory &directory, QWidget *parent)
    : QWidget(parent)
    , m_report(report)
    , m_directory(directory)
    , m_kept(report.resultAttachments)
{
    const core::Agency *agency = directory.agency(report.leadAgencyId);
    m_agencyName = agency != nullptr ? agency->name : report.leadAgencyId;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Reply to the citizen (template of Appendix 1):"), this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"resultText"_s);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(150);
    label->setBuddy(m_text);
    layout->addWidget(label);
    layout->addWidget(m_text, 3);

    auto *filesLabel = new QLabel(tr("Result &photos and files (required before publication, Art. 12.2):"), this);
    m_files = new QListWidget(this);
    m_files->setObjectName(u"resultFiles"_s);
    m_files->setMaximumHeight(90);
    filesLabel->setBuddy(m_files);
    auto *add = new QPushButton(tr("&Attach…"), this);
    add->setObjectName(u"resultAttach"_s);
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(u"resultRemove"_s);
    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(add);
    fileButtons->addWidget(m_remove);
    fileButtons->addStretch();
    auto *filesRow = new QHBoxLayout;
    filesRow->addWidget(m_files, 1);
    filesRow->addLayout(fileButtons);
    layout->addWidget(filesLabel);
    layout->addLayout(filesRow);

    m_checks = new QLabel(this);
    m_checks->setObjectName(u"resultChecks"_s);
    m_checks->setWordWrap(true);
    m_checks->setTextFormat(Qt::RichText);
    layout->addWidget(m_checks);

    connect(add, &QPushButton::clicked, this, &ResultEditor::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &ResultEditor::removeFile);
    connect(m_files, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        check();
        emit changed();
    });
    setText(report.resultText);
    refreshFiles();
}

void ResultEditor::setText(const QString &text)
{
    if (!text.trimmed().isEmpty()) {
        m_text->setPlainText(text);
        return;
    }
    // The template with the report's data; the cursor where the result goes.
    const QString composed = pub::composeResult(m_report, m_agencyName, {});
    m_text->setPlainText(composed);
    const qsizetype at = composed.indexOf(u"như sau:"_s);
    if (at >= 0) {
        QTextCursor cursor = m_text->textCursor();
        cursor.setPosition(int(at + QStringView(u"như sau:").size()));
        cursor.insertText(u" "_s);
        m_text->setTextCursor(cursor);
    }
}

QString ResultEditor::text() const
{
    return m_text->toPlainText().trimmed();
}

void ResultEditor::addFile(const QString &path)
{
    if (!path.isEmpty() && !m_newFiles.contains(path)) {
        m_newFiles.append(path);
        refreshFiles();
        emit changed();
    }
}

bool ResultEditor::hasResult() const
{
    return m_hasResult;
}

QString ResultEditor::checksText() const
{
    QTextDocument document;
    document.setHtml(m_checks->text());
    return document.toPlainText();
}

void ResultEditor::chooseFiles()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Result photos and files"), QString(),
                                      tr("Photos, videos and PDF files (*.jpg *.jpeg *.png *.webp *.heic *.mp4 "
                                         "*.mov *.3gp *.pdf);;All files (*)"));
    for (const QString &path : paths) {
        addFile(path);
    }
}

void ResultEditor::removeFile()
{
    const int row = m_files->currentRow();
    if (row < 0) {
        return;
    }
    if (row < m_kept.size()) {
        m_kept.removeAt(row);
    } else {
        m_newFiles.removeAt(row - m_kept.size());
    }
    refreshFiles();
    emit changed();
}

void ResultEditor::refreshFiles()
{
    m_files->clear();
    for (const QString &sha : std::as_const(m_kept)) {
        m_files->addItem(tr("On the server: %1…").arg(sha.left(12)));
    }
    for (const QString &path : std::as_const(m_newFiles)) {
        m_files->addItem(tr("New: %1").arg(QFileInfo(path).fileName()));
    }
    m_remove->setEnabled(m_files->currentRow() >= 0);
    check();
}

void ResultEditor::check()
{
    core::Report probe = m_report;
    probe.resultAttachments = m_kept;
    for (const QString &path : std::as_const(m_newFiles)) {
        probe.resultAttachments.append(path);
    }
    const pub::Gate gate = pub::check(probe, m_directory, text());
    QString html;
    for (const pub::Check &c : gate.checks) {
        if (c.item == pub::Item::NoIdentity || c.item == pub::Item::Confidential) {
            continue; // the IOC's concern at publication
        }
        const bool pass = c.verdict != pub::Verdict::Fail;
        html += u"<div style='color:%1'>%2 %3</div>"_s.arg(pass ? u"#2e7d32"_s : u"#c62828"_s, pass ? u"✔"_s : u"✘"_s,
                                                           c.detail.toHtmlEscaped());
    }
    m_checks->setText(html);
    const pub::Check *result = gate.check(pub::Item::Result);
    m_hasResult = result != nullptr && result->verdict == pub::Verdict::Pass;
}

} // namespace ioc::ui

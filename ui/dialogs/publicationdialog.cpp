#include "ui/dialogs/publicationdialog.h"

#include "core/vntime.h"
#include "ui/report/clockheader.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using ioc::core::Action;
namespace pub = ioc::core::publication;

namespace ioc::ui {

QList<Action> PublicationDialog::handledActions()
{
    return {Action::Publish, Action::RequestTemplateFix, Action::RequestResultFix, Action::RequestAgreement,
            Action::StepBack};
}

PublicationDialog::PublicationDialog(const core::Report &report, const core::Directory &directory,
                                     const QList<core::ReportEvent> &events, const QList<Action> &available,
                                     const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
    , m_directory(directory)
    , m_available(available)
{
    setObjectName(u"publicationDialog"_s);
    setWindowTitle(tr("Publication — %1").arg(report.code));
    resize(1040, 720);
    auto *layout = new QVBoxLayout(this);

    const core::Agency *lead = directory.agency(report.leadAgencyId);
    const core::ReportClock *publishClock = report.runningClock(core::ClockStep::Publish);
    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    m_heading->setText(u"<b>%1</b> — %2<br>%3%4"_s.arg(
        report.code.toHtmlEscaped(), report.title.toHtmlEscaped(),
        tr("Approved result of %1.").arg(lead != nullptr ? lead->name : report.leadAgencyId).toHtmlEscaped(),
        publishClock == nullptr ? QString()
        : publishClock->dueAt < now
            ? u" <span style='color:#c62828'>%1</span>"_s.arg(tr("Publication overdue since %1 (Appendix 2, step 5).")
                                                                  .arg(core::vntime::formatLocal(publishClock->dueAt))
                                                                  .toHtmlEscaped())
            : u" "_s + tr("Publish by %1 (Appendix 2, step 5).")
                           .arg(core::vntime::formatLocal(publishClock->dueAt))
                           .toHtmlEscaped()));
    layout->addWidget(m_heading);
    m_clockHeader = new ClockHeader(this);
    layout->addWidget(m_clockHeader);

    auto *splitter = new QSplitter(this);
    m_checks = new QTextBrowser(splitter);
    m_checks->setObjectName(u"publicationChecks"_s);
    m_checks->setAccessibleName(tr("Checks before publishing"));
    m_checks->setMinimumWidth(380);

    auto *tabs = new QTabWidget(splitter);
    tabs->setAccessibleName(tr("The reply and the result"));
    m_reply = new QPlainTextEdit(tabs);
    m_reply->setObjectName(u"publicationReply"_s);
    m_reply->setAccessibleName(tr("Reply to the reporter"));
    m_reply->setTabChangesFocus(true);
    m_reply->setPlainText(report.resultText);
    tabs->addTab(m_reply, tr("&Reply to the reporter"));
    m_public = new QTextBrowser(tabs);
    m_public->setObjectName(u"publicationPublic"_s);
    tabs->addTab(m_public, tr("&Public version"));
    auto *timelinePage = new QWidget(tabs);
    auto *timelineLayout = new QVBoxLayout(timelinePage);
    m_audience = new QLabel(timelinePage);
    m_audience->setObjectName(u"publicationAudience"_s);
    m_audience->setWordWrap(true);
    m_timeline = new QTreeWidget(timelinePage);
    m_timeline->setObjectName(u"publicationTimeline"_s);
    m_timeline->setHeaderLabels({tr("Time"), tr("Step")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    timelineLayout->addWidget(m_audience);
    timelineLayout->addWidget(m_timeline);
    tabs->addTab(timelinePage, tr("Public &timeline"));
    m_photos = new QListWidget(tabs);
    m_photos->setObjectName(u"publicationPhotos"_s);
    m_photos->setViewMode(QListView::IconMode);
    m_photos->setIconSize(QSize(200, 150));
    m_photos->setResizeMode(QListView::Adjust);
    tabs->addTab(m_photos, tr("Result p&hotos (%1)").arg(report.resultAttachments.size()));
    splitter->addWidget(m_checks);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_confidential = new QCheckBox(tr("Confidential: send the result to the reporter only (Art. 12.3)"), this);
    m_confidential->setObjectName(u"publicationConfidential"_s);
    layout->addWidget(m_confidential);
    auto *noteRow = new QHBoxLayout;
    auto *noteLabel = new QLabel(tr("&Note to the agency / reason:"), this);
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"publicationNote"_s);
    noteLabel->setBuddy(m_note);
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);
    layout->addLayout(noteRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const auto button = [&](const QString &text, const char *name, const char *keys, Action action) {
        QPushButton *b = buttons->addButton(text, QDialogButtonBox::ActionRole);
        b->setObjectName(QString::fromLatin1(name));
        b->setShortcut(QKeySequence(QString::fromLatin1(keys))); // after the text: setText resets it
        b->setToolTip(QString::fromLatin1(keys));
        connect(b, &QPushButton::clicked, this, [this, action] { decide(action); });
        return b;
    };
    m_templateFix =
        button(tr("Ask for a template fix (30 min)"), "publicationTemplateFix", "Ctrl+M", Action::RequestTemplateFix);
    m_resultFix = button(tr("Return the result (60 min)"), "publicationResultFix", "Ctrl+R", Action::RequestResultFix);
    m_agreement =
        button(tr("Ask the coordinator to agree"), "publicationAgreement", "Ctrl+G", Action::RequestAgreement);
    m_stepBack = button(tr("Step back to processing"), "publicationStepBack", "Ctrl+B", Action::StepBack);
    m_publish = buttons->addButton(tr("Publish"), QDialogButtonBox::AcceptRole);
    m_publish->setObjectName(u"publicationPublish"_s);
    m_publish->setToolTip(tr("Ctrl+Enter"));
    connect(m_publish, &QPushButton::clicked, this, [this] { decide(Action::Publish); });
    for (const QKeySequence &keys : {QKeySequence(u"Ctrl+Return"_s), QKeySequence(u"Ctrl+Enter"_s)}) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this, [this] {
            if (m_publish->isEnabled()) {
                decide(Action::Publish);
            }
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    fillTimeline(events, now);
    for (const QString &sha : report.resultAttachments) {
        auto *item = new QListWidgetItem(tr("Loading…"), m_photos);
        item->setData(Qt::UserRole, sha);
    }
    connect(m_reply, &QPlainTextEdit::textChanged, this, &PublicationDialog::recheck);
    connect(m_confidential, &QCheckBox::toggled, this, &PublicationDialog::recheck);
    connect(m_note, &QLineEdit::textChanged, this, &PublicationDialog::recheck);
    recheck();
    // The items to fix, ready as the note to the agency.
    QStringList failing;
    for (const pub::Check &c : m_gate.checks) {
        if (c.verdict == pub::Verdict::Fail) {
            failing.append(c.detail);
        }
    }
    m_note->setText(failing.join(u' '));
    m_reply->setFocus();
}

QString PublicationDialog::publicText() const
{
    return m_gate.publicText;
}

QString PublicationDialog::timelineText() const
{
    QStringList lines{m_audience->text()};
    for (int i = 0; i < m_timeline->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_timeline->topLevelItem(i);
        lines.append(item->text(0) + u" — "_s + item->text(1));
    }
    return lines.join(u'\n');
}

void PublicationDialog::setThumbnail(const QString &sha256, const QImage &thumbnail, const QString &error)
{
    for (int i = 0; i < m_photos->count(); ++i) {
        QListWidgetItem *item = m_photos->item(i);
        if (item->data(Qt::UserRole).toString() == sha256) {
            if (thumbnail.isNull()) {
                item->setText(error.isEmpty() ? sha256.left(12) : error);
            } else {
                item->setText(QString());
                item->setIcon(QIcon(QPixmap::fromImage(thumbnail)));
            }
        }
    }
}

void PublicationDialog::recheck()
{
    m_gate = pub::check(m_report, m_directory, m_reply->toPlainText().trimmed());
    // The reporter's wish (12.3) and a state secret (12.4) keep the result private.
    if (m_gate.confidential) {
        const QSignalBlocker blocker(m_confidential);
        m_confidential->setChecked(true);
        m_confidential->setEnabled(false);
    }
    QString html = u"<table cellspacing='0' cellpadding='4'>"_s;
    for (const pub::Check &c : m_gate.checks) {
        const bool fail = c.verdict == pub::Verdict::Fail;
        const bool pass = c.verdict == pub::Verdict::Pass;
        html += u"<tr><td style='color:%1'><b>%2</b></td><td><b>%3</b><br>%4</td></tr>"_s.arg(
            fail   ? u"#c62828"_s
            : pass ? u"#2e7d32"_s
                   : u"#1e559c"_s,
            fail   ? u"✘"_s
            : pass ? u"✔"_s
                   : u"ℹ"_s,
            pub::itemName(c.item).toHtmlEscaped(), c.detail.toHtmlEscaped());
    }
    m_checks->setHtml(html + u"</table>"_s);
    m_public->setPlainText(m_gate.publicText);

    const bool confidential = m_confidential->isChecked();
    const bool agreementNeeded =
        !m_report.coordinatorAgencyId.isEmpty() && m_report.agreement != core::Agreement::Agreed;
    const bool gateOk = m_gate.publishable(); // the server decides the same (core::publication)
    m_publish->setEnabled(m_available.contains(Action::Publish) && gateOk && !agreementNeeded);
    m_publish->setToolTip(agreementNeeded ? tr("The coordinating agency must agree first (Art. 16).")
                          : !gateOk       ? tr("The gate has failing items.")
                                          : tr("Ctrl+Enter"));
    const bool noted = !m_note->text().trimmed().isEmpty();
    m_templateFix->setEnabled(m_available.contains(Action::RequestTemplateFix) && noted);
    m_resultFix->setEnabled(m_available.contains(Action::RequestResultFix) && noted);
    m_agreement->setEnabled(m_available.contains(Action::RequestAgreement) && agreementNeeded &&
                            m_report.agreement != core::Agreement::Pending);
    m_stepBack->setEnabled(m_available.contains(Action::StepBack) && noted);
    // The fix the gate proposes is the default button.
    m_resultFix->setDefault(m_gate.proposedFix == Action::RequestResultFix);
    m_templateFix->setDefault(m_gate.proposedFix == Action::RequestTemplateFix);

    m_audience->setText(confidential || !m_report.isPublic
                            ? tr("Not public: the result and its timeline go to the reporter only.")
                            : tr("Public: anyone can read this timeline and the public version."));
}

void PublicationDialog::fillTimeline(const QList<core::ReportEvent> &events, const QDateTime &now)
{
    m_timeline->clear();
    for (const core::ReportEvent &event : events) {
        if (pub::isOnCitizenTimeline(event.action)) {
            new QTreeWidgetItem(m_timeline,
                                {core::vntime::formatLocal(event.actedAt), pub::timelineLabel(event.action)});
        }
    }
    auto *coming =
        new QTreeWidgetItem(m_timeline, {core::vntime::formatLocal(now),
                                         pub::timelineLabel(u"publish"_s) + u" "_s + tr("(on publication)")});
    QFont italic = coming->font(1);
    italic.setItalic(true);
    coming->setFont(1, italic);
}

void PublicationDialog::decide(Action action)
{
    const QString note = m_note->text().trimmed();
    m_action = action;
    switch (action) {
    case Action::Publish:
        m_payload = {{u"public_text"_s, m_gate.publicText},
                     {u"reply"_s, m_reply->toPlainText().trimmed()},
                     {u"confidential"_s, m_confidential->isChecked()}};
        break;
    case Action::RequestTemplateFix:
    case Action::RequestResultFix:
        m_payload = {{u"note"_s, note}};
        break;
    case Action::RequestAgreement:
        m_payload = note.isEmpty() ? QJsonObject() : QJsonObject{{u"note"_s, note}};
        break;
    case Action::StepBack:
        m_payload = {{u"reason"_s, note}};
        break;
    default:
        return;
    }
    emit decided();
}

void PublicationDialog::loadPhotos()
{
    for (const QString &sha : std::as_const(m_report.resultAttachments)) {
        emit photoNeeded(sha);
    }
}

void PublicationDialog::showProblem(const QString &text)
{
    QMessageBox::warning(this, tr("Not queued"), text);
}

} // namespace ioc::ui

#include "ui/dialogs/verificationdialog.h"

#include "core/masking.h"
#include "core/textdiff.h"
#include "core/vntime.h"
#include "ui/dialogs/decisiondialogs.h"
#include "ui/report/clockheader.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
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

namespace ioc::ui {

namespace {

using core::identity::Verdict;

QIcon verdictIcon(Verdict verdict)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = verdict == Verdict::Pass        ? QColor(0x2e, 0x7d, 0x32)
                          : verdict == Verdict::NeedsLook ? QColor(0xef, 0x8f, 0x00)
                                                          : QColor(0xc6, 0x28, 0x28);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(QRectF(1, 1, 14, 14));
    p.setPen(QPen(Qt::white, 2));
    if (verdict == Verdict::Pass) {
        p.drawPolyline(QPolygonF({QPointF(4.5, 8), QPointF(7, 10.5), QPointF(11.5, 5.5)}));
    } else if (verdict == Verdict::Fail) {
        p.drawLine(QPointF(5, 5), QPointF(11, 11));
        p.drawLine(QPointF(11, 5), QPointF(5, 11));
    } else {
        p.drawLine(QPointF(8, 4), QPointF(8, 9));
        p.drawPoint(QPointF(8, 12));
    }
    return QIcon(pixmap);
}

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QCoreApplication::translate("ioc::ui::VerificationDialog", "passes");
    case Verdict::NeedsLook:
        return QCoreApplication::translate("ioc::ui::VerificationDialog", "needs a look");
    case Verdict::Fail:
        return QCoreApplication::translate("ioc::ui::VerificationDialog", "fails");
    }
    return {};
}

QString localTime(const QDateTime &instant)
{
    return core::vntime::formatLocal(instant, u"dd/MM/yyyy HH:mm");
}

QPushButton *decisionButton(const QString &name, const QString &text, const QString &shortcut, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(name);
    const QKeySequence keys(shortcut);
    button->setText(text + u"  ("_s + keys.toString(QKeySequence::NativeText) + u')');
    button->setShortcut(keys); // after setText(), which resets the shortcut to the text's mnemonic
    button->setAutoDefault(false);
    return button;
}

} // namespace

QList<core::Action> VerificationDialog::decisions()
{
    return {core::Action::Accept, core::Action::RequestSupplement, core::Action::Reject,
            core::Action::RequestIdentityCheck};
}

VerificationDialog::VerificationDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"verificationDialog"_s);
    setWindowTitle(tr("Verification"));
    resize(1180, 760);

    m_heading = new QLabel(this);
    m_heading->setObjectName(u"verifyHeading"_s);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);

    m_checklist = new QTreeWidget(this);
    m_checklist->setObjectName(u"verificationChecklist"_s);
    m_checklist->setAccessibleName(tr("Verification checklist"));
    m_checklist->setColumnCount(2);
    m_checklist->setHeaderLabels({tr("Condition"), tr("Article")});
    m_checklist->setWordWrap(true);
    m_checklist->setUniformRowHeights(false);
    m_checklist->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_checklist->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_checklist->header()->setStretchLastSection(false);

    m_findings = new QTextBrowser(this);
    m_findings->setObjectName(u"verifyFindings"_s);
    m_findings->setAccessibleName(tr("Findings of the chosen condition"));
    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_checklist);
    left->addWidget(m_findings);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);

    // The text and its corrections.
    auto *textPage = new QWidget(this);
    auto *textLayout = new QVBoxLayout(textPage);
    m_title = new QLineEdit(textPage);
    m_title->setObjectName(u"verifyTitle"_s);
    m_content = new QPlainTextEdit(textPage);
    m_content->setObjectName(u"verifyContent"_s);
    m_content->setTabChangesFocus(true);
    m_spellOut = new QPushButton(tr("&Spell out abbreviations"), textPage);
    m_spellOut->setObjectName(u"verifySpellOut"_s);
    m_spellOut->setAutoDefault(false);
    m_diff = new QTextBrowser(textPage);
    m_diff->setObjectName(u"verifyDiff"_s);
    m_diff->setAccessibleName(tr("Changes to the text"));
    m_diff->setMaximumHeight(110);
    m_photos = new QListWidget(textPage);
    m_photos->setObjectName(u"verifyPhotos"_s);
    m_photos->setAccessibleName(tr("Photos and videos"));
    m_photos->setViewMode(QListView::IconMode);
    m_photos->setIconSize(QSize(160, 120));
    m_photos->setMaximumHeight(160);
    m_photos->setFlow(QListView::LeftToRight);
    m_photos->setWrapping(false);
    auto *titleLabel = new QLabel(tr("&Title:"), textPage);
    titleLabel->setBuddy(m_title);
    auto *contentLabel = new QLabel(tr("C&ontent (corrections keep the original; Art. 9.1):"), textPage);
    contentLabel->setBuddy(m_content);
    textLayout->addWidget(titleLabel);
    textLayout->addWidget(m_title);
    textLayout->addWidget(contentLabel);
    textLayout->addWidget(m_content, 2);
    textLayout->addWidget(m_spellOut, 0, Qt::AlignLeft);
    textLayout->addWidget(m_diff, 1);
    textLayout->addWidget(new QLabel(tr("Photos and videos (double-click to open):"), textPage));
    textLayout->addWidget(m_photos);

    // Duplicate candidates side by side.
    auto *duplicatePage = new QWidget(this);
    auto *duplicateLayout = new QGridLayout(duplicatePage);
    m_candidates = new QListWidget(duplicatePage);
    m_candidates->setObjectName(u"verifyCandidates"_s);
    m_candidates->setWordWrap(true);
    m_ownPhoto = new QLabel(duplicatePage);
    m_ownPhoto->setObjectName(u"verifyOwnPhoto"_s);
    m_candidatePhoto = new QLabel(duplicatePage);
    m_candidatePhoto->setObjectName(u"verifyCandidatePhoto"_s);
    for (QLabel *photo : {m_ownPhoto, m_candidatePhoto}) {
        photo->setMinimumSize(320, 240);
        photo->setAlignment(Qt::AlignCenter);
        photo->setFrameShape(QFrame::StyledPanel);
    }
    m_candidateText = new QLabel(duplicatePage);
    m_candidateText->setObjectName(u"verifyCandidateText"_s);
    m_candidateText->setWordWrap(true);
    m_candidateText->setTextFormat(Qt::PlainText);
    duplicateLayout->addWidget(m_candidates, 0, 0, 1, 2);
    duplicateLayout->addWidget(new QLabel(tr("This report"), duplicatePage), 1, 0);
    duplicateLayout->addWidget(new QLabel(tr("The report it may repeat"), duplicatePage), 1, 1);
    duplicateLayout->addWidget(m_ownPhoto, 2, 0);
    duplicateLayout->addWidget(m_candidatePhoto, 2, 1);
    duplicateLayout->addWidget(m_candidateText, 3, 0, 1, 2);
    duplicateLayout->setRowStretch(0, 1);
    duplicateLayout->setRowStretch(2, 2);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"verifyTabs"_s);
    m_tabs->setAccessibleName(tr("The report and its possible duplicates"));
    m_tabs->addTab(textPage, tr("Content"));
    m_tabs->addTab(duplicatePage, tr("Possible duplicates"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 620});

    // Flags and decisions.
    m_nonPublic = new QCheckBox(tr("Non-&public (Art. 9.2)"), this);
    m_nonPublic->setObjectName(u"verifyNonPublic"_s);
    m_urgent = new QCheckBox(tr("&Urgent (Art. 15)"), this);
    m_urgent->setObjectName(u"verifyUrgent"_s);
    m_flagReason = new QLineEdit(this);
    m_flagReason->setObjectName(u"verifyFlagReason"_s);
    m_flagReason->setAccessibleName(tr("Reason"));
    m_flagReason->setPlaceholderText(tr("Reason (changing public or urgent, accepting without a photo)"));
    m_advance = new QCheckBox(tr("Then open the ne&xt report to verify"), this);
    m_advance->setObjectName(u"verifyAdvance"_s);
    m_advance->setChecked(true);
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_nonPublic);
    flags->addWidget(m_urgent);
    flags->addWidget(m_flagReason, 1);
    flags->addWidget(m_advance);

    m_acceptButton = decisionButton(u"verifyAccept"_s, tr("Accept"), u"Ctrl+Return"_s, this);
    m_supplementButton = decisionButton(u"verifySupplement"_s, tr("Request a supplement…"), u"Ctrl+B"_s, this);
    m_rejectButton = decisionButton(u"verifyReject"_s, tr("Reject…"), u"Ctrl+R"_s, this);
    m_identityButton =
        decisionButton(u"verifyIdentity"_s, tr("Verify the identity (4 working hours)"), u"Ctrl+I"_s, this);
    m_nextButton = decisionButton(u"verifyNext"_s, tr("Skip to the next"), u"Ctrl+N"_s, this);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(u"verifyClose"_s);
    close->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_acceptButton);
    buttons->addWidget(m_supplementButton);
    buttons->addWidget(m_rejectButton);
    buttons->addWidget(m_identityButton);
    buttons->addStretch(1);
    buttons->addWidget(m_nextButton);
    buttons->addWidget(close);

    m_status = new QLabel(this);
    m_status->setObjectName(u"verifyStatus"_s);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    m_clockHeader = new ClockHeader(this);
    layout->addWidget(m_clockHeader);
    layout->addWidget(splitter, 1);
    layout->addLayout(flags);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_acceptButton, &QPushButton::clicked, this, &VerificationDialog::decideAccept);
    connect(m_supplementButton, &QPushButton::clicked, this, &VerificationDialog::decideSupplement);
    connect(m_rejectButton, &QPushButton::clicked, this, &VerificationDialog::decideReject);
    connect(m_identityButton, &QPushButton::clicked, this, &VerificationDialog::decideIdentityCheck);
    connect(m_nextButton, &QPushButton::clicked, this, &VerificationDialog::nextRequested);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &VerificationDialog::updateDiff);
    connect(m_content, &QPlainTextEdit::textChanged, this, &VerificationDialog::updateDiff);
    connect(m_spellOut, &QPushButton::clicked, this, [this] {
        if (!m_evaluation) {
            return;
        }
        if (!m_evaluation->checklist.proposedTitle.isEmpty()) {
            m_title->setText(m_evaluation->checklist.proposedTitle);
        }
        if (!m_evaluation->checklist.proposedContent.isEmpty()) {
            m_content->setPlainText(m_evaluation->checklist.proposedContent);
        }
    });
    connect(m_checklist, &QTreeWidget::currentItemChanged, this, &VerificationDialog::showFindings);
    connect(m_candidates, &QListWidget::currentRowChanged, this, &VerificationDialog::showCandidate);
    connect(m_photos, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (!m_evaluation) {
            return;
        }
        const QString sha = item->data(Qt::UserRole).toString();
        for (const core::MediaItem &media : m_evaluation->report.media) {
            if (media.sha256 == sha) {
                emit mediaOpenRequested(media);
            }
        }
    });
    auto prefillReason = [this](const QString &text) {
        if (m_flagReason->text().trimmed().isEmpty()) {
            m_flagReason->setText(text);
        }
    };
    connect(m_nonPublic, &QCheckBox::toggled, this, [prefillReason](bool on) {
        if (on) {
            prefillReason(tr("Sensitive matter (Art. 9.2)"));
        }
    });
    connect(m_urgent, &QCheckBox::toggled, this, [prefillReason](bool on) {
        if (on) {
            prefillReason(tr("Needs immediate handling (Art. 15)"));
        }
    });
    setBusy(true);
}

void VerificationDialog::accept()
{
    // Enter in a field must never decide: only the explicit buttons and shortcuts do.
}

void VerificationDialog::showLoading(const QString &reportId, const QString &code)
{
    m_reportId = reportId;
    m_evaluation.reset();
    m_thumbnails.clear();
    m_checklist->clear();
    m_findings->clear();
    m_candidates->clear();
    m_photos->clear();
    m_ownPhoto->clear();
    m_candidatePhoto->clear();
    m_candidateText->clear();
    m_diff->clear();
    m_heading->setText(u"<b>%1</b>"_s.arg(code.toHtmlEscaped()));
    m_status->setText(tr("Checking %1…").arg(code));
    setWindowTitle(tr("Verification — %1").arg(code));
    setBusy(true);
}

void VerificationDialog::showMessage(const QString &text)
{
    m_reportId.clear();
    m_evaluation.reset();
    m_checklist->clear();
    m_candidates->clear();
    m_photos->clear();
    m_heading->setText(text.toHtmlEscaped());
    m_status->setText(text);
    setBusy(true);
    m_nextButton->setEnabled(true);
}

void VerificationDialog::showProblem(const QString &text)
{
    m_status->setText(u"<span style=\"color:#b00020\">%1</span>"_s.arg(text.toHtmlEscaped()));
}

void VerificationDialog::setBusy(bool busy)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_acceptButton, m_supplementButton, m_rejectButton,
                                                       m_identityButton, m_nextButton, m_title, m_content, m_spellOut,
                                                       m_nonPublic, m_urgent, m_flagReason}) {
        w->setEnabled(!busy);
    }
}

void VerificationDialog::showEvaluation(const core::verification::Evaluation &evaluation, bool identityRevealed)
{
    if (evaluation.reportId != m_reportId) {
        return; // the officer moved on
    }
    if (!evaluation.error.isEmpty()) {
        showMessage(evaluation.error);
        return;
    }
    m_evaluation = evaluation;
    const core::Report &report = evaluation.report;
    const core::verification::Checklist &list = evaluation.checklist;
    setWindowTitle(tr("Verification — %1").arg(report.code));
    m_heading->setText(tr("<b>%1</b> · %2<br>%3 · received %4 · overall: <b>%5</b>")
                           .arg(report.code.toHtmlEscaped(), report.title.toHtmlEscaped(),
                                QCoreApplication::translate("ioc::core", core::channelLabel(report.channel)),
                                localTime(report.receivedAt), verdictText(list.overall)));

    m_checklist->clear();
    for (const core::verification::Row &row : list.rows) {
        auto *item = new QTreeWidgetItem(m_checklist, {row.label + u" — "_s + verdictText(row.verdict), row.article});
        item->setIcon(0, verdictIcon(row.verdict));
        item->setData(0, Qt::UserRole, core::verification::conditionName(row.condition));
        for (const core::identity::Finding &f : row.findings) {
            const QString text =
                identityRevealed ? f.evidence : core::verification::maskIdentity(f.evidence, report.reporter);
            auto *child = new QTreeWidgetItem(item, {text});
            child->setIcon(0, verdictIcon(f.verdict));
            child->setToolTip(0, text);
            child->setData(0, Qt::UserRole, f.code);
        }
        item->setExpanded(row.verdict != Verdict::Pass);
    }

    const QSignalBlocker blockTitle(m_title);
    const QSignalBlocker blockContent(m_content);
    m_title->setText(report.title);
    m_content->setPlainText(report.content);
    m_spellOut->setVisible(!list.proposedContent.isEmpty() || !list.proposedTitle.isEmpty());
    m_diff->clear();

    m_photos->clear();
    for (const core::MediaItem &media : report.media) {
        auto *item = new QListWidgetItem(media.fileName.isEmpty() ? media.sha256.left(12) : media.fileName, m_photos);
        item->setData(Qt::UserRole, media.sha256);
        if (media.mimeType.startsWith(u"image/"_s)) {
            emit mediaNeeded(media);
        }
    }

    m_candidates->clear();
    for (const core::verification::CandidateReport &c : evaluation.candidates) {
        auto *item = new QListWidgetItem(tr("%1 — %2% alike · %3\n%4")
                                             .arg(c.code)
                                             .arg(qRound(c.match.score * 100))
                                             .arg(c.title, c.match.reasons.join(u", "_s)),
                                         m_candidates);
        item->setIcon(
            verdictIcon(c.match.score >= core::verification::duplicateThreshold ? Verdict::NeedsLook : Verdict::Pass));
        item->setData(Qt::UserRole, c.match.id);
        if (!c.media.isEmpty()) {
            emit mediaNeeded(c.media.first());
        }
    }
    m_tabs->setTabText(1, tr("Possible duplicates (%1)").arg(evaluation.candidates.size()));
    if (!evaluation.candidates.isEmpty()) {
        m_candidates->setCurrentRow(0);
    } else {
        m_candidateText->setText(tr("No report near in place and time."));
    }

    {
        const QSignalBlocker a(m_nonPublic);
        const QSignalBlocker b(m_urgent);
        m_nonPublic->setChecked(!report.isPublic);
        m_urgent->setChecked(report.urgent);
    }
    m_flagReason->clear();
    setBusy(false);
    using S = core::ReportState;
    m_acceptButton->setEnabled(report.state == S::Received);
    m_supplementButton->setEnabled(report.state == S::Received);
    m_identityButton->setEnabled(report.state == S::Received);
    m_rejectButton->setEnabled(report.state == S::Received || report.state == S::IdentityCheck ||
                               report.state == S::AwaitingSupplement || report.state == S::Verified);
    const bool editable = m_rejectButton->isEnabled();
    m_title->setReadOnly(!editable);
    m_content->setReadOnly(!editable);
    m_status->setText(
        report.state == S::Received
            ? tr("Checked in %1 ms. Decide with the buttons or their shortcuts.").arg(evaluation.elapsedMs)
            : tr("This report is “%1”: only some decisions apply.")
                  .arg(QCoreApplication::translate("ioc::core", core::reportStateLabel(report.state))));
    updateDiff();
    m_checklist->setFocus();
    // The first row that is not a pass, else the first.
    QTreeWidgetItem *first = m_checklist->topLevelItem(0);
    for (int i = 0; i < m_checklist->topLevelItemCount(); ++i) {
        if (m_checklist->topLevelItem(i)->isExpanded()) {
            first = m_checklist->topLevelItem(i);
            break;
        }
    }
    if (first != nullptr) {
        m_checklist->setCurrentItem(first);
    }
    showFindings();
}

void VerificationDialog::showFindings()
{
    QTreeWidgetItem *item = m_checklist->currentItem();
    if (item == nullptr) {
        m_findings->clear();
        return;
    }
    if (item->parent() != nullptr) {
        item = item->parent();
    }
    QString html = u"<p><b>%1</b> (%2)</p><ul>"_s.arg(item->text(0).toHtmlEscaped(), item->text(1).toHtmlEscaped());
    for (int i = 0; i < item->childCount(); ++i) {
        html += u"<li>%1</li>"_s.arg(item->child(i)->text(0).toHtmlEscaped());
    }
    m_findings->setHtml(html + u"</ul>"_s);
}

void VerificationDialog::setThumbnail(const QString &sha256, const QImage &thumbnail, const QString &error)
{
    if (!m_evaluation) {
        return;
    }
    m_thumbnails.insert(sha256, thumbnail);
    for (int i = 0; i < m_photos->count(); ++i) {
        QListWidgetItem *item = m_photos->item(i);
        if (item->data(Qt::UserRole).toString() == sha256) {
            if (thumbnail.isNull()) {
                item->setText(item->text() + u"\n"_s + error);
            } else {
                item->setIcon(QIcon(QPixmap::fromImage(thumbnail)));
            }
        }
    }
    if (!m_evaluation->report.media.isEmpty() && m_evaluation->report.media.first().sha256 == sha256) {
        m_ownPhoto->setPixmap(QPixmap::fromImage(thumbnail));
        if (thumbnail.isNull()) {
            m_ownPhoto->setText(error);
        }
    }
    showCandidate(m_candidates->currentRow());
}

void VerificationDialog::showCandidate(int row)
{
    if (!m_evaluation || row < 0 || row >= m_evaluation->candidates.size()) {
        return;
    }
    const core::verification::CandidateReport &c = m_evaluation->candidates.at(row);
    m_candidateText->setText(tr("%1 (%2, received %3)\n%4\n%5")
                                 .arg(c.code, QCoreApplication::translate("ioc::core", core::reportStateLabel(c.state)),
                                      localTime(c.receivedAt), c.title, c.content.left(400)));
    const QImage image = c.media.isEmpty() ? QImage() : m_thumbnails.value(c.media.first().sha256);
    if (image.isNull()) {
        m_candidatePhoto->setText(c.media.isEmpty() ? tr("No photo") : tr("Loading…"));
    } else {
        m_candidatePhoto->setPixmap(QPixmap::fromImage(image));
    }
}

void VerificationDialog::updateDiff()
{
    if (!m_evaluation) {
        return;
    }
    const core::Report &report = m_evaluation->report;
    auto render = [](const QString &original, const QString &edited) {
        QString html;
        for (const core::DiffSegment &segment : core::wordDiff(original, edited)) {
            const QString text = segment.text.toHtmlEscaped();
            html += segment.kind == core::DiffSegment::Removed
                        ? u"<span style=\"background:#fdd;text-decoration:line-through\">%1</span>"_s.arg(text)
                    : segment.kind == core::DiffSegment::Added
                        ? u"<span style=\"background:#dfd\">%1</span>"_s.arg(text)
                        : text;
        }
        return html;
    };
    QString html;
    if (m_title->text() != report.title) {
        html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Title:"), render(report.title, m_title->text()));
    }
    if (m_content->toPlainText() != report.content) {
        html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Content:"), render(report.content, m_content->toPlainText()));
    }
    m_diff->setHtml(html.isEmpty() ? tr("No correction.") : html);
}

bool VerificationDialog::advancesAfterDecision() const
{
    return m_advance->isChecked();
}

QString VerificationDialog::checklistText() const
{
    QStringList lines;
    for (int i = 0; i < m_checklist->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = m_checklist->topLevelItem(i);
        lines.append(row->data(0, Qt::UserRole).toString() + u": "_s + row->text(0));
        for (int j = 0; j < row->childCount(); ++j) {
            lines.append(u"  "_s + row->child(j)->data(0, Qt::UserRole).toString() + u": "_s + row->child(j)->text(0));
        }
    }
    return lines.join(u'\n');
}

bool VerificationDialog::flagSteps(QList<VerificationStep> *steps)
{
    const core::Report &report = m_evaluation->report;
    const bool publicChanged = m_nonPublic->isChecked() == report.isPublic;
    const bool urgentChanged = m_urgent->isChecked() != report.urgent;
    if ((publicChanged || urgentChanged) && m_flagReason->text().trimmed().isEmpty()) {
        showProblem(tr("Give a reason for changing public or urgent."));
        m_flagReason->setFocus();
        return false;
    }
    const QString reason = m_flagReason->text().trimmed();
    if (publicChanged) {
        steps->append({core::Action::SetPublic, {{u"public"_s, !m_nonPublic->isChecked()}, {u"reason"_s, reason}}});
    }
    if (urgentChanged) {
        steps->append({core::Action::SetUrgent, {{u"urgent"_s, m_urgent->isChecked()}, {u"reason"_s, reason}}});
    }
    return true;
}

void VerificationDialog::decideAccept()
{
    if (!m_evaluation || !m_acceptButton->isEnabled()) {
        return;
    }
    const core::Report &report = m_evaluation->report;
    QList<VerificationStep> steps;
    QJsonObject edit;
    if (m_title->text().trimmed() != report.title) {
        edit.insert(u"title"_s, m_title->text().trimmed());
    }
    if (m_content->toPlainText().trimmed() != report.content) {
        edit.insert(u"content"_s, m_content->toPlainText().trimmed());
    }
    if (edit.value(u"title"_s).toString().isEmpty() && edit.contains(u"title"_s)) {
        showProblem(tr("The title cannot be empty."));
        return;
    }
    if (!edit.isEmpty()) {
        steps.append({core::Action::EditText, edit});
    }
    if (!flagSteps(&steps)) {
        return;
    }
    QJsonObject accept;
    if (report.media.isEmpty()) {
        // Art. 7.6.2.a: only an urgent hotline report goes without a photo, and the reason is kept.
        const QString reason = m_flagReason->text().trimmed();
        if (reason.isEmpty()) {
            showProblem(tr("Accepting without a photo or video needs a reason (Art. 7.6.2.a): write it in the "
                           "reason field."));
            m_flagReason->setFocus();
            return;
        }
        accept.insert(u"note"_s, tr("Accepted without a photo or video: %1").arg(reason));
    }
    steps.append({core::Action::Accept, accept});
    emit decided(m_reportId, steps);
}

void VerificationDialog::decideSupplement()
{
    if (!m_evaluation || !m_supplementButton->isEnabled()) {
        return;
    }
    QList<VerificationStep> steps;
    if (!flagSteps(&steps)) {
        return;
    }
    const std::optional<QJsonObject> payload = askSupplement(*m_evaluation, this);
    if (!payload) {
        return;
    }
    steps.append({core::Action::RequestSupplement, *payload});
    emit decided(m_reportId, steps);
}

void VerificationDialog::decideReject()
{
    if (!m_evaluation || !m_rejectButton->isEnabled()) {
        return;
    }
    QList<VerificationStep> steps;
    if (!flagSteps(&steps)) {
        return;
    }
    const std::optional<QJsonObject> payload = askRejection(*m_evaluation, this);
    if (!payload) {
        return;
    }
    steps.append({core::Action::Reject, *payload});
    emit decided(m_reportId, steps);
}

void VerificationDialog::decideIdentityCheck()
{
    if (!m_evaluation || !m_identityButton->isEnabled()) {
        return;
    }
    QList<VerificationStep> steps;
    if (!flagSteps(&steps)) {
        return;
    }
    QStringList problems;
    if (const core::verification::Row *row = m_evaluation->checklist.row(core::verification::Condition::Identity)) {
        for (const core::identity::Finding &f : row->findings) {
            if (f.verdict != Verdict::Pass) {
                problems.append(core::verification::maskIdentity(f.evidence, m_evaluation->report.reporter));
            }
        }
    }
    steps.append({core::Action::RequestIdentityCheck,
                  {{u"note"_s, problems.isEmpty() ? tr("Identity to be confirmed by phone.")
                                                  : tr("To confirm: %1").arg(problems.join(u' '))}}});
    emit decided(m_reportId, steps);
}

} // namespace ioc::ui

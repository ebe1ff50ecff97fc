#include "ui/dialogs/processingdialog.h"

#include "core/countdown.h"
#include "core/distribution.h"
#include "core/publication.h"
#include "core/slapolicy.h"
#include "core/vntime.h"
#include "ui/dialogs/resulteditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using ioc::core::Action;
namespace pub = ioc::core::publication;

namespace ioc::ui {

namespace {

QDateTime toEditTime(const QDateTime &t)
{
    return t.toUTC().addSecs(core::vntime::utcOffsetSeconds);
}

QDateTime fromEditTime(const QDateTime &t)
{
    QDateTime utc = t;
    utc.setTimeSpec(Qt::UTC);
    return utc.addSecs(-core::vntime::utcOffsetSeconds);
}

QPlainTextEdit *textField(const QString &name, QWidget *parent, int height = 80)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(height);
    return edit;
}

QString trimmed(const QPlainTextEdit *edit)
{
    return edit->toPlainText().trimmed();
}

void insertIfAny(QJsonObject &payload, const char *key, const QString &value)
{
    if (!value.isEmpty()) {
        payload.insert(QLatin1StringView(key), value);
    }
}

// Active agencies by name, with an optional first entry.
void fillAgencies(QComboBox *combo, const core::Directory &directory, const QString &except)
{
    QList<core::Agency> agencies = directory.agencies();
    std::sort(agencies.begin(), agencies.end(),
              [](const core::Agency &a, const core::Agency &b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const core::Agency &a : std::as_const(agencies)) {
        if (a.active && a.id != except) {
            combo->addItem(a.name, a.id);
        }
    }
}

QLabel *readOnlyText(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(6);
    return label;
}

// What the workflow allows by role and state, narrowed to what makes sense for this report now.
bool applies(const core::Report &report, Action action)
{
    switch (action) {
    case Action::Dispatch:
        return report.urgent && !report.dispatched;
    case Action::ResultObtained:
        return report.urgent && !report.resultObtained;
    case Action::AnswerInteraction:
        return report.hasOpenInteraction();
    case Action::AgreementAnswer:
        return report.agreement == core::Agreement::Pending;
    default:
        return true;
    }
}

} // namespace

QList<Action> ProcessingDialog::handledActions()
{
    return {Action::AgencyAccept,       Action::Dispatch,           Action::ResultObtained,    Action::SubmitResult,
            Action::Resubmit,           Action::LeaderApprove,      Action::LeaderEditApprove, Action::LeaderReturn,
            Action::AgreementAnswer,    Action::CoordinationAnswer, Action::AnswerInteraction, Action::Extend,
            Action::ReturnNotCompetent, Action::DeclineInsufficient};
}

ProcessingDialog::ProcessingDialog(const core::Report &report, const core::Directory &directory,
                                   const core::Actor &actor, const QList<Action> &available, const QDateTime &now,
                                   QWidget *parent)
    : QDialog(parent)
    , m_report(report)
    , m_directory(directory)
    , m_actor(actor)
{
    setObjectName(u"processingDialog"_s);
    setWindowTitle(tr("Processing — %1").arg(report.code));
    resize(980, 700);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(summaryHtml(now), this);
    m_summary->setObjectName(u"processingSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter(this);
    m_actions = new QListWidget(splitter);
    m_actions->setObjectName(u"processingActions"_s);
    m_actions->setMaximumWidth(260);
    m_stack = new QStackedWidget(splitter);
    splitter->addWidget(m_actions);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    for (const Action action : handledActions()) {
        if (available.contains(action) && applies(report, action)) {
            addPage(pageFor(action));
        }
    }
    if (m_pages.isEmpty()) {
        auto *none = new QLabel(tr("Nothing to do on this report for your role now."), m_stack);
        none->setObjectName(u"processingNothing"_s);
        none->setAlignment(Qt::AlignCenter);
        m_stack->addWidget(none);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_do = buttons->addButton(tr("Carry out"), QDialogButtonBox::AcceptRole);
    m_do->setObjectName(u"processingDo"_s);
    m_do->setShortcut(QKeySequence(u"Ctrl+Return"_s)); // after the text: setText resets it
    m_do->setToolTip(tr("Ctrl+Enter"));
    m_do->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(m_do, &QPushButton::clicked, this, [this] {
        if (m_do->isEnabled()) {
            emit decided();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The keypad's Enter as well.
    connect(new QShortcut(QKeySequence(u"Ctrl+Enter"_s), this), &QShortcut::activated, m_do, &QPushButton::click);
    connect(m_actions, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            m_stack->setCurrentIndex(row);
        }
        updateButton();
    });
    if (!m_pages.isEmpty()) {
        m_actions->setCurrentRow(0);
    }
    updateButton();
    m_actions->setFocus();
}

void ProcessingDialog::addPage(Page page)
{
    m_actions->addItem(QCoreApplication::translate("ioc::core", core::actionLabel(page.action)));
    m_stack->addWidget(page.widget);
    m_pages.append(std::move(page));
}

core::Action ProcessingDialog::action() const
{
    const int row = m_actions->currentRow();
    return row >= 0 && row < m_pages.size() ? m_pages.at(row).action : Action::AddNote;
}

QJsonObject ProcessingDialog::payload() const
{
    const int row = m_actions->currentRow();
    return row >= 0 && row < m_pages.size() ? m_pages.at(row).payload() : QJsonObject();
}

QStringList ProcessingDialog::files() const
{
    const int row = m_actions->currentRow();
    if (row < 0 || row >= m_pages.size() || m_pages.at(row).editor == nullptr) {
        return {};
    }
    return m_pages.at(row).editor->newFiles();
}

bool ProcessingDialog::selectAction(Action action)
{
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).action == action) {
            m_actions->setCurrentRow(int(i));
            return true;
        }
    }
    return false;
}

QWidget *ProcessingDialog::currentPage() const
{
    return m_stack->currentWidget();
}

ResultEditor *ProcessingDialog::resultEditor() const
{
    const int row = m_actions->currentRow();
    return row >= 0 && row < m_pages.size() ? m_pages.at(row).editor : nullptr;
}

void ProcessingDialog::showProblem(const QString &text)
{
    QMessageBox::warning(this, tr("Not queued"), text);
}

void ProcessingDialog::updateButton()
{
    const int row = m_actions->currentRow();
    m_do->setEnabled(row >= 0 && row < m_pages.size() && m_pages.at(row).valid());
}

QString ProcessingDialog::summaryHtml(const QDateTime &now) const
{
    const core::Report &r = m_report;
    const core::Category *category = m_directory.category(r.categoryId);
    const core::Area *area = m_directory.area(r.position.areaId);
    const core::Agency *lead = m_directory.agency(r.leadAgencyId);
    QString part;
    if (!m_actor.agencyId.isEmpty()) {
        if (r.leadAgencyId == m_actor.agencyId) {
            part = tr("Your agency leads the processing.");
        } else if (r.coordinatorAgencyId == m_actor.agencyId) {
            part = tr("Your agency coordinates (Art. 16): name the competent agency, then agree on the result.");
        } else if (r.coordinatingAgencyIds.contains(m_actor.agencyId)) {
            part = tr("Your agency coordinates with %1.").arg(lead != nullptr ? lead->name : r.leadAgencyId);
        } else {
            part = tr("Upper-level agency: informed of the processing by %1 (Art. 10.3).")
                       .arg(lead != nullptr ? lead->name : r.leadAgencyId);
        }
    }
    QStringList clocks;
    for (const core::ReportClock &clock : r.clocks) {
        if (clock.status != core::ClockStatus::Running) {
            continue;
        }
        const bool late = clock.dueAt < now;
        // Returning and declining are windows, not duties: shown while open, gone once passed.
        if (clock.step == core::ClockStep::Return || clock.step == core::ClockStep::Decline) {
            if (!late) {
                clocks.append(tr("%1: until %2")
                                  .arg(QCoreApplication::translate("ioc::core", core::clockStepLabel(clock.step)),
                                       core::vntime::formatLocal(clock.dueAt))
                                  .toHtmlEscaped());
            }
            continue;
        }
        clocks.append(u"<span style='color:%1'>%2: %3 %4</span>"_s.arg(
            late ? u"#c62828"_s : u"#1b5e20"_s,
            QCoreApplication::translate("ioc::core", core::clockStepLabel(clock.step)).toHtmlEscaped(),
            late ? tr("overdue since") : tr("due"), core::vntime::formatLocal(clock.dueAt)));
    }
    QString html =
        u"<b>%1</b> — %2%3<br>"_s.arg(r.code.toHtmlEscaped(), r.title.toHtmlEscaped(),
                                      r.urgent ? u" <b style='color:#c62828'>%1</b>"_s.arg(tr("URGENT")) : QString());
    html += u"%1 · %2<br>"_s.arg(category != nullptr ? category->name.toHtmlEscaped() : r.categoryId.toHtmlEscaped(),
                                 area != nullptr ? area->name.toHtmlEscaped() : QString());
    html += u"<i>%1</i><br>"_s.arg(r.content.toHtmlEscaped());
    if (!part.isEmpty()) {
        html += part.toHtmlEscaped() + u"<br>"_s;
    }
    if (!clocks.isEmpty()) {
        html += clocks.join(u" · "_s);
    }
    return html;
}

ProcessingDialog::Page ProcessingDialog::pageFor(Action action)
{
    Page page{action, new QWidget(m_stack), {}, [] { return true; }, nullptr};
    page.widget->setObjectName(u"page_"_s + core::actionName(action));
    auto *form = new QFormLayout(page.widget);
    const auto changed = [this] {
        updateButton();
    };
    const auto noteOnly = [&](const QString &hint) {
        if (!hint.isEmpty()) {
            auto *label = new QLabel(hint, page.widget);
            label->setWordWrap(true);
            form->addRow(label);
        }
        QPlainTextEdit *note = textField(u"processingNote"_s, page.widget);
        form->addRow(tr("Note (optional)"), note);
        page.payload = [note] {
            QJsonObject payload;
            insertIfAny(payload, "note", trimmed(note));
            return payload;
        };
    };
    const QString resultShown = m_report.resultText.isEmpty() ? tr("(no result yet)") : m_report.resultText;

    switch (action) {
    case Action::AgencyAccept:
        noteOnly(tr("Accept the report for processing (within 30 minutes of distribution, Art. 11.1.a). "
                    "Processing time then runs: 6 working days."));
        break;
    case Action::Dispatch:
        noteOnly(tr("Urgent (Art. 15): record that forces were sent to the scene, within 30 minutes."));
        break;
    case Action::ResultObtained:
        noteOnly(tr("Urgent (Art. 15): the situation is handled; the result must be updated and approved "
                    "within 1 hour."));
        break;
    case Action::SubmitResult:
    case Action::Resubmit:
    case Action::LeaderEditApprove: {
        auto *editor = new ResultEditor(m_report, m_directory, page.widget);
        page.editor = editor;
        form->addRow(editor);
        connect(editor, &ResultEditor::changed, this, changed);
        page.valid = [editor] {
            return editor->hasResult();
        };
        page.payload = [editor] {
            return QJsonObject{{u"result"_s, editor->text()},
                               {u"attachments"_s, QJsonArray::fromStringList(editor->keptAttachments())}};
        };
        break;
    }
    case Action::LeaderApprove:
        form->addRow(tr("Result"), readOnlyText(resultShown, page.widget));
        noteOnly({});
        break;
    case Action::LeaderReturn: {
        form->addRow(tr("Result"), readOnlyText(resultShown, page.widget));
        QPlainTextEdit *comment = textField(u"processingComment"_s, page.widget);
        comment->setPlaceholderText(tr("What the processing officer must redo"));
        form->addRow(tr("Comment"), comment);
        connect(comment, &QPlainTextEdit::textChanged, this, changed);
        page.valid = [comment] {
            return !trimmed(comment).isEmpty();
        };
        page.payload = [comment] {
            return QJsonObject{{u"comment"_s, trimmed(comment)}};
        };
        break;
    }
    case Action::ReturnNotCompetent: {
        const core::ReportClock *returnClock = m_report.runningClock(core::ClockStep::Return);
        if (returnClock != nullptr && returnClock->dueAt < QDateTime::currentDateTimeUtc()) {
            auto *late =
                new QLabel(tr("The 60 minutes for a return have passed: the late return is recorded."), page.widget);
            late->setStyleSheet(u"color:#c62828"_s);
            form->addRow(late);
        }
        QPlainTextEdit *reason = textField(u"processingReason"_s, page.widget);
        form->addRow(tr("Why not competent"), reason);
        auto *agency = new QComboBox(page.widget);
        agency->setObjectName(u"processingSuggestedAgency"_s);
        agency->addItem(tr("— another unit (name it below) —"), QString());
        fillAgencies(agency, m_directory, m_actor.agencyId);
        const auto proposal =
            core::distribution::proposeLead(m_directory, m_report.position.areaId, m_report.categoryId);
        QStringList candidates{proposal.agencyId};
        candidates += proposal.alternatives;
        for (const QString &id : std::as_const(candidates)) {
            if (!id.isEmpty() && id != m_actor.agencyId && agency->findData(id) > 0) {
                agency->setCurrentIndex(agency->findData(id));
                break;
            }
        }
        form->addRow(tr("Competent agency"), agency);
        auto *unit = new QLineEdit(page.widget);
        unit->setObjectName(u"processingSuggestedUnit"_s);
        form->addRow(tr("Or the unit's name"), unit);
        connect(reason, &QPlainTextEdit::textChanged, this, changed);
        connect(agency, &QComboBox::currentIndexChanged, this, changed);
        connect(unit, &QLineEdit::textChanged, this, changed);
        page.valid = [reason, agency, unit] {
            return !trimmed(reason).isEmpty() &&
                   (!agency->currentData().toString().isEmpty() || !unit->text().trimmed().isEmpty());
        };
        page.payload = [reason, agency, unit] {
            QJsonObject payload{{u"reason"_s, trimmed(reason)}};
            insertIfAny(payload, "suggested_agency_id", agency->currentData().toString());
            insertIfAny(payload, "suggested_unit", unit->text().trimmed());
            return payload;
        };
        break;
    }
    case Action::DeclineInsufficient: {
        auto *hint = new QLabel(tr("The citizen is told the report will not be handled, why, and how to send it "
                                   "again (Art. 11.1.c, within 1 working day)."),
                                page.widget);
        hint->setWordWrap(true);
        form->addRow(hint);
        QPlainTextEdit *reply = textField(u"processingReply"_s, page.widget, 100);
        reply->setPlainText(pub::declineReply());
        QPlainTextEdit *guidance = textField(u"processingGuidance"_s, page.widget, 100);
        guidance->setPlainText(pub::declineGuidance());
        form->addRow(tr("Reply"), reply);
        form->addRow(tr("How to resubmit"), guidance);
        connect(reply, &QPlainTextEdit::textChanged, this, changed);
        connect(guidance, &QPlainTextEdit::textChanged, this, changed);
        // The opening alone says nothing: the agency names what is missing.
        page.valid = [reply, guidance] {
            return trimmed(reply).size() > pub::declineReply().trimmed().size() + 5 && !trimmed(guidance).isEmpty();
        };
        page.payload = [reply, guidance] {
            return QJsonObject{{u"reply"_s, trimmed(reply)}, {u"guidance"_s, trimmed(guidance)}};
        };
        break;
    }
    case Action::Extend: {
        const core::ReportClock *process = m_report.runningClock(core::ClockStep::Process);
        const QDateTime due = process != nullptr ? process->dueAt : QDateTime::currentDateTimeUtc();
        QPlainTextEdit *reason = textField(u"processingReason"_s, page.widget);
        reason->setPlaceholderText(tr("Complex case: many people, several agencies, an administrative sanction…"));
        form->addRow(tr("Reason"), reason);
        auto *newDue = new QDateTimeEdit(page.widget);
        newDue->setObjectName(u"processingNewDue"_s);
        // Shown in Vietnam's time whatever the workstation's zone (the edit holds UTC+7 as UTC).
        newDue->setTimeSpec(Qt::UTC);
        newDue->setDisplayFormat(u"HH:mm dd/MM/yyyy"_s);
        newDue->setCalendarPopup(true);
        newDue->setMinimumDateTime(toEditTime(due.addSecs(60)));
        newDue->setDateTime(toEditTime(due.addDays(7)));
        form->addRow(tr("New due time (now %1)").arg(core::vntime::formatLocal(due)), newDue);
        auto *publish = new QCheckBox(tr("Answer the citizen with a commitment result (Appendix 1)"), page.widget);
        publish->setObjectName(u"processingCommit"_s);
        QPlainTextEdit *commitment = textField(u"processingCommitment"_s, page.widget, 140);
        commitment->setEnabled(false);
        form->addRow(publish);
        form->addRow(tr("Commitment"), commitment);
        const core::Agency *agency = m_directory.agency(m_report.leadAgencyId);
        const QString agencyName = agency != nullptr ? agency->name : m_report.leadAgencyId;
        auto compose = [this, commitment, newDue, agencyName] {
            if (!commitment->document()->isModified()) {
                commitment->setPlainText(pub::composeResult(m_report, agencyName, {}, newDue->dateTime().date()));
                commitment->document()->setModified(false);
            }
        };
        connect(publish, &QCheckBox::toggled, this, [commitment, compose, changed](bool on) {
            commitment->setEnabled(on);
            if (on) {
                compose();
            }
            changed();
        });
        connect(newDue, &QDateTimeEdit::dateTimeChanged, this, [publish, compose] {
            if (publish->isChecked()) {
                compose();
            }
        });
        connect(reason, &QPlainTextEdit::textChanged, this, changed);
        connect(commitment, &QPlainTextEdit::textChanged, this, changed);
        page.valid = [reason, publish, commitment] {
            return !trimmed(reason).isEmpty() && (!publish->isChecked() || !trimmed(commitment).isEmpty());
        };
        page.payload = [reason, newDue, publish, commitment] {
            QJsonObject payload{{u"reason"_s, trimmed(reason)},
                                {u"new_due"_s, core::vntime::toIso8601(fromEditTime(newDue->dateTime()))}};
            if (publish->isChecked()) {
                payload.insert(u"commitment"_s, trimmed(commitment));
            }
            return payload;
        };
        break;
    }
    case Action::CoordinationAnswer: {
        auto *agency = new QComboBox(page.widget);
        agency->setObjectName(u"processingCompetentAgency"_s);
        fillAgencies(agency, m_directory, {});
        const auto proposal =
            core::distribution::proposeLead(m_directory, m_report.position.areaId, m_report.categoryId);
        if (agency->findData(proposal.agencyId) >= 0) {
            agency->setCurrentIndex(agency->findData(proposal.agencyId));
        }
        form->addRow(tr("Competent agency"), agency);
        QPlainTextEdit *note = textField(u"processingNote"_s, page.widget);
        form->addRow(tr("Note (optional)"), note);
        page.payload = [agency, note] {
            QJsonObject payload{{u"competent_agency_id"_s, agency->currentData().toString()}};
            insertIfAny(payload, "note", trimmed(note));
            return payload;
        };
        break;
    }
    case Action::AgreementAnswer: {
        form->addRow(tr("Result"), readOnlyText(resultShown, page.widget));
        auto *agree = new QRadioButton(tr("We agree with the result"), page.widget);
        agree->setObjectName(u"processingAgree"_s);
        auto *disagree = new QRadioButton(tr("We disagree (the report goes back to processing)"), page.widget);
        disagree->setObjectName(u"processingDisagree"_s);
        agree->setChecked(true);
        form->addRow(agree);
        form->addRow(disagree);
        QPlainTextEdit *comment = textField(u"processingComment"_s, page.widget);
        form->addRow(tr("Comment"), comment);
        connect(disagree, &QRadioButton::toggled, this, changed);
        connect(comment, &QPlainTextEdit::textChanged, this, changed);
        page.valid = [disagree, comment] {
            return !disagree->isChecked() || !trimmed(comment).isEmpty();
        };
        page.payload = [agree, comment] {
            QJsonObject payload{{u"agree"_s, agree->isChecked()}};
            insertIfAny(payload, "comment", trimmed(comment));
            return payload;
        };
        break;
    }
    case Action::AnswerInteraction: {
        QStringList open;
        for (const core::Interaction &i : m_report.interactions) {
            if (!i.answeredAt.isValid()) {
                open.append(u"%1 — %2"_s.arg(core::vntime::formatLocal(i.askedAt), i.text));
            }
        }
        form->addRow(tr("The citizen wrote"), readOnlyText(open.join(u'\n'), page.widget));
        QPlainTextEdit *answer = textField(u"processingAnswer"_s, page.widget, 120);
        form->addRow(tr("Answer (within 1 working day)"), answer);
        connect(answer, &QPlainTextEdit::textChanged, this, changed);
        page.valid = [answer] {
            return !trimmed(answer).isEmpty();
        };
        page.payload = [answer] {
            return QJsonObject{{u"text"_s, trimmed(answer)}};
        };
        break;
    }
    default:
        noteOnly({});
        break;
    }
    return page;
}

} // namespace ioc::ui

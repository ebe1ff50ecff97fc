#include "ui/dialogs/processingpages.h"

#include "core/distribution.h"
#include "core/publication.h"
#include "core/vntime.h"
#include "ui/dialogs/resulteditor.h"
#include "ui/dialogs/vietnamtimeedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using ioc::core::Action;
namespace pub = ioc::core::publication;

namespace ioc::ui::processing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ioc::ui::processing", text);
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
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

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
    case Action::ProposeExtension:
        return !report.extensionProposal.isValid();
    case Action::Extend:
        return report.extensionProposal.isValid();
    case Action::FollowSanctionProcedure:
        return report.sanctionProcedure.isEmpty();
    default:
        return true;
    }
}

Page makePage(Action action, const Context &context, QWidget *parent, const std::function<void()> &changed)
{
    const core::Report &report = context.report;
    const core::Directory &directory = context.directory;
    const core::Actor &actor = context.actor;
    Page page{action, new QWidget(parent), {}, [] { return true; }, nullptr};
    page.widget->setObjectName(u"page_"_s + core::actionName(action));
    // The page's fields from the top, the room left below them.
    auto *outer = new QVBoxLayout(page.widget);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
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
    const QString resultShown = report.resultText.isEmpty() ? tr("(no result yet)") : report.resultText;

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
        auto *editor = new ResultEditor(report, directory, page.widget);
        page.editor = editor;
        form->addRow(editor);
        QObject::connect(editor, &ResultEditor::changed, page.widget, changed);
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
        QObject::connect(comment, &QPlainTextEdit::textChanged, page.widget, changed);
        page.valid = [comment] {
            return !trimmed(comment).isEmpty();
        };
        page.payload = [comment] {
            return QJsonObject{{u"comment"_s, trimmed(comment)}};
        };
        break;
    }
    case Action::ReturnNotCompetent: {
        const core::ReportClock *returnClock = report.runningClock(core::ClockStep::Return);
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
        fillAgencies(agency, directory, actor.agencyId);
        const auto proposal = core::distribution::proposeLead(directory, report.position.areaId, report.categoryId);
        QStringList candidates{proposal.agencyId};
        candidates += proposal.alternatives;
        for (const QString &id : std::as_const(candidates)) {
            if (!id.isEmpty() && id != actor.agencyId && agency->findData(id) > 0) {
                agency->setCurrentIndex(agency->findData(id));
                break;
            }
        }
        form->addRow(tr("Competent agency"), agency);
        auto *unit = new QLineEdit(page.widget);
        unit->setObjectName(u"processingSuggestedUnit"_s);
        form->addRow(tr("Or the unit's name"), unit);
        QObject::connect(reason, &QPlainTextEdit::textChanged, page.widget, changed);
        QObject::connect(agency, &QComboBox::currentIndexChanged, page.widget, changed);
        QObject::connect(unit, &QLineEdit::textChanged, page.widget, changed);
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
        QObject::connect(reply, &QPlainTextEdit::textChanged, page.widget, changed);
        QObject::connect(guidance, &QPlainTextEdit::textChanged, page.widget, changed);
        // The opening alone says nothing: the agency names what is missing.
        page.valid = [reply, guidance] {
            return trimmed(reply).size() > pub::declineReply().trimmed().size() + 5 && !trimmed(guidance).isEmpty();
        };
        page.payload = [reply, guidance] {
            return QJsonObject{{u"reply"_s, trimmed(reply)}, {u"guidance"_s, trimmed(guidance)}};
        };
        break;
    }
    case Action::ProposeExtension: {
        const core::ReportClock *process = report.runningClock(core::ClockStep::Commitment);
        if (process == nullptr) {
            process = report.runningClock(core::ClockStep::Process);
        }
        const QDateTime due = process != nullptr ? process->dueAt : QDateTime::currentDateTimeUtc();
        auto *hint = new QLabel(tr("Art. 11.2.b allows an extension only on these grounds. The agency's leader "
                                   "decides on it."),
                                page.widget);
        hint->setWordWrap(true);
        form->addRow(hint);
        auto *ground = new QComboBox(page.widget);
        ground->setObjectName(u"processingGround"_s);
        for (const core::ExtensionGround g : core::allExtensionGrounds()) {
            ground->addItem(QCoreApplication::translate("ioc::core", core::extensionGroundLabel(g)),
                            core::extensionGroundName(g));
        }
        form->addRow(tr("Ground"), ground);
        QPlainTextEdit *reason = textField(u"processingReason"_s, page.widget);
        reason->setPlaceholderText(tr("What makes it so: the survey, the estimate, the agencies involved…"));
        form->addRow(tr("Reason"), reason);
        QDateTimeEdit *newDue = newVietnamTimeEdit(page.widget);
        newDue->setObjectName(u"processingNewDue"_s);
        newDue->setDisplayFormat(u"HH:mm dd/MM/yyyy"_s);
        newDue->setCalendarPopup(true);
        newDue->setMinimumDateTime(toVietnamEditTime(due.addSecs(60)));
        newDue->setDateTime(toVietnamEditTime(due.addDays(7)));
        form->addRow(tr("New due time (now %1)").arg(core::vntime::formatLocal(due)), newDue);
        auto *publish = new QCheckBox(tr("Answer the citizen with a commitment result (Appendix 1)"), page.widget);
        publish->setObjectName(u"processingCommit"_s);
        QPlainTextEdit *commitment = textField(u"processingCommitment"_s, page.widget, 140);
        commitment->setEnabled(false);
        form->addRow(publish);
        form->addRow(tr("Commitment"), commitment);
        const core::Agency *agency = directory.agency(report.leadAgencyId);
        const QString agencyName = agency != nullptr ? agency->name : report.leadAgencyId;
        auto compose = [report, commitment, newDue, agencyName] {
            if (!commitment->document()->isModified()) {
                commitment->setPlainText(pub::composeResult(report, agencyName, {}, newDue->dateTime().date()));
                commitment->document()->setModified(false);
            }
        };
        QObject::connect(publish, &QCheckBox::toggled, page.widget, [commitment, compose, changed](bool on) {
            commitment->setEnabled(on);
            if (on) {
                compose();
            }
            changed();
        });
        QObject::connect(newDue, &QDateTimeEdit::dateTimeChanged, page.widget, [publish, compose] {
            if (publish->isChecked()) {
                compose();
            }
        });
        QObject::connect(reason, &QPlainTextEdit::textChanged, page.widget, changed);
        QObject::connect(commitment, &QPlainTextEdit::textChanged, page.widget, changed);
        page.valid = [reason, publish, commitment] {
            return !trimmed(reason).isEmpty() && (!publish->isChecked() || !trimmed(commitment).isEmpty());
        };
        page.payload = [ground, reason, newDue, publish, commitment] {
            QJsonObject payload{{u"ground"_s, ground->currentData().toString()},
                                {u"reason"_s, trimmed(reason)},
                                {u"new_due"_s, core::vntime::toIso8601(fromVietnamEditTime(newDue->dateTime()))}};
            if (publish->isChecked()) {
                payload.insert(u"commitment"_s, trimmed(commitment));
            }
            return payload;
        };
        break;
    }
    case Action::Extend: {
        // The leader decides on the staff's proposal (11.2.b).
        const core::ExtensionProposal &proposal = report.extensionProposal;
        QString text = tr("Ground: %1\nReason: %2\nNew due time: %3")
                           .arg(QCoreApplication::translate("ioc::core", core::extensionGroundLabel(proposal.ground)),
                                proposal.reason, core::vntime::formatLocal(proposal.newDue));
        if (!proposal.commitment.isEmpty()) {
            text += u"\n\n"_s + tr("Commitment result for the citizen:") + u"\n"_s + proposal.commitment;
        }
        form->addRow(tr("Proposed"), readOnlyText(text, page.widget));
        auto *approve = new QRadioButton(tr("Approve the extension"), page.widget);
        approve->setObjectName(u"processingApprove"_s);
        approve->setChecked(true);
        auto *refuse = new QRadioButton(tr("Refuse it"), page.widget);
        refuse->setObjectName(u"processingRefuse"_s);
        form->addRow(approve);
        form->addRow(refuse);
        QPlainTextEdit *comment = textField(u"processingComment"_s, page.widget);
        form->addRow(tr("Comment (required to refuse)"), comment);
        QObject::connect(refuse, &QRadioButton::toggled, page.widget, changed);
        QObject::connect(comment, &QPlainTextEdit::textChanged, page.widget, changed);
        page.valid = [approve, comment] {
            return approve->isChecked() || !trimmed(comment).isEmpty();
        };
        page.payload = [approve, comment] {
            QJsonObject payload{{u"approve"_s, approve->isChecked()}};
            insertIfAny(payload, "comment", trimmed(comment));
            return payload;
        };
        break;
    }
    case Action::NotifyStatus: {
        auto *hint = new QLabel(tr("Past 6 working days without a result, tell the reporter how processing stands "
                                   "(Art. 11.2.b); again every 6 working days. The citizen reads it on the "
                                   "timeline."),
                                page.widget);
        hint->setWordWrap(true);
        form->addRow(hint);
        QPlainTextEdit *text = textField(u"processingStatusText"_s, page.widget, 120);
        text->setPlainText(tr("The report is still being processed: "));
        form->addRow(tr("Status for the citizen"), text);
        QObject::connect(text, &QPlainTextEdit::textChanged, page.widget, changed);
        page.valid = [text] {
            return trimmed(text).size() > tr("The report is still being processed: ").trimmed().size();
        };
        page.payload = [text] {
            return QJsonObject{{u"text"_s, trimmed(text)}};
        };
        break;
    }
    case Action::FollowSanctionProcedure: {
        auto *hint = new QLabel(tr("The report goes through the administrative-sanction procedure (Art. 11.2.b, "
                                   "15 B4): its own times replace the 6 working days, and status notices continue. "
                                   "This is not an extension."),
                                page.widget);
        hint->setWordWrap(true);
        form->addRow(hint);
        QPlainTextEdit *basis = textField(u"processingLegalBasis"_s, page.widget);
        basis->setPlaceholderText(tr("The decree and article that apply"));
        form->addRow(tr("Legal basis"), basis);
        QObject::connect(basis, &QPlainTextEdit::textChanged, page.widget, changed);
        page.valid = [basis] {
            return !trimmed(basis).isEmpty();
        };
        page.payload = [basis] {
            return QJsonObject{{u"legal_basis"_s, trimmed(basis)}};
        };
        break;
    }
    case Action::CoordinationAnswer: {
        auto *agency = new QComboBox(page.widget);
        agency->setObjectName(u"processingCompetentAgency"_s);
        fillAgencies(agency, directory, {});
        const auto proposal = core::distribution::proposeLead(directory, report.position.areaId, report.categoryId);
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
        QObject::connect(disagree, &QRadioButton::toggled, page.widget, changed);
        QObject::connect(comment, &QPlainTextEdit::textChanged, page.widget, changed);
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
        for (const core::Interaction &i : report.interactions) {
            if (!i.answeredAt.isValid()) {
                open.append(u"%1 — %2"_s.arg(core::vntime::formatLocal(i.askedAt), i.text));
            }
        }
        form->addRow(tr("The citizen wrote"), readOnlyText(open.join(u'\n'), page.widget));
        QPlainTextEdit *answer = textField(u"processingAnswer"_s, page.widget, 120);
        form->addRow(tr("Answer (within 1 working day)"), answer);
        QObject::connect(answer, &QPlainTextEdit::textChanged, page.widget, changed);
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

} // namespace ioc::ui::processing

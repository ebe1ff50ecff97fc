#include "core/workflow.h"

#include <array>

// The workflow's vocabulary: the names and labels of actions, clock operations, conditions and
// call outcomes. The action table itself is in workflowspec.cpp.
namespace ioc::core {

namespace {

struct ActionInfo
{
    Action action;
    const char *name;
    const char *label;
};

constexpr std::array<ActionInfo, 48> actionInfos{{
    {Action::Create, "create", QT_TRANSLATE_NOOP("ioc::core", "Receive a report")},
    {Action::Claim, "claim", QT_TRANSLATE_NOOP("ioc::core", "Take over")},
    {Action::Release, "release", QT_TRANSLATE_NOOP("ioc::core", "Release")},
    {Action::RequestIdentityCheck, "request_identity_check",
     QT_TRANSLATE_NOOP("ioc::core", "Verify the reporter's identity")},
    {Action::ConfirmIdentity, "confirm_identity", QT_TRANSLATE_NOOP("ioc::core", "Identity confirmed")},
    {Action::RequestSupplement, "request_supplement", QT_TRANSLATE_NOOP("ioc::core", "Request a supplement")},
    {Action::Supplement, "supplement", QT_TRANSLATE_NOOP("ioc::core", "Supplement")},
    {Action::EditText, "edit_text", QT_TRANSLATE_NOOP("ioc::core", "Correct spelling and form")},
    {Action::SetUrgent, "set_urgent", QT_TRANSLATE_NOOP("ioc::core", "Mark urgent")},
    {Action::SetPublic, "set_public", QT_TRANSLATE_NOOP("ioc::core", "Set public or non-public")},
    {Action::Accept, "accept", QT_TRANSLATE_NOOP("ioc::core", "Accept as eligible")},
    {Action::Reject, "reject", QT_TRANSLATE_NOOP("ioc::core", "Reject as not eligible")},
    {Action::Cancel, "cancel", QT_TRANSLATE_NOOP("ioc::core", "Cancel")},
    {Action::Distribute, "distribute", QT_TRANSLATE_NOOP("ioc::core", "Distribute")},
    {Action::StartCoordination, "start_coordination", QT_TRANSLATE_NOOP("ioc::core", "Send for coordination")},
    {Action::CoordinationAnswer, "coordination_answer", QT_TRANSLATE_NOOP("ioc::core", "Name the competent agency")},
    {Action::Escalate, "escalate", QT_TRANSLATE_NOOP("ioc::core", "Report to the provincial People's Committee")},
    {Action::AgencyAccept, "agency_accept", QT_TRANSLATE_NOOP("ioc::core", "Accept for processing")},
    {Action::Dispatch, "dispatch", QT_TRANSLATE_NOOP("ioc::core", "Forces dispatched")},
    {Action::ReturnNotCompetent, "return_not_competent", QT_TRANSLATE_NOOP("ioc::core", "Return: not competent")},
    {Action::DeclineInsufficient, "decline_insufficient",
     QT_TRANSLATE_NOOP("ioc::core", "Decline: content insufficient")},
    {Action::Extend, "extend", QT_TRANSLATE_NOOP("ioc::core", "Extend the deadline")},
    {Action::ResultObtained, "result_obtained", QT_TRANSLATE_NOOP("ioc::core", "Result obtained")},
    {Action::SubmitResult, "submit_result", QT_TRANSLATE_NOOP("ioc::core", "Submit the result")},
    {Action::LeaderApprove, "leader_approve", QT_TRANSLATE_NOOP("ioc::core", "Approve")},
    {Action::LeaderEditApprove, "leader_edit_approve", QT_TRANSLATE_NOOP("ioc::core", "Edit and approve")},
    {Action::LeaderReturn, "leader_return", QT_TRANSLATE_NOOP("ioc::core", "Return to the processing officer")},
    {Action::RequestTemplateFix, "request_template_fix", QT_TRANSLATE_NOOP("ioc::core", "Ask for a template fix")},
    {Action::RequestResultFix, "request_result_fix", QT_TRANSLATE_NOOP("ioc::core", "Return the result for fixing")},
    {Action::Resubmit, "resubmit", QT_TRANSLATE_NOOP("ioc::core", "Resubmit the result")},
    {Action::RequestAgreement, "request_agreement",
     QT_TRANSLATE_NOOP("ioc::core", "Ask the coordinating agency to agree")},
    {Action::AgreementAnswer, "agreement_answer", QT_TRANSLATE_NOOP("ioc::core", "Agree or disagree with the result")},
    {Action::Publish, "publish", QT_TRANSLATE_NOOP("ioc::core", "Publish")},
    {Action::StepBack, "step_back", QT_TRANSLATE_NOOP("ioc::core", "Return to the previous step")},
    {Action::Rate, "rate", QT_TRANSLATE_NOOP("ioc::core", "Rate the result")},
    {Action::Interact, "interact", QT_TRANSLATE_NOOP("ioc::core", "Interact")},
    {Action::AnswerInteraction, "answer_interaction", QT_TRANSLATE_NOOP("ioc::core", "Answer the interaction")},
    {Action::Hide, "hide", QT_TRANSLATE_NOOP("ioc::core", "Hide the report")},
    {Action::Unhide, "unhide", QT_TRANSLATE_NOOP("ioc::core", "Show the report again")},
    {Action::AddNote, "add_note", QT_TRANSLATE_NOOP("ioc::core", "Add a note")},
    {Action::RevealIdentity, "reveal_identity", QT_TRANSLATE_NOOP("ioc::core", "Reveal the reporter's identity")},
    {Action::Remind, "remind", QT_TRANSLATE_NOOP("ioc::core", "Remind the agency")},
    {Action::LogCall, "log_call", QT_TRANSLATE_NOOP("ioc::core", "Log a call to the agency")},
    {Action::ProposeExtension, "propose_extension", QT_TRANSLATE_NOOP("ioc::core", "Propose an extension")},
    {Action::NotifyStatus, "notify_status", QT_TRANSLATE_NOOP("ioc::core", "Tell the reporter how processing stands")},
    {Action::FollowSanctionProcedure, "follow_sanction_procedure",
     QT_TRANSLATE_NOOP("ioc::core", "Follow the administrative-sanction procedure")},
    {Action::MarkInteractionNotLegitimate, "mark_interaction_not_legitimate",
     QT_TRANSLATE_NOOP("ioc::core", "Not a legitimate request for clarification")},
    {Action::MarkRepeat, "mark_repeat", QT_TRANSLATE_NOOP("ioc::core", "Repeat of a report already handled")},
}};

static_assert(
    [] {
        for (std::size_t i = 0; i < actionInfos.size(); ++i) {
            if (std::size_t(actionInfos[i].action) != i) {
                return false;
            }
        }
        return true;
    }(),
    "the action table is in enum order");

} // namespace

QString actionName(Action action)
{
    return QString::fromLatin1(actionInfos[std::size_t(action)].name);
}

std::optional<Action> actionFromName(QStringView name)
{
    for (const ActionInfo &info : actionInfos) {
        if (name == QLatin1StringView(info.name)) {
            return info.action;
        }
    }
    return std::nullopt;
}

QList<Action> allActions()
{
    QList<Action> all;
    for (const ActionInfo &info : actionInfos) {
        all.append(info.action);
    }
    return all;
}

const char *actionLabel(Action action)
{
    return actionInfos[std::size_t(action)].label;
}

const char *systemEventLabel(QStringView name)
{
    if (name == u"clock_overdue") {
        return QT_TRANSLATE_NOOP("ioc::core", "Time limit ran out");
    }
    if (name == u"clock_due_soon") {
        return QT_TRANSLATE_NOOP("ioc::core", "Time limit about to run out (the agency was told)");
    }
    if (name == u"supplement_expired") {
        return QT_TRANSLATE_NOOP("ioc::core", "The time to supplement ran out");
    }
    return nullptr;
}

QString callOutcomeName(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::Answered:
        return QStringLiteral("answered");
    case CallOutcome::NotAnswered:
        return QStringLiteral("not_answered");
    case CallOutcome::Busy:
        return QStringLiteral("busy");
    }
    return {};
}

std::optional<CallOutcome> callOutcome(const QJsonObject &payload)
{
    const QJsonValue outcome = payload.value(QStringLiteral("outcome"));
    if (!outcome.isUndefined() && !outcome.isNull()) {
        for (const CallOutcome known : {CallOutcome::Answered, CallOutcome::NotAnswered, CallOutcome::Busy}) {
            if (outcome.toString() == callOutcomeName(known)) {
                return known;
            }
        }
        return std::nullopt;
    }
    const QJsonValue answered = payload.value(QStringLiteral("answered"));
    if (answered.isBool()) {
        return answered.toBool() ? CallOutcome::Answered : CallOutcome::NotAnswered;
    }
    return std::nullopt;
}

QString clockOpName(ClockOp op)
{
    switch (op) {
    case ClockOp::Start:
        return QStringLiteral("start");
    case ClockOp::Stop:
        return QStringLiteral("stop");
    case ClockOp::Restart:
        return QStringLiteral("restart");
    case ClockOp::CloseSilently:
        return QStringLiteral("close silently");
    case ClockOp::Reopen:
        return QStringLiteral("reopen");
    case ClockOp::Move:
        return QStringLiteral("move due");
    case ClockOp::RecomputeDue:
        return QStringLiteral("recompute due times");
    case ClockOp::CloseAgencyClocks:
        return QStringLiteral("close the previous lead agency's clocks");
    case ClockOp::CloseAll:
        return QStringLiteral("close all but interaction");
    case ClockOp::Pause:
        return QStringLiteral("pause");
    case ClockOp::Resume:
        return QStringLiteral("resume");
    case ClockOp::Extend:
        return QStringLiteral("judge process now, commitment runs to the new due");
    case ClockOp::ScheduleStatusNotice:
        return QStringLiteral("schedule the status notice after 6 working days");
    case ClockOp::NoticeGiven:
        return QStringLiteral("judge the notice due, schedule the next");
    case ClockOp::ResumeStatusNotices:
        return QStringLiteral("resume the status notices at their rhythm");
    }
    Q_UNREACHABLE();
    return {};
}

QString conditionName(Condition condition)
{
    switch (condition) {
    case Condition::Always:
        return {};
    case Condition::Urgent:
        return QStringLiteral("if urgent");
    case Condition::Agreed:
        return QStringLiteral("if agreed");
    case Condition::Disagreed:
        return QStringLiteral("if disagreed");
    case Condition::NotSatisfied:
        return QStringLiteral("if not satisfied");
    case Condition::Approved:
        return QStringLiteral("if approved");
    case Condition::Extended:
        return QStringLiteral("if extended");
    case Condition::NotExtended:
        return QStringLiteral("if neither extended nor under the sanction procedure");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace ioc::core

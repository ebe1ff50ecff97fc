#include "core/workflow.h"

#include <QList>

// The action table of PRODUCT.md §15–§16: roles, states, transitions, agency scope, version
// bump, clock effects and payload fields of every action.
namespace ioc::core {

namespace {

using S = ReportState;
using R = Role;
using C = ClockStep;

const QList<ReportState> &allStates()
{
    static const QList<ReportState> states = allReportStates();
    return states;
}

// Every state but the terminal ones (rejected, cancelled, declined).
QList<ReportState> nonTerminalStates()
{
    QList<ReportState> states;
    for (const ReportState state : allReportStates()) {
        if (!isTerminalState(state)) {
            states.append(state);
        }
    }
    return states;
}

// Non-terminal and not yet published.
QList<ReportState> activeStates()
{
    QList<ReportState> states = nonTerminalStates();
    states.removeAll(S::Published);
    return states;
}

ClockEffect start(ClockStep step, Condition when = Condition::Always)
{
    return {ClockOp::Start, step, when};
}
ClockEffect stop(ClockStep step)
{
    return {ClockOp::Stop, step, Condition::Always};
}
ClockEffect restart(ClockStep step)
{
    return {ClockOp::Restart, step, Condition::Always};
}
ClockEffect closeSilently(ClockStep step)
{
    return {ClockOp::CloseSilently, step, Condition::Always};
}
ClockEffect reopen(ClockStep step, Condition when = Condition::Always)
{
    return {ClockOp::Reopen, step, when};
}
ClockEffect closeAgencyClocks(Condition when = Condition::Always)
{
    return {ClockOp::CloseAgencyClocks, std::nullopt, when};
}
ClockEffect pause(ClockStep step)
{
    return {ClockOp::Pause, step, Condition::Always};
}
ClockEffect resume(ClockStep step)
{
    return {ClockOp::Resume, step, Condition::Always};
}
ClockEffect closeAll()
{
    return {ClockOp::CloseAll, std::nullopt, Condition::Always};
}

constexpr PayloadField note{"note", FieldType::Text, false};
constexpr PayloadField reason{"reason", FieldType::Text, true, "reason_required"};

QList<ActionSpec> buildSpecs()
{
    const QList<Role> agencyRoles{R::AgencyStaff, R::AgencyLeader};
    const QList<Role> internalRoles{R::DutyOfficer, R::Supervisor, R::AgencyStaff, R::AgencyLeader};
    const QList<ReportState> preProcessing{S::Received, S::IdentityCheck, S::AwaitingSupplement,
                                           S::Verified, S::Coordinating,  S::Distributed,
                                           S::Returned};
    const QList<ReportState> beforeVerification{S::Received, S::IdentityCheck, S::AwaitingSupplement};
    const QList<ReportState> agencyHolds{S::Coordinating, S::Distributed, S::InProgress, S::AwaitingApproval,
                                         S::Approved,     S::TemplateFix, S::ResultFix,  S::Published};

    QList<ActionSpec> specs;
    const auto add = [&specs](ActionSpec spec) {
        specs.append(std::move(spec));
    };

    add({Action::Create,
         {R::DutyOfficer, R::Citizen, R::System},
         {},
         {{Condition::Always, S::Received}},
         AgencyScope::None,
         true,
         {start(C::Distribute), start(C::ReplyInvalid)},
         {{"title", FieldType::Text, true},
          {"content", FieldType::Text, true},
          {"category_id", FieldType::Text, true},
          {"channel", FieldType::Text, true},
          {"source_system_id", FieldType::Text, false},
          {"position", FieldType::Object, true},
          {"reporter", FieldType::Object, true},
          {"consents", FieldType::Object, false},
          {"captured_at", FieldType::DateTime, false},
          {"urgent", FieldType::Bool, false},
          {"public", FieldType::Bool, false},
          {"media", FieldType::List, false}}});
    add({Action::Claim,
         {R::DutyOfficer, R::AgencyStaff, R::AgencyLeader},
         nonTerminalStates(),
         {},
         AgencyScope::Involved,
         false,
         {},
         {}});
    add({Action::Release,
         {R::DutyOfficer, R::AgencyStaff, R::AgencyLeader},
         nonTerminalStates(),
         {},
         AgencyScope::Involved,
         false,
         {},
         {}});
    add({Action::RequestIdentityCheck,
         {R::DutyOfficer},
         {S::Received},
         {{Condition::Always, S::IdentityCheck}},
         AgencyScope::None,
         true,
         // The reply_invalid clock (9.1) does not run while the identity is being checked.
         {stop(C::Distribute), start(C::VerifyIdentity), pause(C::ReplyInvalid)},
         {note}});
    add({Action::ConfirmIdentity,
         {R::DutyOfficer},
         {S::IdentityCheck},
         {{Condition::Always, S::Received}},
         AgencyScope::None,
         true,
         {stop(C::VerifyIdentity), restart(C::Distribute), resume(C::ReplyInvalid)},
         {note}});
    add({Action::RequestSupplement,
         {R::DutyOfficer},
         {S::Received},
         {{Condition::Always, S::AwaitingSupplement}},
         AgencyScope::None,
         true,
         // Nor while the citizen has 48 hours to supplement (7.6.2.c).
         {stop(C::Distribute), start(C::Supplement), pause(C::ReplyInvalid)},
         {{"message", FieldType::Text, true}}});
    add({Action::Supplement,
         {R::Citizen, R::DutyOfficer},
         {S::AwaitingSupplement},
         {{Condition::Always, S::Received}},
         AgencyScope::None,
         true,
         {stop(C::Supplement), restart(C::Distribute), resume(C::ReplyInvalid)},
         {{"title", FieldType::Text, false},
          {"content", FieldType::Text, false},
          {"media", FieldType::List, false},
          note},
         true});
    add({Action::EditText,
         {R::DutyOfficer},
         {S::Received, S::IdentityCheck, S::AwaitingSupplement, S::Verified},
         {},
         AgencyScope::None,
         true,
         {},
         {{"title", FieldType::Text, false}, {"content", FieldType::Text, false}}});
    add({Action::SetUrgent,
         {R::DutyOfficer},
         activeStates(),
         {},
         AgencyScope::None,
         true,
         {{ClockOp::RecomputeDue, std::nullopt, Condition::Always}, start(C::Dispatch, Condition::Urgent)},
         {{"urgent", FieldType::Bool, true}, reason}});
    add({Action::SetPublic,
         {R::DutyOfficer},
         nonTerminalStates(),
         {},
         AgencyScope::None,
         true,
         {},
         {{"public", FieldType::Bool, true}, reason}});
    add({Action::Accept,
         {R::DutyOfficer},
         {S::Received},
         {{Condition::Always, S::Verified}},
         AgencyScope::None,
         true,
         {closeSilently(C::ReplyInvalid)},
         {note}});
    add({Action::Reject,
         {R::DutyOfficer},
         {S::Received, S::IdentityCheck, S::AwaitingSupplement, S::Verified},
         {{Condition::Always, S::Rejected}},
         AgencyScope::None,
         true,
         {resume(C::ReplyInvalid), stop(C::ReplyInvalid), closeAll()},
         {{"reasons", FieldType::TextList, true, "reject_needs_reason"},
          {"reply", FieldType::Text, true, "reject_needs_reply"},
          {"duplicate_of", FieldType::Text, false}}});
    // The citizen cancels in the app; the IOC cancels for a citizen who asks another way (a call
    // to the hotline, 7.7), recording how the request came.
    add({Action::Cancel,
         {R::Citizen, R::DutyOfficer},
         preProcessing,
         {{Condition::Always, S::Cancelled}},
         AgencyScope::None,
         true,
         {closeAll()},
         {{"reason", FieldType::Text, false}, {"requested_via", FieldType::Text, false}},
         true});
    add({Action::Distribute,
         {R::DutyOfficer, R::Supervisor},
         {S::Verified, S::Returned, S::Distributed},
         {{Condition::Always, S::Distributed}},
         AgencyScope::None,
         true,
         {stop(C::Distribute), closeAgencyClocks(), start(C::Accept), start(C::Return), start(C::Decline),
          start(C::Process), start(C::StatusNotice), start(C::Dispatch, Condition::Urgent)},
         {{"lead_agency_id", FieldType::Text, true, "distribute_needs_lead_agency"},
          {"coordinating_agency_ids", FieldType::TextList, false},
          note}});
    // Also after a return when no competent unit is known (10.4, Điều 16).
    add({Action::StartCoordination,
         {R::DutyOfficer},
         {S::Verified, S::Returned},
         {{Condition::Always, S::Coordinating}},
         AgencyScope::None,
         true,
         {stop(C::Distribute), start(C::Coordination)},
         {{"coordinator_agency_id", FieldType::Text, true}, note}});
    add({Action::CoordinationAnswer,
         agencyRoles,
         {S::Coordinating},
         {{Condition::Always, S::Verified}},
         AgencyScope::Coordinator,
         true,
         {stop(C::Coordination), restart(C::Distribute)},
         {{"competent_agency_id", FieldType::Text, true}, note}});
    add({Action::Escalate,
         {R::DutyOfficer, R::Supervisor},
         nonTerminalStates(),
         {},
         AgencyScope::None,
         true,
         {},
         {reason}});
    add({Action::AgencyAccept,
         {R::AgencyStaff},
         {S::Distributed},
         {{Condition::Always, S::InProgress}},
         AgencyScope::Lead,
         true,
         // The return clock stays: a return "not competent" from in_progress is still judged
         // against it (11.2.a, 14.3.e); it closes when the result is submitted.
         {stop(C::Accept)},
         {note}});
    add({Action::Dispatch,
         {R::AgencyStaff},
         {S::Distributed, S::InProgress},
         {},
         AgencyScope::Lead,
         true,
         {stop(C::Dispatch)},
         {note}});
    add({Action::ReturnNotCompetent,
         {R::AgencyStaff},
         {S::Distributed, S::InProgress},
         {{Condition::Always, S::Returned}},
         AgencyScope::Lead,
         true,
         {stop(C::Return), closeAgencyClocks(), restart(C::Distribute)},
         {reason, {"suggested_agency_id", FieldType::Text, false}, {"suggested_unit", FieldType::Text, false}}});
    add({Action::DeclineInsufficient,
         {R::AgencyStaff},
         {S::Distributed, S::InProgress},
         {{Condition::Always, S::Declined}},
         AgencyScope::Lead,
         true,
         {stop(C::Decline), closeAll()},
         {{"reply", FieldType::Text, true}, {"guidance", FieldType::Text, true}}});
    // An extension (11.2.b) on one of its grounds: staff propose (propose_extension), the leader decides.
    add({Action::Extend,
         {R::AgencyLeader},
         {S::InProgress},
         {},
         AgencyScope::Lead,
         true,
         {{ClockOp::Extend, std::nullopt, Condition::Approved}},
         {{"approve", FieldType::Bool, true}, {"comment", FieldType::Text, false}}});
    add({Action::ResultObtained,
         {R::AgencyStaff},
         {S::InProgress},
         {},
         AgencyScope::Lead,
         true,
         {start(C::ResultUpdate)},
         {note}});
    add({Action::SubmitResult,
         {R::AgencyStaff},
         {S::InProgress},
         {{Condition::Always, S::AwaitingApproval}},
         AgencyScope::Lead,
         true,
         {stop(C::Process), stop(C::Commitment), closeSilently(C::StatusNotice), closeSilently(C::Decline),
          closeSilently(C::Return), start(C::Approve)},
         {{"result", FieldType::Text, true, "result_required"}, {"attachments", FieldType::TextList, false}}});
    add({Action::LeaderApprove,
         {R::AgencyLeader},
         {S::AwaitingApproval},
         {{Condition::Always, S::Approved}},
         AgencyScope::Lead,
         true,
         {stop(C::Approve), stop(C::ResultUpdate), start(C::Publish)},
         {note}});
    add({Action::LeaderEditApprove,
         {R::AgencyLeader},
         {S::AwaitingApproval},
         {{Condition::Always, S::Approved}},
         AgencyScope::Lead,
         true,
         {stop(C::Approve), stop(C::ResultUpdate), start(C::Publish)},
         {{"result", FieldType::Text, true, "result_required"}, {"attachments", FieldType::TextList, false}}});
    add({Action::LeaderReturn,
         {R::AgencyLeader},
         {S::AwaitingApproval},
         {{Condition::Always, S::InProgress}},
         AgencyScope::Lead,
         true,
         {stop(C::Approve),
          reopen(C::Process, Condition::NotExtended),
          reopen(C::Commitment, Condition::Extended),
          {ClockOp::ResumeStatusNotices, C::StatusNotice, Condition::Always}},
         {{"comment", FieldType::Text, true}}});
    add({Action::RequestTemplateFix,
         {R::DutyOfficer},
         {S::Approved},
         {{Condition::Always, S::TemplateFix}},
         AgencyScope::None,
         true,
         {stop(C::Publish), start(C::TemplateFix)},
         {{"note", FieldType::Text, true}}});
    add({Action::RequestResultFix,
         {R::DutyOfficer},
         {S::Approved},
         {{Condition::Always, S::ResultFix}},
         AgencyScope::None,
         true,
         {stop(C::Publish), start(C::ResultFix)},
         {{"note", FieldType::Text, true}}});
    add({Action::Resubmit,
         agencyRoles,
         {S::TemplateFix, S::ResultFix},
         {{Condition::Always, S::Approved}},
         AgencyScope::Lead,
         true,
         {stop(C::TemplateFix), stop(C::ResultFix), start(C::Publish)},
         {{"result", FieldType::Text, true, "result_required"}, {"attachments", FieldType::TextList, false}}});
    add({Action::RequestAgreement,
         {R::DutyOfficer},
         {S::Approved},
         {},
         AgencyScope::None,
         true,
         {stop(C::Publish), start(C::Coordination)},
         {note}});
    add({Action::AgreementAnswer,
         agencyRoles,
         {S::Approved},
         // Disagreement: back to the IOC, which distributes again (16 B4.b, "thực hiện lại Bước 3").
         {{Condition::Disagreed, S::Verified}},
         AgencyScope::Coordinator,
         true,
         {stop(C::Coordination),
          start(C::Publish, Condition::Agreed),
          closeAgencyClocks(Condition::Disagreed),
          {ClockOp::Restart, C::Distribute, Condition::Disagreed}},
         {{"agree", FieldType::Bool, true}, {"comment", FieldType::Text, false}}});
    add({Action::Publish,
         {R::DutyOfficer},
         {S::Approved},
         {{Condition::Always, S::Published}},
         AgencyScope::None,
         true,
         {stop(C::Publish), closeAll()},
         {{"public_text", FieldType::Text, false},
          {"reply", FieldType::Text, false},
          {"confidential", FieldType::Bool, false}}});
    add({Action::StepBack,
         {R::DutyOfficer},
         {S::Approved, S::TemplateFix, S::ResultFix, S::Published},
         {{Condition::Always, S::InProgress}},
         AgencyScope::None,
         true,
         // No deadline for the update (11.4.c sets none): the processing clock is not reopened,
         // and its earlier result stays on record.
         {closeSilently(C::Publish), closeSilently(C::TemplateFix), closeSilently(C::ResultFix),
          closeSilently(C::Coordination)},
         {reason}});
    add({Action::Rate,
         {R::Citizen},
         {S::Published},
         {},
         AgencyScope::None,
         true,
         // "Không hài lòng" flags the agency and the supervisors; the regulation sets no clock.
         {},
         {{"level", FieldType::Text, true}, {"comment", FieldType::Text, false}},
         true});
    add({Action::Interact,
         {R::Citizen},
         {S::Published},
         {},
         AgencyScope::None,
         true,
         {start(C::Interaction)},
         {{"text", FieldType::Text, true}},
         true});
    add({Action::AnswerInteraction,
         agencyRoles,
         {S::Published},
         {},
         AgencyScope::Lead,
         true,
         {stop(C::Interaction)},
         {{"text", FieldType::Text, true}}});
    add({Action::Hide, {R::DutyOfficer}, allStates(), {}, AgencyScope::None, true, {}, {reason}});
    add({Action::Unhide, {R::DutyOfficer}, allStates(), {}, AgencyScope::None, true, {}, {reason}});
    add({Action::AddNote,
         internalRoles,
         allStates(),
         {},
         AgencyScope::Involved,
         false,
         {},
         {{"text", FieldType::Text, true}}});
    add({Action::RevealIdentity, internalRoles, allStates(), {}, AgencyScope::Involved, false, {}, {reason}});
    add({Action::Remind,
         {R::DutyOfficer, R::Supervisor},
         agencyHolds,
         {},
         AgencyScope::None,
         false,
         {},
         {{"agency_id", FieldType::Text, false}, {"text", FieldType::Text, false}}});
    add({Action::LogCall,
         {R::DutyOfficer, R::Supervisor},
         allStates(),
         {},
         AgencyScope::None,
         false,
         {},
         // 14.3.d counts the calls not answered: `outcome` (answered, not_answered, busy; busy
         // counts as not answered) and who was called; `answered` alone is what older clients send.
         {{"agency_id", FieldType::Text, true},
          {"outcome", FieldType::Text, false},
          {"answered", FieldType::Bool, false},
          {"callee", FieldType::Text, false},
          note}});
    // 11.2.b: the staff's proposal of an extension, on one of its grounds, for the leader to decide.
    add({Action::ProposeExtension,
         agencyRoles,
         {S::InProgress},
         {},
         AgencyScope::Lead,
         true,
         {},
         {{"ground", FieldType::Text, true, "extension_needs_ground"},
          reason,
          {"new_due", FieldType::DateTime, true},
          {"commitment", FieldType::Text, false}}});
    // 11.2.b: past 6 days without an answer the agency tells the reporter how processing stands.
    add({Action::NotifyStatus,
         agencyRoles,
         {S::InProgress},
         {},
         AgencyScope::Lead,
         true,
         {{ClockOp::NoticeGiven, C::StatusNotice, Condition::Always}},
         {{"text", FieldType::Text, true}}});
    // 11.2.b second paragraph, 15 B4: the procedure's own times replace the 6 working days.
    add({Action::FollowSanctionProcedure,
         agencyRoles,
         {S::InProgress},
         {},
         AgencyScope::Lead,
         true,
         {closeSilently(C::Process), closeSilently(C::Commitment)},
         {{"legal_basis", FieldType::Text, true}, note}});
    // 13.2: not a legitimate request for clarification; out of 14.3.c.
    add({Action::MarkInteractionNotLegitimate,
         {R::DutyOfficer, R::Supervisor},
         {S::Published},
         {},
         AgencyScope::None,
         true,
         {closeSilently(C::Interaction)},
         {reason}});
    // 14.3.f: the IOC links a new report to the earlier one, handled at the same place, whose
    // violation it repeats (the server checks that one is published). Counted against the agency
    // that handled it; the new report's own processing goes on unchanged.
    add({Action::MarkRepeat,
         {R::DutyOfficer, R::Supervisor},
         allStates(),
         {},
         AgencyScope::None,
         true,
         {},
         {{"repeat_of", FieldType::Text, true, "repeat_needs_original"}}});
    return specs;
}

const QList<ActionSpec> &specs()
{
    static const QList<ActionSpec> table = [] {
        QList<ActionSpec> built = buildSpecs();
        for (qsizetype i = 0; i < built.size(); ++i) {
            Q_ASSERT(qsizetype(built.at(i).action) == i);
        }
        return built;
    }();
    return table;
}

} // namespace

const ActionSpec &actionSpec(Action action)
{
    return specs().at(qsizetype(action));
}

} // namespace ioc::core

#pragma once

#include "core/directory.h"
#include "core/report.h"
#include "core/slapolicy.h"
#include "core/workflowerror.h"
#include "core/workingcalendar.h"

#include <QJsonObject>
#include <QList>

#include <optional>

// The workflow of PRODUCT.md §15–§16 as data plus pure functions: who may take which action
// in which state, what each action requires, the state it leads to and what it does to the
// clocks. The server enforces it, the console shows what it allows, the CLI documents it.
namespace ioc::core {

enum class Action
{
    Create,
    Claim,
    Release,
    RequestIdentityCheck,
    ConfirmIdentity,
    RequestSupplement,
    Supplement,
    EditText,
    SetUrgent,
    SetPublic,
    Accept,
    Reject,
    Cancel,
    Distribute,
    StartCoordination,
    CoordinationAnswer,
    Escalate,
    AgencyAccept,
    Dispatch,
    ReturnNotCompetent,
    DeclineInsufficient,
    Extend,
    ResultObtained,
    SubmitResult,
    LeaderApprove,
    LeaderEditApprove,
    LeaderReturn,
    RequestTemplateFix,
    RequestResultFix,
    Resubmit,
    RequestAgreement,
    AgreementAnswer,
    Publish,
    StepBack,
    Rate,
    Interact,
    AnswerInteraction,
    Hide,
    Unhide,
    AddNote,
    RevealIdentity,
    Remind,
    LogCall,
    ProposeExtension,
    NotifyStatus,
    FollowSanctionProcedure,
    MarkInteractionNotLegitimate,
    MarkRepeat, // 14.3.f: the report repeats a violation at a place already handled
};

// How a call to an agency went (log_call, 14.3.d).
enum class CallOutcome
{
    Answered,
    NotAnswered,
    Busy, // counts as not answered
};
QString callOutcomeName(CallOutcome outcome);
// The outcome a log_call payload records: its `outcome`, or for older events its `answered`;
// nothing if neither says (or `outcome` is not one of the names).
std::optional<CallOutcome> callOutcome(const QJsonObject &logCallPayload);
// Whether the call counts among those not answered (14.3.d).
inline bool isMissedCall(CallOutcome outcome)
{
    return outcome != CallOutcome::Answered;
}

QString actionName(Action action);
std::optional<Action> actionFromName(QStringView name);
QList<Action> allActions();
const char *actionLabel(Action action);
// The server's own events on a report's timeline (the `system` actor, server/scheduler.h): a
// clock ran out or is about to, the 48 hours to supplement ran out. Their label, or nullptr for a
// name that is not one of them.
const char *systemEventLabel(QStringView name);

// Who acts.
struct Actor
{
    QString userId;
    Role role = Role::System;
    QString agencyId; // agency roles only
};

// Whom the rules see acting for an account: a connected system's account files reports as the
// `system` actor on its behalf (4.1.g), named by the account's id; anyone else as themselves.
Actor workflowActor(const Actor &account);

// For agency roles: which agency of the report the actor must belong to.
enum class AgencyScope
{
    None,        // IOC, citizen and system actions
    Lead,        // the lead agency (cơ quan chủ trì)
    Coordinator, // the agency designated to coordinate (Điều 16)
    Involved,    // any agency that sees the report (lead, coordinating, coordinator, upper levels)
};

enum class ClockOp
{
    Start,
    Stop,
    Restart,
    CloseSilently,
    Reopen,
    Move,                 // extend: the due time moves
    RecomputeDue,         // set_urgent: every running clock takes the new urgency's duration
    CloseAgencyClocks,    // the report leaves its lead agency
    CloseAll,             // every clock but `interaction`
    Pause,                // the clock stops counting, keeping the time it had left
    Resume,               // a paused clock counts again from now with the time it had left
    Extend,               // the leader's approved extension: `process` is judged now, `commitment` runs to the new due
    ScheduleStatusNotice, // the next status notice falls due once more 6 working days have passed (11.2.b)
    NoticeGiven,          // notify_status: the notice due is judged, the next one scheduled
    ResumeStatusNotices,  // leader_return: the notices resume at their rhythm
};
QString clockOpName(ClockOp op);

// When an effect or a transition applies.
enum class Condition
{
    Always,
    Urgent,       // the report is urgent
    Agreed,       // agreement_answer: agree
    Disagreed,    // agreement_answer: disagree
    NotSatisfied, // rate: not_satisfied
    Approved,     // extend: approve
    Extended,     // the processing time was extended (a `commitment` clock exists), no sanction procedure
    NotExtended,  // neither extended nor under the sanction procedure: the 6 days govern
};
QString conditionName(Condition condition);

struct ClockEffect
{
    ClockOp op = ClockOp::Start;
    std::optional<ClockStep> step; // none for CloseAgencyClocks, CloseAll, RecomputeDue
    Condition when = Condition::Always;
};

enum class FieldType
{
    Text,
    Bool,
    TextList,
    DateTime,
    Object,
    List,
};

struct PayloadField
{
    const char *name;
    FieldType type;
    bool required;
    const char *missingError = nullptr; // the error code when required and missing or empty
};

struct Transition
{
    Condition when = Condition::Always;
    ReportState to = ReportState::Received;
};

struct ActionSpec
{
    Action action = Action::Create;
    QList<Role> roles;
    QList<ReportState> from; // empty for `create`
    QList<Transition> to;    // empty: the state does not change
    AgencyScope agencyScope = AgencyScope::None;
    bool bumpsVersion = true;
    QList<ClockEffect> clocks;
    QList<PayloadField> payload;
    bool ownReportOnly = false; // citizens act on their own reports only
};

const ActionSpec &actionSpec(Action action);

// What an action needs besides the report and the actor.
struct WorkflowContext
{
    const SlaPolicy *policy = nullptr;
    const WorkingCalendar *calendar = nullptr;
    const Directory *directory = nullptr; // agencies and categories; may be null in offline checks
    QDateTime receivedAt;                 // when the server received the action
    qint64 claimTimeoutSeconds = 15 * 60; // a claim lapses after this long without renewal
    bool reporterInteractionsLocked = false;
    bool reporterAccountLocked = false;
};

struct ActionOutcome
{
    Report report;
    ReportEvent event;
};

// Whether the actor may take the action on the report as it is now, judging role, agency and
// state only (not the payload). The refusal tells role_not_allowed apart from
// transition_not_allowed.
WorkflowError checkAllowed(const Report &report, const Actor &actor, Action action, const Directory *directory);
// The actions the actor may take now (for the console's buttons), excluding `create`.
QList<Action> availableActions(const Report &report, const Actor &actor, const Directory *directory);

// Applies an action: checks role, agency, state, payload and preconditions, then returns the
// changed report (version bumped where the action bumps it, clocks started/stopped) and the
// event to record. `actedAt` is when the officer acted (judged against the clocks).
Result<ActionOutcome> applyAction(const Report &report, const Actor &actor, Action action, const QJsonObject &payload,
                                  const QDateTime &actedAt, const WorkflowContext &context);

// A report's title and content at most (characters), at intake and on every later change.
inline constexpr int maxTitleLength = 200;
inline constexpr int maxContentLength = 5000;
// text_too_long (422) naming the field over its limit; no error otherwise.
WorkflowError checkTextLengths(const QString &title, const QString &content);

// Creates a report (action `create`) with the given id and human code.
Result<ActionOutcome> createReport(const QString &id, const QString &code, const Actor &actor,
                                   const QJsonObject &payload, const QDateTime &actedAt,
                                   const WorkflowContext &context);

// Validates a payload against an action's field list: unknown fields, missing required ones,
// wrong types, empty required texts.
WorkflowError validatePayloadShape(Action action, const QJsonObject &payload);

} // namespace ioc::core

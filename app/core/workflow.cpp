#include "core/workflow.h"

#include "core/clockengine.h"
#include "core/vntime.h"
#include "core/workflow_p.h"

#include <QJsonArray>

namespace ioc::core {

namespace detail {

void applyClockEffects(Report &report, const QString &previousLead, const ActionSpec &spec, const QJsonObject &payload,
                       const QDateTime &actedAt, const WorkflowContext &context)
{
    ClockEngine clocks(report, *context.policy, *context.calendar, actedAt);
    for (const ClockEffect &effect : spec.clocks) {
        if (!conditionHolds(effect.when, report, payload)) {
            continue;
        }
        switch (effect.op) {
        case ClockOp::Start:
            if (effect.step == ClockStep::Dispatch && report.dispatched) {
                break;
            }
            clocks.start(*effect.step);
            break;
        case ClockOp::Stop:
            clocks.stop(*effect.step);
            break;
        case ClockOp::Restart:
            clocks.restart(*effect.step);
            break;
        case ClockOp::CloseSilently:
            clocks.closeSilently(*effect.step);
            break;
        case ClockOp::Reopen:
            clocks.reopen(*effect.step);
            break;
        case ClockOp::Move:
            clocks.move(*effect.step, *vntime::parseIso8601(payload.value(QStringLiteral("new_due")).toString()));
            break;
        case ClockOp::RecomputeDue:
            clocks.recomputeDues();
            break;
        case ClockOp::CloseAgencyClocks:
            if (!previousLead.isEmpty()) {
                clocks.closeAgencyClocks(previousLead);
            }
            break;
        case ClockOp::CloseAll:
            clocks.closeAll();
            break;
        case ClockOp::Pause:
            clocks.pause(*effect.step);
            break;
        case ClockOp::Resume:
            clocks.resume(*effect.step);
            break;
        case ClockOp::Extend:
            clocks.extend(report.extensionProposal.newDue);
            break;
        case ClockOp::ScheduleStatusNotice:
            clocks.scheduleStatusNotice();
            break;
        case ClockOp::NoticeGiven:
            clocks.notifyStatus();
            break;
        case ClockOp::ResumeStatusNotices:
            clocks.resumeStatusNotices();
            break;
        }
    }
}

} // namespace detail

namespace {

using namespace detail;

WorkflowError fieldTypeError(const QJsonValue &value, FieldType type, const QString &name)
{
    bool ok = true;
    switch (type) {
    case FieldType::Text:
        ok = value.isString();
        break;
    case FieldType::Bool:
        ok = value.isBool();
        break;
    case FieldType::TextList:
        ok = value.isArray();
        for (const QJsonValue &item : value.toArray()) {
            ok = ok && item.isString();
        }
        break;
    case FieldType::DateTime:
        if (!value.isString()) {
            ok = false;
        } else if (!vntime::parseIso8601(value.toString())) {
            return WorkflowError(QStringLiteral("invalid_time"), name);
        }
        break;
    case FieldType::Object:
        ok = value.isObject();
        break;
    case FieldType::List:
        ok = value.isArray();
        break;
    }
    return ok ? WorkflowError() : WorkflowError(QStringLiteral("wrong_type"), name);
}

} // namespace

WorkflowError checkAllowed(const Report &report, const Actor &actor, Action action, const Directory *directory)
{
    const ActionSpec &spec = actionSpec(action);
    if (!spec.roles.contains(actor.role)) {
        return WorkflowError(QStringLiteral("role_not_allowed"));
    }
    if (action == Action::Create) {
        return WorkflowError(QStringLiteral("transition_not_allowed"));
    }
    if (spec.ownReportOnly && actor.role == Role::Citizen &&
        (report.reporter.accountId.isEmpty() || report.reporter.accountId != actor.userId)) {
        return WorkflowError(QStringLiteral("report_not_visible"));
    }
    if (isAgencyRole(actor.role)) {
        bool allowed = false;
        switch (spec.agencyScope) {
        case AgencyScope::None:
            allowed = true;
            break;
        case AgencyScope::Lead:
            allowed = !actor.agencyId.isEmpty() && actor.agencyId == report.leadAgencyId;
            break;
        case AgencyScope::Coordinator:
            allowed = !actor.agencyId.isEmpty() && actor.agencyId == report.coordinatorAgencyId;
            break;
        case AgencyScope::Involved:
            allowed = agencyInvolved(report, actor.agencyId, directory);
            break;
        }
        if (!allowed) {
            return WorkflowError(QStringLiteral("agency_not_allowed"));
        }
    }
    if (!spec.from.contains(report.state)) {
        if (action == Action::Cancel && !isTerminalState(report.state)) {
            return WorkflowError(QStringLiteral("processing_started"));
        }
        return WorkflowError(QStringLiteral("transition_not_allowed"));
    }
    // Hiding toggles: the rules, not the console, say that "unhide" applies to a hidden report
    // only (issue 27 §4), so neither is offered where it would change nothing.
    if (action == Action::Hide && report.hidden) {
        return WorkflowError(QStringLiteral("already_hidden"));
    }
    if (action == Action::Unhide && !report.hidden) {
        return WorkflowError(QStringLiteral("not_hidden"));
    }
    return {};
}

QList<Action> availableActions(const Report &report, const Actor &actor, const Directory *directory)
{
    QList<Action> actions;
    for (const Action action : allActions()) {
        if (action != Action::Create && !checkAllowed(report, actor, action, directory).isError()) {
            actions.append(action);
        }
    }
    return actions;
}

WorkflowError validatePayloadShape(Action action, const QJsonObject &payload)
{
    const ActionSpec &spec = actionSpec(action);
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        bool known = false;
        for (const PayloadField &field : spec.payload) {
            known = known || it.key() == QLatin1StringView(field.name);
        }
        if (!known) {
            return WorkflowError(QStringLiteral("unknown_field"), it.key());
        }
    }
    for (const PayloadField &field : spec.payload) {
        const QString name = QString::fromLatin1(field.name);
        const QJsonValue value = payload.value(name);
        const auto missing = [&field, &name](const char *generic) {
            return WorkflowError(QString::fromLatin1(field.missingError != nullptr ? field.missingError : generic),
                                 name);
        };
        if (value.isUndefined() || value.isNull()) {
            if (field.required) {
                return missing("missing_field");
            }
            continue;
        }
        if (const WorkflowError error = fieldTypeError(value, field.type, name); error.isError()) {
            return error;
        }
        if (field.required && field.type == FieldType::Text && value.toString().trimmed().isEmpty()) {
            return missing("empty_text");
        }
        if (field.required && field.type == FieldType::TextList && value.toArray().isEmpty()) {
            return missing("missing_field");
        }
    }
    return {};
}

Actor workflowActor(const Actor &account)
{
    return account.role == Role::ConnectedSystem ? Actor{account.userId, Role::System, QString()} : account;
}

Result<ActionOutcome> applyAction(const Report &report, const Actor &actor, Action action, const QJsonObject &payload,
                                  const QDateTime &actedAt, const WorkflowContext &context)
{
    Q_ASSERT(context.policy != nullptr && context.calendar != nullptr);
    if (action == Action::Create) {
        return WorkflowError(QStringLiteral("transition_not_allowed"));
    }
    if (const WorkflowError error = checkAllowed(report, actor, action, context.directory); error.isError()) {
        return error;
    }
    if (const WorkflowError error = validatePayloadShape(action, payload); error.isError()) {
        return error;
    }
    if (actor.role == Role::Citizen && context.reporterAccountLocked) {
        return WorkflowError(QStringLiteral("account_locked"));
    }

    const ActionSpec &spec = actionSpec(action);
    Report after = report;
    if (const WorkflowError error = applyFields(after, actor, action, payload, actedAt, context); error.isError()) {
        return error;
    }
    const QString previousLead = report.leadAgencyId;
    const bool disagreed = action == Action::AgreementAnswer && !payload.value(QStringLiteral("agree")).toBool();
    if (action == Action::ReturnNotCompetent || disagreed) {
        // Back to the IOC, which distributes again (11.2.a; 16 B4.b "thực hiện lại Bước 3"): to
        // the same agency or another.
        if (disagreed) {
            after.suggestedAgencyId = previousLead;
        }
        after.leadAgencyId.clear();
        after.coordinatingAgencyIds.clear();
    }
    for (const Transition &transition : spec.to) {
        if (conditionHolds(transition.when, after, payload)) {
            after.state = transition.to;
            break;
        }
    }
    applyClockEffects(after, previousLead, spec, payload, actedAt, context);
    if (action == Action::Extend) {
        after.extensionProposal = ExtensionProposal(); // decided either way
    }
    if (spec.bumpsVersion) {
        ++after.version;
    }

    ReportEvent event;
    event.action = actionName(action);
    event.actorId = actor.userId;
    event.actorRole = actor.role;
    event.actorAgencyId = actor.agencyId;
    event.actedAt = actedAt;
    event.receivedAt = context.receivedAt.isValid() ? context.receivedAt : actedAt;
    event.fromState = report.state;
    event.toState = after.state;
    event.version = after.version;
    event.payload = payload;
    if (action == Action::Publish && payload.contains(QStringLiteral("public_text"))) {
        // The event records the public text as published: without the reporter's identity (5.6).
        event.payload.insert(QStringLiteral("public_text"), after.publicText);
    }
    return ActionOutcome{after, event};
}

} // namespace ioc::core

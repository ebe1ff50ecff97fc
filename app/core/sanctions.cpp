#include "core/sanctions.h"

#include "core/vntime.h"

#include <QJsonArray>

namespace ioc::core {

namespace {

QDateTime oneMonthAfter(const QDateTime &instant)
{
    return instant.toOffsetFromUtc(vntime::utcOffsetSeconds).addMonths(1).toUTC();
}

} // namespace

QString accountActionName(AccountAction action)
{
    switch (action) {
    case AccountAction::LockAccount:
        return QStringLiteral("lock_account");
    case AccountAction::UnlockAccount:
        return QStringLiteral("unlock_account");
    case AccountAction::LockInteractions:
        return QStringLiteral("lock_interactions");
    case AccountAction::UnlockInteractions:
        return QStringLiteral("unlock_interactions");
    case AccountAction::RecordInteractionViolation:
        return QStringLiteral("record_interaction_violation");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<AccountAction> accountActionFromName(QStringView name)
{
    for (const AccountAction action : allAccountActions()) {
        if (name == accountActionName(action)) {
            return action;
        }
    }
    return std::nullopt;
}

QList<AccountAction> allAccountActions()
{
    return {AccountAction::LockAccount, AccountAction::UnlockAccount, AccountAction::LockInteractions,
            AccountAction::UnlockInteractions, AccountAction::RecordInteractionViolation};
}

QList<Role> accountActionRoles(AccountAction action)
{
    switch (action) {
    case AccountAction::LockAccount:
    case AccountAction::LockInteractions:
    case AccountAction::RecordInteractionViolation:
        return {Role::DutyOfficer};
    case AccountAction::UnlockAccount:
    case AccountAction::UnlockInteractions:
        return {Role::DutyOfficer, Role::Supervisor};
    }
    return {};
}

bool AccountStatus::interactionsFlagged(const QDateTime &now) const
{
    int recent = 0;
    for (const QDateTime &when : interactionViolations) {
        if (when <= now && oneMonthAfter(when) > now) {
            ++recent;
        }
    }
    return recent > 2;
}

bool AccountStatus::interactionsLocked(const QDateTime &now) const
{
    return interactionsLockedUntil.isValid() && now < interactionsLockedUntil;
}

Result<AccountStatus> applyAccountAction(const AccountStatus &status, const Actor &actor, AccountAction action,
                                         const QJsonObject &payload, const QDateTime &now)
{
    if (!accountActionRoles(action).contains(actor.role)) {
        return WorkflowError(QStringLiteral("role_not_allowed"));
    }
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        if (it.key() != QStringLiteral("reason")) {
            return WorkflowError(QStringLiteral("unknown_field"), it.key());
        }
    }
    if (!payload.value(QStringLiteral("reason")).isString() ||
        payload.value(QStringLiteral("reason")).toString().trimmed().isEmpty()) {
        return WorkflowError(QStringLiteral("reason_required"), QStringLiteral("reason"));
    }
    AccountStatus after = status;
    switch (action) {
    case AccountAction::LockAccount:
        if (status.locked) {
            return WorkflowError(QStringLiteral("already_locked"));
        }
        if (!status.accountFlagged()) {
            return WorkflowError(QStringLiteral("not_flagged"));
        }
        after.locked = true;
        break;
    case AccountAction::UnlockAccount:
        if (!status.locked) {
            return WorkflowError(QStringLiteral("not_locked"));
        }
        after.locked = false;
        break;
    case AccountAction::LockInteractions:
        if (status.interactionsLocked(now)) {
            return WorkflowError(QStringLiteral("already_locked"));
        }
        if (!status.interactionsFlagged(now)) {
            return WorkflowError(QStringLiteral("not_flagged"));
        }
        after.interactionsLockedUntil = oneMonthAfter(now);
        break;
    case AccountAction::UnlockInteractions:
        if (!status.interactionsLocked(now)) {
            return WorkflowError(QStringLiteral("not_locked"));
        }
        after.interactionsLockedUntil = QDateTime();
        break;
    case AccountAction::RecordInteractionViolation:
        after.interactionViolations.append(now);
        break;
    }
    return after;
}

QJsonObject accountStatusToJson(const AccountStatus &status, const QDateTime &now)
{
    QJsonArray violations;
    for (const QDateTime &at : status.interactionViolations) {
        violations.append(vntime::toIso8601(at));
    }
    return {{QStringLiteral("violations"), status.violations},
            {QStringLiteral("interaction_violations"), violations},
            {QStringLiteral("locked"), status.locked},
            {QStringLiteral("interactions_locked_until"),
             status.interactionsLockedUntil.isValid() ? QJsonValue(vntime::toIso8601(status.interactionsLockedUntil))
                                                      : QJsonValue()},
            {QStringLiteral("account_flagged"), status.accountFlagged()},
            {QStringLiteral("interactions_flagged"), status.interactionsFlagged(now)}};
}

AccountStatus accountStatusFromJson(const QJsonObject &json)
{
    AccountStatus status;
    status.violations = json.value(QStringLiteral("violations")).toInt();
    for (const QJsonValue &at : json.value(QStringLiteral("interaction_violations")).toArray()) {
        if (const auto time = vntime::parseIso8601(at.toString())) {
            status.interactionViolations.append(*time);
        }
    }
    status.locked = json.value(QStringLiteral("locked")).toBool();
    if (const auto until = vntime::parseIso8601(json.value(QStringLiteral("interactions_locked_until")).toString())) {
        status.interactionsLockedUntil = *until;
    }
    return status;
}

} // namespace ioc::core

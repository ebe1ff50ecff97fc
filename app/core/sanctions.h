#pragma once

#include "core/workflow.h"

#include <QDateTime>
#include <QList>

// Account sanctions of Điều 14.1. The server counts violations and flags accounts; the IOC's
// duty officer applies a lock, and authorised roles lift it with a reason.
namespace ioc::core {

enum class AccountAction
{
    LockAccount, // 14.1.a: more than 2 violating submissions
    UnlockAccount,
    LockInteractions, // 14.1.b: more than 2 interaction violations within a month; for 1 month
    UnlockInteractions,
    RecordInteractionViolation, // the IOC judges an interaction as violating (counts toward 14.1.b)
};

QString accountActionName(AccountAction action);
std::optional<AccountAction> accountActionFromName(QStringView name);
QList<AccountAction> allAccountActions();
QList<Role> accountActionRoles(AccountAction action);

struct AccountStatus
{
    int violations = 0;                     // submissions rejected as `violation`
    QList<QDateTime> interactionViolations; // when each violating interaction was judged
    bool locked = false;
    QDateTime interactionsLockedUntil;

    bool accountFlagged() const { return violations > 2; }
    bool interactionsFlagged(const QDateTime &now) const;
    bool interactionsLocked(const QDateTime &now) const;
};

// The account's status as the API carries it (GET /v1/accounts/{id}), with the flags at `now`.
QJsonObject accountStatusToJson(const AccountStatus &status, const QDateTime &now);
AccountStatus accountStatusFromJson(const QJsonObject &json);

// Applies a sanction action; payload {"reason": "…"} (required).
Result<AccountStatus> applyAccountAction(const AccountStatus &status, const Actor &actor, AccountAction action,
                                         const QJsonObject &payload, const QDateTime &now);

} // namespace ioc::core

#pragma once

#include "core/workflow.h"

// Internals shared by the workflow's translation units.
namespace ioc::core::detail {

bool isAgencyRole(Role role);
bool agencyInvolved(const Report &report, const QString &agencyId, const Directory *directory);
bool conditionHolds(Condition condition, const Report &report, const QJsonObject &payload);
QString text(const QJsonObject &payload, const char *field);
QStringList textList(const QJsonObject &payload, const char *field);
bool activeAgency(const Directory *directory, const QString &id);
// The "media" list of a payload (intake, supplement); clients may not state facts.
Result<QList<MediaItem>> parseMedia(const QJsonArray &array);

// Checks the action-specific preconditions and makes the action's changes to the report's
// fields (not its state, version or clocks).
WorkflowError applyFields(Report &report, const Actor &actor, Action action, const QJsonObject &payload,
                          const QDateTime &actedAt, const WorkflowContext &context);
void applyClockEffects(Report &report, const QString &previousLead, const ActionSpec &spec, const QJsonObject &payload,
                       const QDateTime &actedAt, const WorkflowContext &context);

} // namespace ioc::core::detail

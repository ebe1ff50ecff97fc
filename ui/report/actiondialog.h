#pragma once

#include "core/directory.h"
#include "core/report.h"
#include "core/workflow.h"

#include <QJsonObject>

#include <optional>

class QWidget;

namespace ioc::ui {

// Asks what an action needs before it goes to the outbox: a reason (hide, unhide, urgency,
// revealing an identity), a note's text, the agency and outcome of a call, the agency to remind.
// Returns the payload, or nothing if the officer cancelled. Actions that need nothing (claim,
// release) return an empty payload without asking. `repeatCandidates` (id, label): the handled
// reports near this one that `mark_repeat` may link it to (14.3.f).
std::optional<QJsonObject> askActionPayload(core::Action action, const core::Report &report,
                                            const core::Directory &directory, QWidget *parent,
                                            const QList<std::pair<QString, QString>> &repeatCandidates = {});

} // namespace ioc::ui

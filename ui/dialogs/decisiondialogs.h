#pragma once

#include "core/checklist.h"

#include <QJsonObject>

#include <optional>

class QWidget;

namespace ioc::ui {

// The rejection of a report (Điều 7.6.2, 8.2): the reasons (those the checklist found come
// ticked), the primary report for a duplicate (the best candidate proposed), and the reply to
// the citizen composed from the reasons' templates, which the officer edits; once edited by hand
// it is no longer recomposed. Returns the `reject` payload, or nothing if cancelled.
std::optional<QJsonObject> askRejection(const core::verification::Evaluation &evaluation, QWidget *parent);

// A request for a supplement (48 hours): the message to the citizen composed from the conditions
// that need it, edited by the officer. Returns the `request_supplement` payload, or nothing.
std::optional<QJsonObject> askSupplement(const core::verification::Evaluation &evaluation, QWidget *parent);

} // namespace ioc::ui

#pragma once

#include "core/domain.h"
#include "core/report.h"

#include <QList>
#include <QString>

namespace ioc::core {

// The reply to a citizen whose report is not eligible (Điều 8.2): for each reason the precise
// reason and how to resubmit, from resources/checks/reject-replies-vi.json. Always Vietnamese;
// the officer edits it before it goes out. `duplicateOfCode` names the primary report for
// `duplicate`. Reasons are listed once each, in the regulation's order.
QString composeRejectReply(const Report &report, QList<RejectReason> reasons, const QString &duplicateOfCode = {});

} // namespace ioc::core

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

// The request to a citizen for a supplement (Điều 7.6.2.c, 48 hours), one line per condition
// named ("identity", "media", "capture_time", "editing", "position", "language"), from the
// same resource. Always Vietnamese; the officer edits it.
QString composeSupplementRequest(const Report &report, const QStringList &conditions);

} // namespace ioc::core

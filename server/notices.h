#pragma once

#include "core/directory.h"
#include "core/report.h"

#include <QList>
#include <QString>

namespace ioc::server::notices {

// A message an event causes, before it is queued (docs/channels.md).
struct Draft
{
    QString audience; // "agency", "citizen"
    QString channel;  // "sms", "email", "zalo", "in_app", "callback"
    QString recipient;
    QString recipientName;
    QString accountId; // the citizen's account (in-app list)
    QString templateName;
    QString subject; // e-mail only
    QString body;
};

// Who is told what when `event` left `report` as it is:
// - the lead agency's designated contact person and leader (Điều 21.1), by SMS and e-mail, when
//   the report is distributed to it (11.1.a: the 30-minute acceptance runs from then) or reminded;
//   their texts never name the reporter unless the reporter agreed to share the identity with the
//   agency (PRODUCT.md §17);
// - the reporter on the channel the report came by (8.2, 12.1 "thông qua các kênh tiếp nhận"):
//   when it is rejected (with the reply), asked to supplement, published (the reply; a
//   confidential result too, 12.3), or given a status notice (11.2.b). App and portal: an in-app
//   notice; e-mail: e-mail; Zalo: a Zalo message when the reporter's Zalo user is known; a
//   hotline call, a Facebook message or a Zalo chat without a known user: a call back, which is
//   an officer's task. A connected system is not told (it reads the report's status, Open311).
QList<Draft> draftsFor(const core::Report &report, const core::ReportEvent &event, const core::Directory &directory);

// The title as a message may show it: masked where it names the reporter and the reader may not
// know, shortened to `maxLength` characters.
QString shownTitle(const core::Report &report, bool identityAllowed, int maxLength);

} // namespace ioc::server::notices

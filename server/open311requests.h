#pragma once

#include "core/directory.h"
#include "core/report.h"
#include "open311format.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QUrlQuery>

#include <functional>
#include <optional>

// What Open311 GeoReport v2 says in terms of this server's reports (docs/open311.md): categories
// as services, a filed request as a `create` payload, a report as a request, its public events
// as updates. No rule lives here: the workflow judges the payload as it judges any intake.
namespace ioc::server::open311 {

// "open" until the report is published, rejected, declined or cancelled; then "closed".
QString statusOf(core::ReportState state);

Node service(const core::Category &category);
Node serviceDefinition(const core::Category &category);

// A request's fields, decoded: its query, then a POST's form (application/x-www-form-urlencoded,
// where '+' is a space). A field given twice keeps its last value.
using Fields = QHash<QString, QString>;
Fields fieldsOf(const QUrlQuery &query, const QByteArray &body);

struct Filing
{
    QJsonObject payload; // for ReportService::create
    // What the payload's position rests on, for the answer's service_notice.
    bool positionFromAddress = false;
};
// The `create` payload for a request filed by a connected system, or the specification's errors
// (only for what it requires: a known service_code and a location).
std::optional<Filing> filingFrom(const Fields &form, const core::Directory &directory, QDate today,
                                 QList<Error> *errors);
// Same service, same place to six decimals, same description after its white space is folded:
// the key under which a client's retry of the same request is recognised.
QString sameRequestKey(const QString &userId, const Fields &form);

// The address of a picture's public copy (empty: it has none), from the original's hash.
using MediaUrl = std::function<QString(const QString &sha256)>;

// One <request>: `view` is the report as its reader may see it (ReportService::view), which
// already masks identity in its texts and names pictures by their public copies.
Node request(const core::Report &report, const QJsonObject &view, const QDateTime &updatedAt,
             const core::Directory &directory, const QString &mediaBase);
// One <request_update> for an event the reader may follow, or nothing. `own`: the reader filed
// the report (it also follows intake, supplement requests, rejection and withdrawal).
std::optional<Node> update(const core::Report &report, const core::ReportEvent &event, int seq, bool own,
                           const core::Directory &directory, const MediaUrl &mediaUrl);

} // namespace ioc::server::open311

#pragma once

#include "core/directory.h"
#include "core/report.h"
#include "core/workflowerror.h"

#include <QJsonObject>

// The JSON form of reports, events and reference data: the API's wire format (see
// docs/api/openapi.yaml) and the replica's storage format. Timestamps are ISO 8601 with an
// offset (written as +07:00). Readers refuse wrong types with the field's path and ignore
// fields they do not know, so an older console keeps working against a newer server.
namespace ioc::core::json {

enum class Identity
{
    Include, // the reporter's name, phone, citizen ID, e-mail and address, keys and checks
    Mask,    // "masked": the identity masked, with the sender keys and the checks (PRODUCT.md §17)
    Withhold // only the reporter's kind; "identity_withheld": true
};

QJsonObject fromReport(const Report &report, Identity identity);
// Fails with code "invalid_value" and the field path in the error's field.
Result<Report> toReport(const QJsonObject &object);

QJsonObject fromReporter(const Reporter &reporter, Identity identity);
Result<Reporter> toReporter(const QJsonObject &object);

// A media item's facts: null while the server has not examined the file.
QJsonValue fromMediaFacts(const MediaFacts &facts);
Result<MediaFacts> toMediaFacts(const QJsonObject &object);

QJsonObject fromEvent(const ReportEvent &event);
Result<ReportEvent> toEvent(const QJsonObject &object);

QJsonObject fromArea(const Area &area);
Result<Area> toArea(const QJsonObject &object);
QJsonObject fromAgency(const Agency &agency);
Result<Agency> toAgency(const QJsonObject &object);
QJsonObject fromCategory(const Category &category);
Result<Category> toCategory(const QJsonObject &object);
QJsonObject fromUser(const User &user);
Result<User> toUser(const QJsonObject &object);

} // namespace ioc::core::json

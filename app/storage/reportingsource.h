#pragma once

#include "core/supervisionrecords.h"
#include "reporting/dataset.h"
#include "storage/storageerror.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace ioc::storage {

class Database;

// The supervision figures' data set from the replica (PRODUCT.md §11): every report's facts and
// clock history (reports, report_clocks) and the hotline calls to agencies (log_call events).
// Reads columns only, never the reports' JSON.
std::optional<reporting::Dataset> loadReportingDataset(Database &database, StorageError *error);
// The same for some reports only (a sync batch): the facts of those still in the replica and
// their calls.
std::optional<reporting::Dataset> loadReportingDataset(Database &database, const QStringList &reportIds,
                                                       StorageError *error);

// The letters and assessments of the replica into `data` (replacing those it had).
bool loadSupervisionRecords(Database &database, reporting::Dataset *data, StorageError *error);
// The supervision records of the change feed (`letter`, `assessment`), as the server sent them
// (checked by core::letterFromJson / assessmentFromJson before).
bool storeSupervisionRecord(Database &database, const QString &kind, const QJsonObject &data, StorageError *error);
bool removeSupervisionRecord(Database &database, const QString &kind, const QString &id, StorageError *error);
// The letters the replica holds, latest first.
std::optional<QList<core::ReminderLetter>> reminderLetters(Database &database, StorageError *error);

} // namespace ioc::storage

#pragma once

#include "reporting/dataset.h"
#include "storage/storageerror.h"

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

} // namespace ioc::storage

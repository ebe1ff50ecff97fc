#pragma once

#include "core/report.h"

#include <QDateTime>
#include <QList>

namespace ioc::bench {

// Deterministic, realistic reports for benchmarks: Vietnamese titles and content, positions
// spread over the province, every state, several running clocks, reporter identity. Ids and
// codes are numbered from `first`, so that a large set can be made in parts (with one seed each).
QList<core::Report> generateReports(int count, const QDateTime &now, quint32 seed = 2573, int first = 0);

} // namespace ioc::bench

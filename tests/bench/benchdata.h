#pragma once

#include "core/report.h"

#include <QDateTime>
#include <QList>

namespace ioc::bench {

// Deterministic, realistic reports for benchmarks: Vietnamese titles and content, positions
// spread over the province, every state, several running clocks, reporter identity.
QList<core::Report> generateReports(int count, const QDateTime &now, quint32 seed = 2573);

} // namespace ioc::bench

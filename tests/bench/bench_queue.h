#pragma once

#include <QString>

namespace ioc::bench {

// The queue model at 100k and 1M rows: load, sorts, filters, batches (ui.queue_* lines).
void runQueueBenchmarks();
// The queue widget over an encrypted profile: cold start, repaint, text search (ui.* lines).
void runConsoleBenchmarks();
// The console's cold start on a million reports, in a child process (`bench_ui --console-1m DIR`).
void runMillionConsoleBenchmark();
void runMillionConsole(const QString &profileDirectory);
// The console against a server that is killed or falls silent, and comes back (bench_offline.cpp).
void runOfflineBenchmarks();

} // namespace ioc::bench

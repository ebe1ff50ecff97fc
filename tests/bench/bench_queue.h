#pragma once

namespace ioc::bench {

// The queue model at 100k and 1M rows: load, sorts, filters, batches (ui.queue_* lines).
void runQueueBenchmarks();
// The queue widget over an encrypted profile: cold start, repaint, text search (ui.* lines).
void runConsoleBenchmarks();

} // namespace ioc::bench

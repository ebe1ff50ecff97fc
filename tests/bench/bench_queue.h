#pragma once

namespace ioc::bench {

// The queue model at 100k and 1M rows: load, sorts, filters, batches (ui.queue_* lines).
void runQueueBenchmarks();

} // namespace ioc::bench

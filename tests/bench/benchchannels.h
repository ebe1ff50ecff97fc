#pragma once

#include "benchserver.h"

#include <QString>

namespace ioc::bench {

// channels.enqueue_overhead_ms (embedded, in process) and channels.dispatch_per_s (two instances
// on the PostgreSQL database at `postgresUrl`, through the gateway stand-in of `sourceDir`).
void channelRounds(const Tls &tls, const QString &postgresUrl, const QString &sourceDir);

} // namespace ioc::bench

#pragma once

#include <QString>

namespace ioc::test {

// Fills a server data directory with `count` reports before the server starts (one transaction,
// through the server's own stores), for tests and benchmarks that need a big feed. With a
// PostgreSQL URL, fills that database instead of the embedded one. With `withEvents`, each report
// also has the two events that brought it to `distributed` (received, then distributed a minute
// later), as the Open311 updates read them.
void prepareServerData(const QString &dataDirectory, int count, const QString &postgresUrl = {},
                       bool withEvents = false);

} // namespace ioc::test

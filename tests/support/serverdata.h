#pragma once

#include <QString>

namespace ioc::test {

// Fills a server data directory with `count` reports before the server starts (one transaction,
// through the server's own stores), for tests and benchmarks that need a big feed.
void prepareServerData(const QString &dataDirectory, int count);

} // namespace ioc::test

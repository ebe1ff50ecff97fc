#pragma once

#include <QString>

namespace ioc::test {

// Fills a server data directory with `count` reports before the server starts (one transaction,
// through the server's own stores), for tests and benchmarks that need a big feed. With a
// PostgreSQL URL, fills that database instead of the embedded one.
void prepareServerData(const QString &dataDirectory, int count, const QString &postgresUrl = {});

} // namespace ioc::test

#pragma once

#include <QString>

namespace ioc::server {

struct Services;

// The demo province for `ioc-server --demo` on an empty database (demodata.h): staff, agencies
// and citizens (password "demo"), areas, categories, the calendar, and `reportCount` reports in
// every state and from every channel, each moved there through the real workflow, with drawn
// photos whose EXIF makes some verification checks fail on purpose.
namespace demoseed {

inline constexpr int defaultReportCount = 320;

bool isSeeded(const Services &services);
bool seed(Services &services, int reportCount, QString *error);

// Why the server must not start on this database in this mode, or empty when it may. Demo data
// and real data never mix: `--demo` seeds only into an empty database and serves only one it
// seeded; without `--demo`, a database whose demo accounts still have the password "demo" is
// refused (anyone who has read the docs could sign in to it).
QString refusal(const Services &services, bool demo);

} // namespace demoseed
} // namespace ioc::server

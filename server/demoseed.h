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

} // namespace demoseed
} // namespace ioc::server

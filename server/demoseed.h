#pragma once

#include <QString>

namespace ioc::server {

struct Services;

// Demo data for `ioc-server --demo` on an empty database: staff users (password "demo"),
// administrative areas, agencies and categories of Quảng Trị (approximate, marked as demo
// data), and reports in several states, each moved there through the real workflow.
namespace demoseed {

bool isSeeded(const Services &services);
bool seed(Services &services, QString *error);

} // namespace demoseed
} // namespace ioc::server

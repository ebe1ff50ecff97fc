#pragma once

#include <QLoggingCategory>

namespace ioc::storage {
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
} // namespace ioc::storage

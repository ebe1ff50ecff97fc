#pragma once

#include <QLoggingCategory>

namespace ioc::core {
Q_DECLARE_LOGGING_CATEGORY(lcCore)
} // namespace ioc::core

#include "core/logging.h"

namespace ioc::core {
Q_LOGGING_CATEGORY(lcCore, "ioc.core", QtInfoMsg)
} // namespace ioc::core

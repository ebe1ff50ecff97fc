#include "storage/logging.h"

namespace ioc::storage {
Q_LOGGING_CATEGORY(lcStorage, "ioc.storage", QtInfoMsg)
} // namespace ioc::storage

#include "core/clock.h"

namespace ioc::core {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace ioc::core

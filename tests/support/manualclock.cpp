#include "support/manualclock.h"

namespace ioc::test {

ManualClock::ManualClock(QDateTime start)
    : m_now(start.toUTC())
{}

} // namespace ioc::test

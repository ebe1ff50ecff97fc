#pragma once

#include "core/clock.h"

namespace ioc::test {

// A clock that stands still until the test moves it.
class ManualClock final : public core::Clock
{
public:
    explicit ManualClock(QDateTime start);

    QDateTime now() const override { return m_now; }
    void set(const QDateTime &instant) { m_now = instant.toUTC(); }
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace ioc::test

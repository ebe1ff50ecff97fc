#pragma once

#include <QDateTime>

namespace ioc::core {

// The source of "now" for every rule that depends on time. Production code receives a
// Clock; tests inject one they can move.
class Clock
{
public:
    Clock() = default;
    virtual ~Clock() = default;
    Q_DISABLE_COPY_MOVE(Clock)

    // The current instant in UTC.
    virtual QDateTime now() const = 0;

    // The process-wide wall clock.
    static const Clock &system();
};

class SystemClock final : public Clock
{
public:
    SystemClock() = default;
    QDateTime now() const override;
};

} // namespace ioc::core

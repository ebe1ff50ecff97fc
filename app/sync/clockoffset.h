#pragma once

#include <QDateTime>

#include <optional>

namespace ioc::sync {

// How far the server's clock is from ours, from the Date header of its answers. Date has whole
// seconds, so one answer only says that the offset lies in [Date − received, Date + 1 s − sent];
// the bounds of many answers, taken at different moments within the second, narrow that down
// (an answer that contradicts them — the clock was set — starts afresh). The offset is the
// middle of what is left. Countdowns and `acted_at` use server time = local time + offset.
class ClockOffset final
{
public:
    void addSample(const QDateTime &serverDate, const QDateTime &sentAt, const QDateTime &receivedAt);
    bool isKnown() const { return m_low.has_value(); }
    qint64 offsetMs() const;
    // How uncertain the offset still is (half the width of the interval), in milliseconds.
    qint64 uncertaintyMs() const;
    QDateTime serverNow(const QDateTime &localNow) const { return localNow.addMSecs(offsetMs()); }

private:
    std::optional<qint64> m_low;
    std::optional<qint64> m_high;
};

} // namespace ioc::sync

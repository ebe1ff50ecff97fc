#include "clockoffset.h"

#include <algorithm>

namespace ioc::sync {

void ClockOffset::addSample(const QDateTime &serverDate, const QDateTime &sentAt, const QDateTime &receivedAt)
{
    if (!serverDate.isValid() || !sentAt.isValid() || !receivedAt.isValid() || receivedAt < sentAt) {
        return;
    }
    const qint64 date = serverDate.toMSecsSinceEpoch();
    const qint64 low = date - receivedAt.toMSecsSinceEpoch();
    const qint64 high = date + 1000 - sentAt.toMSecsSinceEpoch();
    if (m_low && std::max(*m_low, low) <= std::min(*m_high, high)) {
        m_low = std::max(*m_low, low);
        m_high = std::min(*m_high, high);
    } else {
        m_low = low; // first sample, or a clock moved: start again
        m_high = high;
    }
}

qint64 ClockOffset::offsetMs() const
{
    return m_low ? (*m_low + *m_high) / 2 : 0;
}

qint64 ClockOffset::uncertaintyMs() const
{
    return m_low ? (*m_high - *m_low) / 2 : 0;
}

} // namespace ioc::sync

#include "countdown.h"

#include <QCoreApplication>

namespace ioc::core {

namespace {

// "2 ngày 3 giờ", "1 giờ 10 phút", "45 phút": the two largest units present.
QString span(qint64 seconds, qint64 dayMinutes)
{
    const qint64 minutes = seconds / 60;
    const qint64 days = minutes / dayMinutes;
    const qint64 hours = (minutes % dayMinutes) / 60;
    const qint64 rest = minutes % 60;
    QStringList parts;
    if (days > 0) {
        parts.append(QCoreApplication::translate("ioc::core::Countdown", "%1 d").arg(days));
        if (hours > 0) {
            parts.append(QCoreApplication::translate("ioc::core::Countdown", "%1 h").arg(hours));
        }
    } else if (hours > 0) {
        parts.append(QCoreApplication::translate("ioc::core::Countdown", "%1 h").arg(hours));
        if (rest > 0) {
            parts.append(QCoreApplication::translate("ioc::core::Countdown", "%1 min").arg(rest));
        }
    } else {
        parts.append(QCoreApplication::translate("ioc::core::Countdown", "%1 min").arg(rest));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

Pressure pressureOf(const ClockReading &reading)
{
    if (reading.overdue) {
        return Pressure::Overdue;
    }
    const double left = reading.shareLeft();
    return left > 0.5 ? Pressure::Calm : left > 0.2 ? Pressure::Watch : Pressure::Hurry;
}

QString formatCountdown(const ClockReading &reading, int workingDayMinutes)
{
    const qint64 dayMinutes = reading.workingTime ? std::max(60, workingDayMinutes) : 24 * 60;
    if (reading.overdue) {
        if (reading.overrunSeconds < 60) {
            return QCoreApplication::translate("ioc::core::Countdown", "due now");
        }
        return QCoreApplication::translate("ioc::core::Countdown", "%1 overdue")
            .arg(span(reading.overrunSeconds, dayMinutes));
    }
    if (reading.remainingSeconds < 60) {
        return QCoreApplication::translate("ioc::core::Countdown", "less than a minute left");
    }
    return QCoreApplication::translate("ioc::core::Countdown", "%1 left")
        .arg(span(reading.remainingSeconds, dayMinutes));
}

} // namespace ioc::core

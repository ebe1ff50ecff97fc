#include "core/vntime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace ioc::core::vntime {

namespace {
constexpr qint64 secondsPerDay = 86400;
const QDate localEpoch(1970, 1, 1);
} // namespace

qint64 toLocalSeconds(const QDateTime &instant)
{
    return instant.toSecsSinceEpoch() + utcOffsetSeconds;
}

QDateTime fromLocalSeconds(qint64 localSeconds)
{
    return QDateTime::fromSecsSinceEpoch(localSeconds - utcOffsetSeconds, QTimeZone::utc());
}

QDateTime fromLocal(QDate date, QTime time)
{
    const qint64 days = localEpoch.daysTo(date);
    return fromLocalSeconds(days * secondsPerDay + time.msecsSinceStartOfDay() / 1000);
}

QDate localDate(const QDateTime &instant)
{
    const qint64 local = toLocalSeconds(instant);
    qint64 days = local / secondsPerDay;
    if (local < 0 && local % secondsPerDay != 0) {
        --days;
    }
    return localEpoch.addDays(days);
}

QTime localTime(const QDateTime &instant)
{
    qint64 seconds = toLocalSeconds(instant) % secondsPerDay;
    if (seconds < 0) {
        seconds += secondsPerDay;
    }
    return QTime::fromMSecsSinceStartOfDay(int(seconds * 1000));
}

std::optional<QDateTime> parseIso8601(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$)"));
    const auto match = pattern.match(text.trimmed().toString());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const int hour = match.captured(4).toInt();
    const int minute = match.captured(5).toInt();
    const int second = match.captured(6).isEmpty() ? 0 : match.captured(6).toInt();
    int millis = 0;
    if (!match.captured(7).isEmpty()) {
        millis = match.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    }
    const QTime time(hour, minute, second, millis);
    if (!date.isValid() || !time.isValid()) {
        return std::nullopt;
    }
    int offsetSeconds = utcOffsetSeconds;
    const QString zone = match.captured(8);
    if (zone == QStringLiteral("Z")) {
        offsetSeconds = 0;
    } else if (!zone.isEmpty()) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2).toInt();
        if (hours > 14 || minutes > 59) {
            return std::nullopt;
        }
        offsetSeconds = (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    const qint64 days = localEpoch.daysTo(date);
    const qint64 msecs = (days * secondsPerDay - offsetSeconds) * 1000 + time.msecsSinceStartOfDay();
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
}

QString toIso8601(const QDateTime &instant)
{
    const QDateTime local = instant.toOffsetFromUtc(utcOffsetSeconds);
    const bool millis = local.time().msec() != 0;
    return local.toString(millis ? Qt::ISODateWithMs : Qt::ISODate);
}

QString formatLocal(const QDateTime &instant, QStringView format)
{
    return instant.isValid() ? instant.toTimeZone(QTimeZone(utcOffsetSeconds)).toString(format) : QString();
}

} // namespace ioc::core::vntime

#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

// Vietnam's civil time: UTC+07:00 all year, no daylight saving since 1975. Rules use this fixed
// offset, never the machine's time-zone database. Instants are QDateTime in UTC everywhere
// else; these helpers give their Vietnamese wall-clock date and time.
namespace ioc::core::vntime {

inline constexpr int utcOffsetSeconds = 7 * 3600;

// Seconds since 1970-01-01T00:00 *Vietnamese wall-clock* (local epoch seconds).
qint64 toLocalSeconds(const QDateTime &instant);
QDateTime fromLocalSeconds(qint64 localSeconds);

// The instant at the given Vietnamese wall-clock date and time.
QDateTime fromLocal(QDate date, QTime time);
QDate localDate(const QDateTime &instant);
QTime localTime(const QDateTime &instant);

// The instant on Vietnam's wall clock for people ("14:30 28/11/2026"); empty when invalid.
QString formatLocal(const QDateTime &instant, QStringView format = u"HH:mm dd/MM/yyyy");

// ISO 8601 with an explicit offset. Text without an offset means +07:00; "Z" and any other
// offset are honoured. Returns nothing for malformed text.
std::optional<QDateTime> parseIso8601(QStringView text);

// "2026-11-28T08:00:00+07:00" (seconds always shown, milliseconds when non-zero).
QString toIso8601(const QDateTime &instant);

} // namespace ioc::core::vntime

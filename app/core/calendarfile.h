#pragma once

#include "core/workingcalendar.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// The calendar file format (docs/calendar.md): office hours, seasons, days off, make-up days
// and the yearly official schedules, as JSON. The server distributes it; `ioc-admin --calendar`
// reads it.
namespace ioc::core::calendarfile {

// Parses a calendar file. On error returns nothing and sets `error` to one line naming the
// place and the problem ("calendar: weekly.mon[1]: \"25:00\" is not a time HH:MM").
std::optional<WorkingCalendar> parse(const QByteArray &json, QString *error);
QJsonObject toJson(const WorkingCalendar &calendar);

} // namespace ioc::core::calendarfile

#include "core/slapolicy.h"
#include "core/workingcalendar.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

#include <cstdint>
#include <cstdlib>

using namespace ioc::core;

// The deadline policy file: refused with a message, or read, written back, read again, and every
// deadline of it computable.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString error;
    const auto policy =
        SlaPolicy::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (!policy) {
        if (error.isEmpty()) {
            std::abort();
        }
        return 0;
    }
    QString again;
    if (!SlaPolicy::fromJson(QJsonDocument(policy->toJson()).toJson(), &again)) {
        std::abort();
    }
    static const WorkingCalendar calendar;
    const QDateTime start(QDate(2026, 4, 29), QTime(23, 50), QTimeZone::utc());
    for (const ClockStep step : allClockSteps()) {
        policy->dueAt(step, false, start, calendar);
        policy->dueAt(step, true, start, calendar);
    }
    return 0;
}

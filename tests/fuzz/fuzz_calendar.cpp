#include "core/calendarfile.h"
#include "core/slapolicy.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

#include <cstdint>
#include <cstdlib>

using namespace ioc::core;

// The working-calendar file an admin uploads and every console reads: any input is refused with
// a message or read; a calendar read is written back to a file that reads again, and deadlines
// computed on it end (no endless walk through a calendar without working time).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString error;
    const auto calendar =
        calendarfile::parse(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (!calendar) {
        if (error.isEmpty()) {
            std::abort(); // refused without saying why
        }
        return 0;
    }
    QString again;
    if (!calendarfile::parse(QJsonDocument(calendarfile::toJson(*calendar)).toJson(), &again)) {
        std::abort();
    }
    const SlaPolicy policy = SlaPolicy::defaults();
    const QDateTime start(QDate(2026, 12, 31), QTime(16, 59), QTimeZone::utc());
    for (const ClockStep step : {ClockStep::Distribute, ClockStep::Process}) {
        policy.dueAt(step, false, start, *calendar);
    }
    return 0;
}

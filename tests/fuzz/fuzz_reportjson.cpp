#include "core/reportjson.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace ioc::core;

// Reports, events and reference data as the sync engine reads them from a page of the change
// feed: any input is refused or read, and whatever is read is written back in a form that reads
// again to the same thing.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonObject object =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)))
            .object();
    if (const auto report = json::toReport(object); report.ok()) {
        const QJsonObject written = json::fromReport(report.value(), json::Identity::Include);
        const auto again = json::toReport(written);
        if (!again.ok() || json::fromReport(again.value(), json::Identity::Include) != written) {
            std::abort(); // a report the codec wrote and cannot read back alike
        }
        json::fromReport(report.value(), json::Identity::Withhold);
    }
    if (const auto event = json::toEvent(object); event.ok()) {
        const auto again = json::toEvent(json::fromEvent(event.value()));
        if (!again.ok()) {
            std::abort();
        }
    }
    json::toArea(object);
    json::toAgency(object);
    json::toCategory(object);
    json::toUser(object);
    return 0;
}

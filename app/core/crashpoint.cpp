#include "core/crashpoint.h"

#ifdef IOC_CRASH_POINTS

#include <QByteArray>
#include <QtGlobal>

#include <atomic>
#include <cstdio>
#include <cstdlib>

namespace ioc::core::crash {

namespace {

struct Settings
{
    QByteArray point; // IOC_CRASH_AT=<point>[:<n>]
    int hit = 1;
    QByteArray traceFile; // IOC_CRASH_TRACE=<file>
};

Settings readSettings()
{
    Settings settings;
    const QByteArray at = qgetenv("IOC_CRASH_AT");
    const qsizetype colon = at.lastIndexOf(':');
    bool ok = false;
    const int hit = colon > 0 ? at.mid(colon + 1).toInt(&ok) : 0;
    settings.point = ok ? at.left(colon) : at;
    settings.hit = ok && hit > 0 ? hit : 1;
    settings.traceFile = qgetenv("IOC_CRASH_TRACE");
    return settings;
}

} // namespace

void reached(std::string_view name) noexcept
{
    static const Settings settings = readSettings();
    static std::atomic<int> hits{0};
    if (!settings.traceFile.isEmpty()) {
        // Appended line by line, so that a crash right after loses nothing of the trace.
        if (std::FILE *trace = std::fopen(settings.traceFile.constData(), "a")) {
            std::fwrite(name.data(), 1, name.size(), trace);
            std::fputc('\n', trace);
            std::fclose(trace);
        }
    }
    if (settings.point.isEmpty() || std::string_view(settings.point.constData(), settings.point.size()) != name) {
        return;
    }
    if (hits.fetch_add(1) + 1 == settings.hit) {
        std::fprintf(stderr, "crash point %.*s reached (IOC_CRASH_AT): exiting with 137\n", int(name.size()),
                     name.data());
        std::_Exit(137);
    }
}

} // namespace ioc::core::crash

#endif

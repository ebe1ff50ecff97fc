#pragma once

// What benchmarks build once and keep in build/bench-cache/ (bench::cacheDirectory()).
#include <QString>

namespace ioc::bench {

// `--demo` renders its basemap in the background when the data directory has none, which would
// take a core from the figures: this puts a copy of one rendered once (zooms 6–12 of the demo's
// areas, drawn with fonts: the program needs a QGuiApplication) into `dataDirectory`.
void provideBasemap(const QString &dataDirectory);

} // namespace ioc::bench

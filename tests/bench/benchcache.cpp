#include "benchcache.h"

#include "basemap.h"
#include "benchutil.h"
#include "demodata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace ioc::bench {

void provideBasemap(const QString &dataDirectory)
{
    const QString cached = cacheDirectory() + QStringLiteral("/basemap.mbtiles");
    if (!QFile::exists(cached)) {
        const QString partial = cached + QStringLiteral(".part");
        QFile::remove(partial);
        QString error;
        if (server::basemap::generate(partial, server::demo::areas(), 6, 12, &error) < 0 ||
            !QFile::rename(partial, cached)) {
            qFatal("cannot render the benchmarks' basemap: %s", qPrintable(error));
        }
    }
    QDir().mkpath(dataDirectory);
    const QString copy = QDir(dataDirectory).filePath(QStringLiteral("basemap.mbtiles"));
    if (!QFile::exists(copy) && !QFile::copy(cached, copy)) {
        qFatal("cannot copy the basemap into %s", qPrintable(dataDirectory));
    }
}

} // namespace ioc::bench

#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <vector>

namespace ioc::bench {

// Prints one figure as "name: value" on stdout.
inline void report(const char *name, double value)
{
    QTextStream(stdout) << name << ": " << QString::number(value, 'f', value < 10 ? 3 : 1) << Qt::endl;
}

// The machine beside its figures: cores and memory (figures differ between machines by a factor
// of two or three; compare within one run).
inline void reportMachine()
{
    report("machine.cores", QThread::idealThreadCount());
#ifdef Q_OS_LINUX
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly)) {
        // "MemTotal:       24570000 kB"
        const QList<QByteArray> words = meminfo.readLine().simplified().split(' ');
        if (words.size() >= 2) {
            report("machine.memory_gb", words.at(1).toDouble() / 1024.0 / 1024.0);
        }
    }
#endif
}

// build/bench-cache/ beside the benchmark programs, created on first use: what benchmarks build
// once (data sets, a rendered basemap) and keep between runs.
inline QString cacheDirectory()
{
    const QString path = QCoreApplication::applicationDirPath() + QStringLiteral("/../bench-cache");
    QDir().mkpath(path);
    return QDir(path).absolutePath();
}

// Median of repeated timings, in milliseconds.
template<typename F>
double medianMs(int repetitions, F &&work)
{
    std::vector<double> samples;
    samples.reserve(std::size_t(repetitions));
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

} // namespace ioc::bench

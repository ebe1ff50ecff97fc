#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace ioc::bench {

// Prints one figure as "name: value" on stdout.
inline void report(const char *name, double value)
{
    QTextStream(stdout) << name << ": " << QString::number(value, 'f', value < 10 ? 3 : 1) << Qt::endl;
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

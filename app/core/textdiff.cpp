#include "core/textdiff.h"

#include <QStringList>

#include <vector>

namespace ioc::core {

QList<DiffSegment> wordDiff(const QString &original, const QString &edited)
{
    const QStringList a = original.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList b = edited.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<DiffSegment> segments;
    const auto append = [&segments](DiffSegment::Kind kind, const QString &word) {
        if (!segments.isEmpty() && segments.last().kind == kind) {
            segments.last().text += QLatin1Char(' ') + word;
        } else {
            segments.append({kind, word});
        }
    };
    constexpr qsizetype limit = 2000;
    if (a.size() > limit || b.size() > limit) {
        if (original != edited) {
            segments.append({DiffSegment::Removed, original});
            segments.append({DiffSegment::Added, edited});
        } else {
            segments.append({DiffSegment::Same, original});
        }
        return segments;
    }
    const std::size_t n = std::size_t(a.size());
    const std::size_t m = std::size_t(b.size());
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;) {
        for (std::size_t j = m; j-- > 0;) {
            lcs[i][j] =
                a[qsizetype(i)] == b[qsizetype(j)] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < n && j < m) {
        if (a[qsizetype(i)] == b[qsizetype(j)]) {
            append(DiffSegment::Same, a[qsizetype(i)]);
            ++i;
            ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            append(DiffSegment::Removed, a[qsizetype(i++)]);
        } else {
            append(DiffSegment::Added, b[qsizetype(j++)]);
        }
    }
    while (i < n) {
        append(DiffSegment::Removed, a[qsizetype(i++)]);
    }
    while (j < m) {
        append(DiffSegment::Added, b[qsizetype(j++)]);
    }
    return segments;
}

} // namespace ioc::core

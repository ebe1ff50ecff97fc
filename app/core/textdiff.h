#pragma once

#include <QList>
#include <QString>

namespace ioc::core {

// A word-level difference between an original text and an edited one (the IOC's spelling and
// form corrections, Điều 9.1), for showing both with the changes marked.
struct DiffSegment
{
    enum Kind
    {
        Same,
        Removed,
        Added,
    };
    Kind kind = Same;
    QString text; // words with the spaces between them
};

// Longest-common-subsequence over words; texts longer than 2,000 words each are shown as one
// removal and one addition.
QList<DiffSegment> wordDiff(const QString &original, const QString &edited);

} // namespace ioc::core

#pragma once

#include <QCollator>
#include <QCollatorSortKey>
#include <QHash>
#include <QString>

#include <vector>

namespace ioc::models {

// Numeric sort ranks for texts in Vietnamese collation (ICU through QCollator: "Đ" after "D",
// tones after the base letter), so a queue sorts by title by comparing integers. Ranks leave
// gaps: a text seen later gets a rank between its neighbours without renumbering the others,
// until a gap is used up (then every rank is renumbered and the generation changes).
class TextRank final
{
public:
    // numeric: digit runs compare as numbers ("PA-9" before "PA-10").
    explicit TextRank(bool numeric = false);

    // Ranks many texts at once (duplicates allowed), replacing what was ranked before: one sort
    // of the distinct texts' collation keys. Returns the rank of each text, index-aligned.
    std::vector<quint64> build(const std::vector<QString> &texts);
    // The rank of a text, ranking it first if it is new. Ranks of equal texts are equal.
    quint64 rankOf(const QString &text);
    // Changes whenever existing ranks were renumbered; callers holding ranks re-read them.
    int generation() const { return m_generation; }
    qsizetype size() const { return qsizetype(m_entries.size()); }

private:
    struct Entry
    {
        QCollatorSortKey key;
        QString text;
        quint64 rank;
    };
    void renumber();

    QCollator m_collator;
    std::vector<Entry> m_entries; // in collation order
    QHash<QString, quint64> m_rankOfText;
    int m_generation = 0;
};

} // namespace ioc::models

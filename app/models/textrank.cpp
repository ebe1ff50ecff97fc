#include "textrank.h"

#include <QLocale>

#include <algorithm>

namespace ioc::models {

namespace {
constexpr quint64 gap = quint64(1) << 24;
}

TextRank::TextRank(bool numeric)
    : m_collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(numeric);
}

std::vector<quint64> TextRank::build(const std::vector<QString> &texts)
{
    m_entries.clear();
    m_rankOfText.clear();
    QHash<QString, quint32> distinct;
    std::vector<quint32> indexOfText;
    indexOfText.reserve(texts.size());
    std::vector<Entry> entries;
    for (const QString &text : texts) {
        auto found = distinct.constFind(text);
        if (found == distinct.cend()) {
            found = distinct.insert(text, quint32(entries.size()));
            entries.push_back({m_collator.sortKey(text), text, 0});
        }
        indexOfText.push_back(*found);
    }
    // Sort positions, not entries, so each text's rank can be found by its first index.
    std::vector<quint32> order(entries.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = quint32(i);
    }
    std::sort(order.begin(), order.end(),
              [&](quint32 a, quint32 b) { return entries[a].key.compare(entries[b].key) < 0; });
    m_entries.reserve(entries.size());
    for (quint32 i : order) {
        m_entries.push_back(entries[i]);
    }
    renumber();
    std::vector<quint64> rankOfDistinct(entries.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        rankOfDistinct[order[i]] = m_entries[i].rank;
    }
    std::vector<quint64> ranks(texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i) {
        ranks[i] = rankOfDistinct[indexOfText[i]];
    }
    return ranks;
}

void TextRank::renumber()
{
    quint64 rank = 0;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        // Texts that collate equal (e.g. differing only in case) share a rank.
        if (i == 0 || m_entries[i - 1].key.compare(m_entries[i].key) != 0) {
            rank += gap;
        }
        m_entries[i].rank = rank;
        m_rankOfText[m_entries[i].text] = rank;
    }
    ++m_generation;
}

quint64 TextRank::rankOf(const QString &text)
{
    const auto known = m_rankOfText.constFind(text);
    if (known != m_rankOfText.cend()) {
        return *known;
    }
    Entry entry{m_collator.sortKey(text), text, 0};
    const auto at = std::lower_bound(m_entries.begin(), m_entries.end(), entry,
                                     [](const Entry &a, const Entry &b) { return a.key.compare(b.key) < 0; });
    if (at != m_entries.end() && at->key.compare(entry.key) == 0) {
        entry.rank = at->rank;
    } else {
        const quint64 before = at == m_entries.begin() ? 0 : std::prev(at)->rank;
        const quint64 after = at == m_entries.end() ? before + 2 * gap : at->rank;
        if (after - before < 2) {
            const auto position = at - m_entries.begin();
            m_entries.insert(m_entries.begin() + position, entry);
            renumber();
            return m_entries[std::size_t(position)].rank;
        }
        entry.rank = before + (after - before) / 2;
    }
    m_rankOfText.insert(text, entry.rank);
    m_entries.insert(at, std::move(entry));
    return m_rankOfText.value(text);
}

} // namespace ioc::models

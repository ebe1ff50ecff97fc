#include "core/vietnamesetext.h"

#include <array>

namespace ioc::core {

namespace {

constexpr char16_t tableSize = 0x2000; // Latin, Greek, Cyrillic and Latin Extended Additional (ạ…ỹ)
constexpr char16_t dropped = 0xffff;

bool isCombiningMark(QChar c)
{
    const auto category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

// The slow, general path: canonical decomposition, marks dropped, đ → d, lower case.
QString foldSlowly(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (isCombiningMark(c)) {
            continue;
        }
        if (c == QChar(0x0111) || c == QChar(0x0110)) { // đ, Đ
            folded.append(QLatin1Char('d'));
        } else {
            folded.append(c.toLower());
        }
    }
    return folded;
}

// Each character below tableSize folded once, through the slow path, at first use: the table
// is correct by construction and the hot path is a lookup.
const std::array<char16_t, tableSize> &foldTable()
{
    static const std::array<char16_t, tableSize> table = [] {
        std::array<char16_t, tableSize> t{};
        for (char16_t c = 0; c < tableSize; ++c) {
            const QChar ch(c);
            if (ch.isSurrogate()) {
                t[c] = c;
                continue;
            }
            const QString folded = foldSlowly(QStringView(&ch, 1));
            t[c] = folded.isEmpty() ? dropped : (folded.size() == 1 ? folded.at(0).unicode() : c);
        }
        return t;
    }();
    return table;
}

} // namespace

QString foldVietnamese(QStringView text)
{
    const auto &table = foldTable();
    QString folded;
    folded.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < tableSize) {
            if (table[c] != dropped) {
                folded.append(QChar(table[c]));
            }
        } else {
            // Rare: a character beyond the table (and any marks after it).
            qsizetype end = i + 1;
            while (end < text.size() && (isCombiningMark(text.at(end)) || text.at(end).isLowSurrogate())) {
                ++end;
            }
            folded.append(foldSlowly(text.mid(i, end - i)));
            i = end - 1;
        }
    }
    return folded;
}

} // namespace ioc::core

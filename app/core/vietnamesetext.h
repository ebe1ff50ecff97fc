#pragma once

#include <QString>
#include <QStringView>

namespace ioc::core {

// Folds Vietnamese text for search and duplicate detection: strips every diacritic (tones and
// vowel marks), maps đ/Đ to d and lower-cases: "Đường Hùng Vương" → "duong hung vuong".
// SQLite's FTS5 "remove_diacritics" does not fold đ, so every index and query goes through this
// one function.
QString foldVietnamese(QStringView text);

} // namespace ioc::core

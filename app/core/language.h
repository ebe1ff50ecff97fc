#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ioc::core {

// The languages of the user interface. Vietnamese is the primary language.
enum class Language
{
    Vietnamese,
    English,
};

inline constexpr Language defaultLanguage = Language::Vietnamese;

QList<Language> supportedLanguages();

// ISO 639-1 code used in settings and translation file names ("vi", "en").
QString languageCode(Language language);
std::optional<Language> languageFromCode(QStringView code);

// The language's name written in that language, as shown in a language menu.
QString languageNativeName(Language language);

} // namespace ioc::core

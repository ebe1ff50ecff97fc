#include "core/language.h"

using namespace Qt::StringLiterals;

namespace ioc::core {

QList<Language> supportedLanguages()
{
    return {Language::Vietnamese, Language::English};
}

QString languageCode(Language language)
{
    switch (language) {
    case Language::Vietnamese:
        return u"vi"_s;
    case Language::English:
        return u"en"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Language> languageFromCode(QStringView code)
{
    for (const Language language : supportedLanguages()) {
        if (code.compare(languageCode(language), Qt::CaseInsensitive) == 0) {
            return language;
        }
    }
    return std::nullopt;
}

QString languageNativeName(Language language)
{
    switch (language) {
    case Language::Vietnamese:
        return u"Tiếng Việt"_s;
    case Language::English:
        return u"English"_s;
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace ioc::core

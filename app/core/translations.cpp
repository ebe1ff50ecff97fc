#include "core/translations.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>

#include <atomic>

using namespace Qt::StringLiterals;

namespace ioc::core {

Translations::Translations(QObject *parent)
    : QObject(parent)
{}

Translations::~Translations()
{
    removeInstalled();
}

namespace {
std::atomic<Language> installedLanguage{defaultLanguage};
} // namespace

Language Translations::current()
{
    return installedLanguage.load();
}

bool Translations::setLanguage(Language language)
{
    const QString code = languageCode(language);
    auto own = std::make_unique<QTranslator>();
    if (!own->load(u":/i18n/ioc_"_s + code)) {
        qCWarning(lcCore) << "no translation catalogue for language" << code;
        return false;
    }

    std::vector<std::unique_ptr<QTranslator>> translators;
    translators.push_back(std::move(own));
    auto qtOwn = std::make_unique<QTranslator>();
    if (qtOwn->load(u":/i18n/qt_"_s + code)) {
        translators.push_back(std::move(qtOwn));
    }
    auto qtInstalled = std::make_unique<QTranslator>();
    if (qtInstalled->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        translators.push_back(std::move(qtInstalled));
    }

    removeInstalled();
    m_translators = std::move(translators);
    for (const auto &translator : m_translators) {
        QCoreApplication::installTranslator(translator.get());
    }
    installedLanguage.store(language);
    const bool changed = m_language != language;
    m_language = language;
    if (changed) {
        emit languageChanged(language);
    }
    return true;
}

void Translations::removeInstalled()
{
    for (const auto &translator : m_translators) {
        QCoreApplication::removeTranslator(translator.get());
    }
    m_translators.clear();
}

} // namespace ioc::core

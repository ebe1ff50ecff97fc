#pragma once

#include "core/language.h"

#include <QObject>
#include <QTranslator>

#include <memory>
#include <vector>

namespace ioc::core {

// Installs the translators of one user-interface language: the project's own catalogue
// (":/i18n/ioc_<code>.qm") and Qt's catalogues for standard dialogs and buttons (the project's
// ":/i18n/qt_<code>.qm", then Qt's installed "qtbase_<code>.qm" where one exists).
// Switching replaces the previous translators; Qt then sends a LanguageChange event to every
// widget so open windows retranslate themselves.
class Translations final : public QObject
{
    Q_OBJECT

public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;
    Q_DISABLE_COPY_MOVE(Translations)

    // Returns false if the project's catalogue for the language could not be loaded; the
    // previous language then stays installed.
    bool setLanguage(Language language);
    Language language() const { return m_language; }
    // The language last installed by any instance (for texts made outside widgets, e.g. the
    // workflow's refusals); the default language before any was installed.
    static Language current();

signals:
    void languageChanged(ioc::core::Language language);

private:
    void removeInstalled();

    Language m_language = defaultLanguage;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace ioc::core

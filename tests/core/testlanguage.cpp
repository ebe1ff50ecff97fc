#include "core/language.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ioc::core::Language;

class TestLanguage final : public QObject
{
    Q_OBJECT

private slots:
    void vietnameseIsTheDefault() { QCOMPARE(ioc::core::defaultLanguage, Language::Vietnamese); }

    void codesRoundTrip()
    {
        for (const Language language : ioc::core::supportedLanguages()) {
            QCOMPARE(ioc::core::languageFromCode(ioc::core::languageCode(language)), language);
        }
    }

    void codesAreCaseInsensitive() { QCOMPARE(ioc::core::languageFromCode(u"VI"), Language::Vietnamese); }

    void unknownCodeIsRejected()
    {
        QVERIFY(!ioc::core::languageFromCode(u"fr").has_value());
        QVERIFY(!ioc::core::languageFromCode(u"").has_value());
        QVERIFY(!ioc::core::languageFromCode(u"vie").has_value());
    }

    void nativeNamesUseDiacritics()
    {
        QCOMPARE(ioc::core::languageNativeName(Language::Vietnamese), u"Tiếng Việt"_s);
        QCOMPARE(ioc::core::languageNativeName(Language::English), u"English"_s);
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "testlanguage.moc"

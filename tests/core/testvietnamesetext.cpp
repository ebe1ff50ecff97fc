#include "core/vietnamesetext.h"

#include <QTest>

using ioc::core::foldVietnamese;
using namespace Qt::StringLiterals;

class TestVietnameseText final : public QObject
{
    Q_OBJECT

private slots:
    void folding_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("folded");
        QTest::newRow("street") << u"Đường Hùng Vương"_s << u"duong hung vuong"_s;
        QTest::newRow("city") << u"Đông Hà"_s << u"dong ha"_s;
        QTest::newRow("all tones") << u"àáảãạ ằắẳẵặ ầấẩẫậ"_s << u"aaaaa aaaaa aaaaa"_s;
        QTest::newRow("vowels") << u"ĂÂÊÔƠƯ ăâêôơư"_s << u"aaeoou aaeoou"_s;
        QTest::newRow("đ lower") << u"đ"_s << u"d"_s;
        QTest::newRow("decomposed input") << u"Vie\u0323\u0302t"_s << u"viet"_s;
        QTest::newRow("untouched") << u"abc 123 - x"_s << u"abc 123 - x"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("beyond the table") << u"Ｈà 🚧 Ⅻ ĐÔNG"_s << u"ｈa 🚧 ⅻ dong"_s;
    }

    void folding()
    {
        QFETCH(QString, input);
        QFETCH(QString, folded);
        QCOMPARE(foldVietnamese(input), folded);
    }

    // Every precomposed Vietnamese letter (the 134 of the alphabet with tones) folds to its base.
    void everyVietnameseLetter()
    {
        const QString base = u"aăâeêioôơuưy"_s;
        const QString tones = u"\u0300\u0301\u0309\u0303\u0323"_s; // huyền, sắc, hỏi, ngã, nặng
        for (const QChar letter : base) {
            for (const QChar tone : tones) {
                const QString precomposed = QString(QString(letter) + tone).normalized(QString::NormalizationForm_C);
                QCOMPARE(precomposed.size(), 1);
                const QString expected = QString(letter).normalized(QString::NormalizationForm_D).left(1);
                QCOMPARE(foldVietnamese(precomposed), expected);
                QCOMPARE(foldVietnamese(precomposed.toUpper()), expected);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestVietnameseText)
#include "testvietnamesetext.moc"

#include "language/speller.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Vietnamese spelling with the real hunspell and Debian's hunspell-vi dictionary.
class TestSpeller final : public QObject
{
    Q_OBJECT

private slots:
    void vietnameseSyllables()
    {
        QString error;
        const auto speller = ioc::language::Speller::openVietnamese(&error);
        QVERIFY2(speller, qPrintable(error));
        QVERIFY(speller->isCorrect(u"đường"_s));
        QVERIFY(speller->isCorrect(u"Nguyễn"_s)); // a name: capitalised in the dictionary
        QVERIFY(speller->isCorrect(u"nước"_s));
        const auto found = speller->check(u"Ổ gà trên đuờng Lê Duẩn, nghành chức năng chưa sửa"_s, 8);
        QStringList words;
        for (const auto &m : found) {
            words.append(m.word);
        }
        QVERIFY2(words.contains(u"đuờng"_s), qPrintable(words.join(u',')));
        QVERIFY2(!words.contains(u"trên"_s) && !words.contains(u"chức"_s), qPrintable(words.join(u',')));
        for (const auto &m : found) {
            if (m.word == u"đuờng"_s) {
                QVERIFY2(m.suggestions.contains(u"đường"_s), qPrintable(m.suggestions.join(u',')));
            }
        }
    }

    // Not flagged: acronyms, and a tone mark in the old or the new place; flagged still: a tone
    // on the wrong vowel of a syllable that does not exist either way.
    void acronymsAndTonePlacement()
    {
        QString error;
        const auto speller = ioc::language::Speller::openVietnamese(&error);
        QVERIFY2(speller, qPrintable(error));
        const auto found = speller->check(u"Trường THPT Đông Hà, phòng Văn hóa, xã Hải Thủy, hoá đơn, thuỷ lợi"_s, 3);
        QStringList words;
        for (const auto &m : found) {
            words.append(m.word);
        }
        QVERIFY2(words.isEmpty(), qPrintable(words.join(u',')));
        const auto wrong = speller->check(u"đuờng hỏong"_s, 3);
        QCOMPARE(wrong.size(), 2);
    }

    // The field's words and the province's place names are known (issue 27 §6): the project's
    // word list is what makes them so.
    void theProjectsWordsAreKnown()
    {
        const QString text = u"Sạt lở taluy dương, ta luy âm ở cầu treo Đakrông; chợ Krông Klang, suối Klu; "
                             u"hố ga trên vỉa hè đường Hùng Vương"_s;
        QString error;
        const auto plain = ioc::language::Speller::open(u"/usr/share/hunspell"_s, u"vi_VN"_s, &error);
        QVERIFY2(plain, qPrintable(error));
        QStringList unknown;
        for (const auto &m : plain->check(text, 1)) {
            unknown.append(m.word);
        }
        QVERIFY2(unknown.contains(u"taluy"_s) || unknown.contains(u"Đakrông"_s), qPrintable(unknown.join(u',')));
        for (const QString &word : unknown) {
            QVERIFY2(ioc::language::Speller::projectWords().contains(word), qPrintable(word));
        }
        const auto speller = ioc::language::Speller::openVietnamese(&error);
        QVERIFY2(speller, qPrintable(error));
        QStringList flagged;
        for (const auto &m : speller->check(text, 1)) {
            flagged.append(m.word);
        }
        QVERIFY2(flagged.isEmpty(), qPrintable(flagged.join(u',')));
        QVERIFY(!speller->check(u"đuờng"_s, 1).isEmpty()); // still a speller
    }

    void missingDictionaryIsExplained()
    {
        QString error;
        QVERIFY(!ioc::language::Speller::open(u"/nonexistent"_s, u"vi_VN"_s, &error));
        QVERIFY(error.contains(u"hunspell-vi"_s));
    }
};

QTEST_GUILESS_MAIN(TestSpeller)
#include "testspeller.moc"

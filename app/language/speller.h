#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

namespace ioc::language {

// Spelling of Vietnamese text with hunspell and a system dictionary (Debian's hunspell-vi:
// /usr/share/hunspell/vi_VN.{aff,dic}; on Windows the dictionary ships with the console).
// Vietnamese is written syllable by syllable, so each word is a syllable: the speller flags
// syllables that do not exist ("đuờng", "nghành") and suggests the usual ones; acronyms and
// the old or new placement of a tone mark ("hóa" / "hoá") are not flagged. One instance per
// thread.
class Speller final
{
public:
    struct Misspelling
    {
        QString word;
        qsizetype position = 0;
        QStringList suggestions;
    };

    // Opens `<directory>/<language>.aff|.dic`; nothing and a message if they are not there.
    static std::unique_ptr<Speller> open(const QString &directory, const QString &language, QString *error);
    // The system dictionary for Vietnamese, with the project's words of the field and the
    // province's place names added (resources/language/vi_VN-ioc.txt: "taluy", "Đakrông").
    static std::unique_ptr<Speller> openVietnamese(QString *error);
    // The project's words (comments and blank lines left out).
    static QStringList projectWords();
    // Words known from now on, besides the dictionary's.
    void addWords(const QStringList &words);
    ~Speller();
    Q_DISABLE_COPY_MOVE(Speller)

    bool isCorrect(const QString &word) const;
    QList<Misspelling> check(const QString &text, int maxSuggestions = 3) const;

private:
    Speller() = default;
    std::unique_ptr<Hunspell> m_hunspell;
};

} // namespace ioc::language

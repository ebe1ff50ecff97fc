#include "language/speller.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <hunspell/hunspell.hxx>

using namespace Qt::StringLiterals;

namespace ioc::language {

Speller::~Speller() = default;

namespace {

// A path as Hunspell opens it. On Windows it takes a UTF-8 path with the \\?\ prefix to
// _wfopen, so a folder with Vietnamese letters in its name works; elsewhere the local encoding.
QByteArray hunspellPath(const QString &path)
{
#ifdef Q_OS_WIN
    return "\\\\?\\" + QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()).toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

// Debian's hunspell-vi; on Windows the installer puts the same files beside the program.
QString defaultDictionaryDirectory()
{
#ifdef Q_OS_WIN
    return QCoreApplication::applicationDirPath() + u"/hunspell"_s;
#else
    return u"/usr/share/hunspell"_s;
#endif
}

} // namespace

std::unique_ptr<Speller> Speller::open(const QString &directory, const QString &language, QString *error)
{
    const QString aff = QDir(directory).filePath(language + u".aff"_s);
    const QString dic = QDir(directory).filePath(language + u".dic"_s);
    if (!QFileInfo::exists(aff) || !QFileInfo::exists(dic)) {
        *error = u"no %1 dictionary in %2 (on Debian: the hunspell-vi package)"_s.arg(language, directory);
        return nullptr;
    }
    std::unique_ptr<Speller> speller(new Speller());
    speller->m_hunspell = std::make_unique<Hunspell>(hunspellPath(aff).constData(), hunspellPath(dic).constData());
    // The Vietnamese dictionary is UTF-8 ("SET UTF-8"); other encodings are not supported here.
    if (QString::fromLatin1(speller->m_hunspell->get_dict_encoding().c_str()).toUpper() != u"UTF-8"_s) {
        *error = u"%1: the dictionary is not UTF-8"_s.arg(aff);
        return nullptr;
    }
    return speller;
}

std::unique_ptr<Speller> Speller::openVietnamese(QString *error)
{
    const QString fromEnvironment = qEnvironmentVariable("IOC_HUNSPELL_DIR");
    auto speller = open(fromEnvironment.isEmpty() ? defaultDictionaryDirectory() : fromEnvironment, u"vi_VN"_s, error);
    if (speller) {
        speller->addWords(projectWords());
    }
    return speller;
}

QStringList Speller::projectWords()
{
    QFile file(u":/language/vi_VN-ioc.txt"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("ioc: the project's word list is missing from the program");
        return {};
    }
    QStringList words;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString word = QString::fromUtf8(line).trimmed();
        if (!word.isEmpty() && !word.startsWith(u'#')) {
            words.append(word);
        }
    }
    return words;
}

void Speller::addWords(const QStringList &words)
{
    for (const QString &word : words) {
        m_hunspell->add(word.toUtf8().toStdString());
    }
}

namespace {

bool isToneMark(QChar c)
{
    // grave, acute, tilde, hook above, dot below
    return c == QChar(0x0300) || c == QChar(0x0301) || c == QChar(0x0303) || c == QChar(0x0309) || c == QChar(0x0323);
}

// A syllable split into its letters (with their other marks) and its tone mark, wherever the
// tone was written: "hóa" and "hoá" give the same pair.
std::pair<QString, QString> letterAndTone(const QString &word)
{
    QString letters;
    QString tone;
    for (QChar c : word.toLower().normalized(QString::NormalizationForm_D)) {
        (isToneMark(c) ? tone : letters).append(c);
    }
    return {letters, tone};
}

} // namespace

bool Speller::isCorrect(const QString &word) const
{
    return m_hunspell->spell(word.toUtf8().toStdString());
}

QList<Speller::Misspelling> Speller::check(const QString &text, int maxSuggestions) const
{
    QList<Misspelling> found;
    static const QRegularExpression words(u"\\p{L}+"_s);
    auto match = words.globalMatch(text);
    while (match.hasNext()) {
        const QRegularExpressionMatch m = match.next();
        const QString word = m.captured();
        // Acronyms (THPT, UBND) are not syllables.
        if (word.size() < 2 || word == word.toUpper() || isCorrect(word)) {
            continue;
        }
        const std::vector<std::string> suggestions = m_hunspell->suggest(word.toUtf8().toStdString());
        // The old and the new tone placement are both standard ("hóa" / "hoá", "thủy" / "thuỷ").
        const auto written = letterAndTone(word);
        if (std::any_of(suggestions.cbegin(), suggestions.cend(),
                        [&](const std::string &s) { return letterAndTone(QString::fromStdString(s)) == written; })) {
            continue;
        }
        Misspelling misspelling{word, m.capturedStart(), {}};
        for (const std::string &suggestion : suggestions) {
            if (misspelling.suggestions.size() >= maxSuggestions) {
                break;
            }
            misspelling.suggestions.append(QString::fromStdString(suggestion));
        }
        found.append(misspelling);
    }
    return found;
}

} // namespace ioc::language

#include "core/languagecheck.h"

#include "core/vietnamesetext.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ioc::core::language {

namespace {

struct Lists
{
    QHash<QString, QString> abbreviations;
    QSet<QString> accepted;
    QStringList offensive;
    QHash<QString, QStringList> outOfScope; // kind → folded phrases
};

const Lists &lists()
{
    static const Lists data = [] {
        Lists l;
        QFile file(u":/ioc/checks/language-vi.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("the language word lists are missing from the resources");
        }
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject abbreviations = root.value(u"abbreviations"_s).toObject();
        for (auto it = abbreviations.begin(); it != abbreviations.end(); ++it) {
            l.abbreviations.insert(it.key(), it.value().toString());
        }
        for (const QJsonValue &word : root.value(u"abbreviations_accepted"_s).toArray()) {
            l.accepted.insert(word.toString());
        }
        for (const QJsonValue &word : root.value(u"offensive"_s).toArray()) {
            l.offensive.append(word.toString());
        }
        const QJsonObject scope = root.value(u"out_of_scope"_s).toObject();
        for (auto it = scope.begin(); it != scope.end(); ++it) {
            QStringList phrases;
            for (const QJsonValue &phrase : it.value().toArray()) {
                phrases.append(foldVietnamese(phrase.toString()));
            }
            l.outOfScope.insert(it.key(), phrases);
        }
        return l;
    }();
    return data;
}

// Whole-word (or whole-phrase) occurrences of `needle` in `haystack` (both lower case).
QList<qsizetype> occurrences(const QString &haystack, const QString &needle)
{
    QList<qsizetype> found;
    qsizetype from = 0;
    while ((from = haystack.indexOf(needle, from)) >= 0) {
        const qsizetype end = from + needle.size();
        const bool startOk = from == 0 || !haystack.at(from - 1).isLetterOrNumber();
        const bool endOk = end >= haystack.size() || !haystack.at(end).isLetterOrNumber();
        if (startOk && endOk) {
            found.append(from);
        }
        from = end;
    }
    return found;
}

} // namespace

LanguageReport check(const QString &text)
{
    LanguageReport report;
    const Lists &l = lists();
    const QString lower = text.toLower();

    // Abbreviations, word by word, as written; spelled out in `expanded`.
    static const QRegularExpression words(u"[\\p{L}\\p{N}]+"_s);
    QString expanded;
    qsizetype last = 0;
    auto match = words.globalMatch(text);
    while (match.hasNext()) {
        const QRegularExpressionMatch m = match.next();
        const QString word = m.captured();
        const QString key = word.toLower();
        expanded += text.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const auto full = l.abbreviations.constFind(key);
        if (full != l.abbreviations.cend() && !l.accepted.contains(key)) {
            report.abbreviations.append({word, *full, m.capturedStart()});
            expanded += *full;
        } else {
            expanded += word;
        }
    }
    expanded += text.mid(last);
    report.expanded = expanded;

    for (const QString &word : l.offensive) {
        for (qsizetype at : occurrences(lower, word)) {
            report.offensive.append({text.mid(at, word.size()), {}, at});
        }
    }
    std::sort(report.offensive.begin(), report.offensive.end(),
              [](const Hit &a, const Hit &b) { return a.position < b.position; });

    const QString folded = foldVietnamese(text);
    for (auto it = l.outOfScope.cbegin(); it != l.outOfScope.cend(); ++it) {
        for (const QString &phrase : it.value()) {
            if (!occurrences(folded, phrase).isEmpty()) {
                report.outOfScope.append(it.key());
                break;
            }
        }
    }
    report.outOfScope.sort();
    return report;
}

QString outOfScopeLabel(const QString &kind)
{
    if (kind == u"complaint"_s) {
        return QCoreApplication::translate("ioc::core::language", "a complaint (khiếu nại)");
    }
    if (kind == u"denunciation"_s) {
        return QCoreApplication::translate("ioc::core::language", "a denunciation (tố cáo)");
    }
    if (kind == u"legal_advice"_s) {
        return QCoreApplication::translate("ioc::core::language", "a request for legal advice");
    }
    if (kind == u"petition"_s) {
        return QCoreApplication::translate("ioc::core::language", "a petition on policy (kiến nghị)");
    }
    return kind;
}

} // namespace ioc::core::language

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The language conditions of a report (Điều 5.1: clear, standard Vietnamese; 5.5: no offensive
// words) and signs that it is out of the system's scope (Điều 1.1.c: complaints, denunciations,
// requests for legal advice go elsewhere). Word lists: resources/checks/language-vi.json.
// Heuristics: they never fail a report, they tell the officer where to look.
namespace ioc::core::language {

struct Hit
{
    QString word;       // as written in the text
    QString suggestion; // the full word for an abbreviation
    qsizetype position = 0;
};

struct LanguageReport
{
    QList<Hit> abbreviations;
    QList<Hit> offensive;
    QStringList outOfScope; // "complaint", "denunciation", "legal_advice", "petition"
    // The text with every abbreviation spelled out (a proposal for `edit_text`).
    QString expanded;
};

LanguageReport check(const QString &text);
// Translated label of an out-of-scope kind ("khiếu nại", …).
QString outOfScopeLabel(const QString &kind);

} // namespace ioc::core::language

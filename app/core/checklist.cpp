#include "core/checklist.h"

#include "core/languagecheck.h"
#include "core/masking.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ioc::core::verification {

namespace {

Verdict worst(Verdict a, Verdict b)
{
    return int(a) >= int(b) ? a : b;
}

Row makeRow(Condition condition, QList<Finding> findings)
{
    Row row;
    row.condition = condition;
    switch (condition) {
    case Condition::Identity:
        row.label = QCoreApplication::translate("ioc::core::verification", "Reporter's identity");
        row.article = QCoreApplication::translate("ioc::core::verification", "Art. 5.3");
        break;
    case Condition::Media:
        row.label = QCoreApplication::translate("ioc::core::verification", "Photo or video present");
        row.article = QCoreApplication::translate("ioc::core::verification", "Art. 7.6.2.a");
        break;
    case Condition::CaptureTime:
        row.label = QCoreApplication::translate("ioc::core::verification", "Taken within 24 hours");
        row.article = QCoreApplication::translate("ioc::core::verification", "Art. 7.6.1.b");
        break;
    case Condition::Editing:
        row.label = QCoreApplication::translate("ioc::core::verification", "No signs of editing");
        row.article = QCoreApplication::translate("ioc::core::verification", "Art. 7.6.2.b");
        break;
    case Condition::Position:
        row.label = QCoreApplication::translate("ioc::core::verification", "Position by GPS, inside the province");
        row.article = QCoreApplication::translate("ioc::core::verification", "Art. 7.6.1.c");
        break;
    case Condition::Duplicates:
        row.label = QCoreApplication::translate("ioc::core::verification", "Not a duplicate");
        row.article = QCoreApplication::translate("ioc::core::verification", "Art. 7.6.2.e");
        break;
    case Condition::SenderHistory:
        row.label = QCoreApplication::translate("ioc::core::verification", "The sender's other reports");
        row.article = QCoreApplication::translate("ioc::core::verification", "Art. 7.6.2.f, h");
        break;
    case Condition::Language:
        row.label = QCoreApplication::translate("ioc::core::verification", "Clear, standard language");
        row.article = QCoreApplication::translate("ioc::core::verification", "Art. 5.1, 5.5");
        break;
    case Condition::Scope:
        row.label = QCoreApplication::translate("ioc::core::verification", "Within the system's scope");
        row.article = QCoreApplication::translate("ioc::core::verification", "Art. 1.1.c");
        break;
    case Condition::Supplement:
        row.label = QCoreApplication::translate("ioc::core::verification", "Requested supplement");
        row.article = QCoreApplication::translate("ioc::core::verification", "Art. 7.6.2.c");
        break;
    }
    for (const Finding &f : findings) {
        row.verdict = worst(row.verdict, f.verdict);
    }
    row.findings = std::move(findings);
    return row;
}

Finding pass(const char *code, const QString &evidence)
{
    return {Verdict::Pass, QString::fromLatin1(code), evidence};
}

Finding look(const char *code, const QString &evidence)
{
    return {Verdict::NeedsLook, QString::fromLatin1(code), evidence};
}

bool codeIn(const Finding &f, std::initializer_list<const char *> codes)
{
    for (const char *code : codes) {
        if (f.code == QLatin1StringView(code)) {
            return true;
        }
    }
    return false;
}

QString quoted(const QList<language::Hit> &hits, bool withSuggestion)
{
    QStringList parts;
    for (const language::Hit &hit : hits) {
        parts.append(withSuggestion && !hit.suggestion.isEmpty() ? u"“%1” → “%2”"_s.arg(hit.word, hit.suggestion)
                                                                 : u"“%1”"_s.arg(hit.word));
    }
    parts.removeDuplicates();
    return parts.join(u", "_s);
}

} // namespace

QString conditionName(Condition condition)
{
    switch (condition) {
    case Condition::Identity:
        return u"identity"_s;
    case Condition::Media:
        return u"media"_s;
    case Condition::CaptureTime:
        return u"capture_time"_s;
    case Condition::Editing:
        return u"editing"_s;
    case Condition::Position:
        return u"position"_s;
    case Condition::Duplicates:
        return u"duplicates"_s;
    case Condition::SenderHistory:
        return u"sender_history"_s;
    case Condition::Language:
        return u"language"_s;
    case Condition::Scope:
        return u"scope"_s;
    case Condition::Supplement:
        return u"supplement"_s;
    }
    return {};
}

const Row *Checklist::row(Condition condition) const
{
    for (const Row &r : rows) {
        if (r.condition == condition) {
            return &r;
        }
    }
    return nullptr;
}

Checklist evaluate(const Input &input)
{
    const Report &report = input.report;
    Checklist list;
    QList<RejectReason> reasons;
    auto suggest = [&reasons](RejectReason reason) {
        if (!reasons.contains(reason)) {
            reasons.append(reason);
        }
    };

    // Identity (5.3).
    // The server's checks (PRODUCT.md §17: they run where the identity is, at intake and on
    // every change of it); a report entered here and not yet sent is checked on what was typed.
    QList<Finding> identityFindings;
    for (const IdentityCheckResult &check : report.reporter.checks) {
        identityFindings.append(identity::fromShared(check));
    }
    if (report.reporter.checks.isEmpty()) {
        if (report.reporter.hasIdentity()) {
            identityFindings = identity::checkReporter(report.reporter, input.today);
        } else {
            identityFindings.append(look(
                "identity_unchecked", QCoreApplication::translate("ioc::core::verification",
                                                                  "The server has not sent its identity checks for "
                                                                  "this report yet: synchronise, then look again.")));
        }
    }
    list.rows.append(makeRow(Condition::Identity, identityFindings));

    // Evidence (7.6): split by condition.
    QList<Finding> media;
    QList<Finding> capture;
    QList<Finding> editing;
    QList<Finding> position;
    for (const Finding &f : evidence::check(report, input.evidence)) {
        if (f.code.startsWith(u"media_"_s)) {
            media.append(f);
            if (f.code == u"media_missing"_s) {
                suggest(RejectReason::NoMedia);
            }
        } else if (codeIn(f, {"exif_missing", "exif_after_receipt", "exif_old", "exif_recent"})) {
            capture.append(f);
            if (f.code == u"exif_old"_s) {
                suggest(RejectReason::MediaNotRecent);
            }
        } else if (codeIn(f, {"exif_modified", "edited"})) {
            editing.append(f);
            suggest(RejectReason::EditedMedia);
        } else {
            position.append(f);
        }
    }
    const bool hasPhoto = std::any_of(report.media.cbegin(), report.media.cend(),
                                      [](const MediaItem &item) { return item.mimeType.startsWith(u"image/"_s); });
    list.rows.append(makeRow(Condition::Media, media));
    if (hasPhoto) {
        list.rows.append(makeRow(Condition::CaptureTime, capture));
        if (editing.isEmpty()) {
            editing.append(pass("not_edited", QCoreApplication::translate(
                                                  "ioc::core::verification",
                                                  "No picture editor and no later rewrite in the photos' metadata.")));
        }
        list.rows.append(makeRow(Condition::Editing, editing));
    }
    list.rows.append(makeRow(Condition::Position, position));

    // Duplicates (7.6.2.e).
    QList<Finding> duplicateFindings;
    for (const duplicates::Candidate &c : input.duplicates) {
        if (c.score < duplicateThreshold) {
            continue;
        }
        const QString code = input.codes.value(c.id, c.id);
        duplicateFindings.append(
            look("duplicate_candidate", QCoreApplication::translate("ioc::core::verification", "%1 (%2% alike): %3")
                                            .arg(code)
                                            .arg(qRound(c.score * 100))
                                            .arg(c.reasons.join(u", "_s))));
        if (list.duplicateOf.isEmpty()) {
            list.duplicateOf = c.id;
            suggest(RejectReason::Duplicate);
        }
    }
    if (duplicateFindings.isEmpty()) {
        const int weak = int(input.duplicates.size());
        duplicateFindings.append(
            pass("no_duplicate",
                 weak == 0 ? QCoreApplication::translate("ioc::core::verification", "No report near in place and time.")
                           : QCoreApplication::translate("ioc::core::verification",
                                                         "%n report(s) nearby, none alike enough.", nullptr, weak)));
    }
    list.rows.append(makeRow(Condition::Duplicates, duplicateFindings));

    // The sender's other reports (7.6.2.f, h).
    QList<Finding> sender;
    if (input.senderKnown) {
        sender = evidence::checkSenderHistory(report, input.sameSender);
        for (const Finding &f : sender) {
            if (f.code == u"sender_open_same_matter"_s) {
                suggest(RejectReason::PendingPrevious);
            } else if (f.code == u"sender_resolved_same_matter"_s) {
                suggest(RejectReason::AlreadyResolved);
            }
        }
    } else {
        sender.append(
            look("sender_unknown", QCoreApplication::translate("ioc::core::verification",
                                                               "The sender's other reports could not be looked up.")));
    }
    list.rows.append(makeRow(Condition::SenderHistory, sender));

    // Language (5.1, 5.5) and scope (1.1.c).
    const language::LanguageReport title = language::check(report.title);
    const language::LanguageReport content = language::check(report.content);
    QList<Finding> languageFindings;
    QList<language::Hit> abbreviations = title.abbreviations + content.abbreviations;
    if (!abbreviations.isEmpty()) {
        languageFindings.append(
            look("abbreviations", QCoreApplication::translate("ioc::core::verification", "Abbreviations: %1.")
                                      .arg(quoted(abbreviations, true))));
        list.proposedTitle = title.expanded;
        list.proposedContent = content.expanded;
    }
    const QList<language::Hit> offensive = title.offensive + content.offensive;
    if (!offensive.isEmpty()) {
        languageFindings.append(
            look("offensive", QCoreApplication::translate("ioc::core::verification", "Offensive words: %1 (Art. 5.5).")
                                  .arg(quoted(offensive, false))));
        suggest(RejectReason::Violation);
    }
    if (input.spelling) {
        QStringList words;
        for (const Misspelling &m : *input.spelling) {
            words.append(m.suggestions.isEmpty() ? u"“%1”"_s.arg(m.word)
                                                 : u"“%1” → “%2”"_s.arg(m.word, m.suggestions.join(u" / "_s)));
        }
        words.removeDuplicates();
        if (!words.isEmpty()) {
            languageFindings.append(
                look("misspelt",
                     QCoreApplication::translate("ioc::core::verification", "Spelling: %1.").arg(words.join(u", "_s))));
        }
    } else {
        languageFindings.append(look(
            "no_dictionary", QCoreApplication::translate("ioc::core::verification",
                                                         "Spelling not checked: no Vietnamese dictionary installed.")));
    }
    if (report.title.trimmed().size() + report.content.trimmed().size() < 15) {
        languageFindings.append(
            look("too_short", QCoreApplication::translate("ioc::core::verification",
                                                          "Very short: is it clear, or a test (Art. 7.6.2.g)?")));
        suggest(RejectReason::UnclearOrTest);
    }
    if (languageFindings.isEmpty()) {
        languageFindings.append(
            pass("language_ok", QCoreApplication::translate("ioc::core::verification",
                                                            "No abbreviation, misspelling or offensive word found.")));
    }
    list.rows.append(makeRow(Condition::Language, languageFindings));

    QStringList kinds = title.outOfScope + content.outOfScope;
    kinds.removeDuplicates();
    QList<Finding> scope;
    if (!kinds.isEmpty()) {
        QStringList labels;
        for (const QString &kind : kinds) {
            labels.append(language::outOfScopeLabel(kind));
        }
        scope.append(look("out_of_scope", QCoreApplication::translate(
                                              "ioc::core::verification",
                                              "Reads like: %1. Such matters go elsewhere (Art. 1.1.c); if kept, "
                                              "receive it as non-public (Art. 9.2).")
                                              .arg(labels.join(u", "_s))));
        suggest(RejectReason::OutOfScope);
    } else {
        scope.append(pass("in_scope", QCoreApplication::translate(
                                          "ioc::core::verification",
                                          "No sign of a complaint, denunciation or request for legal advice.")));
    }
    list.rows.append(makeRow(Condition::Scope, scope));

    // A requested supplement (7.6.2.c): 48 hours, then the report is not eligible.
    if (report.state == ReportState::AwaitingSupplement) {
        const ReportClock *clock = report.runningClock(ClockStep::Supplement);
        QList<Finding> supplement;
        if (clock != nullptr && input.now.isValid() && clock->dueAt.isValid() && clock->dueAt < input.now) {
            supplement.append({Verdict::Fail, u"supplement_expired"_s,
                               QCoreApplication::translate("ioc::core::verification",
                                                           "The 48 hours for the supplement ran out; reject it as "
                                                           "“supplement expired”.")});
            suggest(RejectReason::SupplementExpired);
        } else {
            supplement.append(look("supplement_awaited",
                                   QCoreApplication::translate("ioc::core::verification", "Waiting for the citizen: %1")
                                       .arg(report.supplementRequest.left(160))));
        }
        list.rows.prepend(makeRow(Condition::Supplement, supplement));
    }

    if (std::any_of(identityFindings.cbegin(), identityFindings.cend(),
                    [](const Finding &f) { return f.verdict == Verdict::Fail; })) {
        suggest(RejectReason::IdentityUnverified);
    }
    for (const Row &r : list.rows) {
        list.overall = worst(list.overall, r.verdict);
    }
    // In the regulation's order (the enum's).
    std::sort(reasons.begin(), reasons.end(), [](RejectReason a, RejectReason b) { return int(a) < int(b); });
    list.suggestedReasons = reasons;
    return list;
}

QString maskIdentity(const QString &text, const Reporter &reporter)
{
    QString out = text;
    auto replace = [&out](const QString &value, const QString &masked) {
        if (value.trimmed().size() >= 3) {
            out.replace(value.trimmed(), masked);
        }
    };
    replace(reporter.citizenId, masking::citizenId(reporter.citizenId));
    replace(reporter.phone, masking::phone(reporter.phone));
    // The checks quote the national form of a number (0xxxxxxxxx) whatever was typed.
    QString digits;
    for (QChar c : reporter.phone) {
        if (c.isDigit()) {
            digits.append(c);
        }
    }
    if (digits.startsWith(u"84"_s) && digits.size() >= 11) {
        digits = u'0' + digits.mid(2);
    }
    replace(digits, masking::phone(digits));
    // The same numbers written otherwise ("0912 345 678", "+84.912.345.678").
    const QString citizenDigits = identity::nationalDigits(reporter.citizenId);
    static const QRegularExpression numberLike(u"\\+?\\d[\\d .\\-]{6,}\\d"_s);
    QString spaced;
    qsizetype last = 0;
    for (auto it = numberLike.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString found = identity::nationalDigits(match.captured());
        spaced += out.mid(last, match.capturedStart() - last);
        if (!digits.isEmpty() && found == digits) {
            spaced += masking::phone(found);
        } else if (citizenDigits.size() >= 9 && found == citizenDigits) {
            spaced += masking::citizenId(found);
        } else {
            spaced += match.captured();
        }
        last = match.capturedEnd();
    }
    out = spaced + out.mid(last);
    replace(reporter.email, masking::email(reporter.email));
    replace(reporter.fullName, masking::name(reporter.fullName));
    replace(reporter.address, masking::address(reporter.address));
    replace(reporter.representative, masking::name(reporter.representative));
    return out;
}

} // namespace ioc::core::verification

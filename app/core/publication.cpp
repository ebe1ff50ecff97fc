#include "core/publication.h"

#include "core/masking.h"
#include "core/vietnamesetext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ioc::core::publication {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ioc::core::publication", text);
}

const QJsonObject &templates()
{
    static const QJsonObject data = [] {
        QFile file(u":/ioc/checks/result-template-vi.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("the result template is missing from the resources");
        }
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return data;
}

QString part(const char *key)
{
    return templates().value(QLatin1StringView(key)).toString();
}

QString marker(const char *key)
{
    return templates().value(u"markers"_s).toObject().value(QLatin1StringView(key)).toString();
}

QStringList listOf(const char *key)
{
    QStringList list;
    for (const QJsonValue &value : templates().value(QLatin1StringView(key)).toArray()) {
        list.append(value.toString());
    }
    return list;
}

bool organisation(const Report &report)
{
    return report.reporter.kind == ReporterKind::Organisation;
}

QString foldedText(const QString &text)
{
    return foldVietnamese(text); // lower-cased too
}

bool containsFolded(const QString &text, const QString &needle)
{
    return !needle.trimmed().isEmpty() && foldedText(text).contains(foldedText(needle.trimmed()));
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits.append(c);
        }
    }
    return digits;
}

// Phone numbers (0… or +84…, 10–11 digits with spaces, dots or dashes between groups), citizen
// IDs (12 digits) and e-mail addresses.
const QRegularExpression &phonePattern()
{
    static const QRegularExpression re(uR"((?<!\d)(?:\+84|0)(?:[ .\-]?\d){8,10}(?!\d))"_s);
    return re;
}
const QRegularExpression &citizenIdPattern()
{
    static const QRegularExpression re(uR"((?<!\d)\d{12}(?!\d))"_s);
    return re;
}
const QRegularExpression &emailPattern()
{
    static const QRegularExpression re(uR"([\w.%+\-]+@[\w.\-]+\.\w{2,})"_s,
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// The text after the template's opening ("… như sau:") up to the thanks.
QString resultBody(const QString &text)
{
    const QString opening = marker("opening");
    qsizetype from = text.indexOf(opening, 0, Qt::CaseInsensitive);
    from = from < 0 ? 0 : from + opening.size();
    qsizetype to = text.indexOf(marker("thanks"), from, Qt::CaseInsensitive);
    if (to < 0) {
        to = text.size();
    }
    return text.mid(from, to - from).trimmed();
}

} // namespace

QString addressee(const Report &report)
{
    if (!report.reporter.fullName.trimmed().isEmpty()) {
        return report.reporter.fullName.trimmed();
    }
    return part(organisation(report) ? "addressee_unknown_organisation" : "addressee_unknown_person");
}

QString composeResult(const Report &report, const QString &agencyName, const QString &result, QDate committedDate)
{
    const QString honorific = part(organisation(report) ? "honorific_organisation" : "honorific_person");
    QString body = result.trimmed();
    if (committedDate.isValid()) {
        body = part("commitment")
                   .replace(u"{agency}"_s, agencyName)
                   .replace(u"{date}"_s, committedDate.toString(u"dd/MM/yyyy"_s))
                   .replace(u"{result}"_s, body)
                   .trimmed();
    }
    return part("template")
        .replace(u"{addressee}"_s, addressee(report))
        .replace(u"{honorific}"_s, honorific)
        .replace(u"{agency}"_s, agencyName)
        .replace(u"{result}"_s, body);
}

QString declineReply()
{
    return part("decline_reply");
}

QString declineGuidance()
{
    return part("decline_guidance");
}

QString publicVersion(const QString &text, const Report &report)
{
    QString out = text;
    const Reporter &r = report.reporter;
    const auto wholeWords = [](const QString &person) {
        return QRegularExpression(u"(?<!\\w)"_s + QRegularExpression::escape(person) + u"(?!\\w)"_s,
                                  QRegularExpression::CaseInsensitiveOption |
                                      QRegularExpression::UseUnicodePropertiesOption);
    };
    // The addressee line names the reporter: masked whatever the spelling when it is the name
    // alone, else wherever the name stands in it.
    const QString name = r.fullName.trimmed();
    QStringList lines = out.split(u'\n');
    for (QString &line : lines) {
        const qsizetype at = line.indexOf(marker("addressee"), 0, Qt::CaseInsensitive);
        const qsizetype colon = at < 0 ? -1 : line.indexOf(u':', at);
        if (colon < 0 || name.isEmpty()) {
            continue;
        }
        QString rest = line.mid(colon + 1).trimmed();
        while (!rest.isEmpty() && rest.back().isPunct()) {
            rest.chop(1);
        }
        if (foldedText(rest) == foldedText(name)) {
            line = line.left(colon + 1) + u' ' + masking::name(name);
        } else {
            line.replace(wholeWords(name), masking::name(name));
        }
    }
    out = lines.join(u'\n');
    // Elsewhere the name as whole words, in any case; a one-word name is left alone there (it is
    // also a common word: "An", "Hòa", "Bình").
    for (const QString &person : {name, r.representative.trimmed()}) {
        if (person.split(u' ', Qt::SkipEmptyParts).size() >= 2) {
            out.replace(wholeWords(person), masking::name(person));
        }
    }
    if (!r.email.trimmed().isEmpty()) {
        out.replace(r.email.trimmed(), masking::email(r.email.trimmed()), Qt::CaseInsensitive);
    }
    // Numbers and addresses by shape, whoever they belong to: a public reply names nobody.
    QString masked;
    qsizetype last = 0;
    const auto maskAll = [&](const QRegularExpression &re, auto replacement) {
        masked.clear();
        last = 0;
        auto it = re.globalMatch(out);
        while (it.hasNext()) {
            const auto match = it.next();
            masked += out.mid(last, match.capturedStart() - last);
            masked += replacement(match.captured());
            last = match.capturedEnd();
        }
        masked += out.mid(last);
        out = masked;
    };
    maskAll(emailPattern(), [](const QString &s) { return masking::email(s); });
    maskAll(citizenIdPattern(), [](const QString &s) { return masking::citizenId(s); });
    maskAll(phonePattern(), [](const QString &s) { return masking::phone(digitsOf(s)); });
    return out;
}

bool Gate::passes() const
{
    return std::none_of(checks.cbegin(), checks.cend(), [](const Check &c) { return c.verdict == Verdict::Fail; });
}

bool Gate::publishable() const
{
    return failing().isEmpty();
}

QStringList Gate::failing() const
{
    QStringList items;
    for (const Check &c : checks) {
        if (c.verdict == Verdict::Fail && c.item != Item::StateSecret) {
            items.append(itemCode(c.item));
        }
    }
    return items;
}

const Check *Gate::check(Item item) const
{
    for (const Check &c : checks) {
        if (c.item == item) {
            return &c;
        }
    }
    return nullptr;
}

Gate check(const Report &report, const Directory &directory, const QString &text)
{
    Gate gate;
    const auto add = [&gate](Item item, bool pass, const QString &detail) {
        gate.checks.append({item, pass ? Verdict::Pass : Verdict::Fail, detail});
    };
    bool templateWrong = false;
    bool resultWrong = false;

    // Template parts (12.1).
    const bool hasAddressee = text.contains(marker("addressee"), Qt::CaseInsensitive);
    add(Item::Addressee, hasAddressee,
        hasAddressee ? tr("The reply is addressed to the reporter.")
                     : tr("The reply does not start with “Kính gửi: …” (the addressee)."));
    templateWrong |= !hasAddressee;

    const Agency *agency = directory.agency(report.leadAgencyId);
    const QString agencyName = agency != nullptr ? agency->name : QString();
    const bool namesAgency = !agencyName.isEmpty() && containsFolded(text, agencyName);
    add(Item::Agency, namesAgency,
        namesAgency ? tr("The processing agency is named: %1.").arg(agencyName)
                    : tr("The processing agency (%1) is not named in the reply.")
                          .arg(agencyName.isEmpty() ? report.leadAgencyId : agencyName));
    templateWrong |= !namesAgency;

    const QString body = resultBody(text);
    QStringList leftovers;
    for (const QString &placeholder : listOf("placeholders")) {
        if (text.contains(placeholder, Qt::CaseInsensitive)) {
            leftovers.append(placeholder);
        }
    }
    const bool hasResult = body.size() >= 10 && leftovers.isEmpty();
    add(Item::Result, hasResult,
        !leftovers.isEmpty() ? tr("A placeholder of the template is still there: %1").arg(leftovers.join(u", "_s))
        : hasResult          ? tr("The result (or the committed completion date) is stated.")
                             : tr("The result itself is missing after “như sau:”."));
    if (!leftovers.isEmpty()) {
        templateWrong = true;
    } else if (!hasResult) {
        resultWrong = true;
    }

    const bool thanks =
        text.contains(marker("thanks"), Qt::CaseInsensitive) && text.contains(marker("closing"), Qt::CaseInsensitive);
    add(Item::Thanks, thanks,
        thanks ? tr("The thanks and the closing are there.")
               : tr("The thanks (“Chân thành cảm ơn phản ánh…”) or the closing (“Trân trọng./.”) is missing."));
    templateWrong |= !thanks;

    // Result photos (12.2).
    const qsizetype photos = report.resultAttachments.size();
    const QString proven = QCoreApplication::translate(
        "ioc::core::publication", "%n photo(s) or file(s) prove the result.", nullptr, int(photos));
    add(Item::Photos, photos > 0, photos > 0 ? proven : tr("No photo or file proves the result (Art. 12.2)."));
    resultWrong |= photos == 0;

    // The reporter's identity stays out of the public text (5.6), unless they agreed to publish it.
    gate.publicText = report.consents.publishIdentity ? text : publicVersion(text, report);
    if (report.consents.publishIdentity) {
        gate.checks.append({Item::NoIdentity, Verdict::Info, tr("The reporter agreed to publish their identity.")});
    } else if (!report.reporter.hasIdentity()) {
        // Not revealed on this console: the server, which holds the identity, masks it when it
        // publishes (PRODUCT.md §17).
        gate.checks.append({Item::NoIdentity, Verdict::Info,
                            tr("The server masks the reporter's identity in the public version when it publishes.")});
    } else {
        const bool clean = gate.publicText == text;
        gate.checks.append({Item::NoIdentity, clean ? Verdict::Pass : Verdict::Info,
                            clean ? tr("No name, phone, citizen ID or e-mail of the reporter in the text.")
                                  : tr("The reporter's identity is masked in the public version.")});
    }

    // State secrets (12.4) are never published; a confidential result goes to the reporter only (12.3).
    QStringList secrets;
    for (const QString &word : listOf("state_secret")) {
        if (containsFolded(text, word)) {
            secrets.append(word);
        }
    }
    if (!secrets.isEmpty()) {
        add(Item::StateSecret, false,
            tr("State-secret wording (%1): the reply follows the law on state secrets and is not "
               "published (Art. 12.4).")
                .arg(secrets.join(u", "_s)));
    }
    gate.confidential = report.consents.confidentialResult || !secrets.isEmpty();
    gate.checks.append({Item::Confidential, Verdict::Info,
                        gate.confidential ? tr("Confidential: the result goes to the reporter only (Art. 12.3).")
                        : report.isPublic ? tr("Public: the result and its timeline are published (Art. 17.2).")
                                          : tr("Non-public report: the result goes to the reporter only.")});
    if (resultWrong) {
        gate.proposedFix = Action::RequestResultFix;
    } else if (templateWrong) {
        gate.proposedFix = Action::RequestTemplateFix;
    }
    return gate;
}

QString itemName(Item item)
{
    switch (item) {
    case Item::Addressee:
        return tr("Addressee");
    case Item::Agency:
        return tr("Processing agency");
    case Item::Result:
        return tr("Result");
    case Item::Thanks:
        return tr("Thanks and closing");
    case Item::Photos:
        return tr("Result photos");
    case Item::NoIdentity:
        return tr("Reporter's identity");
    case Item::Confidential:
        return tr("Confidentiality");
    case Item::StateSecret:
        return tr("State secret");
    }
    return {};
}

QString itemCode(Item item)
{
    switch (item) {
    case Item::Addressee:
        return QStringLiteral("addressee");
    case Item::Agency:
        return QStringLiteral("agency");
    case Item::Result:
        return QStringLiteral("result");
    case Item::Thanks:
        return QStringLiteral("thanks");
    case Item::Photos:
        return QStringLiteral("photos");
    case Item::NoIdentity:
        return QStringLiteral("no_identity");
    case Item::Confidential:
        return QStringLiteral("confidential");
    case Item::StateSecret:
        return QStringLiteral("state_secret");
    }
    return {};
}

namespace {

struct TimelineStep
{
    const char *action;
    const char *label;
};

constexpr TimelineStep timelineSteps[] = {
    {"create", QT_TRANSLATE_NOOP("ioc::core::publication", "Report received")},
    {"request_supplement", QT_TRANSLATE_NOOP("ioc::core::publication", "Supplement requested")},
    {"supplement", QT_TRANSLATE_NOOP("ioc::core::publication", "Supplement sent")},
    {"accept", QT_TRANSLATE_NOOP("ioc::core::publication", "Verified as eligible")},
    {"reject", QT_TRANSLATE_NOOP("ioc::core::publication", "Not eligible")},
    {"cancel", QT_TRANSLATE_NOOP("ioc::core::publication", "Withdrawn")},
    {"distribute", QT_TRANSLATE_NOOP("ioc::core::publication", "Distributed to the processing agency")},
    {"agency_accept", QT_TRANSLATE_NOOP("ioc::core::publication", "Accepted for processing")},
    {"extend", QT_TRANSLATE_NOOP("ioc::core::publication", "Processing time extended")},
    {"notify_status", QT_TRANSLATE_NOOP("ioc::core::publication", "Processing status")},
    {"follow_sanction_procedure",
     QT_TRANSLATE_NOOP("ioc::core::publication", "Handled under the administrative-sanction procedure")},
    {"submit_result", QT_TRANSLATE_NOOP("ioc::core::publication", "Result processed")},
    {"leader_approve", QT_TRANSLATE_NOOP("ioc::core::publication", "Result approved")},
    {"leader_edit_approve", QT_TRANSLATE_NOOP("ioc::core::publication", "Result approved")},
    {"publish", QT_TRANSLATE_NOOP("ioc::core::publication", "Result published")},
    {"rate", QT_TRANSLATE_NOOP("ioc::core::publication", "Rated")},
    {"interact", QT_TRANSLATE_NOOP("ioc::core::publication", "Question from the reporter")},
    {"answer_interaction", QT_TRANSLATE_NOOP("ioc::core::publication", "Answer from the agency")},
    {"decline_insufficient", QT_TRANSLATE_NOOP("ioc::core::publication", "Not handled: content insufficient")},
};

} // namespace

bool isOnCitizenTimeline(const QString &action)
{
    return std::any_of(std::begin(timelineSteps), std::end(timelineSteps),
                       [&](const TimelineStep &step) { return action == QLatin1StringView(step.action); });
}

QString timelineLabel(const QString &action)
{
    for (const TimelineStep &step : timelineSteps) {
        if (action == QLatin1StringView(step.action)) {
            return tr(step.label);
        }
    }
    return action;
}

} // namespace ioc::core::publication

#include "core/supervisionrecords.h"

#include "core/vntime.h"

#include <QJsonArray>

namespace ioc::core {

namespace {

const QStringList levels{QStringLiteral("good"), QStringLiteral("fair"), QStringLiteral("poor")};

} // namespace

QString letterNumber(int seq)
{
    return QStringLiteral("%1/NN-TTCNTT").arg(seq, 2, 10, QLatin1Char('0'));
}

QJsonObject toJson(const ReminderLetter &letter)
{
    return {{QStringLiteral("id"), letter.id},
            {QStringLiteral("year"), letter.year},
            {QStringLiteral("seq"), letter.seq},
            {QStringLiteral("number"), letter.number},
            {QStringLiteral("agency_id"), letter.agencyId},
            {QStringLiteral("issued_at"), vntime::toIso8601(letter.issuedAt)},
            {QStringLiteral("issued_by"), letter.issuedBy},
            {QStringLiteral("signatory"), letter.signatory},
            {QStringLiteral("signatory_title"), letter.signatoryTitle},
            {QStringLiteral("subject"), letter.subject},
            {QStringLiteral("body"), letter.body},
            {QStringLiteral("report_ids"), QJsonArray::fromStringList(letter.reportIds)}};
}

QJsonObject toJson(const CooperationAssessment &assessment)
{
    return {{QStringLiteral("id"), assessment.id},
            {QStringLiteral("agency_id"), assessment.agencyId},
            {QStringLiteral("from"), assessment.first.toString(Qt::ISODate)},
            {QStringLiteral("to"), assessment.last.toString(Qt::ISODate)},
            {QStringLiteral("level"), assessment.level},
            {QStringLiteral("text"), assessment.text},
            {QStringLiteral("recorded_by"), assessment.recordedBy},
            {QStringLiteral("recorded_at"), vntime::toIso8601(assessment.recordedAt)}};
}

std::optional<ReminderLetter> letterFromJson(const QJsonObject &object, QString *error)
{
    ReminderLetter letter;
    letter.id = object.value(QStringLiteral("id")).toString();
    letter.year = object.value(QStringLiteral("year")).toInt();
    letter.seq = object.value(QStringLiteral("seq")).toInt();
    letter.number = object.value(QStringLiteral("number")).toString();
    letter.agencyId = object.value(QStringLiteral("agency_id")).toString();
    const auto issued = vntime::parseIso8601(object.value(QStringLiteral("issued_at")).toString());
    letter.issuedBy = object.value(QStringLiteral("issued_by")).toString();
    letter.signatory = object.value(QStringLiteral("signatory")).toString();
    letter.signatoryTitle = object.value(QStringLiteral("signatory_title")).toString();
    letter.subject = object.value(QStringLiteral("subject")).toString();
    letter.body = object.value(QStringLiteral("body")).toString();
    for (const QJsonValue &id : object.value(QStringLiteral("report_ids")).toArray()) {
        letter.reportIds.append(id.toString());
    }
    const auto fail = [error](const char *field) {
        *error = QString::fromLatin1(field);
        return std::nullopt;
    };
    if (letter.id.isEmpty()) {
        return fail("id");
    }
    if (letter.agencyId.isEmpty()) {
        return fail("agency_id");
    }
    if (!issued) {
        return fail("issued_at");
    }
    if (letter.seq < 1 || letter.year < 2000 || letter.number.isEmpty()) {
        return fail("number");
    }
    letter.issuedAt = *issued;
    return letter;
}

std::optional<CooperationAssessment> assessmentFromJson(const QJsonObject &object, QString *error)
{
    CooperationAssessment assessment;
    assessment.id = object.value(QStringLiteral("id")).toString();
    assessment.agencyId = object.value(QStringLiteral("agency_id")).toString();
    assessment.first = QDate::fromString(object.value(QStringLiteral("from")).toString(), Qt::ISODate);
    assessment.last = QDate::fromString(object.value(QStringLiteral("to")).toString(), Qt::ISODate);
    assessment.level = object.value(QStringLiteral("level")).toString();
    assessment.text = object.value(QStringLiteral("text")).toString();
    assessment.recordedBy = object.value(QStringLiteral("recorded_by")).toString();
    const auto recorded = vntime::parseIso8601(object.value(QStringLiteral("recorded_at")).toString());
    const auto fail = [error](const char *field) {
        *error = QString::fromLatin1(field);
        return std::nullopt;
    };
    if (assessment.id.isEmpty()) {
        return fail("id");
    }
    if (assessment.agencyId.isEmpty()) {
        return fail("agency_id");
    }
    if (!assessment.first.isValid() || !assessment.last.isValid() || assessment.last < assessment.first) {
        return fail("from");
    }
    if (!levels.contains(assessment.level)) {
        return fail("level");
    }
    if (!recorded) {
        return fail("recorded_at");
    }
    assessment.recordedAt = *recorded;
    return assessment;
}

} // namespace ioc::core

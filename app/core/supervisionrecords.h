#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace ioc::core {

// A formal reminder letter (văn bản nhắc nhở) of the ICT Center to an agency about one or more
// reports (Điều 14.3.a: more than 2 in the ranking year bars the "excellent" ranking). The server
// numbers them per year; the quick `remind` nudge on a report is not one and is not counted.
struct ReminderLetter
{
    QString id;
    int year = 0;
    int seq = 0;
    QString number; // "05/NN-TTCNTT"
    QString agencyId;
    QDateTime issuedAt;
    QString issuedBy; // user id
    QString signatory;
    QString signatoryTitle;
    QString subject;
    QString body;
    QStringList reportIds;
};

// A supervisor's assessment of an agency's cooperation over a period (Điều 14.2.c: results and
// phone handling), one per agency and period; a new one for the same period replaces it.
struct CooperationAssessment
{
    QString id;
    QString agencyId;
    QDate first; // the period assessed, both days included
    QDate last;
    QString level; // "good", "fair", "poor"
    QString text;
    QString recordedBy;
    QDateTime recordedAt;
};

// The number of a letter: "05/NN-TTCNTT" (NN: nhắc nhở; TTCNTT: the ICT Center).
QString letterNumber(int seq);

QJsonObject toJson(const ReminderLetter &letter);
QJsonObject toJson(const CooperationAssessment &assessment);
// Nullopt and the field at fault in `error` for a malformed object.
std::optional<ReminderLetter> letterFromJson(const QJsonObject &object, QString *error);
std::optional<CooperationAssessment> assessmentFromJson(const QJsonObject &object, QString *error);

} // namespace ioc::core

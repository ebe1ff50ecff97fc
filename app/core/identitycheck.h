#pragma once

#include "core/report.h"

#include <QDate>
#include <QString>
#include <QStringList>

// The identity conditions of Điều 5.3 (PRODUCT.md §2), checked on what the reporter gave:
// phone numbers by Vietnam's numbering plan and citizen ID numbers by their structure
// (Circular 07/2016/TT-BCA). The numbering data lives in resources/checks/vn-numbering.json.
// These checks judge the form of a number, never whether it belongs to the person:
// `request_identity_check` is for that.
namespace ioc::core::identity {

enum class Verdict
{
    Pass,
    NeedsLook, // a person must look: the evidence says why
    Fail,
};

struct Finding
{
    Finding() = default;
    Finding(Verdict verdict, QString code, QString evidence, QStringList args = {})
        : verdict(verdict)
        , code(std::move(code))
        , evidence(std::move(evidence))
        , args(std::move(args))
    {}

    Verdict verdict = Verdict::Pass;
    QString code;     // stable: "phone_invalid", "citizen_id_province", …
    QString evidence; // for people, in the installed language
    QStringList args; // the values the evidence quotes
};

// The evidence of a check, in the installed language, from its code and quoted values.
QString describe(const QString &code, const QStringList &args);
// A finding as the server sends it (PRODUCT.md §17): the quoted value that is the reporter's
// identity (the number, the citizen ID, the name, the e-mail) masked.
IdentityCheckResult shareable(const Finding &finding);
// A finding received from the server, worded for this reader.
Finding fromShared(const IdentityCheckResult &result);

enum class PhoneKind
{
    Invalid,
    Mobile,
    Landline,
    Service, // hotlines (1022, 1900…): not a reporter's own number
};

struct PhoneCheck
{
    PhoneKind kind = PhoneKind::Invalid;
    QString national; // 0xxxxxxxxx(x)
    QString place;    // the landline's province
    Finding finding;
};

PhoneCheck checkPhone(const QString &phone);
// A number as one key whatever way it was typed: its digits, a leading 84 made 0.
QString nationalDigits(const QString &phone);

struct CitizenIdCheck
{
    QString province; // of birth registration
    int birthYear = 0;
    bool female = false;
    Finding finding;
};

// `today` bounds the birth year (a year in the future is impossible).
CitizenIdCheck checkCitizenId(const QString &citizenId, QDate today);

// Every identity condition for a report's reporter: persons need name, address, phone and a
// citizen ID; organisations name, address, phone and a representative; e-mail is optional
// but must look like one when given.
QList<Finding> checkReporter(const Reporter &reporter, QDate today);
// checkReporter() as the server stores and sends it: shareable().
QList<IdentityCheckResult> serverChecks(const Reporter &reporter, QDate today);

} // namespace ioc::core::identity

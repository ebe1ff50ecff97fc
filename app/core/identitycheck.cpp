#include "core/identitycheck.h"

#include "core/masking.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ioc::core::identity {

namespace {

struct Numbering
{
    QSet<QString> mobilePrefixes;
    QHash<QString, QString> areaCodes;
    QStringList servicePrefixes;
    QHash<QString, QString> provinces;
};

const Numbering &numbering()
{
    static const Numbering data = [] {
        Numbering n;
        QFile file(u":/ioc/checks/vn-numbering.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("the numbering data is missing from the resources");
        }
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue &prefix : root.value(u"mobile_prefixes"_s).toArray()) {
            n.mobilePrefixes.insert(prefix.toString());
        }
        const QJsonObject areas = root.value(u"landline_area_codes"_s).toObject();
        for (auto it = areas.begin(); it != areas.end(); ++it) {
            n.areaCodes.insert(it.key(), it.value().toString());
        }
        for (const QJsonValue &prefix : root.value(u"service_prefixes"_s).toArray()) {
            n.servicePrefixes.append(prefix.toString());
        }
        const QJsonObject provinces = root.value(u"citizen_id_provinces"_s).toObject();
        for (auto it = provinces.begin(); it != provinces.end(); ++it) {
            n.provinces.insert(it.key(), it.value().toString());
        }
        return n;
    }();
    return data;
}

Finding finding(Verdict verdict, const char *code, QStringList args = {})
{
    const QString name = QString::fromLatin1(code);
    return {verdict, name, describe(name, args), args};
}

Finding fail(const char *code, QStringList args = {})
{
    return finding(Verdict::Fail, code, std::move(args));
}

Finding look(const char *code, QStringList args = {})
{
    return finding(Verdict::NeedsLook, code, std::move(args));
}

} // namespace

QString describe(const QString &code, const QStringList &args)
{
    const QString a = args.value(0);
    const QString b = args.value(1);
    if (code == u"phone_invalid"_s) {
        return QCoreApplication::translate("ioc::core::identity", "The phone number contains “%1”.").arg(a);
    }
    if (code == u"phone_service"_s) {
        return QCoreApplication::translate("ioc::core::identity", "%1 is a service number, not the reporter's own.")
            .arg(a);
    }
    if (code == u"phone_foreign"_s) {
        return QCoreApplication::translate("ioc::core::identity", "%1 is not a Vietnamese number.").arg(a);
    }
    if (code == u"phone_mobile"_s) {
        return QCoreApplication::translate("ioc::core::identity", "Mobile number %1.").arg(a);
    }
    if (code == u"phone_landline"_s) {
        return QCoreApplication::translate("ioc::core::identity", "Landline %1 (%2).").arg(a, b);
    }
    if (code == u"phone_area_code"_s) {
        return QCoreApplication::translate("ioc::core::identity", "%1: 0%2 is not an area code.").arg(a, b);
    }
    if (code == u"phone_prefix"_s) {
        return QCoreApplication::translate("ioc::core::identity", "%1: %2 is not a mobile network prefix.").arg(a, b);
    }
    if (code == u"phone_length"_s) {
        return QCoreApplication::translate("ioc::core::identity",
                                           "%1 has %2 digits; a mobile number has 10 and a landline 11.")
            .arg(a, b);
    }
    if (code == u"citizen_id_format"_s) {
        return QCoreApplication::translate("ioc::core::identity", "A citizen ID has 12 digits; “%1” has not.").arg(a);
    }
    if (code == u"citizen_id_province"_s) {
        return QCoreApplication::translate("ioc::core::identity", "%1 is not the code of a province.").arg(a);
    }
    if (code == u"citizen_id_century"_s) {
        return QCoreApplication::translate("ioc::core::identity", "The 4th digit %1 means a birth after 2099.").arg(a);
    }
    if (code == u"citizen_id_future"_s) {
        return QCoreApplication::translate("ioc::core::identity", "Birth year %1 is in the future.").arg(a);
    }
    if (code == u"citizen_id_young"_s) {
        return QCoreApplication::translate("ioc::core::identity", "Born in %1: the reporter would be under 14.").arg(a);
    }
    if (code == u"citizen_id"_s) {
        return QCoreApplication::translate("ioc::core::identity", "Registered in %1, born %2, %3.")
            .arg(a, b,
                 args.value(2) == u"female"_s ? QCoreApplication::translate("ioc::core::identity", "female")
                                              : QCoreApplication::translate("ioc::core::identity", "male"));
    }
    if (code == u"name_missing"_s) {
        return a == u"organisation"_s
                   ? QCoreApplication::translate("ioc::core::identity", "The organisation's name is missing.")
                   : QCoreApplication::translate("ioc::core::identity", "The reporter's full name is missing.");
    }
    if (code == u"name_single_word"_s) {
        return QCoreApplication::translate("ioc::core::identity", "“%1” is a single word; a full name has several.")
            .arg(a);
    }
    if (code == u"address_missing"_s) {
        return QCoreApplication::translate("ioc::core::identity", "The contact address is missing.");
    }
    if (code == u"phone_missing"_s) {
        return QCoreApplication::translate("ioc::core::identity", "The phone number is missing.");
    }
    if (code == u"representative_missing"_s) {
        return QCoreApplication::translate("ioc::core::identity", "The organisation's representative is missing.");
    }
    if (code == u"citizen_id_missing"_s) {
        return QCoreApplication::translate("ioc::core::identity", "The citizen ID is missing.");
    }
    if (code == u"email_invalid"_s) {
        return QCoreApplication::translate("ioc::core::identity", "“%1” does not look like an e-mail address.").arg(a);
    }
    // A check this console does not know yet (a newer server): its code and values.
    return args.isEmpty() ? code : code + u": "_s + args.join(u", "_s);
}

IdentityCheckResult shareable(const Finding &finding)
{
    IdentityCheckResult result;
    result.code = finding.code;
    result.verdict = finding.verdict == Verdict::Pass        ? u"pass"_s
                     : finding.verdict == Verdict::NeedsLook ? u"look"_s
                                                             : u"fail"_s;
    result.args = finding.args;
    if (!result.args.isEmpty()) {
        // The quoted value that is the reporter's identity is masked; the rest (an area code, a
        // province, a birth year) is what the check found out, and stays.
        QString &quoted = result.args.first();
        static const QStringList phones{u"phone_foreign"_s,   u"phone_mobile"_s, u"phone_landline"_s,
                                        u"phone_area_code"_s, u"phone_prefix"_s, u"phone_length"_s};
        if (phones.contains(result.code)) {
            quoted = masking::phone(quoted);
        } else if (result.code == u"citizen_id_format"_s) {
            quoted = masking::citizenId(quoted);
        } else if (result.code == u"name_single_word"_s) {
            quoted = masking::name(quoted);
        } else if (result.code == u"email_invalid"_s) {
            quoted = masking::email(quoted);
        }
    }
    return result;
}

Finding fromShared(const IdentityCheckResult &result)
{
    const Verdict verdict = result.verdict == u"pass"_s   ? Verdict::Pass
                            : result.verdict == u"look"_s ? Verdict::NeedsLook
                                                          : Verdict::Fail;
    return {verdict, result.code, describe(result.code, result.args), result.args};
}

QList<IdentityCheckResult> serverChecks(const Reporter &reporter, QDate today)
{
    QList<IdentityCheckResult> results;
    for (const Finding &f : checkReporter(reporter, today)) {
        results.append(shareable(f));
    }
    return results;
}

QString nationalDigits(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit()) {
            digits.append(c);
        }
    }
    if (digits.startsWith(u"84"_s) && digits.size() >= 11) {
        digits = u'0' + digits.mid(2);
    }
    return digits;
}

PhoneCheck checkPhone(const QString &phone)
{
    PhoneCheck check;
    QString digits;
    for (QChar c : phone) {
        if (c.isDigit()) {
            digits.append(c);
        } else if (c != u' ' && c != u'.' && c != u'-' && c != u'(' && c != u')' && !(c == u'+' && digits.isEmpty())) {
            check.finding = fail("phone_invalid", {QString(c)});
            return check;
        }
    }
    const Numbering &n = numbering();
    for (const QString &service : n.servicePrefixes) {
        if (digits.startsWith(service) && digits.size() <= 10 && !digits.startsWith(u'0')) {
            check.kind = PhoneKind::Service;
            check.finding = fail("phone_service", {digits});
            return check;
        }
    }
    if (phone.trimmed().startsWith(u'+') || (digits.startsWith(u"84"_s) && digits.size() >= 11)) {
        if (!digits.startsWith(u"84"_s)) {
            check.finding = fail("phone_foreign", {phone.trimmed()});
            return check;
        }
        digits = u'0' + digits.mid(2);
    }
    check.national = digits;
    if (digits.size() == 10 && n.mobilePrefixes.contains(digits.left(3))) {
        check.kind = PhoneKind::Mobile;
        check.finding = finding(Verdict::Pass, "phone_mobile", {digits});
        return check;
    }
    if (digits.size() == 11 && digits.startsWith(u"02"_s)) {
        const QString code3 = digits.mid(1, 3);
        const QString code2 = digits.mid(1, 2);
        const QString area = n.areaCodes.contains(code3) ? code3 : n.areaCodes.contains(code2) ? code2 : QString();
        if (!area.isEmpty()) {
            check.kind = PhoneKind::Landline;
            check.place = n.areaCodes.value(area);
            check.finding = finding(Verdict::Pass, "phone_landline", {digits, check.place});
            return check;
        }
        check.finding = fail("phone_area_code", {digits, code3});
        return check;
    }
    if (digits.size() == 10 && digits.startsWith(u'0')) {
        check.finding = fail("phone_prefix", {digits, digits.left(3)});
        return check;
    }
    check.finding = fail("phone_length", {digits, QString::number(digits.size())});
    return check;
}

CitizenIdCheck checkCitizenId(const QString &citizenId, QDate today)
{
    CitizenIdCheck check;
    const QString id = QString(citizenId).remove(u' ');
    static const QRegularExpression twelveDigits(u"^\\d{12}$"_s);
    if (!twelveDigits.match(id).hasMatch()) {
        check.finding = fail("citizen_id_format", {citizenId});
        return check;
    }
    const QString provinceCode = id.left(3);
    if (!numbering().provinces.contains(provinceCode)) {
        check.finding = fail("citizen_id_province", {provinceCode});
        return check;
    }
    check.province = numbering().provinces.value(provinceCode);
    const int centuryAndSex = id.at(3).digitValue();
    if (centuryAndSex > 3) {
        // 4–9 mean births from 2100: impossible for a living reporter.
        check.finding = fail("citizen_id_century", {QString::number(centuryAndSex)});
        return check;
    }
    check.female = centuryAndSex % 2 == 1;
    check.birthYear = (centuryAndSex < 2 ? 1900 : 2000) + id.mid(4, 2).toInt();
    if (check.birthYear > today.year()) {
        check.finding = fail("citizen_id_future", {QString::number(check.birthYear)});
        return check;
    }
    if (today.year() - check.birthYear < 14) {
        check.finding = look("citizen_id_young", {QString::number(check.birthYear)});
        return check;
    }
    check.finding = finding(Verdict::Pass, "citizen_id",
                            {check.province, QString::number(check.birthYear), check.female ? u"female"_s : u"male"_s});
    return check;
}

QList<Finding> checkReporter(const Reporter &reporter, QDate today)
{
    QList<Finding> findings;
    const bool organisation = reporter.kind == ReporterKind::Organisation;
    if (reporter.fullName.trimmed().isEmpty()) {
        findings.append(fail("name_missing", organisation ? QStringList{u"organisation"_s} : QStringList{}));
    } else if (!organisation && reporter.fullName.trimmed().split(u' ', Qt::SkipEmptyParts).size() < 2) {
        findings.append(look("name_single_word", {reporter.fullName.trimmed()}));
    }
    if (reporter.address.trimmed().isEmpty()) {
        findings.append(fail("address_missing"));
    }
    if (reporter.phone.trimmed().isEmpty()) {
        findings.append(fail("phone_missing"));
    } else {
        findings.append(checkPhone(reporter.phone).finding);
    }
    if (organisation) {
        if (reporter.representative.trimmed().isEmpty()) {
            findings.append(fail("representative_missing"));
        }
    } else if (reporter.citizenId.trimmed().isEmpty()) {
        findings.append(fail("citizen_id_missing"));
    } else {
        findings.append(checkCitizenId(reporter.citizenId, today).finding);
    }
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!reporter.email.trimmed().isEmpty() && !email.match(reporter.email.trimmed()).hasMatch()) {
        findings.append(look("email_invalid", {reporter.email}));
    }
    return findings;
}

} // namespace ioc::core::identity

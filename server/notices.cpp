#include "notices.h"

#include "core/checklist.h"
#include "core/slapolicy.h"
#include "core/vntime.h"
#include "core/workflow.h"

using namespace Qt::StringLiterals;

namespace ioc::server::notices {

namespace {

QString areaName(const core::Directory &directory, const QString &id)
{
    const core::Area *area = directory.area(id);
    return area != nullptr ? area->name : QString();
}

// The agency's contact person and leader, by SMS and by e-mail, where they have a number or an
// address (the same person once per channel).
void toAgency(QList<Draft> &drafts, const core::Agency &agency, const QString &templateName, const QString &sms,
              const QString &subject, const QString &mail)
{
    QStringList phones;
    QStringList addresses;
    for (const core::ContactPerson &person : {agency.contact, agency.leader}) {
        if (const QString phone = person.phone.trimmed(); !phone.isEmpty() && !phones.contains(phone)) {
            phones.append(phone);
            drafts.append({u"agency"_s, u"sms"_s, phone, person.name, {}, templateName, {}, sms});
        }
        if (const QString email = person.email.trimmed(); !email.isEmpty() && !addresses.contains(email)) {
            addresses.append(email);
            drafts.append({u"agency"_s, u"email"_s, email, person.name, {}, templateName, subject, mail});
        }
    }
}

// The reporter, on the channel the report came by.
void toReporter(QList<Draft> &drafts, const core::Report &report, const QString &templateName, const QString &subject,
                const QString &text)
{
    const core::Reporter &r = report.reporter;
    switch (report.channel) {
    case core::Channel::MobileApp:
    case core::Channel::WebPortal:
        if (!r.accountId.isEmpty()) {
            drafts.append(
                {u"citizen"_s, u"in_app"_s, r.accountId, r.fullName, r.accountId, templateName, subject, text});
            return;
        }
        break;
    case core::Channel::Email:
        if (!r.email.trimmed().isEmpty()) {
            drafts.append(
                {u"citizen"_s, u"email"_s, r.email.trimmed(), r.fullName, r.accountId, templateName, subject, text});
            return;
        }
        break;
    case core::Channel::ConnectedSystem:
        return; // the system reads the report's status (Open311)
    case core::Channel::Zalo:
        // The reporter's user of the province's Official Account, from the Zalo connector.
        if (!r.zaloUserId.trimmed().isEmpty()) {
            drafts.append({u"citizen"_s, u"zalo"_s, r.zaloUserId.trimmed(), r.fullName, r.accountId, templateName,
                           subject, text});
            return;
        }
        break;
    case core::Channel::Facebook:
    case core::Channel::Hotline:
        break;
    }
    // Nothing to send it by: an officer calls the reporter back, if there is a number to call.
    if (!r.phone.trimmed().isEmpty()) {
        drafts.append(
            {u"citizen"_s, u"callback"_s, r.phone.trimmed(), r.fullName, r.accountId, templateName, subject, text});
    }
}

QString payloadText(const core::ReportEvent &event, const char *key)
{
    return event.payload.value(QLatin1String(key)).toString().trimmed();
}

// What the agency must do by a clock's due time, in the regulation's words (the server has no
// translator: these are the Vietnamese of core/slapolicy.cpp's labels).
QString agencyDuty(core::ClockStep step)
{
    using S = core::ClockStep;
    switch (step) {
    case S::Accept:
        return u"tiếp nhận"_s;
    case S::Dispatch:
        return u"điều động lực lượng"_s;
    case S::Process:
        return u"xử lý"_s;
    case S::ResultUpdate:
        return u"cập nhật, phê duyệt kết quả"_s;
    case S::Approve:
        return u"lãnh đạo phê duyệt kết quả"_s;
    case S::TemplateFix:
        return u"sửa mẫu kết quả"_s;
    case S::ResultFix:
        return u"sửa kết quả"_s;
    case S::Interaction:
        return u"trả lời tương tác"_s;
    case S::Coordination:
        return u"trả lời phối hợp"_s;
    case S::StatusNotice:
        return u"thông báo tình hình xử lý"_s;
    case S::Commitment:
        return u"xử lý (đã gia hạn)"_s;
    default:
        return u"xử lý"_s;
    }
}

// A clock of the agency is about to run out (the scheduler's `clock_due_soon`): its contact person
// and leader are told what is due and when.
QList<Draft> dueSoonDrafts(const core::Report &report, const core::ReportEvent &event, const core::Directory &directory)
{
    QList<Draft> drafts;
    const core::Agency *agency = directory.agency(payloadText(event, "agency_id"));
    const auto step = core::clockStepFromName(payloadText(event, "step"));
    const auto due = core::vntime::parseIso8601(payloadText(event, "due_at"));
    if (agency == nullptr || !step || !due) {
        return drafts;
    }
    const bool identity = report.consents.shareWithAgency;
    const QString duty = agencyDuty(*step);
    const QString sms = u"IOC: %1 \"%2\" (%4) sắp hết hạn %3 lúc %5."_s.arg(
        report.code, shownTitle(report, identity, 40), duty, agency->code.isEmpty() ? agency->name : agency->code,
        core::vntime::formatLocal(*due, u"HH:mm dd/MM"));
    const QString subject = u"[IOC] Phản ánh %1 sắp hết hạn %2"_s.arg(report.code, duty);
    const QString mail =
        u"Kính gửi %1,\n\nThời hạn %2 phản ánh %3: \"%4\" kết thúc lúc %5. Đề nghị Quý cơ quan "
        u"hoàn thành đúng thời hạn theo Quy chế ban hành kèm theo Quyết định số 2573/QĐ-UBND; "
        u"theo khoản 5 Điều 21 của Quy chế, cơ quan xử lý chịu trách nhiệm về hậu quả của việc chậm xử lý."
        u"\n\nTrân trọng."_s.arg(agency->name, duty, report.code, shownTitle(report, identity, 200),
                                 core::vntime::formatLocal(*due, u"HH:mm 'ngày' dd/MM/yyyy"));
    toAgency(drafts, *agency, u"agency_clock_due"_s, sms, subject, mail);
    return drafts;
}

} // namespace

QString shownTitle(const core::Report &report, bool identityAllowed, int maxLength)
{
    QString title = identityAllowed || !report.reporter.hasIdentity()
                        ? report.title
                        : core::verification::maskIdentity(report.title, report.reporter);
    title = title.simplified();
    if (title.size() > maxLength) {
        title = title.left(maxLength - 1).trimmed() + u'…';
    }
    return title;
}

QList<Draft> draftsFor(const core::Report &report, const core::ReportEvent &event, const core::Directory &directory)
{
    QList<Draft> drafts;
    if (event.action == u"clock_due_soon"_s) {
        return dueSoonDrafts(report, event, directory);
    }
    const auto action = core::actionFromName(event.action);
    if (!action) {
        return drafts;
    }
    switch (*action) {
    case core::Action::Distribute:
    case core::Action::Remind: {
        const QString agencyId = *action == core::Action::Remind && !payloadText(event, "agency_id").isEmpty()
                                     ? payloadText(event, "agency_id")
                                     : report.leadAgencyId;
        const core::Agency *agency = directory.agency(agencyId);
        if (agency == nullptr) {
            return drafts;
        }
        const bool identity = report.consents.shareWithAgency;
        const QString area = areaName(directory, report.position.areaId);
        const QString where = area.isEmpty() ? QString() : u" tại "_s + area;
        if (*action == core::Action::Distribute) {
            // Short enough for two UCS-2 parts with a title of 40 characters (docs/channels.md).
            const QString sms = u"IOC: %1 \"%2\" chuyển %3. Tiếp nhận trong 30 phút."_s.arg(
                report.code, shownTitle(report, identity, 40), agency->code.isEmpty() ? agency->name : agency->code);
            const QString subject = u"[IOC] Phản ánh %1 chuyển đến %2"_s.arg(report.code, agency->name);
            const QString mail =
                u"Kính gửi %1,\n\nTrung tâm Giám sát, điều hành đô thị thông minh chuyển đến Quý cơ quan phản ánh "
                u"%2: \"%3\"%4.\n\nTheo điểm a khoản 1 Điều 11 Quy chế ban hành kèm theo Quyết định số "
                u"2573/QĐ-UBND, đề nghị Quý cơ quan tiếp nhận phản ánh trong vòng 30 phút kể từ khi nhận được "
                u"thông báo này và xử lý theo quy định.\n\nTrân trọng."_s.arg(agency->name, report.code,
                                                                              shownTitle(report, identity, 200), where);
            toAgency(drafts, *agency, u"agency_distributed"_s, sms, subject, mail);
        } else {
            const QString text = payloadText(event, "text");
            const QString sms = u"IOC nhắc: %1 \"%2\" (%3) đang chờ xử lý."_s.arg(
                report.code, shownTitle(report, identity, 40), agency->code.isEmpty() ? agency->name : agency->code);
            const QString subject = u"[IOC] Nhắc xử lý phản ánh %1"_s.arg(report.code);
            const QString mail = u"Kính gửi %1,\n\nTrung tâm nhắc Quý cơ quan về phản ánh %2: \"%3\"%4.\n\n%5%6"
                                 u"Trân trọng."_s.arg(agency->name, report.code, shownTitle(report, identity, 200),
                                                      where, text, text.isEmpty() ? QString() : u"\n\n"_s);
            toAgency(drafts, *agency, u"agency_reminder"_s, sms, subject, mail);
        }
        return drafts;
    }
    case core::Action::Reject: {
        const QString reply = payloadText(event, "reply");
        toReporter(drafts, report, u"citizen_rejected"_s, u"Phản ánh %1 không được tiếp nhận xử lý"_s.arg(report.code),
                   reply.isEmpty() ? u"Phản ánh %1 không đủ điều kiện tiếp nhận xử lý."_s.arg(report.code) : reply);
        return drafts;
    }
    case core::Action::RequestSupplement:
        toReporter(drafts, report, u"citizen_supplement"_s, u"Đề nghị bổ sung thông tin phản ánh %1"_s.arg(report.code),
                   u"%1\n\nÔng/Bà vui lòng bổ sung trong vòng 48 giờ."_s.arg(payloadText(event, "message")));
        return drafts;
    case core::Action::Publish: {
        const bool confidential = event.payload.value(u"confidential"_s).toBool() || report.consents.confidentialResult;
        // The reply as published: the officer's, or the agency's approved result when the officer
        // gave none (the workflow keeps it on the report).
        const QString reply =
            !report.replyText.trimmed().isEmpty() ? report.replyText.trimmed() : payloadText(event, "reply");
        toReporter(drafts, report, confidential ? u"citizen_result_confidential"_s : u"citizen_result"_s,
                   u"Kết quả xử lý phản ánh %1"_s.arg(report.code),
                   reply.isEmpty() ? u"Phản ánh %1 đã có kết quả xử lý."_s.arg(report.code) : reply);
        return drafts;
    }
    case core::Action::NotifyStatus:
        toReporter(drafts, report, u"citizen_status"_s, u"Tình hình xử lý phản ánh %1"_s.arg(report.code),
                   payloadText(event, "text"));
        return drafts;
    default:
        return drafts;
    }
}

} // namespace ioc::server::notices

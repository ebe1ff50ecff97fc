#include "demoseed.h"

#include "core/calendarfile.h"
#include "core/publication.h"
#include "core/reportjson.h"
#include "core/vntime.h"
#include "core/workflow.h"
#include "demodata.h"
#include "demophotos.h"
#include "media/examine.h"
#include "passwords.h"
#include "serverdatabase.h"
#include "services.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace ioc::server::demoseed {

namespace {

using A = core::Action;

bool storeReference(Services &s, QString *error)
{
    const auto put = [&s, error](const QString &kind, const QString &id, const QJsonObject &data) {
        if (!s.reference.store(kind, id, data, error)) {
            return false;
        }
        s.feed.record(kind, id);
        return true;
    };
    for (const core::Area &area : demo::areas()) {
        if (!put(QStringLiteral("area"), area.id, core::json::fromArea(area))) {
            return false;
        }
    }
    for (const core::Agency &agency : demo::agencies()) {
        if (!put(QStringLiteral("agency"), agency.id, core::json::fromAgency(agency))) {
            return false;
        }
    }
    for (const core::Category &category : demo::categories()) {
        if (!put(QStringLiteral("category"), category.id, core::json::fromCategory(category))) {
            return false;
        }
    }
    // Office hours and the Labour Code holidays as the product computes them; no official
    // schedule is invented (docs/calendar.md).
    QJsonObject calendar = core::calendarfile::toJson(core::WorkingCalendar());
    calendar.insert(QStringLiteral("description"),
                    QStringLiteral("Lịch làm việc mẫu của tỉnh: giờ hành chính mặc định, ngày nghỉ lễ theo Bộ luật "
                                   "Lao động 2019 (tính tự động)"));
    if (!s.reference.storeDocument(QStringLiteral("calendar"), calendar, error)) {
        return false;
    }
    s.feed.record(QStringLiteral("calendar"), QStringLiteral("calendar"));
    return true;
}

// The states of the demo reports and how many of each in every hundred: the queue is busy
// where real queues are (processing, published), and every state appears.
struct StateShare
{
    core::ReportState state;
    int share;
};
const StateShare stateShares[] = {
    {core::ReportState::Received, 10},          {core::ReportState::IdentityCheck, 3},
    {core::ReportState::AwaitingSupplement, 4}, {core::ReportState::Verified, 5},
    {core::ReportState::Coordinating, 2},       {core::ReportState::Distributed, 10},
    {core::ReportState::Returned, 3},           {core::ReportState::InProgress, 18},
    {core::ReportState::AwaitingApproval, 5},   {core::ReportState::Approved, 3},
    {core::ReportState::TemplateFix, 1},        {core::ReportState::ResultFix, 1},
    {core::ReportState::Published, 22},         {core::ReportState::Rejected, 8},
    {core::ReportState::Cancelled, 3},          {core::ReportState::Declined, 2},
};

core::ReportState stateFor(int n)
{
    // Spread the states evenly over the sequence (a deterministic shuffle).
    int total = 0;
    for (const StateShare &s : stateShares) {
        total += s.share;
    }
    int slot = int((quint64(n) * 37) % quint64(total));
    for (const StateShare &s : stateShares) {
        if (slot < s.share) {
            return s.state;
        }
        slot -= s.share;
    }
    return core::ReportState::Received;
}

// How long ago a report in this state typically came in, in minutes.
qint64 ageMinutes(core::ReportState state, QRandomGenerator &r)
{
    using S = core::ReportState;
    switch (state) {
    case S::Received:
    case S::IdentityCheck:
        return 5 + r.bounded(8 * 60); // some well past their hour
    case S::AwaitingSupplement:
        return 60 + r.bounded(60 * 60); // some past the 48 h
    case S::Verified:
    case S::Coordinating:
        return 30 + r.bounded(6 * 60);
    case S::Distributed:
    case S::Returned:
        return 60 + r.bounded(30 * 60);
    case S::InProgress:
        return 6 * 60 + r.bounded(14 * 24 * 60); // some overdue
    case S::AwaitingApproval:
    case S::Approved:
    case S::TemplateFix:
    case S::ResultFix:
        return 2 * 24 * 60 + r.bounded(8 * 24 * 60);
    case S::Published:
        return 4 * 24 * 60 + r.bounded(60 * 24 * 60);
    case S::Rejected:
    case S::Cancelled:
    case S::Declined:
        return 60 + r.bounded(30 * 24 * 60);
    }
    return 60;
}

const core::Channel channels[] = {core::Channel::MobileApp, core::Channel::MobileApp, core::Channel::WebPortal,
                                  core::Channel::Zalo,      core::Channel::Facebook,  core::Channel::Email,
                                  core::Channel::Hotline,   core::Channel::Hotline,   core::Channel::ConnectedSystem};

struct Plan
{
    int n = 0;
    core::ReportState state = core::ReportState::Received;
    QString categoryId;
    demo::Place place;
    core::Channel channel = core::Channel::MobileApp;
    QDateTime receivedAt;
    double latitude = 0;
    double longitude = 0;
    QString creatorId;
    core::Role creatorRole = core::Role::Citizen;
    demo::Text text;
    bool validReporter = true;
    int duplicateOf = -1;     // same photo as that report (another sender)
    int nearDuplicateOf = -1; // its photo resent through a messaging app
    QList<demo::PhotoSpec> photos;
    QList<QString> photoHashes;
    QList<core::MediaFacts> photoFacts;
    QString resultPhoto;
    core::MediaFacts resultFacts;
    QString rejectReason; // for rejected reports
};

struct File
{
    QByteArray data;
    QString uploaderId;
};

// Plans the reports: what, where, when, by whom, with which photos.
QList<Plan> planReports(int count, const QDateTime &now)
{
    QList<Plan> plans;
    const QList<core::Category> categories = demo::categories();
    const QList<demo::Person> citizens = demo::citizens();
    QRandomGenerator r(2573);
    for (int n = 0; n < count; ++n) {
        Plan plan;
        plan.n = n + 1;
        plan.state = stateFor(n);
        const int categoryIndex = r.bounded(100) < 12 ? 9 + r.bounded(4) // urgent kinds, now and then
                                                      : r.bounded(9);
        plan.categoryId = categories.at(categoryIndex).id;
        // Đông Hà is the biggest town: more reports.
        const int placeIndex = r.bounded(100) < 35 ? 0 : r.bounded(int(demo::places().size()));
        plan.place = demo::places().at(placeIndex);
        plan.channel = channels[r.bounded(int(std::size(channels)))];
        if (plan.state == core::ReportState::Cancelled) {
            plan.channel = core::Channel::MobileApp; // only the sender cancels
        }
        plan.receivedAt = now.addSecs(-60 * ageMinutes(plan.state, r));
        const double spread = plan.place.areaId == QStringLiteral("con-co") ? 0.004 : 0.02;
        plan.latitude = plan.place.latitude + (r.generateDouble() - 0.5) * spread;
        plan.longitude = plan.place.longitude + (r.generateDouble() - 0.5) * spread;
        if (plan.channel == core::Channel::MobileApp || plan.channel == core::Channel::WebPortal) {
            const demo::Person &citizen = citizens.at(r.bounded(int(citizens.size())));
            plan.creatorId = citizen.id;
            plan.creatorRole = core::Role::Citizen;
        } else if (plan.channel == core::Channel::ConnectedSystem) {
            plan.creatorId = QStringLiteral("u-ketnoi1022");
            plan.creatorRole = core::Role::System;
        } else {
            plan.creatorId = r.bounded(2) == 0 ? QStringLiteral("u-truc1") : QStringLiteral("u-truc2");
            plan.creatorRole = core::Role::DutyOfficer;
        }
        plan.text = demo::reportText(plan.categoryId, plan.place, quint32(n * 7 + 3));
        plan.validReporter = r.bounded(100) >= 8 || plan.state != core::ReportState::IdentityCheck;
        if (plan.state == core::ReportState::IdentityCheck) {
            plan.validReporter = false;
        }

        // What will make a check fail, for reports still to be verified or rejected for it.
        demo::PhotoIssue issue = demo::PhotoIssue::None;
        const int dice = r.bounded(100);
        bool noPhoto = false;
        if (plan.state == core::ReportState::Rejected) {
            static const char *reasons[] = {"no_media",     "edited_media", "duplicate",           "unclear_or_test",
                                            "out_of_scope", "violation",    "identity_unverified", "no_media"};
            plan.rejectReason = QString::fromLatin1(reasons[n % int(std::size(reasons))]);
            noPhoto = plan.rejectReason == QStringLiteral("no_media");
            if (plan.rejectReason == QStringLiteral("edited_media")) {
                issue = demo::PhotoIssue::Edited;
            }
        } else if (plan.state == core::ReportState::Received || plan.state == core::ReportState::AwaitingSupplement ||
                   plan.state == core::ReportState::IdentityCheck) {
            noPhoto = dice < 15;
            issue = dice < 25   ? demo::PhotoIssue::Old
                    : dice < 35 ? demo::PhotoIssue::OutsideProvince
                    : dice < 45 ? demo::PhotoIssue::Edited
                    : dice < 55 ? demo::PhotoIssue::NoExif
                                : demo::PhotoIssue::None;
            if (dice >= 55 && dice < 62) {
                plan.text.content = demo::abbreviated(plan.text.content);
            }
        } else if (dice < 6) {
            issue = demo::PhotoIssue::NoExif;
        }
        if (!noPhoto) {
            // One draw per statement: the order of the operands of + is the compiler's choice, and
            // the demo province must be the same whichever compiler built the server.
            const int second = r.bounded(100) < 30 ? 1 : 0;
            const int third = r.bounded(100) < 10 ? 1 : 0;
            const int photos = 1 + second + third;
            for (int i = 0; i < photos; ++i) {
                demo::PhotoSpec spec;
                spec.categoryId = plan.categoryId;
                spec.seed = quint32(n * 101 + i * 13 + 7);
                spec.latitude = plan.latitude;
                spec.longitude = plan.longitude;
                spec.takenAt = plan.receivedAt.addSecs(-60 * (2 + r.bounded(50)));
                spec.issue = i == 0 ? issue : demo::PhotoIssue::None;
                plan.photos.append(spec);
            }
        }
        plans.append(plan);
    }
    // A call to the hotline often comes without a photo (Art. 7.6.2.a): the queue always shows one,
    // whatever the draws above gave. The first new hotline report with a sound photo gives it up.
    const auto isNewWithoutPhoto = [](const Plan &p) {
        return p.state == core::ReportState::Received && p.photos.isEmpty();
    };
    if (std::none_of(plans.cbegin(), plans.cend(), isNewWithoutPhoto)) {
        for (Plan &plan : plans) {
            if (plan.state == core::ReportState::Received && plan.channel == core::Channel::Hotline &&
                !plan.photos.isEmpty() && plan.photos.first().issue == demo::PhotoIssue::None) {
                plan.photos.clear();
                break;
            }
        }
    }
    // Duplicates: some new reports repeat an earlier one at the same place — the same photo from
    // another sender, or that photo resent through a messaging app.
    int received = 0;
    for (Plan &copy : plans) {
        if (copy.state != core::ReportState::Received || copy.photos.isEmpty() || received++ % 5 != 2) {
            continue;
        }
        for (int k = 0; k < plans.size(); ++k) {
            const Plan &original = plans.at((k + copy.n * 17) % plans.size());
            if (original.n != copy.n && !original.photos.isEmpty() && original.duplicateOf < 0 &&
                original.nearDuplicateOf < 0 && original.creatorId != copy.creatorId &&
                original.receivedAt < copy.receivedAt.addSecs(-3600)) {
                const int index = original.n - 1;
                (received / 5) % 2 == 0 ? copy.duplicateOf = index : copy.nearDuplicateOf = index;
                copy.categoryId = original.categoryId;
                copy.place = original.place;
                copy.latitude = original.latitude + 0.0003;
                copy.longitude = original.longitude - 0.0002;
                copy.text = demo::reportText(copy.categoryId, copy.place, quint32(original.n * 7 - 4));
                break;
            }
        }
    }
    // A test message and an offensive one among the new reports.
    for (Plan &plan : plans) {
        if (plan.state == core::ReportState::Rejected && plan.rejectReason == QStringLiteral("unclear_or_test")) {
            plan.text = {QStringLiteral("thử"), QStringLiteral("test thử ứng dụng")};
        }
        if (plan.state == core::ReportState::Rejected && plan.rejectReason == QStringLiteral("violation")) {
            plan.text.content += QStringLiteral(" Cán bộ ở đây toàn đồ ăn hại, vô dụng!");
        }
    }
    return plans;
}

struct Step
{
    A action;
    QString actorId;
    QJsonObject payload;
    qint64 minutes; // after the previous step
};

// The actions that bring a report from `received` to its planned state.
QList<Step> stepsFor(const Plan &plan, const QString &lead, const QString &leadName, QRandomGenerator &r)
{
    using S = core::ReportState;
    const QString officer = plan.n % 3 == 0 ? QStringLiteral("u-truc2") : QStringLiteral("u-truc1");
    const QString staff = demo::staffOf(lead);
    const QString leader = demo::leaderOf(lead);
    QList<Step> steps;
    const auto add = [&](A action, const QString &actor, QJsonObject payload, qint64 minutes) {
        steps.append({action, actor, std::move(payload), minutes});
    };
    const S target = plan.state;
    switch (target) {
    case S::Received:
        return steps;
    case S::IdentityCheck:
        add(A::RequestIdentityCheck, officer,
            {{QStringLiteral("note"), QStringLiteral("Số CCCD không hợp lệ, cần gọi lại xác minh")}},
            5 + r.bounded(20));
        return steps;
    case S::AwaitingSupplement:
        add(A::RequestSupplement, officer,
            {{QStringLiteral("message"),
              QStringLiteral("Đề nghị bổ sung ảnh chụp rõ hiện trường và vị trí cụ thể (số nhà, tên đường).")}},
            10 + r.bounded(30));
        return steps;
    case S::Rejected: {
        if (plan.rejectReason == QStringLiteral("identity_unverified")) {
            add(A::RequestIdentityCheck, officer, {}, 10);
        }
        const QHash<QString, QString> replies{
            {QStringLiteral("no_media"),
             QStringLiteral("Phản ánh chưa có hình ảnh hiện trường. Đề nghị chụp ảnh tại chỗ "
                            "(bật định vị) và gửi lại phản ánh.")},
            {QStringLiteral("edited_media"),
             QStringLiteral("Hình ảnh có dấu hiệu đã qua chỉnh sửa. Đề nghị gửi lại ảnh chụp "
                            "gốc tại hiện trường.")},
            {QStringLiteral("duplicate"),
             QStringLiteral("Nội dung trùng với phản ánh đã được tiếp nhận trước đó và đang "
                            "được xử lý.")},
            {QStringLiteral("unclear_or_test"),
             QStringLiteral("Nội dung không rõ ràng hoặc là tin nhắn thử. Đề nghị mô tả "
                            "cụ thể sự việc, địa điểm và gửi kèm hình ảnh.")},
            {QStringLiteral("out_of_scope"),
             QStringLiteral("Nội dung thuộc loại khiếu nại, tố cáo, không thuộc phạm vi "
                            "phản ánh hiện trường. Đề nghị gửi theo quy định về khiếu "
                            "nại, tố cáo.")},
            {QStringLiteral("violation"), QStringLiteral("Phản ánh có ngôn từ xúc phạm, không đủ điều kiện tiếp nhận "
                                                         "(Điều 5.5).")},
            {QStringLiteral("identity_unverified"),
             QStringLiteral("Không xác minh được thông tin người phản ánh trong 4 "
                            "giờ làm việc. Đề nghị cung cấp số điện thoại và số "
                            "CCCD chính xác.")},
        };
        QJsonObject payload{{QStringLiteral("reasons"), QJsonArray{plan.rejectReason}},
                            {QStringLiteral("reply"), replies.value(plan.rejectReason)}};
        add(A::Reject, officer, payload, 15 + r.bounded(40));
        return steps;
    }
    case S::Cancelled:
        add(A::Cancel, plan.creatorId,
            {{QStringLiteral("reason"), QStringLiteral("Sự việc đã được giải quyết, tôi xin rút phản ánh.")}},
            30 + r.bounded(120));
        return steps;
    default:
        break;
    }
    // Everything else went through verification.
    add(A::Accept, officer, {}, 10 + r.bounded(45));
    if (target == S::Verified) {
        return steps;
    }
    if (target == S::Coordinating) {
        add(A::StartCoordination, officer,
            {{QStringLiteral("coordinator_agency_id"), QStringLiteral("so-gtvt")},
             {QStringLiteral("note"), QStringLiteral("Chưa xác định được cơ quan có thẩm quyền")}},
            10 + r.bounded(30));
        return steps;
    }
    add(A::Distribute, officer, {{QStringLiteral("lead_agency_id"), lead}}, 5 + r.bounded(40));
    if (target == S::Distributed) {
        return steps;
    }
    if (target == S::Returned) {
        add(A::ReturnNotCompetent, staff,
            {{QStringLiteral("reason"), QStringLiteral("Nội dung không thuộc lĩnh vực, địa bàn quản lý của đơn vị")},
             {QStringLiteral("suggested_agency_id"), QStringLiteral("ubnd-tinh")}},
            20 + r.bounded(50));
        return steps;
    }
    add(A::AgencyAccept, staff, {}, 10 + r.bounded(r.bounded(4) == 0 ? 180 : 30));
    if (target == S::Declined) {
        add(A::DeclineInsufficient, staff,
            {{QStringLiteral("reply"), QStringLiteral("Thông tin chưa đủ để xác định vị trí sự việc.")},
             {QStringLiteral("guidance"),
              QStringLiteral("Đề nghị người phản ánh gửi lại kèm địa chỉ cụ thể và hình ảnh.")}},
            60 + r.bounded(300));
        return steps;
    }
    if (plan.categoryId == QStringLiteral("fire") || plan.categoryId == QStringLiteral("accident") ||
        plan.categoryId == QStringLiteral("security") || plan.categoryId == QStringLiteral("flood")) {
        add(A::Dispatch, staff, {{QStringLiteral("note"), QStringLiteral("Đã điều lực lượng đến hiện trường")}},
            5 + r.bounded(20));
    }
    if (target == S::InProgress) {
        if (r.bounded(5) == 0) {
            add(A::ProposeExtension, staff,
                {{QStringLiteral("ground"), QStringLiteral("complex")},
                 {QStringLiteral("reason"), QStringLiteral("Cần khảo sát, lập dự toán sửa chữa")},
                 {QStringLiteral("new_due"), core::vntime::toIso8601(plan.receivedAt.addDays(20))},
                 {QStringLiteral("commitment"), QStringLiteral("Hoàn thành trong 20 ngày")}},
                24 * 60);
            add(A::Extend, leader, {{QStringLiteral("approve"), true}}, 60);
        }
        return steps;
    }
    // On the Phụ lục 1 template, as the agency's result editor writes it; the reports sent back
    // for a template fix show why they were.
    const QString done = QStringLiteral("%1 đã kiểm tra hiện trường và khắc phục xong.").arg(leadName);
    const QJsonObject result{
        {QStringLiteral("result"), target == S::TemplateFix
                                       ? done + QStringLiteral(" Cảm ơn người dân đã phản ánh.")
                                       : core::publication::composeResult(core::Report(), leadName, done)},
        {QStringLiteral("attachments"), plan.resultPhoto.isEmpty() ? QJsonArray() : QJsonArray{plan.resultPhoto}}};
    add(A::SubmitResult, staff, result, 24 * 60 + r.bounded(4 * 24 * 60));
    if (target == S::AwaitingApproval) {
        return steps;
    }
    add(A::LeaderApprove, leader, {}, 60 + r.bounded(20 * 60));
    if (target == S::Approved) {
        return steps;
    }
    if (target == S::TemplateFix) {
        add(A::RequestTemplateFix, officer,
            {{QStringLiteral("note"), QStringLiteral("Kết quả chưa đúng mẫu Phụ lục 1")}}, 30);
        return steps;
    }
    if (target == S::ResultFix) {
        add(A::RequestResultFix, officer, {{QStringLiteral("note"), QStringLiteral("Thiếu hình ảnh kết quả xử lý")}},
            30);
        return steps;
    }
    add(A::Publish, officer, {}, 20 + r.bounded(60));
    if (plan.creatorRole == core::Role::Citizen && r.bounded(3) != 0) {
        static const char *levels[] = {"satisfied", "satisfied", "acceptable", "not_satisfied"};
        const QString level = QString::fromLatin1(levels[r.bounded(4)]);
        add(A::Rate, plan.creatorId, {{QStringLiteral("level"), level}}, 6 * 60 + r.bounded(48 * 60));
        if (level == QStringLiteral("not_satisfied")) {
            // The rating itself starts no clock (13.3); the citizen's question does (13.2).
            add(A::Interact, plan.creatorId,
                {{QStringLiteral("text"), QStringLiteral("Sự việc vẫn chưa được khắc phục triệt để.")}}, 30);
            add(A::AnswerInteraction, staff,
                {{QStringLiteral("text"),
                  QStringLiteral("Đơn vị sẽ kiểm tra lại và thông tin đến ông/bà trong tuần.")}},
                3 * 60);
        }
    }
    return steps;
}

core::Actor actorFor(const QString &userId, const QHash<QString, demo::Person> &people)
{
    const demo::Person person = people.value(userId);
    return core::workflowActor({person.id, person.role, person.agencyId});
}

QJsonObject reporterJson(const Plan &plan, const QHash<QString, demo::Person> &people)
{
    demo::Reporter reporter = demo::reporter(quint32(plan.n * 31 + 5), plan.validReporter);
    if (plan.creatorRole == core::Role::Citizen) {
        reporter.name = people.value(plan.creatorId).name;
    }
    QJsonObject object{{QStringLiteral("kind"), QStringLiteral("person")},
                       {QStringLiteral("full_name"), reporter.name},
                       {QStringLiteral("address"), reporter.address},
                       {QStringLiteral("phone"), reporter.phone},
                       {QStringLiteral("citizen_id"), reporter.citizenId}};
    // Where the replies go (docs/channels.md): the sender's address of an e-mail (a reserved
    // domain, RFC 2606), the user of the province's Zalo OA (a number, as Zalo's ids are).
    if (plan.channel == core::Channel::Email) {
        object.insert(QStringLiteral("email"), QStringLiteral("nguoiphananh%1@example.com").arg(plan.n));
    } else if (plan.channel == core::Channel::Zalo) {
        object.insert(QStringLiteral("zalo_user_id"), QString::number(7'200'000'000'000'000'000ULL + plan.n));
    }
    return object;
}

// Draws, examines and stores the photos of every plan (pictures in parallel, storage in order).
bool storePhotos(Services &s, QList<Plan> &plans, QString *error)
{
    struct Job
    {
        int plan;
        int photo; // -1: the result photo
        demo::PhotoSpec spec;
    };
    QList<Job> jobs;
    for (int i = 0; i < plans.size(); ++i) {
        const Plan &plan = plans.at(i);
        if (plan.duplicateOf < 0 && plan.nearDuplicateOf < 0) {
            for (int k = 0; k < plan.photos.size(); ++k) {
                jobs.append({i, k, plan.photos.at(k)});
            }
        }
        using S = core::ReportState;
        if (plan.state == S::AwaitingApproval || plan.state == S::Approved || plan.state == S::TemplateFix ||
            plan.state == S::Published) {
            demo::PhotoSpec after = plan.photos.value(0);
            after.categoryId = plan.categoryId;
            after.seed = quint32(plan.n * 101 + 99);
            after.latitude = plan.latitude;
            after.longitude = plan.longitude;
            after.takenAt = plan.receivedAt.addDays(1);
            after.issue = demo::PhotoIssue::None;
            after.repaired = true;
            jobs.append({i, -1, after});
        }
    }
    struct Made
    {
        QByteArray data;
        media::Examination examination;
    };
    const QList<Made> made = QtConcurrent::blockingMapped(jobs, [](const Job &job) {
        Made m;
        m.data = demo::makePhoto(job.spec);
        m.examination = media::examine(m.data, media::MediaClass::Image);
        return m;
    });
    const QDateTime now = s.clock.now();
    for (int j = 0; j < jobs.size(); ++j) {
        Plan &plan = plans[jobs.at(j).plan];
        const QString uploader = jobs.at(j).photo < 0
                                     ? demo::staffOf(demo::leadAgencyFor(plan.categoryId, plan.place.areaId))
                                     : plan.creatorId;
        const QString sha = s.media.storeWhole(made.at(j).data, QStringLiteral("image/jpeg"),
                                               made.at(j).examination.facts, uploader, now, error);
        if (sha.isEmpty()) {
            return false;
        }
        if (jobs.at(j).photo < 0) {
            plan.resultPhoto = sha;
            plan.resultFacts = made.at(j).examination.facts;
        } else {
            plan.photoHashes.append(sha);
            plan.photoFacts.append(made.at(j).examination.facts);
        }
    }
    // Duplicates reuse (or resend) the original's first photo, sent by another person.
    for (Plan &plan : plans) {
        const int original = plan.duplicateOf >= 0 ? plan.duplicateOf : plan.nearDuplicateOf;
        if (original < 0 || plans.at(original).photoHashes.isEmpty()) {
            continue;
        }
        const auto stored = s.media.find(plans.at(original).photoHashes.first());
        QByteArray data = s.media.read(stored->blobId, 0, stored->size);
        if (plan.nearDuplicateOf >= 0) {
            data = demo::resent(data);
        }
        const media::Examination examination = media::examine(data, media::MediaClass::Image);
        const QString sha =
            s.media.storeWhole(data, QStringLiteral("image/jpeg"), examination.facts, plan.creatorId, now, error);
        if (sha.isEmpty()) {
            return false;
        }
        plan.photoHashes = {sha};
        plan.photoFacts = {examination.facts};
    }
    return true;
}

bool storeReports(Services &s, int count, QString *error)
{
    const QDateTime now = s.clock.now();
    QList<Plan> plans = planReports(count, now);
    if (!storePhotos(s, plans, error)) {
        return false;
    }
    QHash<QString, demo::Person> people;
    for (const demo::Person &p : demo::people() + demo::citizens()) {
        people.insert(p.id, p);
    }
    QHash<QString, QString> agencyNames;
    for (const core::Agency &a : demo::agencies()) {
        agencyNames.insert(a.id, a.name);
    }
    QList<ReportService::Imported> reports;
    QHash<int, QString> idOf;
    QHash<int, qint64> lastNumber;
    QRandomGenerator r(1024);
    for (const Plan &plan : std::as_const(plans)) {
        core::WorkflowContext context{&s.reference.policy(),
                                      &s.reference.calendar(),
                                      &s.reference.directory(),
                                      plan.receivedAt,
                                      15 * 60,
                                      false,
                                      false};
        QJsonArray media;
        for (int k = 0; k < plan.photoHashes.size(); ++k) {
            media.append(QJsonObject{
                {QStringLiteral("sha256"), plan.photoHashes.at(k)},
                {QStringLiteral("file_name"), QStringLiteral("IMG_%1.jpg").arg(plan.n * 10 + k + 20251000)}});
        }
        QJsonObject payload{
            {QStringLiteral("title"), plan.text.title},
            {QStringLiteral("content"), plan.text.content},
            {QStringLiteral("category_id"), plan.categoryId},
            {QStringLiteral("channel"), core::channelName(plan.channel)},
            {QStringLiteral("position"),
             QJsonObject{{QStringLiteral("latitude"), plan.latitude},
                         {QStringLiteral("longitude"), plan.longitude},
                         {QStringLiteral("address"),
                          QString(plan.place.streets.value(0) + QStringLiteral(", ") + plan.place.name)},
                         {QStringLiteral("area_id"), plan.place.areaId},
                         {QStringLiteral("source"), plan.photoHashes.isEmpty() && plan.channel == core::Channel::Hotline
                                                        ? QString(QStringLiteral("address"))
                                                        : QString(QStringLiteral("device_gps"))}}},
            {QStringLiteral("reporter"), reporterJson(plan, people)},
            {QStringLiteral("consents"), QJsonObject{{QStringLiteral("share_with_agency"), plan.n % 3 != 0}}},
            {QStringLiteral("media"), media}};
        const int year = core::vntime::localDate(plan.receivedAt).year();
        const qint64 number = ++lastNumber[year];
        const QString code = QStringLiteral("PA-%1-%2").arg(year).arg(number, 6, 10, QLatin1Char('0'));
        const QString id = QStringLiteral("demo-%1").arg(plan.n, 4, 10, QLatin1Char('0'));
        auto created =
            core::createReport(id, code, actorFor(plan.creatorId, people), payload, plan.receivedAt, context);
        if (!created.ok()) {
            *error = QStringLiteral("demo report %1: %2 %3")
                         .arg(plan.n)
                         .arg(created.error().code(), created.error().field());
            return false;
        }
        core::Report report = created.value().report;
        // What the server read from the files (as ReportService::attachMedia does for the API).
        for (int k = 0; k < report.media.size(); ++k) {
            report.media[k].mimeType = QStringLiteral("image/jpeg");
            report.media[k].facts = plan.photoFacts.value(k);
            if (const auto stored = s.media.find(report.media[k].sha256)) {
                report.media[k].size = stored->size;
            }
        }
        QList<core::ReportEvent> events{created.value().event};
        const QString lead = demo::leadAgencyFor(plan.categoryId, plan.place.areaId);
        QList<Step> steps = stepsFor(plan, lead, agencyNames.value(lead), r);
        if (plan.state == core::ReportState::Rejected && plan.rejectReason == QStringLiteral("duplicate") &&
            idOf.contains(plan.n - 2)) {
            steps.last().payload.insert(QStringLiteral("duplicate_of"), idOf.value(plan.n - 2));
        }
        // Fit the steps into the time since receipt (a report cannot be handled in the future).
        qint64 total = 0;
        for (const Step &step : steps) {
            total += step.minutes;
        }
        const qint64 available = std::max<qint64>(1, plan.receivedAt.secsTo(now) / 60 - 1);
        const double squeeze = total > available ? double(available) / double(total) : 1.0;
        QDateTime at = plan.receivedAt;
        for (const Step &step : std::as_const(steps)) {
            at = at.addSecs(std::max<qint64>(30, qint64(double(step.minutes) * squeeze * 60)));
            if (at > now) {
                at = now;
            }
            context.receivedAt = at;
            auto outcome =
                core::applyAction(report, actorFor(step.actorId, people), step.action, step.payload, at, context);
            if (!outcome.ok()) {
                *error = QStringLiteral("demo report %1, %2: %3 %4")
                             .arg(plan.n)
                             .arg(core::actionName(step.action), outcome.error().code(), outcome.error().field());
                return false;
            }
            report = outcome.value().report;
            events.append(outcome.value().event);
        }
        idOf.insert(plan.n, id);
        reports.append({report, events});
    }
    for (auto it = lastNumber.cbegin(); it != lastNumber.cend(); ++it) {
        s.database.setMeta(QStringLiteral("report_code_%1").arg(it.key()), QString::number(it.value()));
    }
    return s.reports.import(reports, error);
}

} // namespace

QString refusal(const Services &services, bool demo)
{
    const auto count = [&services](const QString &query, const QVariantList &values = {}) -> qint64 {
        Sql sql(services.database);
        return sql.exec(query, values) && sql.next() ? sql.value(0).toLongLong() : -1;
    };
    QStringList demoIds;
    QStringList demoNames;
    for (const demo::Person &p : demo::people() + demo::citizens()) {
        demoIds.append(p.id);
        demoNames.append(p.username);
    }
    if (demo) {
        if (!isSeeded(services)) {
            const qint64 users = count(QStringLiteral("SELECT COUNT(*) FROM users"));
            const qint64 reports = count(QStringLiteral("SELECT COUNT(*) FROM reports"));
            // Synthetic reports loaded for a benchmark or a test (tests/support/serverdata.cpp)
            // are the demo's kind of data: the demo may seed beside them.
            const bool synthetic = !services.database.meta(QStringLiteral("synthetic_data")).isEmpty();
            if ((users != 0 || reports != 0) && !(synthetic && users == 0)) {
                return QStringLiteral("--demo seeds demo data (with the password \"demo\") only into an empty "
                                      "database, and this one holds %1 accounts and %2 reports: start without "
                                      "--demo, or give the demo a database of its own (--data DIR)")
                    .arg(users)
                    .arg(reports);
            }
            return {};
        }
        // Seeded: every account is the demo's or came after it. One older than the demo's own
        // was there first: a real database that an earlier version seeded.
        const QString placeholders = QStringList(qsizetype(demoIds.size()), QStringLiteral("?")).join(u',');
        QVariantList ids;
        for (const QString &id : demoIds) {
            ids.append(id);
        }
        const qint64 older = count(QStringLiteral("SELECT COUNT(*) FROM users WHERE created_at < "
                                                  "(SELECT MIN(created_at) FROM users WHERE id IN (%1))")
                                       .arg(placeholders),
                                   ids);
        if (older != 0) {
            return QStringLiteral("this database held %1 accounts before the demo was seeded into it: it is not a "
                                  "demo database, and --demo will not serve it")
                .arg(older);
        }
        return {};
    }
    // Without --demo: the demo's accounts that still sign in with "demo". Seeding hashed the
    // password once, so each distinct hash is checked once (the check is slow on purpose).
    Sql sql(services.database);
    if (!sql.exec(QStringLiteral("SELECT username, password_hash FROM users WHERE active = 1"))) {
        return QStringLiteral("cannot read the accounts: %1").arg(sql.error());
    }
    QHash<QString, QStringList> namesByHash;
    while (sql.next()) {
        if (demoNames.contains(sql.value(0).toString())) {
            namesByHash[sql.value(1).toString()].append(sql.value(0).toString());
        }
    }
    QStringList opening;
    for (auto it = namesByHash.cbegin(); it != namesByHash.cend(); ++it) {
        if (passwords::verify("demo", it.key())) {
            opening += it.value();
        }
    }
    QStringList open; // in the demo's order: staff first
    for (const QString &name : std::as_const(demoNames)) {
        if (opening.contains(name)) {
            open.append(name);
        }
    }
    if (open.isEmpty()) {
        return {};
    }
    const QString shown = open.size() > 5 ? QStringList(open.mid(0, 5)).join(QStringLiteral(", ")) +
                                                QStringLiteral(" and %1 more").arg(open.size() - 5)
                                          : open.join(QStringLiteral(", "));
    return QStringLiteral("this database holds the demo's accounts with the password \"demo\" (%1): start it "
                          "with --demo, or change their passwords or deactivate them first (docs/server.md, "
                          "\"From a demo to a real installation\")")
        .arg(shown);
}

bool isSeeded(const Services &services)
{
    return !services.database.meta(QStringLiteral("demo_seeded")).isEmpty();
}

bool seed(Services &services, int reportCount, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    const QString hash = passwords::hash("demo", services.passwordIterations);
    const bool stored = services.database.transaction(
        [&] {
            for (const demo::Person &p : demo::people() + demo::citizens()) {
                const core::User user{p.id, p.username, p.name, p.role, p.agencyId, true};
                if (!services.users.addUser(user, hash, error)) {
                    return false;
                }
                if (p.role != core::Role::Citizen) {
                    services.feed.record(QStringLiteral("user"), user.id);
                }
            }
            return storeReference(services, error);
        },
        error);
    if (!stored || !services.reference.reload(error)) {
        return false;
    }
    if (!storeReports(services, reportCount, error)) {
        return false;
    }
    qInfo("ioc-server: demo province seeded with %d reports in %lld ms", reportCount, timer.elapsed());
    return services.database.setMeta(QStringLiteral("demo_seeded"), QStringLiteral("1"));
}

} // namespace ioc::server::demoseed

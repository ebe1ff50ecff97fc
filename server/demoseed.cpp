#include "demoseed.h"

#include "core/reportjson.h"
#include "core/workflow.h"
#include "passwords.h"
#include "services.h"

#include <QJsonArray>
#include <QUuid>

namespace ioc::server::demoseed {

namespace {

struct DemoUser
{
    const char *id;
    const char *username;
    const char *name;
    core::Role role;
    const char *agency;
};

const DemoUser staff[] = {
    {"u-truc1", "truc1", "Nguyễn Thị Thu (cán bộ trực)", core::Role::DutyOfficer, ""},
    {"u-giamsat1", "giamsat1", "Lê Văn Hùng (lãnh đạo giám sát)", core::Role::Supervisor, ""},
    {"u-xuly1", "xuly1", "Trần Minh Đức (nhân sự xử lý)", core::Role::AgencyStaff, "ubnd-dong-ha"},
    {"u-lanhdao1", "lanhdao1", "Phạm Quốc Bảo (lãnh đạo phê duyệt)", core::Role::AgencyLeader, "ubnd-dong-ha"},
    {"u-quantri", "quantri", "Hoàng Anh (quản trị)", core::Role::Admin, ""},
    {"u-congdan1", "congdan1", "Võ Thị Mai", core::Role::Citizen, ""},
};

struct Centre
{
    const char *id;
    const char *name;
    double lat;
    double lon;
};

// Approximate centres of the former district-level units (PRODUCT.md §13). The boundaries are
// small squares around them: demo data, not official borders.
const Centre centres[] = {
    {"dong-ha", "Thành phố Đông Hà", 16.816, 107.100}, {"quang-tri", "Thị xã Quảng Trị", 16.750, 107.190},
    {"vinh-linh", "Huyện Vĩnh Linh", 17.062, 107.030}, {"gio-linh", "Huyện Gio Linh", 16.915, 107.070},
    {"cam-lo", "Huyện Cam Lộ", 16.800, 106.985},       {"trieu-phong", "Huyện Triệu Phong", 16.775, 107.165},
    {"hai-lang", "Huyện Hải Lăng", 16.690, 107.250},   {"huong-hoa", "Huyện Hướng Hóa", 16.622, 106.730},
    {"dakrong", "Huyện Đakrông", 16.590, 106.880},     {"con-co", "Huyện đảo Cồn Cỏ", 17.160, 107.340},
};

QJsonObject square(double lat, double lon, double half)
{
    const QJsonArray ring{QJsonArray{lon - half, lat - half}, QJsonArray{lon + half, lat - half},
                          QJsonArray{lon + half, lat + half}, QJsonArray{lon - half, lat + half},
                          QJsonArray{lon - half, lat - half}};
    return {{QStringLiteral("type"), QStringLiteral("Polygon")}, {QStringLiteral("coordinates"), QJsonArray{ring}}};
}

bool storeReference(Services &s, QString *error)
{
    const auto put = [&s, error](const QString &kind, const QString &id, const QJsonObject &data) {
        if (!s.reference.store(kind, id, data, error)) {
            return false;
        }
        s.feed.record(kind, id);
        return true;
    };
    core::Area province;
    province.id = QStringLiteral("quang-tri-province");
    province.code = QStringLiteral("45");
    province.name = QStringLiteral("Tỉnh Quảng Trị (dữ liệu mẫu)");
    province.level = QStringLiteral("province");
    province.boundary = square(16.75, 106.95, 0.45);
    if (!put(QStringLiteral("area"), province.id, core::json::fromArea(province))) {
        return false;
    }
    for (const Centre &c : centres) {
        core::Area area;
        area.id = QString::fromLatin1(c.id);
        area.name = QString::fromUtf8(c.name) + QStringLiteral(" (ranh giới mẫu)");
        area.level = QStringLiteral("district");
        area.parentId = province.id;
        area.validTo = QDate(2025, 6, 30);
        area.boundary = square(c.lat, c.lon, 0.06);
        if (!put(QStringLiteral("area"), area.id, core::json::fromArea(area))) {
            return false;
        }
    }
    const struct
    {
        const char *id;
        const char *name;
        const char *parent;
        QStringList categories;
        const char *leader;
        const char *contact;
    } agencies[] = {
        {"so-gtvt", "Sở Giao thông vận tải", "", {QStringLiteral("road")}, "Lê Minh Tuấn", "Nguyễn Văn Lợi"},
        {"ubnd-dong-ha",
         "UBND thành phố Đông Hà",
         "",
         {QStringLiteral("road"), QStringLiteral("garbage"), QStringLiteral("lighting")},
         "Trần Văn Nam",
         "Phan Thị Hoa"},
        {"pccc",
         "Phòng Cảnh sát PCCC và CNCH",
         "",
         {QStringLiteral("fire")},
         "Đại tá Hồ Văn Sơn",
         "Thiếu tá Lê Văn An"},
        {"cong-an",
         "Công an tỉnh",
         "",
         {QStringLiteral("accident"), QStringLiteral("security")},
         "Đại tá Nguyễn Đức Thắng",
         "Trung tá Trần Quang Huy"},
        {"dien-luc", "Công ty Điện lực Quảng Trị", "", {QStringLiteral("lighting")}, "Hoàng Văn Dũng", "Lê Thị Hằng"},
    };
    for (const auto &a : agencies) {
        core::Agency agency;
        agency.id = QString::fromLatin1(a.id);
        agency.name = QString::fromUtf8(a.name);
        agency.parentId = QString::fromLatin1(a.parent);
        agency.categoryIds = a.categories;
        agency.areaIds = {QStringLiteral("quang-tri-province")};
        agency.leader = {QString::fromUtf8(a.leader), QStringLiteral("0233 385 0001"), {}};
        agency.contact = {QString::fromUtf8(a.contact), QStringLiteral("0912 000 001"), {}};
        agency.coordinator = agency.id == QStringLiteral("so-gtvt");
        if (!put(QStringLiteral("agency"), agency.id, core::json::fromAgency(agency))) {
            return false;
        }
    }
    const struct
    {
        const char *id;
        const char *name;
        bool urgent;
    } categories[] = {{"road", "Giao thông, hạ tầng đường bộ", false},
                      {"garbage", "Môi trường, rác thải", false},
                      {"lighting", "Điện, chiếu sáng công cộng", false},
                      {"fire", "Cháy, nổ", true},
                      {"accident", "Tai nạn", true},
                      {"security", "An ninh, trật tự", true}};
    for (const auto &c : categories) {
        const core::Category category{QString::fromLatin1(c.id), QString::fromLatin1(c.id).toUpper(),
                                      QString::fromUtf8(c.name), c.urgent, true};
        if (!put(QStringLiteral("category"), category.id, core::json::fromCategory(category))) {
            return false;
        }
    }
    return true;
}

struct Step
{
    core::Action action;
    const char *actor; // user id
    QJsonObject payload;
    qint64 minutesAfterReceipt;
};

bool storeReport(Services &s, QList<ReportService::Imported> &out, int n, const char *title, const char *content,
                 const char *category, const char *area, double lat, double lon, const char *channel, qint64 hoursAgo,
                 const QList<Step> &steps, QString *error)
{
    const QDateTime received = s.clock.now().addSecs(-hoursAgo * 3600);
    const QHash<QString, core::Actor> actors{
        {QStringLiteral("u-truc1"), {QStringLiteral("u-truc1"), core::Role::DutyOfficer, {}}},
        {QStringLiteral("u-xuly1"),
         {QStringLiteral("u-xuly1"), core::Role::AgencyStaff, QStringLiteral("ubnd-dong-ha")}},
        {QStringLiteral("u-lanhdao1"),
         {QStringLiteral("u-lanhdao1"), core::Role::AgencyLeader, QStringLiteral("ubnd-dong-ha")}},
        {QStringLiteral("u-congdan1"), {QStringLiteral("u-congdan1"), core::Role::Citizen, {}}}};
    core::WorkflowContext context{
        &s.reference.policy(), &s.reference.calendar(), &s.reference.directory(), received, 15 * 60, false, false};
    const QString channelName = QString::fromLatin1(channel);
    const bool citizen = channelName == QStringLiteral("mobile_app") || channelName == QStringLiteral("web_portal");
    const QJsonObject payload{
        {QStringLiteral("title"), QString::fromUtf8(title)},
        {QStringLiteral("content"), QString::fromUtf8(content)},
        {QStringLiteral("category_id"), QString::fromLatin1(category)},
        {QStringLiteral("channel"), channelName},
        {QStringLiteral("position"), QJsonObject{{QStringLiteral("latitude"), lat},
                                                 {QStringLiteral("longitude"), lon},
                                                 {QStringLiteral("address"), QStringLiteral("Quảng Trị")},
                                                 {QStringLiteral("area_id"), QString::fromLatin1(area)},
                                                 {QStringLiteral("source"), QStringLiteral("device_gps")}}},
        {QStringLiteral("reporter"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("person")},
                                                 {QStringLiteral("full_name"), QStringLiteral("Võ Thị Mai")},
                                                 {QStringLiteral("address"), QStringLiteral("Phường 1, Đông Hà")},
                                                 {QStringLiteral("phone"), QStringLiteral("0912345678")},
                                                 {QStringLiteral("citizen_id"), QStringLiteral("045190001234")}}},
        {QStringLiteral("consents"), QJsonObject{{QStringLiteral("share_with_agency"), n % 2 == 0}}}};
    const core::Actor creator =
        citizen ? actors.value(QStringLiteral("u-congdan1")) : actors.value(QStringLiteral("u-truc1"));
    const QString code = QStringLiteral("PA-%1-%2").arg(received.date().year()).arg(n, 6, 10, QLatin1Char('0'));
    auto created = core::createReport(QUuid::createUuid().toString(QUuid::WithoutBraces), code, creator, payload,
                                      received, context);
    if (!created.ok()) {
        *error = QStringLiteral("demo report %1: %2").arg(n).arg(created.error().code());
        return false;
    }
    core::Report report = created.value().report;
    QList<core::ReportEvent> events{created.value().event};
    for (const Step &step : steps) {
        const QDateTime at = received.addSecs(step.minutesAfterReceipt * 60);
        context.receivedAt = at;
        auto outcome = core::applyAction(report, actors.value(QString::fromLatin1(step.actor)), step.action,
                                         step.payload, at, context);
        if (!outcome.ok()) {
            *error = QStringLiteral("demo report %1, %2: %3 %4")
                         .arg(n)
                         .arg(core::actionName(step.action), outcome.error().code(), outcome.error().field());
            return false;
        }
        report = outcome.value().report;
        events.append(outcome.value().event);
    }
    s.database.setMeta(
        QStringLiteral("report_code_%1").arg(received.date().year()),
        QString::number(std::max<qint64>(
            n, s.database.meta(QStringLiteral("report_code_%1").arg(received.date().year())).toLongLong())));
    out.append({report, events});
    return true;
}

bool storeReports(Services &s, QString *error)
{
    const QJsonObject distribute{{QStringLiteral("lead_agency_id"), QStringLiteral("ubnd-dong-ha")}};
    const QJsonObject result{{QStringLiteral("result"),
                              QStringLiteral("UBND thành phố Đông Hà đã chỉ đạo vá ổ gà, hoàn thành ngày hôm qua.")}};
    using A = core::Action;
    const QList<Step> none;
    const QList<Step> accepted{{A::Accept, "u-truc1", {}, 20}};
    const QList<Step> distributed{{A::Accept, "u-truc1", {}, 20}, {A::Distribute, "u-truc1", distribute, 40}};
    const QList<Step> processing{{A::Accept, "u-truc1", {}, 20},
                                 {A::Distribute, "u-truc1", distribute, 40},
                                 {A::AgencyAccept, "u-xuly1", {}, 60}};
    const QList<Step> awaitingApproval = processing + QList<Step>{{A::SubmitResult, "u-xuly1", result, 600}};
    const QList<Step> published =
        awaitingApproval + QList<Step>{{A::LeaderApprove, "u-lanhdao1", {}, 700}, {A::Publish, "u-truc1", {}, 720}};
    const QList<Step> rejected{
        {A::Reject,
         "u-truc1",
         {{QStringLiteral("reasons"), QJsonArray{QStringLiteral("no_media")}},
          {QStringLiteral("reply"), QStringLiteral("Phản ánh chưa có hình ảnh. Vui lòng chụp ảnh "
                                                   "hiện trường và gửi lại.")}},
         30}};
    struct Demo
    {
        const char *title;
        const char *content;
        const char *category;
        const char *area;
        double lat;
        double lon;
        const char *channel;
        qint64 hoursAgo;
        QList<Step> steps;
    };
    const QList<Demo> demos{
        {"Ổ gà lớn trên đường Hùng Vương", "Đoạn trước số nhà 120 đường Hùng Vương có ổ gà sâu khoảng 20 cm.", "road",
         "dong-ha", 16.8165, 107.1002, "mobile_app", 1, none},
        {"Rác thải tồn đọng tại chợ Đông Hà", "Rác tập kết ở cổng sau chợ Đông Hà đã ba ngày chưa được thu gom.",
         "garbage", "dong-ha", 16.8178, 107.0985, "hotline", 2, accepted},
        {"Đèn đường không sáng trên đường Lê Duẩn", "Cả dãy đèn từ ngã tư Lê Duẩn – Trần Hưng Đạo không sáng.",
         "lighting", "dong-ha", 16.8141, 107.1051, "web_portal", 5, distributed},
        {"Cháy cỏ gần khu dân cư", "Cháy cỏ lan rộng phía sau khu dân cư khu phố 3, cần hỗ trợ khẩn.", "fire", "cam-lo",
         16.8012, 106.9861, "hotline", 0, none},
        {"Mặt đường Quốc lộ 9 hư hỏng", "Mặt đường Quốc lộ 9 đoạn qua Cam Lộ bong tróc, nhiều ổ gà.", "road", "cam-lo",
         16.7998, 106.9834, "zalo", 30, processing},
        {"Vỉa hè bị lấn chiếm", "Nhiều quán lấn chiếm vỉa hè đường Nguyễn Huệ, người đi bộ phải xuống lòng đường.",
         "road", "dong-ha", 16.8190, 107.1020, "facebook", 50, awaitingApproval},
        {"Ổ gà trên đường Trần Hưng Đạo", "Ổ gà trước trường tiểu học đã được báo trước đây.", "road", "dong-ha",
         16.8150, 107.1060, "mobile_app", 120, published},
        {"Phản ánh thử", "thử", "road", "dong-ha", 16.8160, 107.1000, "email", 4, rejected},
    };
    int n = 0;
    QList<ReportService::Imported> reports;
    for (const Demo &d : demos) {
        if (!storeReport(s, reports, ++n, d.title, d.content, d.category, d.area, d.lat, d.lon, d.channel, d.hoursAgo,
                         d.steps, error)) {
            return false;
        }
    }
    return s.reports.import(reports, error);
}

} // namespace

bool isSeeded(const Services &services)
{
    return !services.database.meta(QStringLiteral("demo_seeded")).isEmpty();
}

bool seed(Services &services, QString *error)
{
    const QString hash = passwords::hash("demo", services.passwordIterations);
    const bool stored = services.database.transaction(
        [&] {
            for (const DemoUser &u : staff) {
                const core::User user{QString::fromLatin1(u.id),     QString::fromLatin1(u.username),
                                      QString::fromUtf8(u.name),     u.role,
                                      QString::fromLatin1(u.agency), true};
                if (!services.users.addUser(user, hash, error)) {
                    return false;
                }
                if (u.role != core::Role::Citizen) {
                    services.feed.record(QStringLiteral("user"), user.id);
                }
            }
            return storeReference(services, error);
        },
        error);
    if (!stored || !services.reference.reload(error)) {
        return false;
    }
    if (!storeReports(services, error)) {
        return false;
    }
    return services.database.setMeta(QStringLiteral("demo_seeded"), QStringLiteral("1"));
}

} // namespace ioc::server::demoseed

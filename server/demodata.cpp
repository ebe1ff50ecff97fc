#include "demodata.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <cmath>

namespace ioc::server::demo {

namespace {

using Ring = QList<QPointF>; // x = longitude, y = latitude

// The former Quảng Trị province, traced by hand around its coast, the Laos border and its
// neighbours: an approximation for demonstrations, not a boundary.
const Ring &mainland()
{
    static const Ring ring{{106.55, 17.05}, {106.75, 17.10}, {106.95, 17.15}, {107.05, 17.12}, {107.12, 17.03},
                           {107.20, 16.90}, {107.30, 16.78}, {107.40, 16.68}, {107.45, 16.60}, {107.35, 16.52},
                           {107.15, 16.45}, {106.95, 16.35}, {106.80, 16.30}, {106.60, 16.40}, {106.52, 16.55},
                           {106.55, 16.75}, {106.50, 16.90}, {106.55, 17.05}};
    return ring;
}

Ring island(double latitude, double longitude, double radius)
{
    Ring ring;
    for (int i = 0; i <= 12; ++i) {
        const double angle = 2 * M_PI * (i % 12) / 12.0;
        // A little irregular, like a coastline.
        const double r = radius * (1.0 + 0.25 * std::sin(3 * angle));
        ring.append(
            {longitude + r * std::cos(angle) / std::cos(latitude * M_PI / 180), latitude + r * std::sin(angle)});
    }
    return ring;
}

// Keeps the part of `subject` where (p - mid)·(towards - from) <= 0, i.e. nearer to `from` than
// to `towards` (Sutherland–Hodgman against one half-plane; distances scaled for latitude).
Ring clipNearer(const Ring &subject, QPointF from, QPointF towards)
{
    const double scale = std::cos(16.8 * M_PI / 180);
    const auto side = [&](QPointF p) {
        const QPointF mid = (from + towards) / 2;
        return (p.x() - mid.x()) * (towards.x() - from.x()) * scale * scale +
               (p.y() - mid.y()) * (towards.y() - from.y());
    };
    Ring out;
    for (qsizetype i = 0; i < subject.size(); ++i) {
        const QPointF a = subject.at(i);
        const QPointF b = subject.at((i + 1) % subject.size());
        const double sa = side(a);
        const double sb = side(b);
        if (sa <= 0) {
            out.append(a);
        }
        if ((sa < 0 && sb > 0) || (sa > 0 && sb < 0)) {
            out.append(a + (b - a) * (sa / (sa - sb)));
        }
    }
    return out;
}

QJsonArray ringJson(Ring ring)
{
    if (!ring.isEmpty() && ring.first() != ring.last()) {
        ring.append(ring.first());
    }
    QJsonArray json;
    for (const QPointF &p : ring) {
        json.append(QJsonArray{std::round(p.x() * 1e5) / 1e5, std::round(p.y() * 1e5) / 1e5});
    }
    return json;
}

// [array]: not QJsonArray{array}, which copies the array where the compiler applies the C++ rule
// for a braced list of one element of the same type (clang, MSVC).
QJsonArray wrapped(const QJsonArray &array)
{
    QJsonArray outer;
    outer.append(array);
    return outer;
}

QJsonObject polygon(const Ring &ring)
{
    return {{QStringLiteral("type"), QStringLiteral("Polygon")},
            {QStringLiteral("coordinates"), wrapped(ringJson(ring))}};
}

const QString islandId = QStringLiteral("con-co");

} // namespace

const QList<Place> &places()
{
    static const QList<Place> list{
        {QStringLiteral("dong-ha"),
         QStringLiteral("Thành phố Đông Hà"),
         16.816,
         107.100,
         {QStringLiteral("đường Hùng Vương"), QStringLiteral("đường Lê Duẩn"), QStringLiteral("đường Trần Hưng Đạo"),
          QStringLiteral("đường Nguyễn Huệ"), QStringLiteral("đường Lý Thường Kiệt"), QStringLiteral("đường Hàm Nghi"),
          QStringLiteral("Quốc lộ 9")},
         {QStringLiteral("chợ Đông Hà"), QStringLiteral("công viên trung tâm thành phố"),
          QStringLiteral("Trường THPT Đông Hà"), QStringLiteral("khu phố 3, Phường 1"), QStringLiteral("cầu Đông Hà"),
          QStringLiteral("bến xe Đông Hà")}},
        {QStringLiteral("quang-tri"),
         QStringLiteral("Thị xã Quảng Trị"),
         16.750,
         107.190,
         {QStringLiteral("đường Trần Hưng Đạo"), QStringLiteral("đường Quang Trung"),
          QStringLiteral("đường Hai Bà Trưng")},
         {QStringLiteral("Thành cổ Quảng Trị"), QStringLiteral("chợ Quảng Trị"),
          QStringLiteral("bến thuyền Thạch Hãn")}},
        {QStringLiteral("vinh-linh"),
         QStringLiteral("Huyện Vĩnh Linh"),
         17.062,
         107.030,
         {QStringLiteral("Quốc lộ 1 đoạn qua Hồ Xá"), QStringLiteral("đường Hùng Vương, thị trấn Hồ Xá"),
          QStringLiteral("đường ven biển Cửa Tùng")},
         {QStringLiteral("chợ Hồ Xá"), QStringLiteral("địa đạo Vịnh Mốc"), QStringLiteral("bãi tắm Cửa Tùng")}},
        {QStringLiteral("gio-linh"),
         QStringLiteral("Huyện Gio Linh"),
         16.915,
         107.070,
         {QStringLiteral("Quốc lộ 1 đoạn qua Gio Linh"), QStringLiteral("đường 75"),
          QStringLiteral("đường Lê Duẩn, thị trấn Gio Linh")},
         {QStringLiteral("chợ Cầu"), QStringLiteral("cảng Cửa Việt"), QStringLiteral("trạm y tế xã Gio Quang")}},
        {QStringLiteral("cam-lo"),
         QStringLiteral("Huyện Cam Lộ"),
         16.800,
         106.985,
         {QStringLiteral("Quốc lộ 9 đoạn qua Cam Lộ"), QStringLiteral("đường Hùng Vương, thị trấn Cam Lộ")},
         {QStringLiteral("chợ phiên Cam Lộ"), QStringLiteral("khu công nghiệp Nam Đông Hà"),
          QStringLiteral("Trường Tiểu học Cam Thành")}},
        {QStringLiteral("trieu-phong"),
         QStringLiteral("Huyện Triệu Phong"),
         16.775,
         107.165,
         {QStringLiteral("Quốc lộ 1 đoạn qua Ái Tử"), QStringLiteral("tỉnh lộ 64")},
         {QStringLiteral("chợ Ái Tử"), QStringLiteral("trạm y tế xã Triệu Thành"),
          QStringLiteral("trường THCS Ái Tử")}},
        {QStringLiteral("hai-lang"),
         QStringLiteral("Huyện Hải Lăng"),
         16.690,
         107.250,
         {QStringLiteral("Quốc lộ 1 đoạn qua Diên Sanh"), QStringLiteral("tỉnh lộ 582")},
         {QStringLiteral("chợ Diên Sanh"), QStringLiteral("Trung tâm Hành hương Đức Mẹ La Vang"),
          QStringLiteral("bãi biển Mỹ Thủy")}},
        {QStringLiteral("huong-hoa"),
         QStringLiteral("Huyện Hướng Hóa"),
         16.622,
         106.730,
         {QStringLiteral("Quốc lộ 9 đoạn qua Khe Sanh"), QStringLiteral("đường Lê Duẩn, thị trấn Khe Sanh"),
          QStringLiteral("đường Hồ Chí Minh nhánh Tây")},
         {QStringLiteral("cửa khẩu Lao Bảo"), QStringLiteral("chợ Khe Sanh"), QStringLiteral("sân bay Tà Cơn")}},
        {QStringLiteral("dakrong"),
         QStringLiteral("Huyện Đakrông"),
         16.590,
         106.880,
         {QStringLiteral("Quốc lộ 9 đoạn qua Krông Klang"),
          QStringLiteral("đường Hồ Chí Minh nhánh Tây, đoạn Đakrông")},
         {QStringLiteral("cầu treo Đakrông"), QStringLiteral("chợ Krông Klang"), QStringLiteral("suối nước nóng Klu")}},
        {islandId,
         QStringLiteral("Huyện đảo Cồn Cỏ"),
         17.160,
         107.340,
         {QStringLiteral("đường vòng đảo")},
         {QStringLiteral("cầu cảng Cồn Cỏ"), QStringLiteral("trạm y tế quân dân y")}},
    };
    return list;
}

QList<core::Area> areas()
{
    QList<core::Area> list;
    core::Area province;
    province.id = QStringLiteral("quang-tri-province");
    province.code = QStringLiteral("45");
    province.name = QStringLiteral("Tỉnh Quảng Trị (ranh giới mẫu)");
    province.level = QStringLiteral("province");
    province.boundary = {{QStringLiteral("type"), QStringLiteral("MultiPolygon")},
                         {QStringLiteral("coordinates"),
                          QJsonArray{wrapped(ringJson(mainland())), wrapped(ringJson(island(17.16, 107.34, 0.012)))}}};
    list.append(province);
    int code = 461;
    for (const Place &place : places()) {
        core::Area area;
        area.id = place.areaId;
        area.code = QString::number(code++);
        area.name = place.name + QStringLiteral(" (ranh giới mẫu)");
        area.level = QStringLiteral("district");
        area.parentId = province.id;
        if (place.areaId == islandId) {
            area.boundary = polygon(island(place.latitude, place.longitude, 0.012));
        } else {
            Ring cell = mainland();
            for (const Place &other : places()) {
                if (other.areaId != place.areaId && other.areaId != islandId) {
                    cell = clipNearer(cell, {place.longitude, place.latitude}, {other.longitude, other.latitude});
                }
            }
            area.boundary = polygon(cell);
        }
        list.append(area);
    }
    return list;
}

QList<core::Category> categories()
{
    // Urgent kinds follow Điều 15: fire, accidents, disasters, security — handled at once. The
    // group, description and keywords are for clients choosing a category (Open311 services).
    const struct
    {
        const char *id;
        const char *code;
        const char *name;
        bool urgent;
        const char *group;
        const char *description;
        const char *keywords; // comma-separated
    } table[] = {
        {"road", "GT", "Giao thông, hạ tầng đường bộ", false, "Hạ tầng đô thị",
         "Ổ gà, hư hỏng mặt đường, vỉa hè, cầu cống, biển báo và đèn tín hiệu giao thông.",
         "ổ gà,mặt đường,vỉa hè,cầu,cống,biển báo,đèn tín hiệu"},
        {"garbage", "MT-RAC", "Vệ sinh môi trường, rác thải", false, "Môi trường",
         "Rác thải chưa được thu gom, đổ rác sai nơi quy định, điểm tập kết rác gây mất vệ sinh.",
         "rác,thu gom rác,đổ trộm,bãi rác,vệ sinh"},
        {"lighting", "CS", "Chiếu sáng công cộng", false, "Hạ tầng đô thị",
         "Đèn đường hỏng, không sáng hoặc sáng cả ban ngày; cột đèn nghiêng, đổ.",
         "đèn đường,chiếu sáng,cột đèn,bóng đèn"},
        {"power", "DIEN", "Điện sinh hoạt, sự cố lưới điện", false, "Hạ tầng đô thị",
         "Mất điện, dây điện đứt hoặc võng thấp, trạm biến áp có dấu hiệu mất an toàn.",
         "mất điện,dây điện,trạm biến áp,cột điện"},
        {"water", "NUOC", "Cấp nước, thoát nước", false, "Hạ tầng đô thị",
         "Mất nước, vỡ đường ống, nắp cống hỏng, cống tắc gây ngập cục bộ.",
         "nước sạch,vỡ ống,cống,thoát nước,ngập cục bộ"},
        {"urban_order", "TTDT", "Trật tự đô thị, lấn chiếm", false, "Trật tự đô thị",
         "Lấn chiếm lòng đường, vỉa hè; xây dựng trái phép; quảng cáo sai quy định.",
         "lấn chiếm,vỉa hè,xây dựng trái phép,quảng cáo"},
        {"environment", "MT", "Ô nhiễm môi trường", false, "Môi trường",
         "Khói, bụi, tiếng ồn, mùi hôi, nước thải xả ra môi trường.", "ô nhiễm,khói,bụi,tiếng ồn,nước thải,mùi hôi"},
        {"trees", "CX", "Cây xanh", false, "Môi trường",
         "Cây gãy, đổ, có nguy cơ đổ; cành cây che khuất đèn hoặc biển báo.", "cây xanh,cây đổ,cành gãy,tỉa cây"},
        {"food_safety", "ATTP", "An toàn thực phẩm", false, "An toàn, sức khỏe",
         "Cơ sở kinh doanh thực phẩm không bảo đảm vệ sinh, thực phẩm không rõ nguồn gốc.",
         "thực phẩm,ngộ độc,vệ sinh thực phẩm,nguồn gốc"},
        {"fire", "CHAY", "Cháy, nổ", true, "Khẩn cấp",
         "Cháy, nổ hoặc nguy cơ cháy nổ. Trường hợp khẩn cấp xin gọi ngay 114.", "cháy,nổ,khói,114"},
        {"accident", "TNGT", "Tai nạn giao thông", true, "Khẩn cấp",
         "Tai nạn giao thông vừa xảy ra, cần cứu giúp hoặc phân luồng.", "tai nạn,va chạm,cứu thương,115"},
        {"security", "ANTT", "An ninh, trật tự", true, "Khẩn cấp",
         "Gây rối trật tự, đánh nhau, trộm cắp và các vụ việc an ninh khác.", "an ninh,trộm,đánh nhau,gây rối,113"},
        {"flood", "TT", "Thiên tai, ngập lụt, sạt lở", true, "Khẩn cấp",
         "Ngập lụt, sạt lở đất, lũ quét và thiệt hại do thiên tai.", "ngập lụt,sạt lở,lũ,bão,thiên tai"},
    };
    QList<core::Category> list;
    for (const auto &c : table) {
        core::Category category{QString::fromLatin1(c.id),
                                QString::fromLatin1(c.code),
                                QString::fromUtf8(c.name),
                                c.urgent,
                                true,
                                QString::fromUtf8(c.group),
                                QString::fromUtf8(c.description),
                                QString::fromUtf8(c.keywords).split(u',')};
        list.append(category);
    }
    return list;
}

QList<core::Agency> agencies()
{
    QList<core::Agency> list;
    const QStringList province{QStringLiteral("quang-tri-province")};
    const auto add = [&](const char *id, const char *code, const char *name, const char *parent, QStringList cats,
                         QStringList areaIds, const char *leader, const char *contact, const char *phone) {
        core::Agency agency;
        agency.id = QString::fromLatin1(id);
        agency.code = QString::fromLatin1(code);
        agency.name = QString::fromUtf8(name);
        agency.parentId = QString::fromLatin1(parent);
        agency.categoryIds = std::move(cats);
        agency.areaIds = std::move(areaIds);
        agency.leader = {QString::fromUtf8(leader), QString::fromLatin1(phone), {}};
        agency.contact = {QString::fromUtf8(contact), QStringLiteral("0905 %1").arg(list.size() * 1379 + 101101),
                          agency.id + QStringLiteral("@demo.quangtri.gov.vn")};
        list.append(agency);
        return &list.last();
    };
    add("ubnd-tinh", "UBND", "UBND tỉnh Quảng Trị", "", {}, province, "Võ Văn Hưng", "Nguyễn Thị Thanh Hương",
        "0233 3852 100");
    add("so-gtvt", "SGTVT", "Sở Giao thông vận tải", "", {QStringLiteral("road")}, province, "Lê Minh Tuấn",
        "Nguyễn Văn Lợi", "0233 3852 210")
        ->coordinator = true;
    add("so-tnmt", "STNMT", "Sở Tài nguyên và Môi trường", "", {QStringLiteral("environment")}, province,
        "Hoàng Xuân Tân", "Trần Thị Kim Oanh", "0233 3852 340");
    add("so-yte", "SYT", "Sở Y tế", "", {QStringLiteral("food_safety")}, province, "Nguyễn Đức Thuận", "Lê Thị Phương",
        "0233 3852 450");
    add("cong-an", "CAT", "Công an tỉnh Quảng Trị", "", {QStringLiteral("accident"), QStringLiteral("security")},
        province, "Đại tá Nguyễn Đức Thắng", "Trung tá Trần Quang Huy", "0233 3852 113");
    add("pccc", "PC07", "Phòng Cảnh sát PCCC và CNCH – Công an tỉnh", "cong-an", {QStringLiteral("fire")}, province,
        "Thượng tá Hồ Văn Sơn", "Thiếu tá Lê Văn An", "0233 3852 114");
    add("dien-luc", "PCQT", "Công ty Điện lực Quảng Trị", "", {QStringLiteral("power"), QStringLiteral("lighting")},
        province, "Hoàng Văn Dũng", "Lê Thị Hằng", "0233 3852 555");
    add("nuoc-sach", "NSQT", "Công ty Cổ phần Nước sạch Quảng Trị", "", {QStringLiteral("water")}, province,
        "Phan Văn Tài", "Đặng Thị Lý", "0233 3852 666");
    add("bch-pctt", "PCTT", "Ban Chỉ huy Phòng chống thiên tai và TKCN tỉnh", "ubnd-tinh", {QStringLiteral("flood")},
        province, "Lê Quang Chiến", "Trần Văn Bình", "0233 3852 777");
    // People's committees of the areas: local roads, cleanliness, lighting, order, trees, flooding.
    const QStringList local{QStringLiteral("road"),        QStringLiteral("garbage"), QStringLiteral("lighting"),
                            QStringLiteral("urban_order"), QStringLiteral("trees"),   QStringLiteral("flood")};
    const char *chairs[] = {"Trần Văn Nam", "Lê Thị Thu Hà", "Nguyễn Văn Quang", "Phạm Đình Hòa", "Hồ Văn Thịnh",
                            "Bùi Thị Ngân", "Võ Đình Khải",  "Hồ Sỹ Trung",      "Lê Văn Đức",    "Đỗ Minh Tâm"};
    const char *contacts[] = {"Phan Thị Hoa",  "Nguyễn Hữu Phước", "Trương Thị Lành", "Lê Văn Toàn",  "Ngô Thị Hiền",
                              "Dương Văn Lực", "Trần Thị Mỹ",      "Hồ Thị Nguyệt",   "Đinh Văn Tâm", "Lý Văn Sang"};
    int i = 0;
    for (const Place &place : places()) {
        const QString id = QStringLiteral("ubnd-") + place.areaId;
        const QString name = QStringLiteral("UBND ") + place.name.at(0).toLower() + place.name.mid(1);
        core::Agency agency;
        agency.id = id;
        agency.code = QStringLiteral("UBND-%1").arg(461 + i);
        agency.name = name;
        agency.parentId = QStringLiteral("ubnd-tinh");
        agency.categoryIds = local;
        agency.areaIds = {place.areaId};
        agency.leader = {QString::fromUtf8(chairs[i]), QStringLiteral("0233 38%1").arg(60000 + i * 111), {}};
        agency.contact = {QString::fromUtf8(contacts[i]), QStringLiteral("0914 %1").arg(200300 + i * 4321),
                          id + QStringLiteral("@demo.quangtri.gov.vn")};
        list.append(agency);
        ++i;
    }
    return list;
}

QString leadAgencyFor(const QString &categoryId, const QString &areaId)
{
    static const QHash<QString, QString> provincial{
        {QStringLiteral("environment"), QStringLiteral("so-tnmt")},
        {QStringLiteral("food_safety"), QStringLiteral("so-yte")},
        {QStringLiteral("accident"), QStringLiteral("cong-an")},
        {QStringLiteral("security"), QStringLiteral("cong-an")},
        {QStringLiteral("fire"), QStringLiteral("pccc")},
        {QStringLiteral("power"), QStringLiteral("dien-luc")},
        {QStringLiteral("water"), QStringLiteral("nuoc-sach")},
    };
    if (provincial.contains(categoryId)) {
        return provincial.value(categoryId);
    }
    return QStringLiteral("ubnd-") + areaId;
}

QList<Person> people()
{
    QList<Person> list{
        {QStringLiteral("u-truc1"),
         QStringLiteral("truc1"),
         QStringLiteral("Nguyễn Thị Thu"),
         core::Role::DutyOfficer,
         {}},
        {QStringLiteral("u-truc2"),
         QStringLiteral("truc2"),
         QStringLiteral("Trần Quốc Việt"),
         core::Role::DutyOfficer,
         {}},
        {QStringLiteral("u-giamsat1"),
         QStringLiteral("giamsat1"),
         QStringLiteral("Lê Văn Hùng"),
         core::Role::Supervisor,
         {}},
        {QStringLiteral("u-quantri"), QStringLiteral("quantri"), QStringLiteral("Hoàng Anh"), core::Role::Admin, {}},
        {QStringLiteral("u-ketnoi1022"),
         QStringLiteral("ketnoi1022"),
         QStringLiteral("Tổng đài 1022 (hệ thống kết nối)"),
         core::Role::ConnectedSystem,
         {}},
        // The agency of the short demo names (PRODUCT.md's walk-through).
        {QStringLiteral("u-xuly1"), QStringLiteral("xuly1"), QStringLiteral("Trần Minh Đức"), core::Role::AgencyStaff,
         QStringLiteral("ubnd-dong-ha")},
        {QStringLiteral("u-lanhdao1"), QStringLiteral("lanhdao1"), QStringLiteral("Phạm Quốc Bảo"),
         core::Role::AgencyLeader, QStringLiteral("ubnd-dong-ha")},
    };
    const char *staffNames[] = {"Nguyễn Văn Tín", "Lê Thị Hồng",  "Phan Văn Hậu",  "Trần Thị Nhung", "Hồ Văn Lâm",
                                "Đặng Văn Khoa",  "Võ Thị Hương", "Bùi Văn Thành", "Ngô Thị Bích",   "Dương Văn Phú",
                                "Lý Thị Kiều",    "Hoàng Văn Tư", "Đỗ Thị Xuân",   "Trương Văn Lộc", "Mai Thị Dung",
                                "Cao Văn Sỹ",     "Tôn Thị Ánh",  "La Văn Hiếu",   "Thái Thị Sen"};
    int n = 0;
    for (const core::Agency &agency : agencies()) {
        if (agency.id == QStringLiteral("ubnd-dong-ha") || agency.categoryIds.isEmpty()) {
            continue;
        }
        const QString name = QString::fromUtf8(staffNames[n % std::size(staffNames)]);
        list.append({QStringLiteral("u-xl-") + agency.id, QStringLiteral("xl.") + agency.id, name,
                     core::Role::AgencyStaff, agency.id});
        list.append({QStringLiteral("u-ld-") + agency.id, QStringLiteral("ld.") + agency.id, agency.leader.name,
                     core::Role::AgencyLeader, agency.id});
        ++n;
    }
    return list;
}

QString staffOf(const QString &agencyId)
{
    return agencyId == QStringLiteral("ubnd-dong-ha") ? QStringLiteral("u-xuly1") : QStringLiteral("u-xl-") + agencyId;
}

QString leaderOf(const QString &agencyId)
{
    return agencyId == QStringLiteral("ubnd-dong-ha") ? QStringLiteral("u-lanhdao1")
                                                      : QStringLiteral("u-ld-") + agencyId;
}

QList<Person> citizens()
{
    const char *names[] = {"Võ Thị Mai",   "Nguyễn Văn Bình", "Trần Thị Hạnh", "Lê Quang Khải",
                           "Phạm Thị Yến", "Hoàng Văn Long",  "Đặng Thị Thảo", "Bùi Minh Quân",
                           "Hồ Thị Vy",    "Ngô Đức Tuấn",    "Dương Thị Nga", "Phan Văn Sơn"};
    QList<Person> list;
    for (int i = 0; i < int(std::size(names)); ++i) {
        list.append({QStringLiteral("u-congdan%1").arg(i + 1),
                     QStringLiteral("congdan%1").arg(i + 1),
                     QString::fromUtf8(names[i]),
                     core::Role::Citizen,
                     {}});
    }
    return list;
}

Reporter reporter(quint32 seed, bool valid)
{
    QRandomGenerator random(seed);
    const char *family[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Phan", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"};
    const char *middleMale[] = {"Văn", "Minh", "Quốc", "Đức", "Hữu", "Thanh"};
    const char *middleFemale[] = {"Thị", "Ngọc", "Thanh", "Thu", "Kim"};
    const char *givenMale[] = {"An",   "Bình", "Dũng", "Hải",  "Hùng", "Khánh",
                               "Long", "Nam",  "Phúc", "Quân", "Sơn",  "Tuấn"};
    const char *givenFemale[] = {"Chi", "Giang", "Hà",  "Hạnh", "Hoa",   "Lan",
                                 "Mai", "Nga",   "Tâm", "Thảo", "Trang", "Yến"};
    const bool female = random.bounded(2) == 1;
    const auto pick = [&random](const auto &array) {
        return QString::fromUtf8(array[random.bounded(int(std::size(array)))]);
    };
    Reporter r;
    r.name = pick(family) + QLatin1Char(' ') + (female ? pick(middleFemale) : pick(middleMale)) + QLatin1Char(' ') +
             (female ? pick(givenFemale) : pick(givenMale));
    const char *prefixes[] = {"090", "091", "093", "094", "097", "098", "086", "088", "032", "033",
                              "035", "039", "070", "077", "079", "081", "085", "056", "058"};
    r.phone = pick(prefixes) + QStringLiteral("%1").arg(random.bounded(10000000), 7, 10, QLatin1Char('0'));
    const int birthYear = 1955 + random.bounded(50);
    const int century = (birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0);
    r.citizenId = QStringLiteral("045%1%2%3")
                      .arg(century)
                      .arg(birthYear % 100, 2, 10, QLatin1Char('0'))
                      .arg(random.bounded(1000000), 6, 10, QLatin1Char('0'));
    const Place &home = places().at(random.bounded(int(places().size()) - 1));
    r.address = home.streets.at(random.bounded(int(home.streets.size()))) + QStringLiteral(", ") + home.name;
    if (!valid) {
        // One thing wrong, as people mistype: a digit missing, an unknown province, a year ahead.
        switch (random.bounded(3)) {
        case 0:
            r.phone.chop(1);
            break;
        case 1:
            r.citizenId.replace(0, 3, QStringLiteral("099"));
            break;
        default:
            r.citizenId.replace(3, 3, QStringLiteral("298")); // born in 2098
            break;
        }
    }
    return r;
}

Text reportText(const QString &categoryId, const Place &place, quint32 variant)
{
    QRandomGenerator random(variant);
    const QString street = place.streets.at(random.bounded(int(place.streets.size())));
    const QString landmark = place.landmarks.at(random.bounded(int(place.landmarks.size())));
    struct Pattern
    {
        const char *title;
        const char *content;
    };
    static const QHash<QString, QList<Pattern>> patterns{
        {QStringLiteral("road"),
         {{"Ổ gà lớn trên %1",
           "Đoạn %1 gần %2 có ổ gà sâu khoảng 20 cm, trời tối xe máy rất dễ ngã. Đề nghị sớm vá lại."},
          {"Mặt đường bong tróc trên %1",
           "Mặt đường trên %1, đoạn trước %2, bong tróc nhiều chỗ, đá dăm văng ra lòng đường."},
          {"Nắp cống bị vỡ trên %1",
           "Nắp cống thoát nước trên %1, gần %2, bị vỡ để lộ hố sâu, rất nguy hiểm cho người đi bộ."},
          {"Lún sụt mặt đường trên %1",
           "Mặt đường trên %1 đoạn gần %2 bị lún sụt sau đợt mưa vừa qua, xe tải đi qua rung lắc mạnh."}}},
        {QStringLiteral("garbage"),
         {{"Rác thải tồn đọng tại %2", "Rác tập kết ở khu vực %2 đã nhiều ngày chưa được thu gom, bốc mùi hôi thối."},
          {"Đổ trộm rác thải xây dựng trên %1",
           "Có người đổ trộm xà bần, rác thải xây dựng ven %1 gần %2 vào ban đêm."},
          {"Thùng rác công cộng bị hỏng", "Các thùng rác công cộng trước %2 bị hỏng, rác vương vãi ra vỉa hè %1."}}},
        {QStringLiteral("lighting"),
         {{"Đèn đường không sáng trên %1", "Cả dãy đèn chiếu sáng trên %1 đoạn gần %2 không sáng mấy đêm nay."},
          {"Cột đèn chiếu sáng nghiêng đổ",
           "Một cột đèn chiếu sáng trên %1 trước %2 bị nghiêng, có nguy cơ đổ vào người đi đường."}}},
        {QStringLiteral("power"),
         {{"Mất điện kéo dài tại khu vực %2",
           "Khu vực quanh %2 mất điện từ sáng đến giờ chưa có lại, không thấy thông báo."},
          {"Dây điện võng thấp trên %1",
           "Dây điện trên %1 gần %2 võng thấp sát đầu người, xe tải đi qua có thể vướng."}}},
        {QStringLiteral("water"),
         {{"Vỡ đường ống nước trên %1", "Đường ống cấp nước trên %1 gần %2 bị vỡ, nước chảy tràn ra đường từ tối qua."},
          {"Nước sinh hoạt có màu đục", "Nước máy tại khu dân cư gần %2 mấy hôm nay có màu đục và mùi lạ."}}},
        {QStringLiteral("urban_order"),
         {{"Lấn chiếm vỉa hè trên %1",
           "Nhiều hộ kinh doanh lấn chiếm vỉa hè %1 đoạn gần %2, người đi bộ phải xuống lòng đường."},
          {"Quảng cáo rao vặt dán tràn lan", "Tờ rơi, quảng cáo rao vặt dán kín các cột điện trên %1, gần %2."}}},
        {QStringLiteral("environment"),
         {{"Nước thải chảy ra %2", "Nước thải có mùi hôi từ một cơ sở sản xuất chảy thẳng ra khu vực %2."},
          {"Khói bụi từ xưởng sản xuất",
           "Một xưởng sản xuất gần %2 xả khói bụi suốt đêm, người dân trên %1 rất khó chịu."}}},
        {QStringLiteral("trees"),
         {{"Cây xanh gãy đổ trên %1", "Một cây lớn trên %1 gần %2 bị gãy cành, chắn một nửa lòng đường."},
          {"Cây xanh có nguy cơ đổ", "Cây xanh trước %2 nghiêng hẳn ra phía %1, rễ bị bật lên."}}},
        {QStringLiteral("food_safety"),
         {{"Cơ sở kinh doanh thực phẩm mất vệ sinh",
           "Một quán ăn gần %2 chế biến thực phẩm ngay trên vỉa hè %1, nước thải đổ ra cống."}}},
        {QStringLiteral("fire"),
         {{"Cháy nhà dân gần %2", "Đang cháy một căn nhà gần %2, khói đen bốc cao, cần lực lượng chữa cháy đến ngay."},
          {"Cháy cỏ lan gần khu dân cư", "Đám cháy cỏ gần %2 đang lan nhanh về phía nhà dân dọc %1."}}},
        {QStringLiteral("accident"),
         {{"Tai nạn giao thông trên %1",
           "Vừa xảy ra va chạm giữa xe tải và xe máy trên %1 gần %2, có người bị thương."},
          {"Va chạm liên hoàn trên %1", "Ba xe ô tô va chạm liên hoàn trên %1, giao thông ùn tắc kéo dài."}}},
        {QStringLiteral("security"),
         {{"Tụ tập gây rối trật tự tại %2",
           "Một nhóm thanh niên tụ tập, nẹt pô, gây rối trật tự tại khu vực %2 lúc nửa đêm."}}},
        {QStringLiteral("flood"),
         {{"Ngập sâu trên %1 sau mưa lớn",
           "Sau trận mưa lớn, %1 đoạn gần %2 ngập sâu khoảng nửa mét, xe máy chết máy hàng loạt."},
          {"Sạt lở ta luy dương trên %1", "Đất đá từ ta luy dương sạt xuống %1 gần %2, lấp một phần mặt đường."}}},
    };
    const QList<Pattern> options = patterns.value(categoryId);
    if (options.isEmpty()) {
        return {QStringLiteral("Phản ánh tại %1").arg(place.name), QStringLiteral("Phản ánh gần %1.").arg(landmark)};
    }
    const Pattern &pattern = options.at(int(variant % quint32(options.size())));
    // %1: the street, %2: the landmark (a pattern may use either or both).
    const auto fill = [&](const char *text) {
        return QString::fromUtf8(text).replace(QStringLiteral("%1"), street).replace(QStringLiteral("%2"), landmark);
    };
    return {fill(pattern.title), fill(pattern.content) + QStringLiteral(" (%1)").arg(place.name)};
}

QString abbreviated(const QString &content)
{
    QString text = content;
    const std::pair<const char *, const char *> replacements[] = {
        {"đường", "đg"},        {"không", "ko"}, {"được", "dc"},    {"người", "ng"}, {"nhiều", "nhìu"},
        {"Đề nghị", "đề nghị"}, {"rất", "rat"},  {"khu vực", "kv"}, {"với", "vs"},
    };
    for (const auto &[from, to] : replacements) {
        text.replace(QString::fromUtf8(from), QString::fromUtf8(to));
    }
    return text + QStringLiteral(" mong dc xu ly som!!!");
}

} // namespace ioc::server::demo

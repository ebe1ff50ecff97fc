#include "open311requests.h"

#include "core/distribution.h"
#include "core/geo.h"
#include "core/vietnamesetext.h"
#include "core/vntime.h"
#include "core/workflow.h"
#include "reportservice.h"

#include <QCryptographicHash>
#include <QGeoRectangle>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace ioc::server::open311 {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// W3C date-times to the second, as the specification's examples and its clients write them.
QJsonValue timeOrNull(const QDateTime &instant)
{
    if (!instant.isValid()) {
        return QJsonValue::Null;
    }
    const QDateTime second = QDateTime::fromSecsSinceEpoch(instant.toSecsSinceEpoch(), QTimeZone::utc());
    return core::vntime::toIso8601(second);
}

QString foldedSpace(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).replace(space, QStringLiteral(" ")).trimmed();
}

// A title for the queue from the description: its first sentence or line, cut at a word.
QString titleFrom(const QString &description, const QString &fallback)
{
    constexpr int longest = 120;
    QString first = foldedSpace(description.section(u'\n', 0, 0));
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?](\\s|$)"));
    if (const auto match = sentenceEnd.match(first); match.hasMatch() && match.capturedStart() >= 10) {
        first = first.left(match.capturedStart());
    }
    if (first.size() > longest) {
        const qsizetype space = first.lastIndexOf(u' ', longest - 1);
        first = first.left(space > 40 ? space : longest - 1) + QStringLiteral("…");
    }
    return first.isEmpty() ? fallback : first;
}

struct Attribute
{
    const char *code;
    const char *datatype;
    const char *description;
    QList<std::pair<const char *, const char *>> values; // key, name
};

// The attributes of every service: what the regulation needs that the specification's own
// fields do not carry (docs/open311.md, "Attributes").
const QList<Attribute> &attributes()
{
    static const QList<Attribute> list{
        {"reporter_kind",
         "singlevaluelist",
         "Người phản ánh là cá nhân hay tổ chức (Điều 5.3).",
         {{"person", "Cá nhân"}, {"organisation", "Tổ chức"}}},
        {"share_identity_with_agency",
         "singlevaluelist",
         "Đồng ý để cơ quan xử lý biết danh tính người phản ánh (Điều 5.6). Mặc định: không đồng ý.",
         {{"false", "Không đồng ý"}, {"true", "Đồng ý"}}},
        {"confidential_result",
         "singlevaluelist",
         "Đề nghị giữ bí mật kết quả xử lý: kết quả chỉ gửi riêng người phản ánh (Điều 12.3).",
         {{"false", "Công khai kết quả"}, {"true", "Giữ bí mật kết quả"}}},
        {"reporter_address", "string", "Địa chỉ liên hệ của người phản ánh (Điều 5.3).", {}},
        {"citizen_id",
         "string",
         "Số định danh cá nhân (CCCD, 12 chữ số) của người phản ánh là cá nhân (Điều 5.3).",
         {}},
        {"representative", "string", "Người đại diện, khi người phản ánh là tổ chức (Điều 5.3).", {}},
    };
    return list;
}

QString attribute(const Fields &form, const char *code)
{
    return form.value(QStringLiteral("attribute[%1]").arg(QLatin1StringView(code))).trimmed();
}

QString field(const Fields &form, const char *name)
{
    return form.value(QLatin1StringView(name)).trimmed();
}

void addFields(Fields *fields, const QByteArray &encoded)
{
    const auto decoded = [](QByteArray part) {
        return QString::fromUtf8(QByteArray::fromPercentEncoding(part.replace('+', ' ')));
    };
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype equals = pair.indexOf('=');
        fields->insert(decoded(equals < 0 ? pair : pair.first(equals)),
                       equals < 0 ? QString() : decoded(pair.sliced(equals + 1)));
    }
}

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

const core::Area *rootArea(const core::Directory &directory, QDate today)
{
    for (const core::Area &area : directory.areas()) {
        if (area.parentId.isEmpty() && area.isValidOn(today)) {
            return directory.area(area.id);
        }
    }
    return nullptr;
}

// An area's name as an address writes it: folded, without its level or a note in brackets
// ("Thành phố Đông Hà (ranh giới mẫu)", "Phường Đông Hà" → "dong ha").
QString placeName(const QString &name)
{
    static const QRegularExpression level(
        QStringLiteral("^(tinh|thanh pho|thi xa|thi tran|quan|huyen|phuong|xa|dac khu)\\s+"));
    static const QRegularExpression note(QStringLiteral("\\s*\\(.*\\)\\s*$"));
    return core::foldVietnamese(name).toLower().remove(note).remove(level).trimmed();
}

// The area an address names: the longest place name found in it as whole words, diacritics and
// levels ignored, among the areas valid today with a boundary; else the province.
const core::Area *areaNamedIn(const core::Directory &directory, const QString &address, QDate today)
{
    const QString folded = core::foldVietnamese(address).toLower();
    const core::Area *best = nullptr;
    qsizetype bestLength = 0;
    for (const core::Area &area : directory.areas()) {
        if (!area.isValidOn(today) || area.boundary.isEmpty() || area.parentId.isEmpty()) {
            continue;
        }
        const QString name = placeName(area.name);
        const QRegularExpression words(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(name)));
        if (name.size() >= 3 && name.size() > bestLength && words.match(folded).hasMatch()) {
            best = directory.area(area.id);
            bestLength = name.size();
        }
    }
    return best != nullptr ? best : rootArea(directory, today);
}

QJsonObject positionInside(const core::Area &area, const QString &address)
{
    const QGeoCoordinate centre = core::geo::bounds(area.boundary).center();
    return {{QStringLiteral("latitude"), centre.latitude()},
            {QStringLiteral("longitude"), centre.longitude()},
            {QStringLiteral("address"), address.isEmpty() ? area.name : address},
            {QStringLiteral("area_id"), area.id},
            {QStringLiteral("source"), QStringLiteral("address")}};
}

QString agencyName(const core::Directory &directory, const QString &id)
{
    const core::Agency *agency = directory.agency(id);
    return agency != nullptr ? agency->name : QString();
}

QString extensionFor(const QString &mimeType)
{
    if (mimeType == QStringLiteral("image/png")) {
        return QStringLiteral("png");
    }
    if (mimeType == QStringLiteral("image/webp")) {
        return QStringLiteral("webp");
    }
    return QStringLiteral("jpg");
}

} // namespace

QString statusOf(core::ReportState state)
{
    switch (state) {
    case core::ReportState::Published:
    case core::ReportState::Rejected:
    case core::ReportState::Declined:
    case core::ReportState::Cancelled:
        return QStringLiteral("closed");
    default:
        return QStringLiteral("open");
    }
}

Node service(const core::Category &category)
{
    return Node::object(QStringLiteral("service"),
                        {Node::leaf(QStringLiteral("service_code"), category.id),
                         Node::leaf(QStringLiteral("service_name"), category.name),
                         Node::leaf(QStringLiteral("description"), category.description),
                         Node::leaf(QStringLiteral("metadata"), true),
                         Node::leaf(QStringLiteral("type"), QStringLiteral("realtime")),
                         Node::leaf(QStringLiteral("keywords"), category.keywords.join(QStringLiteral(", "))),
                         Node::leaf(QStringLiteral("group"), category.group)});
}

Node serviceDefinition(const core::Category &category)
{
    Node list = Node::list(QStringLiteral("attributes"));
    int order = 0;
    for (const Attribute &a : attributes()) {
        Node values = Node::list(QStringLiteral("values"));
        for (const auto &[key, name] : a.values) {
            values.children.append(
                Node::object(QStringLiteral("value"), {Node::leaf(QStringLiteral("key"), QString::fromUtf8(key)),
                                                       Node::leaf(QStringLiteral("name"), QString::fromUtf8(name))}));
        }
        Node entry = Node::object(QStringLiteral("attribute"),
                                  {Node::leaf(QStringLiteral("variable"), true),
                                   Node::leaf(QStringLiteral("code"), QString::fromUtf8(a.code)),
                                   Node::leaf(QStringLiteral("datatype"), QString::fromUtf8(a.datatype)),
                                   Node::leaf(QStringLiteral("required"), false),
                                   Node::leaf(QStringLiteral("datatype_description"), QJsonValue::Null),
                                   Node::leaf(QStringLiteral("order"), ++order),
                                   Node::leaf(QStringLiteral("description"), QString::fromUtf8(a.description))});
        if (!a.values.isEmpty()) {
            entry.children.append(values);
        }
        list.children.append(entry);
    }
    return Node::object(QStringLiteral("service_definition"),
                        {Node::leaf(QStringLiteral("service_code"), category.id), list});
}

Fields fieldsOf(const QUrlQuery &query, const QByteArray &body)
{
    Fields fields;
    addFields(&fields, query.toString(QUrl::FullyEncoded).toUtf8());
    addFields(&fields, body);
    return fields;
}

std::optional<Filing> filingFrom(const Fields &form, const core::Directory &directory, QDate today,
                                 QList<Error> *errors)
{
    const QString code = field(form, "service_code");
    const core::Category *category = code.isEmpty() ? nullptr : directory.category(code);
    if (code.isEmpty()) {
        errors->append({400, QStringLiteral("Thiếu service_code / service_code was not provided")});
    } else if (category == nullptr || !category->active) {
        errors->append({400, QStringLiteral("Không có dịch vụ %1 / service_code %1 was not found").arg(code)});
    }
    Filing filing;
    const QString lat = field(form, "lat");
    const QString lon = field(form, "long");
    const QString address = field(form, "address_string");
    const QString addressId = field(form, "address_id");
    QJsonObject position;
    if (!lat.isEmpty() || !lon.isEmpty()) {
        const auto latitude = number(lat);
        const auto longitude = number(lon);
        if (!latitude || !longitude || *latitude < -90 || *latitude > 90 || *longitude < -180 || *longitude > 180) {
            errors->append({400, QStringLiteral("lat và long phải là vĩ độ và kinh độ WGS84 / lat and long must be "
                                                "WGS84 latitude and longitude")});
        } else {
            position = {{QStringLiteral("latitude"), *latitude},
                        {QStringLiteral("longitude"), *longitude},
                        {QStringLiteral("source"), QStringLiteral("device_gps")}};
            // The area the point lies in, as the intake form proposes it (none when outside all).
            if (const auto area = core::distribution::proposeArea(directory, *latitude, *longitude, today);
                !area.areaId.isEmpty() && !area.outside) {
                position.insert(QStringLiteral("area_id"), area.areaId);
            }
            if (!address.isEmpty()) {
                position.insert(QStringLiteral("address"), address);
            }
        }
    } else if (!addressId.isEmpty()) {
        // address_id: an area of the directory, by id or by code (docs/open311.md).
        const core::Area *area = directory.area(addressId);
        for (const core::Area &candidate : directory.areas()) {
            if (area == nullptr && candidate.code == addressId) {
                area = directory.area(candidate.id);
            }
        }
        if (area == nullptr || area->boundary.isEmpty()) {
            errors->append({400, QStringLiteral("Không có địa bàn %1 / address_id %1 was not found").arg(addressId)});
        } else {
            position = positionInside(*area, address);
            filing.positionFromAddress = true;
        }
    } else if (!address.isEmpty()) {
        if (const core::Area *area = areaNamedIn(directory, address, today)) {
            position = positionInside(*area, address);
            filing.positionFromAddress = true;
        }
    } else {
        errors->append({400, QStringLiteral("Cần vị trí: lat và long, address_string hoặc address_id / A location is "
                                            "required: lat and long, address_string or address_id")});
    }
    if (!errors->isEmpty()) {
        return std::nullopt;
    }

    const QString description = form.value(QStringLiteral("description")).trimmed();
    const QString place = position.value(QStringLiteral("address")).toString();
    const QString fallback = place.isEmpty() ? category->name : QStringLiteral("%1 tại %2").arg(category->name, place);
    const bool organisation = attribute(form, "reporter_kind") == QStringLiteral("organisation");
    // Vietnamese names are written family name first: Open311's last_name, then first_name.
    const QString fullName = QStringList{field(form, "last_name"), field(form, "first_name")}.join(u' ').trimmed();
    QJsonObject reporter{
        {QStringLiteral("kind"), organisation ? QStringLiteral("organisation") : QStringLiteral("person")},
        {QStringLiteral("full_name"), fullName},
        {QStringLiteral("address"), attribute(form, "reporter_address")},
        {QStringLiteral("phone"), field(form, "phone")},
        {QStringLiteral("email"), field(form, "email")}};
    if (organisation) {
        reporter.insert(QStringLiteral("representative"), attribute(form, "representative"));
    } else {
        reporter.insert(QStringLiteral("citizen_id"), attribute(form, "citizen_id"));
    }
    filing.payload = {{QStringLiteral("title"), titleFrom(description, fallback).left(core::maxTitleLength)},
                      {QStringLiteral("content"), description.isEmpty() ? fallback : description},
                      {QStringLiteral("category_id"), category->id},
                      {QStringLiteral("channel"), QStringLiteral("connected_system")},
                      {QStringLiteral("position"), position},
                      {QStringLiteral("reporter"), reporter},
                      {QStringLiteral("consents"),
                       QJsonObject{{QStringLiteral("share_with_agency"),
                                    attribute(form, "share_identity_with_agency") == QStringLiteral("true")},
                                   {QStringLiteral("confidential_result"),
                                    attribute(form, "confidential_result") == QStringLiteral("true")}}}};
    return filing;
}

QString sameRequestKey(const QString &userId, const Fields &form)
{
    QString where;
    const auto latitude = number(field(form, "lat"));
    const auto longitude = number(field(form, "long"));
    if (latitude && longitude) {
        where = QStringLiteral("%1,%2").arg(*latitude, 0, 'f', 6).arg(*longitude, 0, 'f', 6);
    } else {
        where = field(form, "address_id") + u'|' + foldedSpace(field(form, "address_string"));
    }
    const QString content =
        QStringList{userId, field(form, "service_code"), where, foldedSpace(form.value(QStringLiteral("description")))}
            .join(QChar(0x1f));
    return QString::fromLatin1(QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Node request(const core::Report &report, const QJsonObject &view, const QDateTime &updatedAt,
             const core::Directory &directory, const QString &mediaBase)
{
    const core::Category *category = directory.category(report.categoryId);
    const core::Area *area = directory.area(report.position.areaId);
    const core::ReportClock *due = report.nextDueClock();
    QString mediaUrl;
    const QJsonArray media = view.value(QStringLiteral("media")).toArray();
    if (!media.isEmpty()) {
        const QJsonObject first = media.first().toObject();
        mediaUrl = mediaBase + first.value(QStringLiteral("sha256")).toString() + u'.' +
                   extensionFor(first.value(QStringLiteral("mime_type")).toString());
    }
    return Node::object(
        QStringLiteral("request"),
        {Node::leaf(QStringLiteral("service_request_id"), report.code),
         Node::leaf(QStringLiteral("status"), statusOf(report.state)),
         Node::leaf(QStringLiteral("status_notes"), textOrNull(view.value(QStringLiteral("public_text")).toString())),
         Node::leaf(QStringLiteral("service_name"), textOrNull(category != nullptr ? category->name : QString())),
         Node::leaf(QStringLiteral("service_code"), report.categoryId),
         Node::leaf(QStringLiteral("description"), textOrNull(view.value(QStringLiteral("content")).toString())),
         Node::leaf(QStringLiteral("agency_responsible"), textOrNull(agencyName(directory, report.leadAgencyId))),
         Node::leaf(QStringLiteral("service_notice"), QJsonValue::Null),
         Node::leaf(QStringLiteral("requested_datetime"), timeOrNull(report.receivedAt)),
         Node::leaf(QStringLiteral("updated_datetime"),
                    timeOrNull(updatedAt.isValid() ? updatedAt : report.receivedAt)),
         Node::leaf(QStringLiteral("expected_datetime"), timeOrNull(due != nullptr ? due->dueAt : QDateTime())),
         Node::leaf(QStringLiteral("address"), textOrNull(!report.position.address.isEmpty() ? report.position.address
                                                          : area != nullptr                  ? area->name
                                                                                             : QString())),
         Node::leaf(QStringLiteral("address_id"), textOrNull(report.position.areaId)),
         Node::leaf(QStringLiteral("zipcode"), QJsonValue::Null),
         Node::leaf(QStringLiteral("lat"), report.position.latitude),
         Node::leaf(QStringLiteral("long"), report.position.longitude),
         Node::leaf(QStringLiteral("media_url"), textOrNull(mediaUrl))});
}

std::optional<Node> update(const core::Report &report, const core::ReportEvent &event, int seq, bool own,
                           const core::Directory &directory, const MediaUrl &mediaUrl)
{
    const QString text = event.payload.value(QStringLiteral("text")).toString();
    const auto masked = [&report](const QString &key, const QString &value) {
        QJsonObject object{{key, value}};
        ReportService::maskTexts(object, report);
        return object.value(key).toString();
    };
    QString description;
    QString photo;
    const QString &a = event.action;
    if (a == QStringLiteral("create") && own) {
        description = QStringLiteral("Đã tiếp nhận phản ánh; Trung tâm đang xác minh.");
    } else if (a == QStringLiteral("request_supplement") && own) {
        description = QStringLiteral("Đề nghị bổ sung thông tin: %1").arg(masked(QStringLiteral("reply"), text));
    } else if (a == QStringLiteral("supplement") && own) {
        description = QStringLiteral("Đã nhận thông tin bổ sung.");
    } else if (a == QStringLiteral("reject") && own) {
        description = QStringLiteral("Phản ánh không đủ điều kiện tiếp nhận.");
    } else if (a == QStringLiteral("cancel") && own) {
        description = QStringLiteral("Phản ánh đã được rút.");
    } else if (a == QStringLiteral("accept")) {
        description = QStringLiteral("Phản ánh đã được xác minh, đủ điều kiện tiếp nhận.");
    } else if (a == QStringLiteral("distribute")) {
        description = QStringLiteral("Đã phân phối đến %1 chủ trì xử lý.")
                          .arg(agencyName(directory, event.payload.value(QStringLiteral("lead_agency_id")).toString()));
    } else if (a == QStringLiteral("agency_accept")) {
        description = QStringLiteral("%1 đã tiếp nhận xử lý.").arg(agencyName(directory, event.actorAgencyId));
    } else if (a == QStringLiteral("extend")) {
        description = QStringLiteral("Thời gian xử lý được gia hạn.");
    } else if (a == QStringLiteral("notify_status")) {
        description = QStringLiteral("Tình trạng xử lý: %1").arg(masked(QStringLiteral("reply"), text));
    } else if (a == QStringLiteral("follow_sanction_procedure")) {
        description = QStringLiteral("Được xử lý theo thủ tục xử phạt vi phạm hành chính.");
    } else if (a == QStringLiteral("submit_result")) {
        description = QStringLiteral("Cơ quan xử lý đã báo cáo kết quả.");
    } else if (a == QStringLiteral("leader_approve") || a == QStringLiteral("leader_edit_approve")) {
        description = QStringLiteral("Lãnh đạo cơ quan xử lý đã duyệt kết quả.");
    } else if (a == QStringLiteral("publish")) {
        const QString result = masked(QStringLiteral("public_text"), report.publicText);
        description = result.isEmpty() ? QStringLiteral("Đã công khai kết quả xử lý.")
                                       : QStringLiteral("Kết quả xử lý: %1").arg(result);
        if (!report.resultAttachments.isEmpty()) {
            photo = mediaUrl(report.resultAttachments.first());
        }
    } else if (a == QStringLiteral("decline_insufficient")) {
        description = QStringLiteral("Không xử lý: nội dung phản ánh không đủ thông tin.");
    } else if (a == QStringLiteral("step_back")) {
        description = QStringLiteral("Kết quả xử lý đang được xem xét lại.");
    } else {
        return std::nullopt;
    }
    return Node::object(QStringLiteral("request_update"),
                        {Node::leaf(QStringLiteral("update_id"), QStringLiteral("%1-%2").arg(report.code).arg(seq)),
                         Node::leaf(QStringLiteral("service_request_id"), report.code),
                         Node::leaf(QStringLiteral("status"), statusOf(event.toState)),
                         Node::leaf(QStringLiteral("updated_datetime"),
                                    timeOrNull(event.receivedAt.isValid() ? event.receivedAt : event.actedAt)),
                         Node::leaf(QStringLiteral("description"), description),
                         Node::leaf(QStringLiteral("media_url"), textOrNull(photo)),
                         Node::leaf(QStringLiteral("external_status_code"), core::reportStateName(event.toState))});
}

} // namespace ioc::server::open311

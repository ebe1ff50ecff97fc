#include "apiserver.h"
#include "auditlog.h"
#include "core/reportjson.h"
#include "core/visibility.h"
#include "core/vntime.h"
#include "livechannel.h"
#include "media/examine.h"
#include "mediafetcher.h"
#include "open311format.h"
#include "open311requests.h"
#include "serverdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>
#include <tuple>

// /open311/v2/…: Open311 GeoReport v2 (docs/open311.md), a facade over the reports for other
// systems and the clients that speak it. Connected systems file with their API key; anyone reads
// what the public may see (Điều 17.2); every request is rate-limited and audited.
namespace ioc::server {

namespace {

using open311::Format;
using open311::Node;

// The namespace of the keys under which a connected system's repeated request is recognised.
const QUuid sameRequestNamespace(QStringLiteral("{6f1c1f0e-3b1a-4a43-9d0e-311311311311}"));
constexpr qint64 listLimit = 1000;
constexpr qint64 defaultListDays = 90;
constexpr qint64 defaultUpdateHours = 24;

// One Open311 request: what its answer and its audit entry need, kept by value so that the answer
// can come later (a POST whose picture is being fetched).
struct Open311Call
{
    Services &services;
    std::shared_ptr<Responder> responder;
    QByteArray method;
    QString path;
    QString clientAddress;
    Format format;
    open311::Fields fields; // the query, and for a POST its form fields too
    std::optional<ApiKeyStore::Holder> system;
    QString auditEntity; // what the audit entry names: a report, a service, the path
    QString apiBase;     // https://host/open311/v2

    void respond(const ApiResult &result);
    core::Actor systemActor() const { return {system->user.id, core::Role::ConnectedSystem, system->user.agencyId}; }
    // The reader a report is shown to: its connected system if it filed it, else the public.
    bool owns(const core::Report &report) const { return system && services.reports.filedBy(report, system->user.id); }
    bool mayRead(const core::Report &report, bool *own) const
    {
        *own = !core::isOnPublicTimeline(report) && owns(report);
        return core::isOnPublicTimeline(report) || *own;
    }
    QString mediaUrl(const QString &sha256) const
    {
        const auto copy = services.media.publicCopy(sha256);
        return copy ? apiBase + QStringLiteral("/media/") + copy->sha256 + QStringLiteral(".jpg") : QString();
    }
};

void Open311Call::respond(const ApiResult &result)
{
    // Every request is audited: who (the key's system, or the public from an address), what, how
    // it was answered. Never the key itself, nor the reporter's fields.
    static const QStringList secrets{QStringLiteral("api_key"),
                                     QStringLiteral("first_name"),
                                     QStringLiteral("last_name"),
                                     QStringLiteral("phone"),
                                     QStringLiteral("email"),
                                     QStringLiteral("description"),
                                     QStringLiteral("attribute[reporter_address]"),
                                     QStringLiteral("attribute[citizen_id]"),
                                     QStringLiteral("attribute[representative]"),
                                     QStringLiteral("device_id"),
                                     QStringLiteral("account_id")};
    QJsonObject shown;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        shown.insert(it.key().left(64), secrets.contains(it.key()) ? QStringLiteral("…") : it.value().left(200));
    }
    const QDateTime now = services.clock.now();
    AuditEntry entry{system ? system->user.id : QString(),
                     system ? core::roleName(core::Role::ConnectedSystem) : QStringLiteral("public"),
                     QStringLiteral("open311 %1 %2").arg(QString::fromLatin1(method), path),
                     QStringLiteral("open311"),
                     auditEntity.isEmpty() ? path : auditEntity,
                     now,
                     now,
                     {},
                     {{QStringLiteral("status"), result.status},
                      {QStringLiteral("fields"), shown},
                      {QStringLiteral("key_id"), system ? system->keyId : QString()},
                      {QStringLiteral("address"), clientAddress}}};
    QString problem;
    if (!services.database.transaction([&] { return services.audit.append(entry, now, &problem); }, &problem)) {
        qWarning("ioc-server: cannot audit an Open311 request: %s", qPrintable(problem));
        send(*responder, open311::error(format, 500, QStringLiteral("Lỗi máy chủ / Internal server error")));
        return;
    }
    send(*responder, result);
}

// The format, the key (when given, or required), the rate limit; nothing if answered already.
// A picture's address ends in its own extension: its errors are XML.
std::optional<Open311Call> begin(Call &call, bool keyRequired, bool picture = false)
{
    auto format = open311::formatFromExtension(call.params.value(QStringLiteral("format")));
    if (!format && picture) {
        format = Format::Xml;
    }
    if (!format) {
        call.respond(open311::error(Format::Xml, 404, QStringLiteral("Chỉ có .xml và .json / Only .xml and .json")));
        return std::nullopt;
    }
    if (!call.services.ready || call.services.apiKeys == nullptr || call.services.rateLimits == nullptr) {
        call.respond(open311::error(*format, 503, QStringLiteral("Máy chủ chưa sẵn sàng / Not ready")));
        return std::nullopt;
    }
    const bool post = call.request.method == "POST";
    const QString address = call.clientAddress();
    Open311Call o{call.services,
                  std::make_shared<Responder>(std::move(call.responder)),
                  call.request.method,
                  call.request.path,
                  address,
                  *format,
                  open311::fieldsOf(call.request.query, post ? call.request.body : QByteArray()),
                  std::nullopt,
                  {},
                  {}};
    const QByteArray host = call.request.header("host");
    o.apiBase = QStringLiteral("https://%1/open311/v2").arg(QString::fromLatin1(host.isEmpty() ? "localhost" : host));
    const QString key = o.fields.value(QStringLiteral("api_key"));
    if (!key.isEmpty()) {
        o.system = call.services.apiKeys->authenticate(key);
        if (!o.system) {
            o.respond(open311::error(*format, 403,
                                     QStringLiteral("api_key không hợp lệ hoặc đã bị thu hồi / api_key "
                                                    "is not valid or was revoked")));
            return std::nullopt;
        }
    } else if (keyRequired) {
        o.respond(open311::error(*format, 400, QStringLiteral("Thiếu api_key / api_key was not provided")));
        return std::nullopt;
    }
    const core::SlaPolicy::Open311 limits = call.services.reference.policy().open311();
    const QString bucket =
        QStringLiteral("open311:%1:%2")
            .arg(post ? QStringLiteral("post") : QStringLiteral("get"),
                 o.system ? QStringLiteral("key:") + o.system->keyId : QStringLiteral("address:") + address);
    if (const qint64 wait = call.services.rateLimits->take(bucket, post ? limits.postsPerMinute : limits.getsPerMinute);
        wait > 0) {
        ApiResult refused = open311::error(
            *format, 429,
            QStringLiteral("Quá nhiều yêu cầu, thử lại sau %1 giây / Too many requests, retry in %1 s").arg(wait));
        refused.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", QByteArray::number(wait)));
        o.respond(refused);
        return std::nullopt;
    }
    return o;
}

void discovery(Call &call)
{
    auto o = begin(call, false);
    if (!o) {
        return;
    }
    // The interface's last change: docs/open311.md.
    const QString changeset = QStringLiteral("2026-12-05T00:00:00+07:00");
    Node formats = Node::list(QStringLiteral("formats"),
                              {Node::leaf(QStringLiteral("format"), QStringLiteral("text/xml")),
                               Node::leaf(QStringLiteral("format"), QStringLiteral("application/json"))});
    Node endpoint = Node::object(
        QStringLiteral("endpoint"),
        {Node::leaf(QStringLiteral("specification"), QStringLiteral("http://wiki.open311.org/GeoReport_v2")),
         Node::leaf(QStringLiteral("url"), o->apiBase), Node::leaf(QStringLiteral("changeset"), changeset),
         Node::leaf(QStringLiteral("type"), QStringLiteral("production")), formats});
    o->respond(open311::answer(
        o->format, Node::object(QStringLiteral("discovery"),
                                {Node::leaf(QStringLiteral("changeset"), changeset),
                                 Node::leaf(QStringLiteral("contact"),
                                            QStringLiteral("Trung tâm Giám sát, điều hành thông minh tỉnh (IOC)")),
                                 Node::leaf(QStringLiteral("key_service"),
                                            QStringLiteral("Khóa API do quản trị viên IOC cấp cho hệ thống kết nối "
                                                           "(ioc-admin server system add)")),
                                 Node::list(QStringLiteral("endpoints"), {endpoint})})));
}

void services(Call &call)
{
    auto o = begin(call, false);
    if (!o) {
        return;
    }
    QList<core::Category> categories = call.services.reference.directory().categories();
    std::sort(categories.begin(), categories.end(), [](const core::Category &a, const core::Category &b) {
        return std::tie(a.group, a.name) < std::tie(b.group, b.name);
    });
    Node list = Node::list(QStringLiteral("services"));
    for (const core::Category &category : std::as_const(categories)) {
        if (category.active) {
            list.children.append(open311::service(category));
        }
    }
    o->respond(open311::answer(o->format, list));
}

void serviceDefinition(Call &call)
{
    auto o = begin(call, false);
    if (!o) {
        return;
    }
    const QString code = call.params.value(QStringLiteral("service_code"));
    o->auditEntity = code;
    const core::Category *category = call.services.reference.directory().category(code);
    if (category == nullptr || !category->active) {
        o->respond(open311::error(o->format, 404,
                                  QStringLiteral("Không có dịch vụ %1 / service_code %1 was not found").arg(code)));
        return;
    }
    // Every service takes the same attributes; a definition is still served for each (metadata true).
    Node definition = open311::serviceDefinition(*category);
    o->respond(open311::answer(o->format, definition));
}

struct Stored
{
    core::Report report;
    QDateTime updatedAt;
};

std::optional<Stored> storedReport(Services &services, const QString &column, const QString &value)
{
    Sql sql(services.database);
    if (!sql.exec(QStringLiteral("SELECT data, updated_at FROM reports WHERE %1 = ?").arg(column), {value}) ||
        !sql.next()) {
        return std::nullopt;
    }
    auto report = ReportService::parse(sql.value(0).toString());
    if (!report) {
        return std::nullopt;
    }
    return Stored{*report, QDateTime::fromMSecsSinceEpoch(sql.value(1).toLongLong(), QTimeZone::utc())};
}

Node requestNode(const Open311Call &o, const Stored &stored, bool own)
{
    const core::Actor reader = own ? o.systemActor() : core::Actor{QString(), core::Role::Citizen, QString()};
    const QJsonObject view = o.services.reports.view(stored.report, reader, false);
    return open311::request(stored.report, view, stored.updatedAt, o.services.reference.directory(),
                            o.apiBase + QStringLiteral("/media/"));
}

ApiResult fileAnswer(const Open311Call &o, const QString &code, const QString &notice)
{
    Node request = Node::object(QStringLiteral("request"),
                                {Node::leaf(QStringLiteral("service_request_id"), code),
                                 Node::leaf(QStringLiteral("service_notice"),
                                            notice.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(notice)),
                                 Node::leaf(QStringLiteral("account_id"), QJsonValue::Null)});
    return open311::answer(o.format, Node::list(QStringLiteral("service_requests"), {request}));
}

// The report made earlier under this request key, and when it was received.
std::optional<std::pair<QString, QDateTime>> madeUnder(Services &services, const QString &key)
{
    Sql sql(services.database);
    if (!sql.exec(QStringLiteral("SELECT r.code, e.received_at FROM report_events e JOIN reports r ON r.id = "
                                 "e.report_id WHERE e.request_key = ? ORDER BY e.seq LIMIT 1"),
                  {key}) ||
        !sql.next()) {
        return std::nullopt;
    }
    return std::pair{sql.value(0).toString(),
                     QDateTime::fromMSecsSinceEpoch(sql.value(1).toLongLong(), QTimeZone::utc())};
}

// Files the report and answers: its id, or the workflow's refusal in the specification's list.
void create(Open311Call &o, const open311::Filing &filing, const QString &key)
{
    Services &s = o.services;
    const ApiResult made = s.reports.create(o.systemActor(), json(filing.payload), key);
    const QJsonObject body = made.rawBody.isEmpty() ? made.body : QJsonDocument::fromJson(made.rawBody).object();
    if (made.status == 201) {
        const QString code = body.value(QStringLiteral("report")).toObject().value(QStringLiteral("code")).toString();
        o.auditEntity = code;
        o.respond(fileAnswer(o, code,
                             filing.positionFromAddress
                                 ? QStringLiteral("Vị trí được ước lượng từ địa chỉ; Trung tâm sẽ xác minh / The "
                                                  "position was estimated from the address and will be verified")
                                 : QString()));
        return;
    }
    if (made.status == 422 && body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")) ==
                                  QStringLiteral("idempotency_key_reused")) {
        // The same request by its content, sent at once with other details (a name, a phone).
        if (const auto earlier = madeUnder(s, key)) {
            o.auditEntity = earlier->first;
            o.respond(fileAnswer(o, earlier->first, QString()));
            return;
        }
    }
    const QJsonObject problem = body.value(QStringLiteral("error")).toObject();
    const int status = made.status >= 500 ? 500 : 400;
    QString description = problem.value(QStringLiteral("message")).toString();
    if (const QString english = problem.value(QStringLiteral("message_en")).toString(); !english.isEmpty()) {
        description += QStringLiteral(" / ") + english;
    }
    if (const QString field = problem.value(QStringLiteral("field")).toString(); !field.isEmpty()) {
        description += QStringLiteral(" (%1)").arg(field);
    }
    o.respond(open311::error(o.format, status, description.isEmpty() ? QStringLiteral("Lỗi / Error") : description));
}

void fileRequest(Call &call)
{
    auto o = begin(call, true);
    if (!o) {
        return;
    }
    Services &s = call.services;
    QList<open311::Error> problems;
    const auto filing =
        open311::filingFrom(o->fields, s.reference.directory(), core::vntime::localDate(s.clock.now()), &problems);
    if (!filing) {
        o->respond(open311::errors(o->format, 400, problems));
        return;
    }
    // A client's retry of the same request within the window is answered with the first report
    // (docs/open311.md, "Repeated requests"). Each later request of the same content gets a key
    // of its own: the next generation.
    const QString same = open311::sameRequestKey(o->system->user.id, o->fields);
    const qint64 window = s.reference.policy().open311().duplicateWindowSeconds;
    QString key;
    for (int generation = 0;; ++generation) {
        key = QUuid::createUuidV5(sameRequestNamespace, QStringLiteral("%1/%2").arg(same).arg(generation))
                  .toString(QUuid::WithoutBraces);
        const auto earlier = madeUnder(s, key);
        if (!earlier) {
            break;
        }
        if (earlier->second.secsTo(s.clock.now()) <= window) {
            o->auditEntity = earlier->first;
            o->respond(fileAnswer(*o, earlier->first,
                                  QStringLiteral("Yêu cầu này đã được tiếp nhận trước đó / This request was received "
                                                 "before")));
            return;
        }
    }
    const QString mediaUrl = o->fields.value(QStringLiteral("media_url")).trimmed();
    if (mediaUrl.isEmpty()) {
        create(*o, *filing, key);
        return;
    }
    // The picture first (on this thread, without blocking it), examined on the pool, then the
    // report with it; the answer waits for both. A picture refused refuses the request, which
    // the client may send again without it: nothing is filed half.
    auto pending = std::make_shared<Open311Call>(std::move(*o));
    const qint64 maxBytes = s.reference.policy().open311().mediaMaxKb * 1024;
    s.mediaFetcher->fetch(
        QUrl(mediaUrl), maxBytes, [pending, filing = *filing, key](const MediaFetcher::Result &fetched) {
            if (!fetched.ok()) {
                pending->respond(open311::error(pending->format, 400, fetched.description));
                return;
            }
            QtConcurrent::run([data = fetched.data] {
                return media::examine(data, media::MediaClass::Image);
            }).then(&pending->services.live, [pending, filing, key, fetched](const media::Examination &examination) {
                Services &services = pending->services;
                if (!examination.error.isEmpty()) {
                    pending->respond(open311::error(
                        pending->format, 400,
                        QStringLiteral(
                            "Ảnh của media_url không đọc được (%1) / the picture of media_url cannot be read "
                            "(%1)")
                            .arg(examination.error)));
                    return;
                }
                QString problem;
                const QString sha = services.media.storeWhole(fetched.data, fetched.mimeType, examination.facts,
                                                              pending->system->user.id, services.clock.now(), &problem);
                if (sha.isEmpty()) {
                    qWarning("ioc-server: cannot store an Open311 picture: %s", qPrintable(problem));
                    pending->respond(
                        open311::error(pending->format, 500, QStringLiteral("Lỗi máy chủ / Internal server error")));
                    return;
                }
                open311::Filing withPicture = filing;
                withPicture.payload.insert(
                    QStringLiteral("media"),
                    QJsonArray{QJsonObject{{QStringLiteral("sha256"), sha},
                                           {QStringLiteral("file_name"), QStringLiteral("media_url")}}});
                create(*pending, withPicture, key);
            });
        });
}

std::optional<QDateTime> dateField(Open311Call &o, const QString &name, bool *bad)
{
    // A '+' of the offset written unencoded in a query reads as a space (form encoding).
    const QString text = o.fields.value(name).trimmed().replace(u' ', u'+');
    if (text.isEmpty()) {
        return std::nullopt;
    }
    const auto parsed = core::vntime::parseIso8601(text);
    if (!parsed) {
        *bad = true;
        o.respond(open311::error(o.format, 400,
                                 QStringLiteral("%1 phải theo định dạng W3C, ví dụ 2026-12-05T08:00:00+07:00 / %1 must "
                                                "be a W3C date and time")
                                     .arg(name)));
    }
    return parsed;
}

void listRequests(Call &call)
{
    auto o = begin(call, false);
    if (!o) {
        return;
    }
    Services &s = call.services;
    Node list = Node::list(QStringLiteral("service_requests"));
    const QString ids = o->fields.value(QStringLiteral("service_request_id"));
    if (!ids.isEmpty()) {
        // The specification: a list of ids overrides every other parameter.
        for (const QString &id : ids.split(u',', Qt::SkipEmptyParts).mid(0, int(listLimit))) {
            bool own = false;
            const auto stored = storedReport(s, QStringLiteral("code"), id.trimmed());
            if (stored && o->mayRead(stored->report, &own)) {
                list.children.append(requestNode(*o, *stored, own));
            }
        }
        o->respond(open311::answer(o->format, list));
        return;
    }
    bool bad = false;
    const auto from = dateField(*o, QStringLiteral("start_date"), &bad);
    const auto to = bad ? std::nullopt : dateField(*o, QStringLiteral("end_date"), &bad);
    if (bad) {
        return;
    }
    const QDateTime end = to.value_or(s.clock.now());
    const QDateTime start = from.value_or(end.addDays(-defaultListDays));
    const QString code = o->fields.value(QStringLiteral("service_code")).trimmed();
    const QStringList statuses = o->fields.value(QStringLiteral("status")).split(u',', Qt::SkipEmptyParts);
    QString query = QStringLiteral("SELECT data, updated_at FROM reports WHERE received_at >= ? AND received_at <= ?");
    QVariantList values{start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch()};
    if (!code.isEmpty()) {
        query += QStringLiteral(" AND category_id = ?");
        values.append(code);
    }
    query += QStringLiteral(" ORDER BY received_at DESC, id LIMIT ? OFFSET ?");
    constexpr qint64 batch = 2000;
    for (qint64 offset = 0; list.children.size() < listLimit; offset += batch) {
        // Read whole before anything else asks the database: on PostgreSQL a forward-only result
        // is still being fetched while it is open.
        QList<std::pair<QString, qint64>> rows;
        {
            Sql sql(s.database);
            if (!sql.exec(query, values + QVariantList{batch, offset})) {
                o->respond(open311::error(o->format, 500, QStringLiteral("Lỗi máy chủ / Internal server error")));
                return;
            }
            while (sql.next()) {
                rows.append({sql.value(0).toString(), sql.value(1).toLongLong()});
            }
        }
        for (const auto &[data, updatedAt] : std::as_const(rows)) {
            if (list.children.size() >= listLimit) {
                break;
            }
            const auto report = ReportService::parse(data);
            bool own = false;
            if (!report || !o->mayRead(*report, &own) ||
                (!statuses.isEmpty() && !statuses.contains(open311::statusOf(report->state)))) {
                continue;
            }
            list.children.append(
                requestNode(*o, {*report, QDateTime::fromMSecsSinceEpoch(updatedAt, QTimeZone::utc())}, own));
        }
        if (rows.size() < batch) {
            break;
        }
    }
    o->respond(open311::answer(o->format, list));
}

void oneRequest(Call &call)
{
    auto o = begin(call, false);
    if (!o) {
        return;
    }
    const QString id = call.params.value(QStringLiteral("service_request_id"));
    o->auditEntity = id;
    bool own = false;
    const auto stored = storedReport(call.services, QStringLiteral("code"), id);
    if (!stored || !o->mayRead(stored->report, &own)) {
        o->respond(open311::error(
            o->format, 404, QStringLiteral("Không có phản ánh %1 / service_request_id %1 was not found").arg(id)));
        return;
    }
    o->respond(
        open311::answer(o->format, Node::list(QStringLiteral("service_requests"), {requestNode(*o, *stored, own)})));
}

void updates(Call &call)
{
    auto o = begin(call, true);
    if (!o) {
        return;
    }
    Services &s = call.services;
    bool bad = false;
    const auto from = dateField(*o, QStringLiteral("start_date"), &bad);
    const auto to = bad ? std::nullopt : dateField(*o, QStringLiteral("end_date"), &bad);
    if (bad) {
        return;
    }
    const QDateTime end = to.value_or(s.clock.now());
    const QDateTime start = from.value_or(end.addSecs(-defaultUpdateHours * 3600));
    Node list = Node::list(QStringLiteral("service_request_updates"));
    QHash<QString, std::optional<core::Report>> reports; // read once each
    QHash<QString, bool> owned;
    const auto mediaUrl = [&o](const QString &sha256) {
        return o->mediaUrl(sha256);
    };
    constexpr qint64 batch = 2000;
    for (qint64 offset = 0; list.children.size() < listLimit; offset += batch) {
        struct Row
        {
            QString reportId;
            int seq;
            QString data;
        };
        QList<Row> rows; // read whole first, as above
        {
            Sql sql(s.database);
            if (!sql.exec(QStringLiteral("SELECT report_id, seq, data FROM report_events WHERE received_at >= ? AND "
                                         "received_at <= ? ORDER BY received_at, report_id, seq LIMIT ? OFFSET ?"),
                          {start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch(), batch, offset})) {
                o->respond(open311::error(o->format, 500, QStringLiteral("Lỗi máy chủ / Internal server error")));
                return;
            }
            while (sql.next()) {
                rows.append({sql.value(0).toString(), sql.value(1).toInt(), sql.value(2).toString()});
            }
        }
        for (const Row &row : std::as_const(rows)) {
            if (list.children.size() >= listLimit) {
                break;
            }
            if (!reports.contains(row.reportId)) {
                auto report = s.reports.load(row.reportId);
                // Its filer follows every step of its own report, public or not.
                const bool own = report && o->owns(*report);
                if (report && !own && !core::isOnPublicTimeline(*report)) {
                    report.reset(); // not for this reader
                }
                reports.insert(row.reportId, report);
                owned.insert(row.reportId, own);
            }
            const auto &report = reports.value(row.reportId);
            if (!report) {
                continue;
            }
            const auto event = core::json::toEvent(QJsonDocument::fromJson(row.data.toUtf8()).object());
            if (!event.ok()) {
                continue;
            }
            if (auto node = open311::update(*report, event.value(), row.seq, owned.value(row.reportId),
                                            s.reference.directory(), mediaUrl)) {
                list.children.append(*node);
            }
        }
        if (rows.size() < batch) {
            break;
        }
    }
    o->respond(open311::answer(o->format, list));
}

// A picture's public copy, for the media_url of a report the reader may see.
void media(Call &call)
{
    auto o = begin(call, false, true);
    if (!o) {
        return;
    }
    const QString copy = call.params.value(QStringLiteral("hash"));
    o->auditEntity = copy;
    MediaStore &store = call.services.media;
    for (const QString &original : store.originalsOf(copy)) {
        const auto stored = store.find(original);
        const auto publicCopy = store.publicCopy(original);
        if (!stored || !publicCopy || publicCopy->sha256 != copy) {
            continue;
        }
        for (const QString &reportId : store.reportsShowing(original)) {
            const auto report = call.services.reports.load(reportId);
            bool own = false;
            if (report && o->mayRead(*report, &own)) {
                ApiResult result;
                result.rawBody = store.read(publicCopy->blobId, 0, publicCopy->size);
                result.contentType = stored->mimeType.toLatin1();
                result.headers.append(std::pair<QByteArray, QByteArray>("X-Content-Type-Options", "nosniff"));
                o->respond(result);
                return;
            }
        }
    }
    o->respond(open311::error(o->format, 404, QStringLiteral("Không có ảnh này / No such picture")));
}

} // namespace

QList<Route> ApiServer::open311Routes()
{
    QList<Route> routes;
    routes.append({"GET", QStringLiteral("/open311/v2/discovery.{format}"), false, {}, discovery});
    routes.append({"GET", QStringLiteral("/open311/v2/services.{format}"), false, {}, services});
    routes.append(
        {"GET", QStringLiteral("/open311/v2/services/{service_code}.{format}"), false, {}, serviceDefinition});
    routes.append({"POST", QStringLiteral("/open311/v2/requests.{format}"), false, {}, fileRequest});
    routes.append({"GET", QStringLiteral("/open311/v2/requests.{format}"), false, {}, listRequests});
    routes.append({"GET", QStringLiteral("/open311/v2/requests/{service_request_id}.{format}"), false, {}, oneRequest});
    routes.append({"GET", QStringLiteral("/open311/v2/servicerequestupdates.{format}"), false, {}, updates});
    routes.append({"GET", QStringLiteral("/open311/v2/media/{hash}.{format}"), false, {}, media});
    return routes;
}

} // namespace ioc::server

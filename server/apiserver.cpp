#include "apiserver.h"

#include "livechannel.h"
#include "metrics.h"
#include "open311format.h"

#include <QElapsedTimer>
#include <QJsonDocument>

namespace ioc::server {

void Services::announceChanges()
{
    const qint64 head = feed.head();
    live.changed(head);
    database.announceChange(head);
}

QList<core::Role> staffRoles()
{
    return {core::Role::DutyOfficer, core::Role::Supervisor, core::Role::AgencyStaff, core::Role::AgencyLeader,
            core::Role::Admin};
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void Call::respond(const ApiResult &result)
{
    send(responder, result);
}

void send(Responder &responder, const ApiResult &result)
{
    HttpHeaders headers{{"Content-Type", result.contentType.isEmpty() ? QByteArray("application/json; charset=utf-8")
                                                                      : result.contentType},
                        {"Cache-Control", "no-store"}};
    for (const auto &header : result.headers) {
        headers.append(header);
    }
    responder.send(result.status, result.rawBody.isEmpty() ? json(result.body) : result.rawBody, headers);
}

core::Actor Call::actor() const
{
    if (!session) {
        return {};
    }
    return {session->user.id, session->user.role, session->user.agencyId};
}

QString Call::clientAddress() const
{
    return server::clientAddress(request.peer, request.header("x-forwarded-for"), services.trustedProxies).toString();
}

std::optional<QJsonObject> Call::jsonBody()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        respond(server::error(400, QStringLiteral("invalid_json")));
        return std::nullopt;
    }
    return document.object();
}

QList<Route> ApiServer::routes()
{
    QList<Route> routes;
    addAuthRoutes(routes);
    addReportRoutes(routes);
    addReferenceRoutes(routes);
    addUserRoutes(routes);
    addCitizenRoutes(routes);
    addNotificationRoutes(routes);
    addAccountRoutes(routes);
    addMediaRoutes(routes);
    addHandoverRoutes(routes);
    addSupervisionRoutes(routes);
    addTileRoutes(routes);
    addMetricsRoutes(routes);
    return routes;
}

ApiServer::ApiServer(Services &services)
    : m_services(services)
    , m_routes(routes() + open311Routes())
{}

namespace {

// One part of a pattern against one segment of a path: a literal, a parameter ("{id}"), or
// either followed by a parameter for the extension ("requests.{format}", "{id}.{format}", split
// at the segment's last dot, as Open311 names its resources).
bool matchesPart(QStringView part, QStringView segment, QHash<QString, QString> *found)
{
    if (const qsizetype dot = part.indexOf(u".{"); dot > 0 && part.endsWith(u'}')) {
        const qsizetype last = segment.lastIndexOf(u'.');
        return last > 0 && matchesPart(part.first(dot), segment.first(last), found) &&
               matchesPart(part.sliced(dot + 1), segment.sliced(last + 1), found);
    }
    if (part.startsWith(u'{') && part.endsWith(u'}')) {
        found->insert(part.sliced(1, part.size() - 2).toString(), segment.toString());
        return true;
    }
    return part == segment;
}

// Matches "/v1/reports/{id}" against a path; fills the parameters.
bool matches(const QString &pattern, const QStringList &segments, QHash<QString, QString> *params)
{
    const QStringList parts = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() != segments.size()) {
        return false;
    }
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (!matchesPart(parts.at(i), segments.at(i), &found)) {
            return false;
        }
    }
    *params = found;
    return true;
}

} // namespace

void ApiServer::handle(const HttpRequest &request, Responder responder)
{
    QElapsedTimer timer;
    timer.start();
    Call call{request, {}, std::nullopt, m_services, std::move(responder)};
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const Route *route = nullptr;
    QString pattern = QStringLiteral("unmatched");
    for (const Route &candidate : m_routes) {
        QHash<QString, QString> params;
        if (matches(candidate.pattern, segments, &params)) {
            pattern = candidate.pattern;
            if (candidate.method == request.method) {
                route = &candidate;
                call.params = params;
                break;
            }
        }
    }
    const bool pathKnown = pattern != QStringLiteral("unmatched");
    if (Metrics *metrics = m_services.metrics) {
        // A method the server does not know is counted as "other": the series stay few.
        static const QList<QByteArray> methods{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"};
        const QByteArray method = methods.contains(request.method) ? request.method : QByteArray("other");
        call.responder.whenSent([metrics, pattern, method, timer](int status) {
            metrics->recordRequest(pattern, method, status, double(timer.nsecsElapsed()) / 1e9);
        });
    }
    // Under /open311/ every answer is the specification's error list (docs/open311.md).
    const bool open311 = request.path.startsWith(QStringLiteral("/open311/"));
    const auto open311Format =
        request.path.endsWith(QStringLiteral(".json")) ? open311::Format::Json : open311::Format::Xml;
    if (route == nullptr) {
        if (open311) {
            call.respond(
                pathKnown
                    ? open311::error(open311Format, 405,
                                     QStringLiteral("Phương thức không được hỗ trợ / Method not allowed"))
                    : open311::error(open311Format, 404, QStringLiteral("Không có tài nguyên này / No such resource")));
            return;
        }
        call.respond(error(pathKnown ? 405 : 404,
                           pathKnown ? QStringLiteral("method_not_allowed") : QStringLiteral("not_found")));
        return;
    }
    for (auto it = call.params.constBegin(); it != call.params.constEnd(); ++it) {
        if (!isValidId(it.value())) {
            call.respond(open311 ? open311::error(open311Format, 400,
                                                  QStringLiteral("%1 không hợp lệ / %1 is not valid").arg(it.key()))
                                 : error(400, QStringLiteral("invalid_id"), it.key()));
            return;
        }
    }
    if (route->authenticated) {
        if (!m_services.ready) {
            call.respond(error(503, QStringLiteral("not_ready")));
            return;
        }
        const QByteArray authorization = request.header("authorization");
        if (!authorization.startsWith("Bearer ")) {
            ApiResult result = error(401, QStringLiteral("unauthorized"));
            result.headers.append(std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Bearer"));
            call.respond(result);
            return;
        }
        call.session = m_services.users.authenticate(authorization.mid(7).trimmed());
        if (!call.session) {
            ApiResult result = error(401, QStringLiteral("token_invalid"));
            result.headers.append(
                std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Bearer error=\"invalid_token\""));
            call.respond(result);
            return;
        }
        if (!route->roles.isEmpty() && !route->roles.contains(call.session->user.role)) {
            call.respond(error(403, QStringLiteral("forbidden")));
            return;
        }
    }
    route->handler(call);
}

} // namespace ioc::server

#pragma once

#include "apiresult.h"
#include "core/directory.h"
#include "core/workflow.h"
#include "httpserver.h"
#include "services.h"
#include "userstore.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace ioc::server {

// One request on its way through a handler.
struct Call
{
    const HttpRequest &request;
    QHash<QString, QString> params; // path parameters, validated ids
    std::optional<Session> session;
    Services &services;
    Responder responder;

    void respond(const ApiResult &result);
    core::Actor actor() const;
    // The client's address (behind a trusted proxy: the one it forwarded), for throttling.
    QString clientAddress() const;
    // The request body as a JSON object; responds 400 and returns nothing if it is not one.
    std::optional<QJsonObject> jsonBody();
};

struct Route
{
    QByteArray method;
    QString pattern; // "/v1/reports/{id}/actions"
    bool authenticated = true;
    QList<core::Role> roles; // empty: any signed-in role
    std::function<void(Call &)> handler;
};

// The API of docs/api/openapi.yaml: routing, authentication and role checks, JSON errors.
class ApiServer final
{
public:
    explicit ApiServer(Services &services);
    void handle(const HttpRequest &request, Responder responder);
    // Every route of the server's own API (the OpenAPI test compares them with the contract).
    static QList<Route> routes();
    // The Open311 GeoReport v2 interface (docs/open311.md, its own contract).
    static QList<Route> open311Routes();

private:
    Services &m_services;
    QList<Route> m_routes;
};

// Route groups, one file each.
void addAuthRoutes(QList<Route> &routes);
void addReportRoutes(QList<Route> &routes);
void addReferenceRoutes(QList<Route> &routes);
void addUserRoutes(QList<Route> &routes);
void addCitizenRoutes(QList<Route> &routes);
void addNotificationRoutes(QList<Route> &routes);
void addAccountRoutes(QList<Route> &routes);
void addMediaRoutes(QList<Route> &routes);
void addHandoverRoutes(QList<Route> &routes);
void addSupervisionRoutes(QList<Route> &routes);
// A letter or an assessment as `actor` may read it (the change feed's `letter` and `assessment`).
std::optional<QJsonObject> supervisionRecord(Services &s, const core::Actor &actor, const QString &kind,
                                             const QString &id);
void addTileRoutes(QList<Route> &routes);
void addMetricsRoutes(QList<Route> &routes);

// The IOC's and the agencies' people, and administrators: not citizens, not connected systems.
QList<core::Role> staffRoles();
QByteArray json(const QJsonObject &object);
// Sends a handler's answer (JSON unless it says otherwise) through a responder kept for later.
void send(Responder &responder, const ApiResult &result);

} // namespace ioc::server

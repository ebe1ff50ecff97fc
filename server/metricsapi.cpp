#include "apiserver.h"
#include "clientaddress.h"
#include "metrics.h"

// /v1/metrics: Prometheus' text format, for an administrator's token or a configured address.
namespace ioc::server {

namespace {

void metrics(Call &call)
{
    const QHostAddress client =
        server::clientAddress(call.request.peer, call.request.header("x-forwarded-for"), call.services.trustedProxies);
    bool allowed = isTrustedProxy(client, call.services.metricsReaders); // "within one of these subnets"
    if (!allowed) {
        const QByteArray authorization = call.request.header("authorization");
        if (!authorization.startsWith("Bearer ")) {
            ApiResult result = error(401, QStringLiteral("unauthorized"));
            result.headers.append(std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Bearer"));
            call.respond(result);
            return;
        }
        const auto session = call.services.users.authenticate(authorization.mid(7).trimmed());
        if (!session) {
            call.respond(error(401, QStringLiteral("token_invalid")));
            return;
        }
        allowed = session->user.role == core::Role::Admin;
    }
    if (!allowed || call.services.metrics == nullptr) {
        call.respond(error(403, QStringLiteral("forbidden")));
        return;
    }
    call.responder.send(200, call.services.metrics->exposition(call.services),
                        {{"Content-Type", "text/plain; version=0.0.4; charset=utf-8"}, {"Cache-Control", "no-store"}});
}

} // namespace

void addMetricsRoutes(QList<Route> &routes)
{
    // Not "authenticated": the configured addresses need no token; the handler checks.
    routes.append({"GET", QStringLiteral("/v1/metrics"), false, {}, metrics});
}

} // namespace ioc::server

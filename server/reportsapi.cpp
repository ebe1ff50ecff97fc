#include "apiserver.h"
#include "core/reportjson.h"
#include "core/visibility.h"
#include "livechannel.h"

#include <QJsonArray>
#include <QUuid>

// /v1/reports…, /v1/changes…
namespace ioc::server {

namespace {

void createReport(Call &call)
{
    call.respond(call.services.reports.create(call.actor(), call.request.body,
                                              QString::fromLatin1(call.request.header("idempotency-key"))));
}

void getReport(Call &call)
{
    call.respond(call.services.reports.get(call.actor(), call.params.value(QStringLiteral("id"))));
}

void act(Call &call)
{
    call.respond(call.services.reports.act(call.actor(), call.params.value(QStringLiteral("id")), call.request.body,
                                           call.request.header("if-match"),
                                           QString::fromLatin1(call.request.header("idempotency-key"))));
}

void knownRequests(Call &call)
{
    const auto body = call.jsonBody();
    if (!body) {
        return;
    }
    const QJsonValue keys = body->value(QStringLiteral("keys"));
    if (!keys.isArray() || body->size() != 1) {
        call.respond(error(400, QStringLiteral("wrong_type"), QStringLiteral("keys")));
        return;
    }
    QStringList wanted;
    for (const QJsonValue &key : keys.toArray()) {
        if (!key.isString() || QUuid::fromString(key.toString()).isNull()) {
            call.respond(error(400, QStringLiteral("idempotency_key_invalid"), QStringLiteral("keys")));
            return;
        }
        wanted.append(key.toString());
    }
    if (wanted.size() > 1000) {
        call.respond(error(400, QStringLiteral("too_many_keys"), QStringLiteral("keys")));
        return;
    }
    QJsonArray known;
    for (const QString &key : call.services.reports.knownRequests(call.actor(), wanted)) {
        known.append(key);
    }
    call.respond(ok({{QStringLiteral("known"), known}}));
}

std::optional<qint64> cursorOf(Call &call)
{
    const QString text = call.request.query.queryItemValue(QStringLiteral("cursor"));
    if (text.isEmpty()) {
        return 0;
    }
    bool ok = false;
    const qint64 cursor = text.toLongLong(&ok);
    if (!ok || cursor < 0) {
        call.respond(error(400, QStringLiteral("invalid_cursor"), QStringLiteral("cursor")));
        return std::nullopt;
    }
    // A cursor past the head comes from another database (restored, or another epoch); one
    // below the oldest kept position has lost its removals.
    const ChangeFeed &feed = call.services.feed;
    if (cursor > feed.head() || (cursor > 0 && cursor < feed.oldestValidCursor())) {
        ApiResult gone = error(410, QStringLiteral("cursor_too_old"));
        gone.body.insert(QStringLiteral("epoch"), call.services.epoch);
        call.respond(gone);
        return std::nullopt;
    }
    return cursor;
}

QJsonValue entityData(Call &call, const ChangeRow &row, bool *visible)
{
    *visible = true;
    Services &s = call.services;
    if (row.kind == QStringLiteral("report")) {
        const auto report = ReportService::parse(row.reportData);
        if (!report || !core::reportAccess(call.actor(), *report, s.reference.directory()).report) {
            *visible = false;
            return {};
        }
        return s.reports.view(*report, call.actor(), true);
    }
    if (row.kind == QStringLiteral("user")) {
        const auto user = s.users.user(row.entityId);
        return user ? QJsonValue(core::json::fromUser(*user)) : QJsonValue();
    }
    if (row.kind == QStringLiteral("calendar") || row.kind == QStringLiteral("sla_policy")) {
        return s.reference.document(row.kind);
    }
    const auto entity = s.reference.entity(row.kind, row.entityId);
    return entity ? QJsonValue(*entity) : QJsonValue();
}

void changes(Call &call)
{
    const auto cursor = cursorOf(call);
    if (!cursor) {
        return;
    }
    bool limitOk = true;
    int limit = call.request.query.hasQueryItem(QStringLiteral("limit"))
                    ? call.request.query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk)
                    : 200;
    if (!limitOk || limit < 1) {
        call.respond(error(400, QStringLiteral("invalid_value"), QStringLiteral("limit")));
        return;
    }
    limit = std::min(limit, 1000);
    const core::Actor actor = call.actor();
    const bool agencyRole = actor.role == core::Role::AgencyStaff || actor.role == core::Role::AgencyLeader;
    qint64 scanned = *cursor;
    bool hasMore = false;
    const QList<ChangeRow> rows =
        call.services.feed.page(*cursor, limit, agencyRole ? actor.agencyId : QString(), &scanned, &hasMore);
    QJsonArray list;
    for (const ChangeRow &row : rows) {
        if (row.removal) {
            // Gone from this agency's view, unless it came back since.
            const auto report = ReportService::parse(row.reportData);
            if (report && core::reportAccess(actor, *report, call.services.reference.directory()).report) {
                continue;
            }
            list.append(QJsonObject{{QStringLiteral("kind"), row.kind},
                                    {QStringLiteral("id"), row.entityId},
                                    {QStringLiteral("version"), 0},
                                    {QStringLiteral("deleted"), true},
                                    {QStringLiteral("data"), QJsonValue::Null}});
            continue;
        }
        bool visible = true;
        const QJsonValue data = row.deleted ? QJsonValue() : entityData(call, row, &visible);
        if (!visible) {
            continue;
        }
        list.append(QJsonObject{{QStringLiteral("kind"), row.kind},
                                {QStringLiteral("id"), row.entityId},
                                {QStringLiteral("version"), data.toObject().value(QStringLiteral("version")).toInt()},
                                {QStringLiteral("deleted"), row.deleted},
                                {QStringLiteral("data"), data}});
    }
    call.respond(ok(QJsonObject{{QStringLiteral("changes"), list},
                                {QStringLiteral("next_cursor"), QString::number(scanned)},
                                {QStringLiteral("has_more"), hasMore},
                                {QStringLiteral("epoch"), call.services.epoch}}));
}

void waitForChanges(Call &call)
{
    const auto cursor = cursorOf(call);
    if (!cursor) {
        return;
    }
    const qint64 head = call.services.feed.head();
    if (head > *cursor) {
        call.respond(ok(QJsonObject{{QStringLiteral("changes_waiting"), true}, {QStringLiteral("head"), head}}));
        return;
    }
    bool ok = true;
    int timeout = call.request.query.hasQueryItem(QStringLiteral("timeout"))
                      ? call.request.query.queryItemValue(QStringLiteral("timeout")).toInt(&ok)
                      : 25;
    if (!ok || timeout < 0) {
        call.respond(error(400, QStringLiteral("invalid_value"), QStringLiteral("timeout")));
        return;
    }
    call.services.live.wait(*cursor, std::min(timeout, 60) * 1000, std::move(call.responder));
}

} // namespace

void addReportRoutes(QList<Route> &routes)
{
    routes.append({"POST",
                   QStringLiteral("/v1/reports"),
                   true,
                   {core::Role::DutyOfficer, core::Role::ConnectedSystem},
                   createReport});
    routes.append({"GET", QStringLiteral("/v1/reports/{id}"), true, staffRoles() + QList{core::Role::ConnectedSystem},
                   getReport});
    routes.append({"POST", QStringLiteral("/v1/reports/{id}/actions"), true, staffRoles(), act});
    routes.append({"GET", QStringLiteral("/v1/changes"), true, staffRoles(), changes});
    routes.append({"POST", QStringLiteral("/v1/requests/known"), true, {}, knownRequests});
    routes.append({"GET", QStringLiteral("/v1/changes/wait"), true, staffRoles(), waitForChanges});
}

} // namespace ioc::server

#include "apiserver.h"
#include "auditcheckpoint.h"
#include "core/masking.h"
#include "core/reportjson.h"
#include "core/visibility.h"
#include "core/vntime.h"
#include "livechannel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

// /v1/reports…, /v1/changes…
namespace ioc::server {

namespace {

void createReport(Call &call)
{
    // An officer naming the connected system a report came from names one that exists.
    const QJsonObject payload = QJsonDocument::fromJson(call.request.body).object();
    if (const QString system = payload.value(QStringLiteral("source_system_id")).toString();
        !system.isEmpty() && call.actor().role == core::Role::DutyOfficer) {
        const auto account = call.services.users.user(system);
        if (!account || account->role != core::Role::ConnectedSystem || !account->active) {
            call.respond(error(400, QStringLiteral("invalid_value"), QStringLiteral("source_system_id")));
            return;
        }
    }
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

// Which reports a phone number or citizen ID reported (the hotline: "I reported a broken light
// last week"). A look-up by identity is a reveal (PRODUCT.md §17): a reason is required, the
// answer carries report ids and no identity, each look-up is audited with who, when, why and a
// masked form of what was looked for, and it is counted like sign-in attempts.
void lookUpReporter(Call &call)
{
    const auto body = call.jsonBody();
    if (!body) {
        return;
    }
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() != QStringLiteral("phone") && it.key() != QStringLiteral("citizen_id") &&
            it.key() != QStringLiteral("reason")) {
            call.respond(error(400, QStringLiteral("unknown_field"), it.key()));
            return;
        }
    }
    const QString reason = body->value(QStringLiteral("reason")).toString().trimmed();
    const QString phone = body->value(QStringLiteral("phone")).toString().trimmed();
    const QString citizenId = body->value(QStringLiteral("citizen_id")).toString().trimmed();
    if (reason.isEmpty() || reason.size() > 500) {
        call.respond(error(422, QStringLiteral("reason_required"), QStringLiteral("reason")));
        return;
    }
    if (phone.isEmpty() == citizenId.isEmpty()) {
        call.respond(error(422, QStringLiteral("invalid_value"), QStringLiteral("phone")));
        return;
    }
    const core::Actor actor = call.actor();
    if (const qint64 wait = call.services.users.reserveLookup(actor.userId); wait > 0) {
        ApiResult result = error(429, QStringLiteral("too_many_lookups"));
        result.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", QByteArray::number(wait)));
        call.respond(result);
        return;
    }
    const ReporterIdentity &identity = call.services.reports.identity();
    const QString key = phone.isEmpty() ? identity.citizenIdKey(citizenId) : identity.phoneKey(phone);
    constexpr int limit = 200;
    const QStringList ids = identity.reportsWithKey(key, limit);
    QJsonArray items;
    QJsonArray found;
    for (const QString &id : ids) {
        const auto report = call.services.reports.load(id);
        if (!report || !core::reportAccess(actor, *report, call.services.reference.directory()).report) {
            continue;
        }
        items.append(QJsonObject{{QStringLiteral("id"), report->id},
                                 {QStringLiteral("code"), report->code},
                                 {QStringLiteral("state"), core::reportStateName(report->state)},
                                 {QStringLiteral("received_at"), core::vntime::toIso8601(report->receivedAt)}});
        found.append(report->id);
    }
    const QDateTime now = call.services.clock.now();
    const AuditEntry entry{
        actor.userId,
        core::roleName(actor.role),
        QStringLiteral("look_up_reporter"),
        QStringLiteral("reporter"),
        key,
        now,
        now,
        {},
        QJsonObject{{QStringLiteral("by"), phone.isEmpty() ? QStringLiteral("citizen_id") : QStringLiteral("phone")},
                    {QStringLiteral("looked_for"),
                     phone.isEmpty() ? core::masking::citizenId(citizenId) : core::masking::phone(phone)},
                    {QStringLiteral("reason"), reason},
                    {QStringLiteral("reports"), found}}};
    QString problem;
    // Recorded before it answers: no record, no answer.
    if (!call.services.database.transaction([&] { return call.services.audit.append(entry, now, &problem); },
                                            &problem)) {
        qWarning("ioc-server: cannot record a reporter look-up: %s", qPrintable(problem));
        call.respond(error(500, QStringLiteral("internal_error")));
        return;
    }
    call.respond(ok(QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("truncated"), ids.size() >= limit}}));
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
    if (row.kind == QStringLiteral("audit_checkpoint")) {
        // The latest signed head of the audit trail, with the key that checks it; consoles keep it.
        const auto checkpoint = latestCheckpoint(s.database);
        if (!checkpoint) {
            *visible = false;
            return {};
        }
        QJsonObject data = checkpoint->toJson();
        if (s.checkpoints != nullptr) {
            data.insert(QStringLiteral("public_key"), QString::fromLatin1(s.checkpoints->publicKey().toBase64()));
        }
        return data;
    }
    if (row.kind == QStringLiteral("letter") || row.kind == QStringLiteral("assessment")) {
        const auto record = supervisionRecord(s, call.actor(), row.kind, row.entityId);
        *visible = record.has_value();
        return record ? QJsonValue(*record) : QJsonValue();
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
    const bool entries = ReportService::readsFeedEntries(actor.role);
    qint64 scanned = *cursor;
    bool hasMore = false;
    const QList<ChangeRow> rows =
        call.services.feed.page(*cursor, limit, agencyRole ? actor.agencyId : QString(), &scanned, &hasMore,
                                entries ? ChangeFeed::Read::Entries : ChangeFeed::Read::Data);
    // Written out rather than built as one QJsonObject: stored entries go in as they are.
    QByteArray body = QByteArrayLiteral("{\"changes\":[");
    bool first = true;
    const auto append = [&body, &first](const QByteArray &change) {
        if (!first) {
            body += ',';
        }
        body += change;
        first = false;
    };
    for (const ChangeRow &row : rows) {
        if (!row.entry.isEmpty()) {
            append(row.entry);
            continue;
        }
        if (row.removal) {
            // Gone from this agency's view, unless it came back since.
            const auto report = ReportService::parse(row.reportData);
            if (report && core::reportAccess(actor, *report, call.services.reference.directory()).report) {
                continue;
            }
            append(json(feedChange(row.kind, row.entityId, QJsonValue::Null, true)));
            continue;
        }
        bool visible = true;
        const QJsonValue data = row.deleted ? QJsonValue() : entityData(call, row, &visible);
        if (!visible) {
            continue;
        }
        append(json(feedChange(row.kind, row.entityId, data, row.deleted)));
    }
    // The rest of the page's object, after the list.
    const QByteArray rest = json(QJsonObject{{QStringLiteral("next_cursor"), QString::number(scanned)},
                                             {QStringLiteral("has_more"), hasMore},
                                             {QStringLiteral("epoch"), call.services.epoch}});
    ApiResult result;
    result.rawBody = body + "]," + rest.mid(1);
    call.respond(result);
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
    routes.append({"POST",
                   QStringLiteral("/v1/reports/lookup"),
                   true,
                   {core::Role::DutyOfficer, core::Role::Supervisor},
                   lookUpReporter});
    routes.append({"GET", QStringLiteral("/v1/changes"), true, staffRoles(), changes});
    routes.append({"POST", QStringLiteral("/v1/requests/known"), true, {}, knownRequests});
    routes.append({"GET", QStringLiteral("/v1/changes/wait"), true, staffRoles(), waitForChanges});
}

} // namespace ioc::server

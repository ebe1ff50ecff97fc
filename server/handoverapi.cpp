#include "apiserver.h"
#include "core/vntime.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QUuid>

// /v1/handovers: shift handover notes of the IOC (open matters, promises made by phone), shown
// to the next officer at sign-in until acknowledged. Each write and acknowledgement is audited.
namespace ioc::server {

namespace {

constexpr qsizetype maxTextLength = 10000;

const QString columns = QStringLiteral("id, author_id, written_at, text, acknowledged_by, acknowledged_at");

QJsonObject noteJson(const Sql &sql)
{
    QJsonObject note{{QStringLiteral("id"), sql.value(0).toString()},
                     {QStringLiteral("author_id"), sql.value(1).toString()},
                     {QStringLiteral("written_at"), core::vntime::toIso8601(QDateTime::fromMSecsSinceEpoch(
                                                        sql.value(2).toLongLong(), QTimeZone::utc()))},
                     {QStringLiteral("text"), sql.value(3).toString()}};
    if (!sql.value(4).isNull()) {
        note.insert(QStringLiteral("acknowledged_by"), sql.value(4).toString());
        note.insert(QStringLiteral("acknowledged_at"), core::vntime::toIso8601(QDateTime::fromMSecsSinceEpoch(
                                                           sql.value(5).toLongLong(), QTimeZone::utc())));
    }
    return note;
}

std::optional<QJsonObject> loadNote(Services &s, const QString &id)
{
    Sql sql(s.database);
    if (sql.exec(QStringLiteral("SELECT %1 FROM handovers WHERE id = ?").arg(columns), {id}) && sql.next()) {
        return noteJson(sql);
    }
    return std::nullopt;
}

void write(Call &call)
{
    const auto body = call.jsonBody();
    if (!body) {
        return;
    }
    const QString text = body->value(QStringLiteral("text")).toString().trimmed();
    if (text.isEmpty() || text.size() > maxTextLength) {
        call.respond(error(400, QStringLiteral("text_required"), QStringLiteral("text")));
        return;
    }
    Services &s = call.services;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = s.clock.now();
    QString problem;
    const bool committed = s.database.transaction(
        [&] {
            Sql sql(s.database);
            if (!sql.exec(QStringLiteral("INSERT INTO handovers (id, author_id, written_at, text) VALUES (?, ?, ?, ?)"),
                          {id, call.actor().userId, now.toMSecsSinceEpoch(), text})) {
                problem = sql.error();
                return false;
            }
            return s.audit.append({call.actor().userId,
                                   core::roleName(call.actor().role),
                                   QStringLiteral("write"),
                                   QStringLiteral("handover"),
                                   id,
                                   now,
                                   now,
                                   {},
                                   {{QStringLiteral("text"), text}}},
                                  now, &problem);
        },
        &problem);
    if (!committed) {
        qWarning("ioc-server: cannot store a handover note: %s", qPrintable(problem));
        call.respond(error(500, QStringLiteral("internal_error")));
        return;
    }
    call.respond(ok({{QStringLiteral("handover"), loadNote(s, id).value_or(QJsonObject())}}, 201));
}

void list(Call &call, bool pendingOnly)
{
    Sql sql(call.services.database);
    const bool found =
        pendingOnly
            ? sql.exec(QStringLiteral("SELECT %1 FROM handovers WHERE acknowledged_by IS NULL AND author_id <> ? "
                                      "ORDER BY written_at DESC LIMIT 20")
                           .arg(columns),
                       {call.actor().userId})
            : sql.exec(QStringLiteral("SELECT %1 FROM handovers ORDER BY written_at DESC LIMIT 50").arg(columns));
    if (!found) {
        call.respond(error(500, QStringLiteral("internal_error")));
        return;
    }
    QJsonArray items;
    while (sql.next()) {
        items.append(noteJson(sql));
    }
    call.respond(ok({{QStringLiteral("items"), items}}));
}

void acknowledge(Call &call)
{
    Services &s = call.services;
    const QString id = call.params.value(QStringLiteral("id"));
    const auto before = loadNote(s, id);
    if (!before) {
        call.respond(error(404, QStringLiteral("handover_not_found")));
        return;
    }
    if (before->contains(QStringLiteral("acknowledged_by"))) {
        call.respond(error(409, QStringLiteral("already_acknowledged")));
        return;
    }
    const QDateTime now = s.clock.now();
    QString problem;
    bool taken = false;
    const bool committed = s.database.transaction(
        [&] {
            Sql sql(s.database);
            if (!sql.exec(QStringLiteral("UPDATE handovers SET acknowledged_by = ?, acknowledged_at = ? "
                                         "WHERE id = ? AND acknowledged_by IS NULL"),
                          {call.actor().userId, now.toMSecsSinceEpoch(), id})) {
                problem = sql.error();
                return false;
            }
            taken = sql.rowsAffected() == 1;
            if (!taken) {
                return true; // another officer acknowledged it meanwhile
            }
            return s.audit.append({call.actor().userId, core::roleName(call.actor().role),
                                   QStringLiteral("acknowledge"), QStringLiteral("handover"), id, now, now, *before,
                                   loadNote(s, id).value_or(QJsonObject())},
                                  now, &problem);
        },
        &problem);
    if (!committed) {
        qWarning("ioc-server: cannot acknowledge a handover note: %s", qPrintable(problem));
        call.respond(error(500, QStringLiteral("internal_error")));
        return;
    }
    if (!taken) {
        call.respond(error(409, QStringLiteral("already_acknowledged")));
        return;
    }
    call.respond(ok({{QStringLiteral("handover"), loadNote(s, id).value_or(QJsonObject())}}));
}

} // namespace

void addHandoverRoutes(QList<Route> &routes)
{
    const QList<core::Role> ioc{core::Role::DutyOfficer, core::Role::Supervisor};
    routes.append({"GET", QStringLiteral("/v1/handovers"), true, ioc, [](Call &call) {
                       list(call, false);
                   }});
    routes.append({"POST", QStringLiteral("/v1/handovers"), true, ioc, write});
    routes.append({"GET", QStringLiteral("/v1/handovers/pending"), true, ioc, [](Call &call) {
                       list(call, true);
                   }});
    routes.append({"POST", QStringLiteral("/v1/handovers/{id}/acknowledge"), true, ioc, acknowledge});
}

} // namespace ioc::server

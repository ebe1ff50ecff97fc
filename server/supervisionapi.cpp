#include "apiserver.h"
#include "core/reportjson.h"
#include "core/supervisionrecords.h"
#include "core/vntime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

// /v1/letters and /v1/assessments: the supervision records of PRODUCT.md §11. A reminder letter
// (Điều 14.3.a) is issued by the IOC to an agency about reports, numbered per year by the server;
// a cooperation assessment (14.2.c) is a supervisor's record per agency and period. Each write is
// audited and reaches the consoles through the change feed (kinds `letter` and `assessment`):
// the IOC's replicas hold every one, an agency's replica its own.
namespace ioc::server {

namespace {

constexpr qsizetype maxText = 20000;
constexpr qsizetype maxReports = 500;

bool isIocRole(core::Role role)
{
    return role == core::Role::DutyOfficer || role == core::Role::Supervisor || role == core::Role::Admin;
}

// Stores a record with its feed entry and audit record, in one transaction.
bool commit(Call &call, const QString &kind, const QString &id, const QJsonObject &data,
            const std::function<bool(Sql &, QString *)> &store, QString *problem)
{
    Services &s = call.services;
    const QDateTime now = s.clock.now();
    return s.database.transaction(
        [&] {
            Sql sql(s.database);
            if (!store(sql, problem)) {
                return false;
            }
            s.feed.record(kind, id);
            return s.audit.append({call.actor().userId,
                                   core::roleName(call.actor().role),
                                   QStringLiteral("write"),
                                   kind,
                                   id,
                                   now,
                                   now,
                                   {},
                                   data},
                                  now, problem);
        },
        problem);
}

void issueLetter(Call &call)
{
    const auto body = call.jsonBody();
    if (!body) {
        return;
    }
    Services &s = call.services;
    core::ReminderLetter letter;
    letter.agencyId = body->value(QStringLiteral("agency_id")).toString();
    if (s.reference.directory().agency(letter.agencyId) == nullptr) {
        call.respond(error(422, QStringLiteral("unknown_agency"), QStringLiteral("agency_id")));
        return;
    }
    letter.body = body->value(QStringLiteral("body")).toString().trimmed();
    if (letter.body.isEmpty() || letter.body.size() > maxText) {
        call.respond(error(400, QStringLiteral("text_required"), QStringLiteral("body")));
        return;
    }
    letter.subject = body->value(QStringLiteral("subject")).toString().trimmed().left(500);
    letter.signatory = body->value(QStringLiteral("signatory")).toString().trimmed().left(200);
    letter.signatoryTitle = body->value(QStringLiteral("signatory_title")).toString().trimmed().left(200);
    if (letter.signatory.isEmpty()) {
        call.respond(error(400, QStringLiteral("signatory_required"), QStringLiteral("signatory")));
        return;
    }
    const QJsonArray reports = body->value(QStringLiteral("report_ids")).toArray();
    if (reports.isEmpty() || reports.size() > maxReports) {
        call.respond(error(400, QStringLiteral("reports_required"), QStringLiteral("report_ids")));
        return;
    }
    for (const QJsonValue &value : reports) {
        const QString id = value.toString();
        if (id.isEmpty() || !s.reports.load(id)) {
            call.respond(error(422, QStringLiteral("unknown_report"), QStringLiteral("report_ids")));
            return;
        }
        if (!letter.reportIds.contains(id)) {
            letter.reportIds.append(id);
        }
    }
    letter.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    letter.issuedAt = s.clock.now();
    letter.issuedBy = call.actor().userId;
    letter.year = core::vntime::localDate(letter.issuedAt).year();
    // The next number of the year: read and written in one transaction; the unique (year, seq)
    // turns a race between two instances into a retry, never into two letters with one number.
    QString problem;
    bool committed = false;
    for (int attempt = 0; attempt < 3 && !committed; ++attempt) {
        committed = commit(
            call, QStringLiteral("letter"), letter.id, {},
            [&](Sql &sql, QString *error) {
                if (!sql.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM letters WHERE year = ?"),
                              {letter.year}) ||
                    !sql.next()) {
                    *error = sql.error();
                    return false;
                }
                letter.seq = sql.value(0).toInt();
                letter.number = core::letterNumber(letter.seq);
                const QByteArray data = QJsonDocument(core::toJson(letter)).toJson(QJsonDocument::Compact);
                if (!sql.exec(QStringLiteral("INSERT INTO letters (id, year, seq, agency_id, issued_at, data) "
                                             "VALUES (?, ?, ?, ?, ?, ?)"),
                              {letter.id, letter.year, letter.seq, letter.agencyId, letter.issuedAt.toMSecsSinceEpoch(),
                               QString::fromUtf8(data)})) {
                    *error = sql.error();
                    return false;
                }
                return true;
            },
            &problem);
    }
    if (!committed) {
        qWarning("ioc-server: cannot issue a reminder letter: %s", qPrintable(problem));
        call.respond(error(500, QStringLiteral("internal_error")));
        return;
    }
    s.announceChanges();
    call.respond(ok({{QStringLiteral("letter"), core::toJson(letter)}}, 201));
}

void listLetters(Call &call)
{
    const core::Actor actor = call.actor();
    Sql sql(call.services.database);
    const bool read = isIocRole(actor.role)
                          ? sql.exec(QStringLiteral("SELECT data FROM letters ORDER BY issued_at DESC LIMIT 1000"))
                          : sql.exec(QStringLiteral("SELECT data FROM letters WHERE agency_id = ? "
                                                    "ORDER BY issued_at DESC LIMIT 1000"),
                                     {actor.agencyId});
    if (!read) {
        call.respond(error(500, QStringLiteral("internal_error")));
        return;
    }
    QJsonArray items;
    while (sql.next()) {
        items.append(QJsonDocument::fromJson(sql.value(0).toString().toUtf8()).object());
    }
    call.respond(ok({{QStringLiteral("items"), items}}));
}

void recordAssessment(Call &call)
{
    const auto body = call.jsonBody();
    if (!body) {
        return;
    }
    Services &s = call.services;
    core::CooperationAssessment assessment;
    assessment.agencyId = body->value(QStringLiteral("agency_id")).toString();
    if (s.reference.directory().agency(assessment.agencyId) == nullptr) {
        call.respond(error(422, QStringLiteral("unknown_agency"), QStringLiteral("agency_id")));
        return;
    }
    assessment.first = QDate::fromString(body->value(QStringLiteral("from")).toString(), Qt::ISODate);
    assessment.last = QDate::fromString(body->value(QStringLiteral("to")).toString(), Qt::ISODate);
    if (!assessment.first.isValid() || !assessment.last.isValid() || assessment.last < assessment.first) {
        call.respond(error(400, QStringLiteral("invalid_value"), QStringLiteral("from")));
        return;
    }
    assessment.level = body->value(QStringLiteral("level")).toString();
    assessment.text = body->value(QStringLiteral("text")).toString().trimmed();
    assessment.recordedBy = call.actor().userId;
    assessment.recordedAt = s.clock.now();
    QString problem;
    // One per agency and period: a new assessment of the same period keeps the record's id.
    {
        Sql sql(s.database);
        if (sql.exec(
                QStringLiteral("SELECT id FROM assessments WHERE agency_id = ? AND period_from = ? AND "
                               "period_to = ?"),
                {assessment.agencyId, assessment.first.toString(Qt::ISODate), assessment.last.toString(Qt::ISODate)}) &&
            sql.next()) {
            assessment.id = sql.value(0).toString();
        }
    }
    if (assessment.id.isEmpty()) {
        assessment.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    const QJsonObject json = core::toJson(assessment);
    if (QString field; !core::assessmentFromJson(json, &field)) {
        call.respond(error(400, QStringLiteral("invalid_value"), field));
        return;
    }
    if (assessment.text.isEmpty() || assessment.text.size() > maxText) {
        call.respond(error(400, QStringLiteral("text_required"), QStringLiteral("text")));
        return;
    }
    const bool committed = commit(
        call, QStringLiteral("assessment"), assessment.id, json,
        [&](Sql &sql, QString *error) {
            const QString data = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
            if (!sql.exec(QStringLiteral("INSERT INTO assessments (id, agency_id, period_from, period_to, data) "
                                         "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data"),
                          {assessment.id, assessment.agencyId, assessment.first.toString(Qt::ISODate),
                           assessment.last.toString(Qt::ISODate), data})) {
                *error = sql.error();
                return false;
            }
            return true;
        },
        &problem);
    if (!committed) {
        qWarning("ioc-server: cannot record an assessment: %s", qPrintable(problem));
        call.respond(error(500, QStringLiteral("internal_error")));
        return;
    }
    s.announceChanges();
    call.respond(ok({{QStringLiteral("assessment"), json}}, 201));
}

} // namespace

std::optional<QJsonObject> supervisionRecord(Services &s, const core::Actor &actor, const QString &kind,
                                             const QString &id)
{
    const QString table = kind == QStringLiteral("letter") ? QStringLiteral("letters") : QStringLiteral("assessments");
    Sql sql(s.database);
    if (!sql.exec(QStringLiteral("SELECT data, agency_id FROM %1 WHERE id = ?").arg(table), {id}) || !sql.next()) {
        return std::nullopt;
    }
    // An agency reads what concerns it; the IOC everything.
    if (!isIocRole(actor.role) && sql.value(1).toString() != actor.agencyId) {
        return std::nullopt;
    }
    return QJsonDocument::fromJson(sql.value(0).toString().toUtf8()).object();
}

void addSupervisionRoutes(QList<Route> &routes)
{
    const QList<core::Role> ioc{core::Role::DutyOfficer, core::Role::Supervisor};
    const QList<core::Role> readers{core::Role::DutyOfficer, core::Role::Supervisor, core::Role::AgencyStaff,
                                    core::Role::AgencyLeader};
    routes.append({"GET", QStringLiteral("/v1/letters"), true, readers, listLetters});
    routes.append({"POST", QStringLiteral("/v1/letters"), true, ioc, issueLetter});
    routes.append({"POST", QStringLiteral("/v1/assessments"), true, {core::Role::Supervisor}, recordAssessment});
}

} // namespace ioc::server

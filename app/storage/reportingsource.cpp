#include "storage/reportingsource.h"

#include "core/vntime.h"
#include "core/workflow.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace ioc::storage {

namespace {

reporting::Ms msOf(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

} // namespace

namespace {

// Every report, or those of `ids` (bound as one JSON array: any number of ids, one statement).
std::optional<reporting::Dataset> load(Database &database, const QStringList *ids, StorageError *error)
{
    const auto only = [ids](const char *column) {
        return ids != nullptr
                   ? QStringLiteral(" WHERE %1 IN (SELECT value FROM json_each(?))").arg(QLatin1String(column))
                   : QString();
    };
    const QString idList =
        ids != nullptr
            ? QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*ids)).toJson(QJsonDocument::Compact))
            : QString();
    const auto fail = [&database, error](const QSqlQuery &query) {
        *error = StorageError::fromSql(query.lastError(), database.path());
        return std::nullopt;
    };
    reporting::Dataset data;
    QSqlQuery reports(database.connection());
    reports.setForwardOnly(true);
    reports.prepare(
        QStringLiteral("SELECT id, code, title, state, channel, category_id, area_id, lead_agency_id, received_at, "
                       "urgent, hidden, published_at, rated_at, rating, sanction, repeat_of, reject_reasons FROM "
                       "reports") +
        only("id") + QStringLiteral(" ORDER BY id"));
    if (ids != nullptr) {
        reports.addBindValue(idList);
    }
    if (!reports.exec()) {
        return fail(reports);
    }
    // Names repeat across a million rows: one shared copy of each.
    QHash<QString, QString> shared;
    const auto intern = [&shared](const QString &text) {
        if (text.isEmpty()) {
            return QString();
        }
        auto it = shared.find(text);
        if (it == shared.end()) {
            it = shared.insert(text, text);
        }
        return *it;
    };
    while (reports.next()) {
        reporting::ReportFacts facts;
        facts.id = reports.value(0).toString();
        facts.code = reports.value(1).toString();
        facts.title = reports.value(2).toString();
        facts.state = core::reportStateFromName(reports.value(3).toString()).value_or(core::ReportState::Received);
        facts.channel = core::channelFromName(reports.value(4).toString()).value_or(core::Channel::MobileApp);
        facts.categoryId = intern(reports.value(5).toString());
        facts.areaId = intern(reports.value(6).toString());
        facts.leadAgencyId = intern(reports.value(7).toString());
        facts.receivedAt = msOf(reports.value(8));
        facts.urgent = reports.value(9).toBool();
        facts.hidden = reports.value(10).toBool();
        facts.publishedAt = msOf(reports.value(11));
        facts.ratedAt = msOf(reports.value(12));
        if (!reports.value(13).isNull()) {
            facts.rating = core::satisfactionFromName(reports.value(13).toString());
        }
        facts.sanctionProcedure = reports.value(14).toBool();
        facts.repeatOf = reports.value(15).toString();
        const QString reasons = reports.value(16).toString();
        if (!reasons.isEmpty()) {
            facts.rejectReasons = reasons.split(u' ');
        }
        data.reports.push_back(std::move(facts));
    }
    if (reports.lastError().isValid()) {
        return fail(reports);
    }

    // Both lists are in report id order: walk them together.
    QSqlQuery clocks(database.connection());
    clocks.setForwardOnly(true);
    clocks.prepare(QStringLiteral("SELECT report_id, step, status, agency_id, started_at, due_at, stopped_at, "
                                  "on_time FROM report_clocks") +
                   only("report_id") + QStringLiteral(" ORDER BY report_id, seq"));
    if (ids != nullptr) {
        clocks.addBindValue(idList);
    }
    if (!clocks.exec()) {
        return fail(clocks);
    }
    size_t index = 0;
    while (clocks.next()) {
        const QString reportId = clocks.value(0).toString();
        while (index < data.reports.size() && data.reports[index].id < reportId) {
            ++index;
        }
        if (index == data.reports.size() || data.reports[index].id != reportId) {
            continue; // not possible with the foreign key; ignore rather than misattribute
        }
        const auto step = core::clockStepFromName(clocks.value(1).toString());
        const auto status = core::clockStatusFromName(clocks.value(2).toString());
        if (!step || !status) {
            continue; // a step or status this version does not know (a newer server): not judged
        }
        reporting::ClockFact clock;
        clock.step = *step;
        clock.status = *status;
        clock.agencyId = intern(clocks.value(3).toString());
        clock.startedAt = msOf(clocks.value(4));
        clock.dueAt = msOf(clocks.value(5));
        clock.stoppedAt = msOf(clocks.value(6));
        if (!clocks.value(7).isNull()) {
            clock.onTime = clocks.value(7).toBool();
        }
        data.reports[index].clocks.push_back(std::move(clock));
    }
    if (clocks.lastError().isValid()) {
        return fail(clocks);
    }

    QSqlQuery calls(database.connection());
    calls.setForwardOnly(true);
    calls.prepare(QStringLiteral("SELECT report_id, acted_at, payload FROM report_events WHERE action = 'log_call'") +
                  (ids != nullptr ? QStringLiteral(" AND report_id IN (SELECT value FROM json_each(?))") : QString()) +
                  QStringLiteral(" ORDER BY acted_at"));
    if (ids != nullptr) {
        calls.addBindValue(idList);
    }
    if (!calls.exec()) {
        return fail(calls);
    }
    while (calls.next()) {
        const QJsonObject payload = QJsonDocument::fromJson(calls.value(2).toByteArray()).object();
        const auto outcome = core::callOutcome(payload);
        if (!outcome) {
            continue;
        }
        data.calls.push_back(reporting::CallFact{calls.value(0).toString(),
                                                 payload.value(QStringLiteral("agency_id")).toString(),
                                                 msOf(calls.value(1)), core::isMissedCall(*outcome)});
    }
    if (calls.lastError().isValid()) {
        return fail(calls);
    }
    if (ids == nullptr && !loadSupervisionRecords(database, &data, error)) {
        return std::nullopt;
    }
    return data;
}

} // namespace

bool loadSupervisionRecords(Database &database, reporting::Dataset *data, StorageError *error)
{
    data->letters.clear();
    data->assessments.clear();
    const auto fail = [&database, error](const QSqlQuery &query) {
        *error = StorageError::fromSql(query.lastError(), database.path());
        return false;
    };
    QSqlQuery records(database.connection());
    records.setForwardOnly(true);
    if (!records.exec(QStringLiteral("SELECT data FROM letters ORDER BY issued_at"))) {
        return fail(records);
    }
    while (records.next()) {
        QString field;
        if (const auto letter =
                core::letterFromJson(QJsonDocument::fromJson(records.value(0).toString().toUtf8()).object(), &field)) {
            data->letters.push_back(reporting::LetterFact{letter->id, letter->number, letter->agencyId,
                                                          letter->issuedAt.toMSecsSinceEpoch(), letter->reportIds});
        }
    }
    if (!records.exec(QStringLiteral("SELECT data FROM assessments"))) {
        return fail(records);
    }
    while (records.next()) {
        QString field;
        if (const auto assessment = core::assessmentFromJson(
                QJsonDocument::fromJson(records.value(0).toString().toUtf8()).object(), &field)) {
            data->assessments.push_back(reporting::AssessmentFact{
                assessment->agencyId, core::vntime::fromLocal(assessment->first, QTime(0, 0)).toMSecsSinceEpoch(),
                core::vntime::fromLocal(assessment->last.addDays(1), QTime(0, 0)).toMSecsSinceEpoch(),
                assessment->level, assessment->text, assessment->recordedAt.toMSecsSinceEpoch()});
        }
    }
    return true;
}

std::optional<reporting::Dataset> loadReportingDataset(Database &database, StorageError *error)
{
    return load(database, nullptr, error);
}

std::optional<reporting::Dataset> loadReportingDataset(Database &database, const QStringList &reportIds,
                                                       StorageError *error)
{
    return load(database, &reportIds, error);
}

bool storeSupervisionRecord(Database &database, const QString &kind, const QJsonObject &data, StorageError *error)
{
    QSqlQuery query(database.connection());
    const QString json = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
    if (kind == QStringLiteral("letter")) {
        query.prepare(QStringLiteral("INSERT INTO letters (id, agency_id, issued_at, data) VALUES (?, ?, ?, ?) "
                                     "ON CONFLICT (id) DO UPDATE SET agency_id = excluded.agency_id, "
                                     "issued_at = excluded.issued_at, data = excluded.data"));
        const auto issued = core::vntime::parseIso8601(data.value(QStringLiteral("issued_at")).toString());
        query.addBindValue(data.value(QStringLiteral("id")).toString());
        query.addBindValue(data.value(QStringLiteral("agency_id")).toString());
        query.addBindValue(issued ? issued->toMSecsSinceEpoch() : 0);
        query.addBindValue(json);
    } else {
        query.prepare(QStringLiteral("INSERT INTO assessments (id, agency_id, data) VALUES (?, ?, ?) "
                                     "ON CONFLICT (id) DO UPDATE SET agency_id = excluded.agency_id, "
                                     "data = excluded.data"));
        query.addBindValue(data.value(QStringLiteral("id")).toString());
        query.addBindValue(data.value(QStringLiteral("agency_id")).toString());
        query.addBindValue(json);
    }
    if (!query.exec()) {
        *error = StorageError::fromSql(query.lastError(), database.path());
        return false;
    }
    return true;
}

bool removeSupervisionRecord(Database &database, const QString &kind, const QString &id, StorageError *error)
{
    QSqlQuery query(database.connection());
    query.prepare(kind == QStringLiteral("letter") ? QStringLiteral("DELETE FROM letters WHERE id = ?")
                                                   : QStringLiteral("DELETE FROM assessments WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = StorageError::fromSql(query.lastError(), database.path());
        return false;
    }
    return true;
}

std::optional<QList<core::ReminderLetter>> reminderLetters(Database &database, StorageError *error)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT data FROM letters ORDER BY issued_at DESC"))) {
        *error = StorageError::fromSql(query.lastError(), database.path());
        return std::nullopt;
    }
    QList<core::ReminderLetter> letters;
    while (query.next()) {
        QString field;
        if (auto letter =
                core::letterFromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(), &field)) {
            letters.append(std::move(*letter));
        }
    }
    return letters;
}

} // namespace ioc::storage

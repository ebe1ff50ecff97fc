#include "pageapplier.h"

#include "core/calendarfile.h"
#include "core/crashpoint.h"
#include "core/reportjson.h"
#include "core/slapolicy.h"
#include "core/supervisionrecords.h"
#include "storage/database.h"
#include "storage/referencerepository.h"
#include "storage/reportingsource.h"
#include "storage/reportrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ioc::sync {

namespace {

// audit_checkpoint: the server's latest signed checkpoint of its audit trail, kept as a document
// (the last one seen) for `ioc-admin db checkpoint` and `audit verify --anchors`.
const QStringList knownKinds{QStringLiteral("report"),     QStringLiteral("area"),
                             QStringLiteral("agency"),     QStringLiteral("category"),
                             QStringLiteral("user"),       QStringLiteral("calendar"),
                             QStringLiteral("sla_policy"), QStringLiteral("audit_checkpoint"),
                             QStringLiteral("letter"),     QStringLiteral("assessment")};

bool isCursor(const QJsonValue &value)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    return value.isString() && digits.match(value.toString()).hasMatch();
}

} // namespace

// One change, checked and parsed.
struct ParsedChange
{
    QString kind;
    QString id;
    bool deleted = false;
    QJsonObject data;
    std::optional<core::Report> report;
    QList<core::ReportEvent> events;
    bool hasEvents = false;
};

namespace {

// A report's JSON as the replica keeps it: as the server sent it (fields this console does not
// know included), without its events (kept in their own table) and with the reporter as masking
// leaves it, whatever the server sent (only a reveal puts the identity in the replica). Cheaper
// than writing the parsed report out again.
QByteArray storedJson(const ParsedChange &change)
{
    QJsonObject object = change.data;
    object.remove(QStringLiteral("events"));
    if (change.report->reporter.hasIdentity()) {
        // The server sends the identity masked; were it ever whole, it is masked here.
        object.insert(QStringLiteral("reporter"),
                      core::json::fromReporter(change.report->reporter, core::json::Identity::Mask));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool checkChange(const QJsonObject &change, int index, ParsedChange *parsed, QString *error)
{
    const QString where = QStringLiteral("changes[%1]").arg(index);
    const QJsonValue kind = change.value(QStringLiteral("kind"));
    const QJsonValue id = change.value(QStringLiteral("id"));
    const QJsonValue deleted = change.value(QStringLiteral("deleted"));
    if (!kind.isString() || !id.isString() || id.toString().isEmpty() ||
        (!deleted.isBool() && !deleted.isUndefined())) {
        *error = QStringLiteral("%1: kind, id or deleted has the wrong type").arg(where);
        return false;
    }
    parsed->kind = kind.toString();
    parsed->id = id.toString();
    parsed->deleted = deleted.toBool();
    if (deleted.toBool() || !knownKinds.contains(kind.toString())) {
        return true;
    }
    const QJsonValue data = change.value(QStringLiteral("data"));
    if (!data.isObject()) {
        *error = QStringLiteral("%1: data is not an object").arg(where);
        return false;
    }
    const QJsonObject object = data.toObject();
    parsed->data = object;
    const QString k = kind.toString();
    QString problem;
    if (k == QStringLiteral("report")) {
        const auto report = core::json::toReport(object);
        if (!report.ok()) {
            problem = report.error().field();
        } else if (report.value().id != id.toString()) {
            problem = QStringLiteral("id");
        } else {
            parsed->report = report.value();
            parsed->hasEvents = object.contains(QStringLiteral("events"));
            const QJsonArray events = object.value(QStringLiteral("events")).toArray();
            for (qsizetype i = 0; i < events.size() && problem.isEmpty(); ++i) {
                const auto event = core::json::toEvent(events.at(i).toObject());
                if (!event.ok()) {
                    problem = QStringLiteral("events[%1]").arg(i);
                } else {
                    parsed->events.append(event.value());
                }
            }
        }
    } else if (k == QStringLiteral("area")) {
        const auto area = core::json::toArea(object);
        problem = area.ok() ? QString() : area.error().field();
    } else if (k == QStringLiteral("agency")) {
        const auto agency = core::json::toAgency(object);
        problem = agency.ok() ? QString() : agency.error().field();
    } else if (k == QStringLiteral("category")) {
        const auto category = core::json::toCategory(object);
        problem = category.ok() ? QString() : category.error().field();
    } else if (k == QStringLiteral("user")) {
        const auto user = core::json::toUser(object);
        problem = user.ok() ? QString() : user.error().field();
    } else if (k == QStringLiteral("calendar")) {
        QString parseError;
        if (!core::calendarfile::parse(QJsonDocument(object).toJson(), &parseError)) {
            problem = parseError;
        }
    } else if (k == QStringLiteral("sla_policy")) {
        QString parseError;
        if (!core::SlaPolicy::fromJson(QJsonDocument(object).toJson(), &parseError)) {
            problem = parseError;
        }
    } else if (k == QStringLiteral("letter")) {
        QString field;
        if (!core::letterFromJson(object, &field)) {
            problem = field;
        }
    } else if (k == QStringLiteral("assessment")) {
        QString field;
        if (!core::assessmentFromJson(object, &field)) {
            problem = field;
        }
    } else if (k == QStringLiteral("audit_checkpoint")) {
        if (!object.value(QStringLiteral("seq")).isDouble() ||
            object.value(QStringLiteral("hash")).toString().size() != 64 ||
            object.value(QStringLiteral("signature")).toString().isEmpty()) {
            problem = QStringLiteral("not a checkpoint");
        }
    }
    if (!problem.isEmpty()) {
        *error = QStringLiteral("%1 (%2 %3): %4").arg(where, k, id.toString(), problem);
        return false;
    }
    return true;
}

} // namespace

PageApplier::PageApplier(storage::Database &replica, storage::ReportRepository &reports,
                         storage::ReferenceRepository &reference)
    : m_replica(replica)
    , m_reports(reports)
    , m_reference(reference)
{}

bool PageApplier::validate(const QJsonObject &page, QString *error)
{
    return parse(page, error).has_value();
}

std::optional<QList<ParsedChange>> PageApplier::parse(const QJsonObject &page, QString *error)
{
    if (!page.value(QStringLiteral("changes")).isArray() || !isCursor(page.value(QStringLiteral("next_cursor"))) ||
        !page.value(QStringLiteral("has_more")).isBool() || !page.value(QStringLiteral("epoch")).isString()) {
        *error =
            QStringLiteral("the page lacks changes, next_cursor, has_more or epoch, or has them of the wrong type");
        return std::nullopt;
    }
    const QJsonArray changes = page.value(QStringLiteral("changes")).toArray();
    QList<ParsedChange> parsed(changes.size());
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (!changes.at(i).isObject()) {
            *error = QStringLiteral("changes[%1] is not an object").arg(i);
            return std::nullopt;
        }
        if (!checkChange(changes.at(i).toObject(), int(i), &parsed[i], error)) {
            return std::nullopt;
        }
    }
    return parsed;
}

bool PageApplier::apply(const QJsonObject &page, QString *error, PageStats *stats)
{
    const auto changes = parse(page, error);
    if (!changes) {
        return false;
    }
    PageStats counts;
    storage::StorageError storageError;
    const bool ok = m_replica.transaction(
        [&] {
            for (const ParsedChange &change : *changes) {
                const QString &kind = change.kind;
                if (!knownKinds.contains(kind)) {
                    ++counts.skipped;
                    continue;
                }
                if (kind == QStringLiteral("report")) {
                    if (change.deleted) {
                        if (!m_reports.remove(change.id, &storageError)) {
                            return false;
                        }
                        ++counts.removed;
                        continue;
                    }
                    if (!m_reports.store(*change.report, storedJson(change), &storageError) ||
                        (change.hasEvents && !m_reports.replaceEvents(change.id, change.events, &storageError))) {
                        return false;
                    }
                    ++counts.reports;
                    continue;
                }
                ++counts.reference;
                const QJsonObject &data = change.data;
                if (kind == QStringLiteral("letter") || kind == QStringLiteral("assessment")) {
                    if (!(change.deleted ? storage::removeSupervisionRecord(m_replica, kind, change.id, &storageError)
                                         : storage::storeSupervisionRecord(m_replica, kind, data, &storageError))) {
                        return false;
                    }
                    continue;
                }
                if (change.deleted) {
                    if (kind != QStringLiteral("calendar") && kind != QStringLiteral("sla_policy") &&
                        kind != QStringLiteral("audit_checkpoint") &&
                        !m_reference.remove(kind, change.id, &storageError)) {
                        return false;
                    }
                    continue;
                }
                bool stored = true;
                if (kind == QStringLiteral("area")) {
                    stored = m_reference.storeArea(core::json::toArea(data).value(), &storageError);
                } else if (kind == QStringLiteral("agency")) {
                    stored = m_reference.storeAgency(core::json::toAgency(data).value(), &storageError);
                } else if (kind == QStringLiteral("category")) {
                    stored = m_reference.storeCategory(core::json::toCategory(data).value(), &storageError);
                } else if (kind == QStringLiteral("user")) {
                    stored = m_reference.storeUser(core::json::toUser(data).value(), &storageError);
                } else {
                    stored = m_reference.storeDocument(kind, data, &storageError);
                }
                if (!stored) {
                    return false;
                }
            }
            // The cursor and epoch commit with the data they stand for.
            const bool cursor =
                m_reference.setSyncValue(QStringLiteral("cursor"), page.value(QStringLiteral("next_cursor")).toString(),
                                         &storageError) &&
                m_reference.setSyncValue(QStringLiteral("epoch"), page.value(QStringLiteral("epoch")).toString(),
                                         &storageError);
            IOC_CRASH_POINT("pull.page.before_commit");
            return cursor;
        },
        &storageError);
    if (!ok) {
        *error = storageError.message;
        return false;
    }
    IOC_CRASH_POINT("pull.page.after_commit");
    if (stats != nullptr) {
        *stats = counts;
    }
    return true;
}

} // namespace ioc::sync

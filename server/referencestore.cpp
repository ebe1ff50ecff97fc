#include "referencestore.h"

#include "core/calendarfile.h"
#include "core/reportjson.h"
#include "serverdatabase.h"

#include <QJsonDocument>

namespace ioc::server {

namespace {

QJsonObject parse(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

ReferenceStore::ReferenceStore(ServerDatabase &database)
    : m_database(database)
{}

qint64 ReferenceStore::storedGeneration() const
{
    return m_database.meta(QStringLiteral("reference_generation")).toLongLong();
}

bool ReferenceStore::refresh(QString *error)
{
    return storedGeneration() == m_generation || load(error);
}

bool ReferenceStore::load(QString *error)
{
    // Read first: a change committed while loading makes the next refresh load again.
    const qint64 generation = storedGeneration();
    core::Directory directory;
    for (const QJsonObject &object : entities(QStringLiteral("area"))) {
        if (auto area = core::json::toArea(object); area.ok()) {
            directory.addArea(area.value());
        }
    }
    for (const QJsonObject &object : entities(QStringLiteral("agency"))) {
        if (auto agency = core::json::toAgency(object); agency.ok()) {
            directory.addAgency(agency.value());
        }
    }
    for (const QJsonObject &object : entities(QStringLiteral("category"))) {
        if (auto category = core::json::toCategory(object); category.ok()) {
            directory.addCategory(category.value());
        }
    }
    m_directory = directory;

    const QJsonObject calendar = document(QStringLiteral("calendar"));
    if (!calendar.isEmpty()) {
        QString parseError;
        auto parsed = core::calendarfile::parse(QJsonDocument(calendar).toJson(), &parseError);
        if (!parsed) {
            *error = parseError;
            return false;
        }
        m_calendar = *parsed;
    }
    const QJsonObject policy = document(QStringLiteral("sla_policy"));
    if (!policy.isEmpty()) {
        QString parseError;
        auto parsed = core::SlaPolicy::fromJson(QJsonDocument(policy).toJson(), &parseError);
        if (!parsed) {
            *error = parseError;
            return false;
        }
        m_policy = *parsed;
    }
    m_generation = generation;
    return true;
}

bool ReferenceStore::store(const QString &kind, const QString &id, const QJsonObject &data, QString *error)
{
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("INSERT INTO reference_data (kind, id, version, data) VALUES (?, ?, 1, ?) "
                                 "ON CONFLICT (kind, id) DO UPDATE SET version = reference_data.version + 1, "
                                 "data = excluded.data"),
                  {kind, id, compact(data)}) ||
        m_database.nextValue(QStringLiteral("reference_generation")) == 0) {
        *error = sql.error();
        return false;
    }
    return true;
}

bool ReferenceStore::storeDocument(const QString &kind, const QJsonObject &data, QString *error)
{
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("INSERT INTO documents (kind, version, data) VALUES (?, 1, ?) "
                                 "ON CONFLICT (kind) DO UPDATE SET version = documents.version + 1, "
                                 "data = excluded.data"),
                  {kind, compact(data)}) ||
        m_database.nextValue(QStringLiteral("reference_generation")) == 0) {
        *error = sql.error();
        return false;
    }
    return true;
}

std::optional<QJsonObject> ReferenceStore::entity(const QString &kind, const QString &id) const
{
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("SELECT data FROM reference_data WHERE kind = ? AND id = ?"), {kind, id}) ||
        !sql.next()) {
        return std::nullopt;
    }
    return parse(sql.value(0));
}

QList<QJsonObject> ReferenceStore::entities(const QString &kind) const
{
    QList<QJsonObject> list;
    Sql sql(m_database);
    if (sql.exec(QStringLiteral("SELECT data FROM reference_data WHERE kind = ? ORDER BY id"), {kind})) {
        while (sql.next()) {
            list.append(parse(sql.value(0)));
        }
    }
    return list;
}

QJsonObject ReferenceStore::document(const QString &kind) const
{
    Sql sql(m_database);
    return sql.exec(QStringLiteral("SELECT data FROM documents WHERE kind = ?"), {kind}) && sql.next()
               ? parse(sql.value(0))
               : QJsonObject();
}

} // namespace ioc::server

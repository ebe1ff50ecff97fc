#include "storage/referencerepository.h"

#include "core/reportjson.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ioc::storage {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

} // namespace

ReferenceRepository::ReferenceRepository(Database &database)
    : m_database(database)
{}

bool ReferenceRepository::exec(const QString &sql, const QVariantList &values, StorageError *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        *error = StorageError::fromSql(query.lastError(), QStringLiteral("storing reference data"));
        return false;
    }
    return true;
}

bool ReferenceRepository::storeArea(const core::Area &area, StorageError *error)
{
    return exec(QStringLiteral("INSERT OR REPLACE INTO areas (id, name, parent_id, data) VALUES (?, ?, ?, ?)"),
                {area.id, area.name, area.parentId, compact(core::json::fromArea(area))}, error);
}

bool ReferenceRepository::storeAgency(const core::Agency &agency, StorageError *error)
{
    return exec(QStringLiteral("INSERT OR REPLACE INTO agencies (id, name, parent_id, data) VALUES (?, ?, ?, ?)"),
                {agency.id, agency.name, agency.parentId, compact(core::json::fromAgency(agency))}, error);
}

bool ReferenceRepository::storeCategory(const core::Category &category, StorageError *error)
{
    return exec(QStringLiteral("INSERT OR REPLACE INTO categories (id, name, urgent, data) VALUES (?, ?, ?, ?)"),
                {category.id, category.name, category.urgent, compact(core::json::fromCategory(category))}, error);
}

bool ReferenceRepository::storeUser(const core::User &user, StorageError *error)
{
    return exec(
        QStringLiteral("INSERT OR REPLACE INTO users (id, username, role, agency_id, data) VALUES (?, ?, ?, ?, ?)"),
        {user.id, user.username, core::roleName(user.role), user.agencyId, compact(core::json::fromUser(user))}, error);
}

bool ReferenceRepository::remove(const QString &kind, const QString &id, StorageError *error)
{
    static const QHash<QString, QString> tables{{QStringLiteral("area"), QStringLiteral("areas")},
                                                {QStringLiteral("agency"), QStringLiteral("agencies")},
                                                {QStringLiteral("category"), QStringLiteral("categories")},
                                                {QStringLiteral("user"), QStringLiteral("users")}};
    const QString table = tables.value(kind);
    if (table.isEmpty()) {
        error->kind = StorageError::Kind::Other;
        error->message = QStringLiteral("unknown reference kind %1").arg(kind);
        return false;
    }
    return exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id}, error);
}

bool ReferenceRepository::storeDocument(const QString &kind, const QJsonObject &document, StorageError *error)
{
    return exec(QStringLiteral("INSERT OR REPLACE INTO config_documents (kind, data) VALUES (?, ?)"),
                {kind, compact(document)}, error);
}

std::optional<QJsonObject> ReferenceRepository::document(const QString &kind) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT data FROM config_documents WHERE kind = ?"));
    query.addBindValue(kind);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return parse(query.value(0));
}

core::Directory ReferenceRepository::directory() const
{
    core::Directory directory;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT data FROM areas"))) {
        while (query.next()) {
            if (auto area = core::json::toArea(parse(query.value(0))); area.ok()) {
                directory.addArea(area.value());
            }
        }
    }
    if (query.exec(QStringLiteral("SELECT data FROM agencies"))) {
        while (query.next()) {
            if (auto agency = core::json::toAgency(parse(query.value(0))); agency.ok()) {
                directory.addAgency(agency.value());
            }
        }
    }
    if (query.exec(QStringLiteral("SELECT data FROM categories"))) {
        while (query.next()) {
            if (auto category = core::json::toCategory(parse(query.value(0))); category.ok()) {
                directory.addCategory(category.value());
            }
        }
    }
    return directory;
}

QList<core::User> ReferenceRepository::users() const
{
    QList<core::User> users;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT data FROM users ORDER BY username"))) {
        while (query.next()) {
            if (auto user = core::json::toUser(parse(query.value(0))); user.ok()) {
                users.append(user.value());
            }
        }
    }
    return users;
}

std::optional<QString> ReferenceRepository::syncValue(const QString &key) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toString();
}

bool ReferenceRepository::setSyncValue(const QString &key, const QString &value, StorageError *error)
{
    return exec(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"), {key, value}, error);
}

bool ReferenceRepository::removeSyncValue(const QString &key, StorageError *error)
{
    return exec(QStringLiteral("DELETE FROM sync_state WHERE key = ?"), {key}, error);
}

bool ReferenceRepository::clearReplicatedData(StorageError *error)
{
    for (const char *table : {"reports", "areas", "agencies", "categories", "users", "config_documents"}) {
        if (!exec(QStringLiteral("DELETE FROM %1").arg(QLatin1StringView(table)), {}, error)) {
            return false;
        }
    }
    return exec(QStringLiteral("DELETE FROM sync_state WHERE key IN ('cursor', 'epoch')"), {}, error);
}

} // namespace ioc::storage

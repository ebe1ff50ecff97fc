#pragma once

#include "core/directory.h"
#include "storage/storageerror.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ioc::storage {

class Database;

// Reference data the server distributes (areas, agencies, categories, users, the calendar and
// the SLA policy) and the sync bookkeeping (cursor, epoch). Writes join the caller's
// transaction, so a sync page and its cursor commit together.
class ReferenceRepository final
{
public:
    explicit ReferenceRepository(Database &database);
    Q_DISABLE_COPY_MOVE(ReferenceRepository)

    bool storeArea(const core::Area &area, StorageError *error);
    bool storeAgency(const core::Agency &agency, StorageError *error);
    bool storeCategory(const core::Category &category, StorageError *error);
    bool storeUser(const core::User &user, StorageError *error);
    // kind: "area", "agency", "category", "user"
    bool remove(const QString &kind, const QString &id, StorageError *error);
    bool storeDocument(const QString &kind, const QJsonObject &document, StorageError *error);
    std::optional<QJsonObject> document(const QString &kind) const;

    core::Directory directory() const;
    QList<core::User> users() const;

    std::optional<QString> syncValue(const QString &key) const;
    bool setSyncValue(const QString &key, const QString &value, StorageError *error);
    bool removeSyncValue(const QString &key, StorageError *error);
    // Forgets every replicated row but keeps the outbox (full resync after 410 or a new epoch).
    bool clearReplicatedData(StorageError *error);

private:
    bool exec(const QString &sql, const QVariantList &values, StorageError *error);

    Database &m_database;
};

} // namespace ioc::storage

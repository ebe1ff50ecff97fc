#pragma once

#include "core/report.h"
#include "storage/storageerror.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace ioc::storage {

class Database;

struct IdentityLookup
{
    QDateTime at;
    QString userId;
    QString kind; // "phone" or "citizen_id"
    QString reason;
    int resultCount = 0;
};

// Reporters' personal data, kept apart from reports and from the search index. Finding reports
// by a reporter's phone number or citizen ID is recorded (who, when, why) before it answers.
class IdentityRepository final
{
public:
    explicit IdentityRepository(Database &database);
    Q_DISABLE_COPY_MOVE(IdentityRepository)

    std::optional<core::Reporter> identityOf(const QString &reportId) const;
    std::optional<QStringList> reportsByPhone(const QString &phone, const QString &userId, const QString &reason,
                                              StorageError *error);
    std::optional<QStringList> reportsByCitizenId(const QString &citizenId, const QString &userId,
                                                  const QString &reason, StorageError *error);
    // The other reports of a report's sender (same account, phone number or citizen ID), for
    // the checks of Điều 7.6.2.f and h; recorded like any look-up ("sender").
    std::optional<QStringList> reportsOfSender(const QString &reportId, const QString &userId, const QString &reason,
                                               StorageError *error);
    QList<IdentityLookup> lookups() const;

private:
    std::optional<QStringList> lookUp(const QString &where, const QVariantList &values, const QString &kind,
                                      const QString &userId, const QString &reason, StorageError *error);

    Database &m_database;
};

} // namespace ioc::storage

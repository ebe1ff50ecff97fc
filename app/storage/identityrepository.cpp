#include "storage/identityrepository.h"

#include "storage/database.h"
#include "storage/reportrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace ioc::storage {

IdentityRepository::IdentityRepository(Database &database)
    : m_database(database)
{}

std::optional<core::Reporter> IdentityRepository::identityOf(const QString &reportId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT kind, account_id, full_name, address, phone, citizen_id, email, representative "
                       "FROM reporter_identities WHERE report_id = ?"));
    query.addBindValue(reportId);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    core::Reporter reporter;
    reporter.kind = core::reporterKindFromName(query.value(0).toString()).value_or(core::ReporterKind::Person);
    reporter.accountId = query.value(1).toString();
    reporter.fullName = query.value(2).toString();
    reporter.address = query.value(3).toString();
    reporter.phone = query.value(4).toString();
    reporter.citizenId = query.value(5).toString();
    reporter.email = query.value(6).toString();
    reporter.representative = query.value(7).toString();
    return reporter;
}

bool IdentityRepository::storeRevealed(const QString &reportId, const core::Reporter &identity, const QString &userId,
                                       const QString &reason, const QDateTime &at, StorageError *error)
{
    {
        {
            QSqlQuery store(m_database.connection());
            store.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO reporter_identities (report_id, kind, account_id, full_name, address, phone, "
                "phone_digits, citizen_id, email, representative, revealed_by, revealed_at, reason) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &value :
                 QVariantList{reportId, core::reporterKindName(identity.kind), identity.accountId, identity.fullName,
                              identity.address, identity.phone, ReportRepository::phoneDigits(identity.phone),
                              identity.citizenId, identity.email, identity.representative, userId,
                              at.toMSecsSinceEpoch(), reason}) {
                store.addBindValue(value);
            }
            if (!store.exec()) {
                *error = StorageError::fromSql(store.lastError(), QStringLiteral("keeping a revealed identity"));
                return false;
            }
            QSqlQuery record(m_database.connection());
            record.prepare(QStringLiteral("INSERT INTO identity_lookups (looked_up_at, user_id, kind, reason, "
                                          "result_count) VALUES (?, ?, 'reveal', ?, 1)"));
            record.addBindValue(at.toMSecsSinceEpoch());
            record.addBindValue(userId);
            record.addBindValue(reason);
            if (!record.exec()) {
                *error = StorageError::fromSql(record.lastError(), QStringLiteral("recording a reveal"));
                return false;
            }
            return true;
        }
    }
}

QList<IdentityLookup> IdentityRepository::lookups() const
{
    QList<IdentityLookup> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral(
            "SELECT looked_up_at, user_id, kind, reason, result_count FROM identity_lookups ORDER BY id"))) {
        while (query.next()) {
            result.append({QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), QTimeZone::utc()),
                           query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                           query.value(4).toInt()});
        }
    }
    return result;
}

} // namespace ioc::storage

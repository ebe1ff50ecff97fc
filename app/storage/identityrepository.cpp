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

std::optional<QStringList> IdentityRepository::reportsByPhone(const QString &phone, const QString &userId,
                                                              const QString &reason, StorageError *error)
{
    return lookUp(QStringLiteral("phone_digits = ?"), {ReportRepository::phoneDigits(phone)}, QStringLiteral("phone"),
                  userId, reason, error);
}

std::optional<QStringList> IdentityRepository::reportsByCitizenId(const QString &citizenId, const QString &userId,
                                                                  const QString &reason, StorageError *error)
{
    return lookUp(QStringLiteral("citizen_id = ?"), {citizenId.trimmed()}, QStringLiteral("citizen_id"), userId, reason,
                  error);
}

std::optional<QStringList> IdentityRepository::reportsOfSender(const QString &reportId, const QString &userId,
                                                               const QString &reason, StorageError *error)
{
    const std::optional<core::Reporter> reporter = identityOf(reportId);
    if (!reporter) {
        return QStringList();
    }
    // Empty values never match: NULLIF turns them into NULL.
    std::optional<QStringList> ids = lookUp(
        QStringLiteral("(account_id = NULLIF(?, '') OR phone_digits = NULLIF(?, '') OR citizen_id = NULLIF(?, ''))"),
        {reporter->accountId, ReportRepository::phoneDigits(reporter->phone), reporter->citizenId.trimmed()},
        QStringLiteral("sender"), userId, reason, error);
    if (ids) {
        ids->removeAll(reportId);
    }
    return ids;
}

std::optional<QStringList> IdentityRepository::lookUp(const QString &where, const QVariantList &values,
                                                      const QString &kind, const QString &userId, const QString &reason,
                                                      StorageError *error)
{
    if (reason.trimmed().isEmpty()) {
        error->kind = StorageError::Kind::Other;
        error->message = QStringLiteral("looking a reporter up needs a reason");
        return std::nullopt;
    }
    QStringList ids;
    const bool ok = m_database.transaction(
        [&] {
            QSqlQuery query(m_database.connection());
            query.setForwardOnly(true);
            query.prepare(
                QStringLiteral("SELECT report_id FROM reporter_identities WHERE %1 ORDER BY report_id").arg(where));
            for (const QVariant &value : values) {
                query.addBindValue(value);
            }
            if (!query.exec()) {
                *error = StorageError::fromSql(query.lastError(), QStringLiteral("looking up a reporter"));
                return false;
            }
            while (query.next()) {
                ids.append(query.value(0).toString());
            }
            QSqlQuery audit(m_database.connection());
            audit.prepare(QStringLiteral("INSERT INTO identity_lookups (looked_up_at, user_id, kind, reason, "
                                         "result_count) VALUES (?, ?, ?, ?, ?)"));
            audit.addBindValue(QDateTime::currentMSecsSinceEpoch());
            audit.addBindValue(userId);
            audit.addBindValue(kind);
            audit.addBindValue(reason.trimmed());
            audit.addBindValue(int(ids.size()));
            if (!audit.exec()) {
                *error = StorageError::fromSql(audit.lastError(), QStringLiteral("recording a reporter look-up"));
                return false;
            }
            return true;
        },
        error);
    if (!ok) {
        return std::nullopt;
    }
    return ids;
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

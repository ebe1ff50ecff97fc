#include "accountstore.h"

#include "serverdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace ioc::server {

AccountStore::AccountStore(ServerDatabase &database)
    : m_database(database)
{}

core::AccountStatus AccountStore::status(const QString &userId) const
{
    core::AccountStatus status;
    Sql sql(m_database);
    if (sql.exec(QStringLiteral("SELECT violations, interaction_violations, locked, interactions_locked_until "
                                "FROM account_status WHERE user_id = ?"),
                 {userId}) &&
        sql.next()) {
        status.violations = sql.value(0).toInt();
        for (const QJsonValue &at : QJsonDocument::fromJson(sql.value(1).toString().toUtf8()).array()) {
            status.interactionViolations.append(QDateTime::fromMSecsSinceEpoch(at.toInteger(), QTimeZone::utc()));
        }
        status.locked = sql.value(2).toBool();
        if (!sql.value(3).isNull()) {
            status.interactionsLockedUntil =
                QDateTime::fromMSecsSinceEpoch(sql.value(3).toLongLong(), QTimeZone::utc());
        }
    }
    return status;
}

bool AccountStore::save(const QString &userId, const core::AccountStatus &status)
{
    QJsonArray violations;
    for (const QDateTime &at : status.interactionViolations) {
        violations.append(at.toMSecsSinceEpoch());
    }
    Sql sql(m_database);
    return sql.exec(
        QStringLiteral("INSERT INTO account_status (user_id, violations, interaction_violations, locked, "
                       "interactions_locked_until) VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET "
                       "violations = excluded.violations, interaction_violations = excluded.interaction_violations, "
                       "locked = excluded.locked, interactions_locked_until = excluded.interactions_locked_until"),
        {userId, status.violations, QString::fromUtf8(QJsonDocument(violations).toJson(QJsonDocument::Compact)),
         status.locked ? 1 : 0,
         status.interactionsLockedUntil.isValid() ? QVariant(status.interactionsLockedUntil.toMSecsSinceEpoch())
                                                  : QVariant(QMetaType::fromType<qlonglong>())});
}

} // namespace ioc::server

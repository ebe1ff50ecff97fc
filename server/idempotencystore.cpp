#include "idempotencystore.h"

#include "serverdatabase.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace ioc::server {

IdempotencyStore::IdempotencyStore(ServerDatabase &database)
    : m_database(database)
{}

std::optional<StoredResponse> IdempotencyStore::find(const QString &key) const
{
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("SELECT user_id, request_hash, status, response FROM idempotency WHERE key = ?"),
                  {key}) ||
        !sql.next()) {
        return std::nullopt;
    }
    return StoredResponse{sql.value(0).toString(), sql.value(1).toString(), sql.value(2).toInt(),
                          sql.value(3).toString().toUtf8()};
}

IdempotencyStore::StoreResult IdempotencyStore::store(const QString &key, const StoredResponse &response,
                                                      const QDateTime &now)
{
    // A request with the same key on another instance may have committed meanwhile: then
    // nothing is stored and the caller rolls back and replays that answer.
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("INSERT INTO idempotency (key, user_id, request_hash, status, response, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING"),
                  {key, response.userId, response.requestHash, response.status, QString::fromUtf8(response.body),
                   now.toMSecsSinceEpoch()})) {
        qWarning("ioc-server: cannot keep the answer of request %s: %s", qPrintable(key), qPrintable(sql.error()));
        return StoreResult::Failed;
    }
    return sql.rowsAffected() == 1 ? StoreResult::Stored : StoreResult::Taken;
}

void IdempotencyStore::expire(const QDateTime &now)
{
    Sql sql(m_database);
    sql.exec(QStringLiteral("DELETE FROM idempotency WHERE created_at < ?"),
             {now.addDays(-retentionDays).toMSecsSinceEpoch()});
}

QString IdempotencyStore::requestHash(const QString &route, const QByteArray &body)
{
    // The JSON is re-serialised so that formatting differences do not count as another payload.
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QByteArray canonical = document.isNull() ? body : document.toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(route.toUtf8() + '\n' + canonical), QCryptographicHash::Sha256).toHex());
}

} // namespace ioc::server

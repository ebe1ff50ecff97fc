#include "storage/outboxrepository.h"

#include "core/crashpoint.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace ioc::storage {

namespace {

const QString columns = QStringLiteral(
    "seq, client_id, kind, report_id, action, payload, idempotency_key, base_version, acted_at, created_at, attempts, "
    "next_attempt_at, last_error, state, result");

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

OutboxEntry entryFrom(const QSqlQuery &query)
{
    OutboxEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.clientId = query.value(1).toString();
    entry.kind = query.value(2).toString();
    entry.reportId = query.value(3).toString();
    entry.action = query.value(4).toString();
    entry.payload = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    entry.idempotencyKey = query.value(6).toString();
    if (!query.value(7).isNull()) {
        entry.baseVersion = query.value(7).toInt();
    }
    entry.actedAt = timeOf(query.value(8));
    entry.createdAt = timeOf(query.value(9));
    entry.attempts = query.value(10).toInt();
    entry.nextAttemptAt = timeOf(query.value(11));
    entry.lastError = query.value(12).toString();
    entry.state = outboxStateFromName(query.value(13).toString()).value_or(OutboxState::Pending);
    entry.result = QJsonDocument::fromJson(query.value(14).toString().toUtf8()).object();
    return entry;
}

} // namespace

QString outboxStateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return QStringLiteral("pending");
    case OutboxState::Sent:
        return QStringLiteral("sent");
    case OutboxState::Conflict:
        return QStringLiteral("conflict");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<OutboxState> outboxStateFromName(QStringView name)
{
    for (const OutboxState state :
         {OutboxState::Pending, OutboxState::Sent, OutboxState::Conflict, OutboxState::Failed}) {
        if (name == outboxStateName(state)) {
            return state;
        }
    }
    return std::nullopt;
}

OutboxRepository::OutboxRepository(Database &database)
    : m_database(database)
{}

std::optional<OutboxEntry> OutboxRepository::enqueue(const NewOutboxEntry &entry, const QDateTime &now,
                                                     StorageError *error)
{
    qint64 seq = 0;
    const bool ok = m_database.transaction(
        [&] {
            seq = insert(entry, now, error);
            IOC_CRASH_POINT("outbox.enqueue.before_commit");
            return seq > 0;
        },
        error);
    if (!ok) {
        return std::nullopt;
    }
    IOC_CRASH_POINT("outbox.enqueue.after_commit");
    return this->entry(seq);
}

qint64 OutboxRepository::insert(const NewOutboxEntry &entry, const QDateTime &now, StorageError *error)
{
    const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO outbox (client_id, kind, report_id, action, payload, idempotency_key, "
                                 "base_version, acted_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(clientId);
    query.addBindValue(entry.kind);
    query.addBindValue(entry.reportId);
    query.addBindValue(entry.action);
    query.addBindValue(compact(entry.payload));
    query.addBindValue(key);
    query.addBindValue(entry.baseVersion ? QVariant(*entry.baseVersion) : QVariant(QMetaType::fromType<int>()));
    query.addBindValue((entry.actedAt.isValid() ? entry.actedAt : now).toMSecsSinceEpoch());
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec()) {
        *error = StorageError::fromSql(query.lastError(), QStringLiteral("saving the action"));
        return 0;
    }
    const qint64 seq = query.lastInsertId().toLongLong();
    query.prepare(QStringLiteral("INSERT INTO outbox_media (outbox_seq, sha256) VALUES (?, ?)"));
    for (const QString &sha : entry.media) {
        query.addBindValue(seq);
        query.addBindValue(sha);
        if (!query.exec()) {
            *error = StorageError::fromSql(query.lastError(), QStringLiteral("saving the action's media"));
            return 0;
        }
    }
    return seq;
}

std::optional<OutboxEntry> OutboxRepository::entry(qint64 seq) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE seq = ?").arg(columns));
    query.addBindValue(seq);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    OutboxEntry result = entryFrom(query);
    QSqlQuery media(m_database.connection());
    media.prepare(QStringLiteral("SELECT sha256 FROM outbox_media WHERE outbox_seq = ? AND uploaded = 0"));
    media.addBindValue(seq);
    if (media.exec()) {
        while (media.next()) {
            result.mediaToUpload.append(media.value(0).toString());
        }
    }
    return result;
}

QList<OutboxEntry> OutboxRepository::entries(std::optional<OutboxState> state) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (state) {
        query.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE state = ? ORDER BY seq").arg(columns));
        query.addBindValue(outboxStateName(*state));
    } else {
        query.prepare(QStringLiteral("SELECT %1 FROM outbox ORDER BY seq").arg(columns));
    }
    QList<OutboxEntry> result;
    if (query.exec()) {
        while (query.next()) {
            result.append(entryFrom(query));
        }
    }
    return result;
}

QList<OutboxEntry> OutboxRepository::pending(int limit) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?"));
    query.addBindValue(limit);
    QList<OutboxEntry> result;
    if (query.exec()) {
        while (query.next()) {
            if (auto e = entry(query.value(0).toLongLong())) {
                result.append(*e);
            }
        }
    }
    return result;
}

QList<OutboxEntry> OutboxRepository::pendingOf(const QString &reportId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM outbox WHERE state = 'pending' AND report_id = ? ORDER BY seq").arg(columns));
    query.addBindValue(reportId);
    QList<OutboxEntry> result;
    if (query.exec()) {
        while (query.next()) {
            result.append(entryFrom(query));
        }
    }
    return result;
}

QSet<QString> OutboxRepository::reportsPending(const QStringList &actions) const
{
    QSet<QString> reports;
    if (actions.isEmpty()) {
        return reports;
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QStringList marks(actions.size(), QStringLiteral("?"));
    query.prepare(QStringLiteral("SELECT DISTINCT report_id FROM outbox WHERE state = 'pending' AND action IN (%1)")
                      .arg(marks.join(u',')));
    for (const QString &action : actions) {
        query.addBindValue(action);
    }
    if (query.exec()) {
        while (query.next()) {
            reports.insert(query.value(0).toString());
        }
    }
    return reports;
}

QList<std::pair<qint64, QString>> OutboxRepository::sentKeys() const
{
    QList<std::pair<qint64, QString>> keys;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT seq, idempotency_key FROM outbox WHERE state = 'sent' ORDER BY seq"))) {
        while (query.next()) {
            keys.append({query.value(0).toLongLong(), query.value(1).toString()});
        }
    }
    return keys;
}

bool OutboxRepository::resend(qint64 seq, StorageError *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = NULL, result = NULL, "
                       "last_error = 'The server was restored from a backup that lacks this action: sent again' "
                       "WHERE seq = ? AND state = 'sent'"));
    query.addBindValue(seq);
    if (!query.exec()) {
        *error = StorageError::fromSql(query.lastError(), QStringLiteral("updating the outbox"));
        return false;
    }
    query.prepare(QStringLiteral("UPDATE outbox_media SET uploaded = 0 WHERE outbox_seq = ?"));
    query.addBindValue(seq);
    if (!query.exec()) {
        *error = StorageError::fromSql(query.lastError(), QStringLiteral("updating the outbox"));
        return false;
    }
    return true;
}

QSet<QString> OutboxRepository::mediaStillToUpload() const
{
    QSet<QString> hashes;
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT DISTINCT m.sha256 FROM outbox_media m JOIN outbox o ON o.seq = m.outbox_seq "
                                  "WHERE m.uploaded = 0 AND o.state <> 'sent'"))) {
        while (query.next()) {
            hashes.insert(query.value(0).toString());
        }
    }
    return hashes;
}

QHash<OutboxState, int> OutboxRepository::counts() const
{
    QHash<OutboxState, int> counts;
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT state, count(*) FROM outbox GROUP BY state"))) {
        while (query.next()) {
            if (const auto state = outboxStateFromName(query.value(0).toString())) {
                counts.insert(*state, query.value(1).toInt());
            }
        }
    }
    return counts;
}

bool OutboxRepository::update(qint64 seq, OutboxState state, const QString &message, const QJsonObject &result,
                              StorageError *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE outbox SET state = ?, last_error = ?, result = ? WHERE seq = ?"));
    query.addBindValue(outboxStateName(state));
    query.addBindValue(message.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(message));
    query.addBindValue(compact(result));
    query.addBindValue(seq);
    if (!query.exec()) {
        *error = StorageError::fromSql(query.lastError(), QStringLiteral("updating the outbox"));
        return false;
    }
    return true;
}

bool OutboxRepository::markSent(qint64 seq, const QJsonObject &result, StorageError *error)
{
    return update(seq, OutboxState::Sent, {}, result, error);
}

bool OutboxRepository::markConflict(qint64 seq, const QString &message, const QJsonObject &current, StorageError *error)
{
    return update(seq, OutboxState::Conflict, message, current, error);
}

bool OutboxRepository::markFailed(qint64 seq, const QString &message, const QJsonObject &result, StorageError *error)
{
    return update(seq, OutboxState::Failed, message, result, error);
}

bool OutboxRepository::recordAttempt(qint64 seq, const QString &message, const QDateTime &nextAttempt,
                                     StorageError *error, bool counts)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + ?, last_error = ?, next_attempt_at = ? "
                                 "WHERE seq = ?"));
    query.addBindValue(counts ? 1 : 0);
    query.addBindValue(message);
    query.addBindValue(nextAttempt.toMSecsSinceEpoch());
    query.addBindValue(seq);
    if (!query.exec()) {
        *error = StorageError::fromSql(query.lastError(), QStringLiteral("updating the outbox"));
        return false;
    }
    return true;
}

bool OutboxRepository::markMediaUploaded(qint64 seq, const QString &sha256, StorageError *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE outbox_media SET uploaded = 1 WHERE outbox_seq = ? AND sha256 = ?"));
    query.addBindValue(seq);
    query.addBindValue(sha256);
    if (!query.exec()) {
        *error = StorageError::fromSql(query.lastError(), QStringLiteral("updating the outbox"));
        return false;
    }
    return true;
}

bool OutboxRepository::rearm(qint64 seq, const QString &idempotencyKey, std::optional<int> baseVersion,
                             const QDateTime &actedAt, StorageError *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE outbox SET state = 'pending', idempotency_key = ?, base_version = ?, acted_at = ?, attempts = 0, "
        "next_attempt_at = NULL, last_error = NULL, result = NULL WHERE seq = ? AND state = 'conflict'"));
    query.addBindValue(idempotencyKey);
    query.addBindValue(baseVersion ? QVariant(*baseVersion) : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(actedAt.toMSecsSinceEpoch());
    query.addBindValue(seq);
    if (!query.exec()) {
        *error = StorageError::fromSql(query.lastError(), QStringLiteral("updating the outbox"));
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = {StorageError::Kind::Other, QStringLiteral("the action %1 is not in conflict").arg(seq)};
        return false;
    }
    return true;
}

bool OutboxRepository::setBaseVersion(qint64 seq, std::optional<int> baseVersion, StorageError *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE outbox SET base_version = ? WHERE seq = ?"));
    query.addBindValue(baseVersion ? QVariant(*baseVersion) : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(seq);
    if (!query.exec()) {
        *error = StorageError::fromSql(query.lastError(), QStringLiteral("updating the outbox"));
        return false;
    }
    return true;
}

bool OutboxRepository::redate(qint64 seq, const QDateTime &actedAt, const QDateTime &nextAttempt,
                              const QString &message, StorageError *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE outbox SET acted_at = ?, attempts = attempts + 1, next_attempt_at = ?, "
                                 "last_error = ? WHERE seq = ? AND state = 'pending'"));
    query.addBindValue(actedAt.toMSecsSinceEpoch());
    query.addBindValue(nextAttempt.toMSecsSinceEpoch());
    query.addBindValue(message);
    query.addBindValue(seq);
    if (!query.exec()) {
        *error = StorageError::fromSql(query.lastError(), QStringLiteral("updating the outbox"));
        return false;
    }
    return true;
}

bool OutboxRepository::discard(qint64 seq, StorageError *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ? AND state IN ('conflict', 'failed')"));
    query.addBindValue(seq);
    if (!query.exec()) {
        *error = StorageError::fromSql(query.lastError(), QStringLiteral("updating the outbox"));
        return false;
    }
    return query.numRowsAffected() == 1;
}

} // namespace ioc::storage

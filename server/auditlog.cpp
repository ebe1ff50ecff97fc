#include "auditlog.h"

#include "auditkey.h"
#include "serverdatabase.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace ioc::server {

namespace {

QString compact(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The link covers every stored field of the row and the previous row's link: an HMAC-SHA256
// under the audit key from the key's first entry on, a plain SHA-256 before it (entries written
// before the key existed) and without a key (synthetic test data).
QString rowHash(const AuditKey *key, qint64 seq, qint64 recordedAt, const QStringList &fields, qint64 actedAt,
                qint64 receivedAt, const QString &previous)
{
    QByteArray message = QByteArray::number(seq) + '\x1f' + QByteArray::number(recordedAt) + '\x1f';
    for (const QString &field : fields) {
        message += field.toUtf8() + '\x1f';
    }
    message += QByteArray::number(actedAt) + '\x1f' + QByteArray::number(receivedAt) + '\x1f' + previous.toLatin1();
    if (key && seq >= key->fromSeq) {
        return QString::fromLatin1(QMessageAuthenticationCode::hash(message,
                                                                    QByteArray(key->key.data(), key->key.size()),
                                                                    QCryptographicHash::Sha256)
                                       .toHex());
    }
    return QString::fromLatin1(QCryptographicHash::hash(message, QCryptographicHash::Sha256).toHex());
}

const QString genesis = QString(64, QLatin1Char('0'));

} // namespace

std::pair<QJsonObject, QJsonObject> changedFields(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject was;
    QJsonObject is;
    for (auto it = before.begin(); it != before.end(); ++it) {
        const auto now = after.constFind(it.key());
        if (now == after.constEnd()) {
            was.insert(it.key(), it.value());
        } else if (*now != it.value()) {
            was.insert(it.key(), it.value());
            is.insert(it.key(), *now);
        }
    }
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!before.contains(it.key())) {
            is.insert(it.key(), it.value());
        }
    }
    return {was, is};
}

AuditLog::AuditLog(ServerDatabase &database, const AuditKey *key)
    : m_database(database)
    , m_key(key)
{}

bool AuditLog::append(const AuditEntry &entry, const QDateTime &recordedAt, QString *error)
{
    // The counter row stays locked until commit, so the previous hash read next is final.
    const qint64 seq = m_database.nextValue(QStringLiteral("audit_seq"));
    QString previous = lastHash();
    return write(seq, entry, recordedAt, &previous, error);
}

bool AuditLog::appendAll(const QList<AuditEntry> &entries, const QDateTime &recordedAt, QString *error)
{
    if (entries.isEmpty()) {
        return true;
    }
    qint64 seq = m_database.reserveValues(QStringLiteral("audit_seq"), entries.size());
    QString previous = lastHash();
    for (const AuditEntry &entry : entries) {
        if (!write(seq++, entry, recordedAt, &previous, error)) {
            return false;
        }
    }
    return true;
}

QString AuditLog::lastHash() const
{
    Sql last(m_database);
    if (last.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")) && last.next()) {
        return last.value(0).toString();
    }
    return genesis;
}

bool AuditLog::write(qint64 seq, const AuditEntry &entry, const QDateTime &recordedAt, QString *previous,
                     QString *error)
{
    const QStringList fields{entry.actorId,  entry.actorRole,       entry.action,        entry.entityKind,
                             entry.entityId, compact(entry.before), compact(entry.after)};
    const qint64 actedAt = entry.actedAt.isValid() ? entry.actedAt.toMSecsSinceEpoch() : 0;
    const qint64 receivedAt = entry.receivedAt.isValid() ? entry.receivedAt.toMSecsSinceEpoch() : 0;
    const qint64 recorded = recordedAt.toMSecsSinceEpoch();
    const QString hash = rowHash(m_key, seq, recorded, fields, actedAt, receivedAt, *previous);
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("INSERT INTO audit_log (seq, recorded_at, actor_id, actor_role, action, entity_kind, "
                                 "entity_id, acted_at, received_at, before_data, after_data, prev_hash, hash) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {seq, recorded, entry.actorId, entry.actorRole, entry.action, entry.entityKind, entry.entityId,
                   actedAt, receivedAt, fields.at(5), fields.at(6), *previous, hash})) {
        *error = sql.error();
        return false;
    }
    *previous = hash;
    return true;
}

AuditVerification AuditLog::verify() const
{
    AuditVerification result;
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("SELECT seq, recorded_at, actor_id, actor_role, action, entity_kind, entity_id, "
                                 "coalesce(before_data, ''), coalesce(after_data, ''), acted_at, received_at, "
                                 "prev_hash, hash FROM audit_log ORDER BY seq"))) {
        result.firstBrokenSeq = 0;
        result.problem = sql.error();
        return result;
    }
    QString previous = genesis;
    qint64 expectedSeq = 0;
    while (sql.next()) {
        const qint64 seq = sql.value(0).toLongLong();
        ++result.entries;
        const QStringList fields{sql.value(2).toString(), sql.value(3).toString(), sql.value(4).toString(),
                                 sql.value(5).toString(), sql.value(6).toString(), sql.value(7).toString(),
                                 sql.value(8).toString()};
        const QString storedPrevious = sql.value(11).toString();
        const QString stored = sql.value(12).toString();
        if (expectedSeq != 0 && seq != expectedSeq) {
            result.firstBrokenSeq = expectedSeq;
            result.problem = QStringLiteral("entry %1 is missing").arg(expectedSeq);
            return result;
        }
        if (storedPrevious != previous) {
            result.firstBrokenSeq = seq;
            result.problem = QStringLiteral("entry %1 does not follow the entry before it").arg(seq);
            return result;
        }
        if (rowHash(m_key, seq, sql.value(1).toLongLong(), fields, sql.value(9).toLongLong(),
                    sql.value(10).toLongLong(), storedPrevious) != stored) {
            result.firstBrokenSeq = seq;
            result.problem = QStringLiteral("entry %1 was changed after it was written").arg(seq);
            return result;
        }
        previous = stored;
        expectedSeq = seq + 1;
    }
    // Rows cut off at the end: the counter knows how many were written.
    const qint64 written = m_database.meta(QStringLiteral("audit_seq")).toLongLong();
    if (written >= expectedSeq && written > 0) {
        result.firstBrokenSeq = std::max<qint64>(expectedSeq, 1);
        result.problem = QStringLiteral("entries %1 to %2 are missing").arg(*result.firstBrokenSeq).arg(written);
    }
    return result;
}

} // namespace ioc::server

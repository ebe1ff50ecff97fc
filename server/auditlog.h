#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ioc::server {

class ServerDatabase;
struct AuditKey;

struct AuditEntry
{
    QString actorId;
    QString actorRole;
    QString action;
    QString entityKind;
    QString entityId;
    QDateTime actedAt;
    QDateTime receivedAt;
    QJsonObject before;
    QJsonObject after;
};

struct AuditVerification
{
    qint64 entries = 0;
    std::optional<qint64> firstBrokenSeq; // the first row whose hash or link does not match
    QString problem;
};

// What an entry records of a change: the top-level fields that differ, as they were (`before`)
// and as they are (`after`); a field added or removed appears on one side only. A note on a
// report of 5,000 characters records the note's effect, not two copies of the report.
std::pair<QJsonObject, QJsonObject> changedFields(const QJsonObject &before, const QJsonObject &after);

// The append-only audit trail: every row carries an HMAC-SHA256 (under the audit key, which
// lives apart from the database: server/auditkey.h) of its own content and of the previous row's
// link, in one total order (the audit_seq counter). Whoever can write the database but lacks the
// key can change or remove entries, but cannot make the chain hold again.
class AuditLog final
{
public:
    // `key` outlives the log. Without one (synthetic test data only) rows are chained by SHA-256
    // alone, as the entries written before an installation had its key.
    explicit AuditLog(ServerDatabase &database, const AuditKey *key = nullptr);

    // Inside the transaction of the change it records.
    bool append(const AuditEntry &entry, const QDateTime &recordedAt, QString *error);
    // Bulk appends (imports), in order, with one sequence reservation and one read of the chain.
    bool appendAll(const QList<AuditEntry> &entries, const QDateTime &recordedAt, QString *error);
    AuditVerification verify() const;

private:
    QString lastHash() const;
    // Writes the row `seq` chained to *previous, which then becomes this row's hash.
    bool write(qint64 seq, const AuditEntry &entry, const QDateTime &recordedAt, QString *previous, QString *error);

    ServerDatabase &m_database;
    const AuditKey *m_key;
};

} // namespace ioc::server

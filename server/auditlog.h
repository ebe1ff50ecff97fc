#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ioc::server {

class ServerDatabase;

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

// The append-only, tamper-evident audit trail: every row carries the SHA-256 of its own content
// and of the previous row's hash, in one total order (the audit_seq counter).
class AuditLog final
{
public:
    explicit AuditLog(ServerDatabase &database);

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
};

} // namespace ioc::server

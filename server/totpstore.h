#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ioc::server {

struct AuditKey;
class ServerDatabase;

// Second factors of accounts (RFC 6238, core/totp.h): each enrolled user's secret, the last time
// step accepted (a code is never accepted twice, nor one older than the last), and one-time
// recovery codes stored as SHA-256. A secret is stored encrypted: XOR with HMAC-SHA256 of a
// random per-enrolment nonce under a key derived from the audit key file, which lives apart from
// the database (server/auditkey.h), so a copy of the database alone cannot mint codes.
class TotpStore final
{
public:
    // `auditKey` outlives the store; without one (synthetic test data) a fixed key is used.
    TotpStore(ServerDatabase &database, const AuditKey *auditKey);

    struct Enrolment
    {
        QByteArray secret;
        QStringList recoveryCodes; // shown once
    };
    // A new secret and new recovery codes, replacing any earlier ones (inside the caller's
    // transaction, with its audit entry).
    bool enrol(const QString &userId, Enrolment *enrolment, QString *error);
    bool remove(const QString &userId, QString *error);
    bool isEnrolled(const QString &userId) const;
    int recoveryCodesLeft(const QString &userId) const;

    enum class Verdict
    {
        Accepted,
        Wrong,    // not the code of this or a neighbouring step, nor an unused recovery code
        Replayed, // the code of a step already used (or older than one used)
    };
    // A six-digit code or a recovery code, as typed. Accepting one uses it up.
    Verdict verify(const QString &userId, const QString &typed, const QDateTime &now);

private:
    QByteArray keystream(const QString &userId, const QByteArray &nonce) const;

    ServerDatabase &m_database;
    QByteArray m_wrapKey;
};

} // namespace ioc::server

#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ioc::server {

struct AuditKey;

// Secrets the server must keep in its database, sealed with AES-256-GCM under a key derived from
// the audit key file, which lives apart from the database (server/auditkey.h): a copy of the
// database alone does not yield them. Each sealing takes a fresh random nonce; `context` (say the
// row's key) is authenticated with it, so a sealed value moved to another row does not open.
class SecretBox final
{
public:
    // `label` separates the uses of one audit key; without an audit key (synthetic test data) a
    // fixed key is used.
    SecretBox(const AuditKey *auditKey, const QByteArray &label);

    // "1:" and base64 of nonce, cipher text and tag.
    QString seal(const QByteArray &plain, const QByteArray &context) const;
    // Nothing when it does not open: another key, another context, or altered.
    std::optional<QByteArray> open(const QString &sealed, const QByteArray &context) const;

private:
    QByteArray m_key;
};

} // namespace ioc::server

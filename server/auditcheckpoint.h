#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace ioc::server {

struct AuditKey;
class ChangeFeed;
class ServerDatabase;

// A signed statement of the audit trail's head: "entry `seq` of this server's trail has the link
// `hash`", signed with Ed25519 (OpenSSL's libcrypto) at `signedAt`. The server makes one every
// few minutes when the trail has grown and publishes the latest on the change feed (kind
// "audit_checkpoint", id "head"); every console keeps the last it saw. Whoever later rewrites the
// trail, even holding the audit key, cannot make it agree with checkpoints already held elsewhere:
// `ioc-admin audit verify --anchors FILE` compares them.
struct AuditCheckpoint
{
    qint64 seq = 0;
    QString hash;
    QDateTime signedAt;
    QString keyId;        // the signing key's fingerprint (SHA-256 of its public key, 16 hex digits)
    QByteArray signature; // Ed25519 over signedText()

    QByteArray signedText() const;
    QJsonObject toJson() const;
    static std::optional<AuditCheckpoint> fromJson(const QJsonObject &object);
};

// The signing key: Ed25519, its 32-byte seed derived from the audit key (HMAC-SHA256 under a label
// of its own), so it lives where the audit key lives (apart from the data, 0400) and needs no
// second file; its public half can be handed to anyone who checks checkpoints.
class CheckpointSigner final
{
public:
    explicit CheckpointSigner(const AuditKey &key);
    ~CheckpointSigner();
    CheckpointSigner(const CheckpointSigner &) = delete;
    CheckpointSigner &operator=(const CheckpointSigner &) = delete;

    bool isValid() const { return m_key != nullptr; }
    QByteArray publicKey() const { return m_public; } // 32 raw bytes
    QString keyId() const;
    AuditCheckpoint sign(qint64 seq, const QString &hash, const QDateTime &at) const;

    static bool verify(const AuditCheckpoint &checkpoint, const QByteArray &publicKey);
    static QString keyIdOf(const QByteArray &publicKey);

private:
    struct Key;
    std::unique_ptr<Key, void (*)(Key *)> m_key;
    QByteArray m_public;
};

// Signs the trail's head if it moved since the latest checkpoint, stores the checkpoint and
// records it on the change feed, in one transaction. False (with `error`) on failure; true also
// when there was nothing new to sign.
bool makeCheckpoint(ServerDatabase &database, ChangeFeed &feed, const CheckpointSigner &signer, const QDateTime &now,
                    QString *error);
// The latest checkpoint stored, if any.
std::optional<AuditCheckpoint> latestCheckpoint(ServerDatabase &database);

} // namespace ioc::server

#include "auditcheckpoint.h"

#include "auditkey.h"
#include "changefeed.h"
#include "serverdatabase.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

#include <openssl/evp.h>

namespace ioc::server {

namespace {

using PKey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using MdContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

const QString headId = QStringLiteral("head");

} // namespace

struct CheckpointSigner::Key
{
    EVP_PKEY *pkey = nullptr;
};

QByteArray AuditCheckpoint::signedText() const
{
    return QStringLiteral("ioc-audit-checkpoint 1\n%1\n%2\n%3\n")
        .arg(seq)
        .arg(hash, signedAt.toUTC().toString(Qt::ISODateWithMs))
        .toUtf8();
}

QJsonObject AuditCheckpoint::toJson() const
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("hash"), hash},
            {QStringLiteral("signed_at"), signedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("key_id"), keyId},
            {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
}

std::optional<AuditCheckpoint> AuditCheckpoint::fromJson(const QJsonObject &object)
{
    AuditCheckpoint checkpoint;
    const QJsonValue seq = object.value(QStringLiteral("seq"));
    checkpoint.seq = seq.toInteger(-1);
    checkpoint.hash = object.value(QStringLiteral("hash")).toString();
    checkpoint.signedAt =
        QDateTime::fromString(object.value(QStringLiteral("signed_at")).toString(), Qt::ISODateWithMs);
    checkpoint.keyId = object.value(QStringLiteral("key_id")).toString();
    checkpoint.signature = QByteArray::fromBase64(object.value(QStringLiteral("signature")).toString().toLatin1());
    if (!seq.isDouble() || checkpoint.seq < 1 || checkpoint.hash.size() != 64 || !checkpoint.signedAt.isValid() ||
        checkpoint.signature.size() != 64) {
        return std::nullopt;
    }
    return checkpoint;
}

CheckpointSigner::CheckpointSigner(const AuditKey &key)
    : m_key(nullptr, [](Key *k) {
        if (k != nullptr) {
            EVP_PKEY_free(k->pkey);
            delete k;
        }
    })
{
    const QByteArray seed =
        QMessageAuthenticationCode::hash(QByteArrayLiteral("ioc-audit-checkpoint-ed25519 1"),
                                         QByteArray(key.key.data(), key.key.size()), QCryptographicHash::Sha256);
    EVP_PKEY *pkey = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                                  reinterpret_cast<const unsigned char *>(seed.constData()), 32);
    if (pkey == nullptr) {
        return;
    }
    QByteArray publicKey(32, Qt::Uninitialized);
    size_t length = 32;
    if (EVP_PKEY_get_raw_public_key(pkey, reinterpret_cast<unsigned char *>(publicKey.data()), &length) != 1 ||
        length != 32) {
        EVP_PKEY_free(pkey);
        return;
    }
    m_key.reset(new Key{pkey});
    m_public = publicKey;
}

CheckpointSigner::~CheckpointSigner() = default;

QString CheckpointSigner::keyIdOf(const QByteArray &publicKey)
{
    return QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16));
}

QString CheckpointSigner::keyId() const
{
    return keyIdOf(m_public);
}

AuditCheckpoint CheckpointSigner::sign(qint64 seq, const QString &hash, const QDateTime &at) const
{
    AuditCheckpoint checkpoint{seq, hash, at.toUTC(), keyId(), {}};
    if (!m_key) {
        return checkpoint;
    }
    const QByteArray text = checkpoint.signedText();
    MdContext context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    QByteArray signature(64, Qt::Uninitialized);
    size_t length = 64;
    if (context && EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, m_key->pkey) == 1 &&
        EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(text.constData()), size_t(text.size())) == 1 &&
        length == 64) {
        checkpoint.signature = signature;
    }
    return checkpoint;
}

bool CheckpointSigner::verify(const AuditCheckpoint &checkpoint, const QByteArray &publicKey)
{
    if (publicKey.size() != 32 || checkpoint.signature.size() != 64) {
        return false;
    }
    PKey pkey(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                          reinterpret_cast<const unsigned char *>(publicKey.constData()), 32),
              &EVP_PKEY_free);
    MdContext context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    const QByteArray text = checkpoint.signedText();
    return pkey && context && EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, pkey.get()) == 1 &&
           EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(checkpoint.signature.constData()),
                            64, reinterpret_cast<const unsigned char *>(text.constData()), size_t(text.size())) == 1;
}

std::optional<AuditCheckpoint> latestCheckpoint(ServerDatabase &database)
{
    Sql sql(database);
    if (!sql.exec(QStringLiteral("SELECT seq, hash, signed_at, key_id, signature FROM audit_checkpoints "
                                 "ORDER BY seq DESC LIMIT 1")) ||
        !sql.next()) {
        return std::nullopt;
    }
    return AuditCheckpoint{sql.value(0).toLongLong(), sql.value(1).toString(),
                           QDateTime::fromMSecsSinceEpoch(sql.value(2).toLongLong(), QTimeZone::utc()),
                           sql.value(3).toString(), QByteArray::fromBase64(sql.value(4).toString().toLatin1())};
}

bool makeCheckpoint(ServerDatabase &database, ChangeFeed &feed, const CheckpointSigner &signer, const QDateTime &now,
                    QString *error)
{
    if (!signer.isValid()) {
        *error = QStringLiteral("no signing key");
        return false;
    }
    return database.transaction(
        [&] {
            Sql head(database);
            if (!head.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"))) {
                *error = head.error();
                return false;
            }
            if (!head.next()) {
                return true; // an empty trail: nothing to sign
            }
            const qint64 seq = head.value(0).toLongLong();
            const auto latest = latestCheckpoint(database);
            if (latest && latest->seq >= seq) {
                return true;
            }
            const AuditCheckpoint checkpoint = signer.sign(seq, head.value(1).toString(), now);
            if (checkpoint.signature.isEmpty()) {
                *error = QStringLiteral("cannot sign");
                return false;
            }
            Sql store(database);
            // Two instances signing the same head: the first one's stands.
            if (!store.exec(QStringLiteral("INSERT INTO audit_checkpoints (seq, hash, signed_at, key_id, signature) "
                                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (seq) DO NOTHING"),
                            {checkpoint.seq, checkpoint.hash, checkpoint.signedAt.toMSecsSinceEpoch(), checkpoint.keyId,
                             QString::fromLatin1(checkpoint.signature.toBase64())})) {
                *error = store.error();
                return false;
            }
            feed.record(QStringLiteral("audit_checkpoint"), headId);
            return true;
        },
        error);
}

} // namespace ioc::server

#include "secretbox.h"

#include "auditkey.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <memory>
#include <openssl/evp.h>

using namespace Qt::StringLiterals;

namespace ioc::server {

namespace {

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;
constexpr int NonceBytes = 12;
constexpr int TagBytes = 16;

} // namespace

SecretBox::SecretBox(const AuditKey *auditKey, const QByteArray &label)
{
    m_key = auditKey != nullptr
                ? QMessageAuthenticationCode::hash(label, QByteArray(auditKey->key.data(), auditKey->key.size()),
                                                   QCryptographicHash::Sha256)
                : QCryptographicHash::hash(label, QCryptographicHash::Sha256);
}

QString SecretBox::seal(const QByteArray &plain, const QByteArray &context) const
{
    QByteArray nonce(NonceBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), NonceBytes / 4);
    CipherContext cipher(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray out = nonce + QByteArray(plain.size() + TagBytes, Qt::Uninitialized);
    auto *data = reinterpret_cast<unsigned char *>(out.data()) + NonceBytes;
    int length = 0;
    int final = 0;
    if (!cipher ||
        EVP_EncryptInit_ex(cipher.get(), EVP_aes_256_gcm(), nullptr,
                           reinterpret_cast<const unsigned char *>(m_key.constData()),
                           reinterpret_cast<const unsigned char *>(nonce.constData())) != 1 ||
        EVP_EncryptUpdate(cipher.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(context.constData()),
                          int(context.size())) != 1 ||
        EVP_EncryptUpdate(cipher.get(), data, &length, reinterpret_cast<const unsigned char *>(plain.constData()),
                          int(plain.size())) != 1 ||
        EVP_EncryptFinal_ex(cipher.get(), data + length, &final) != 1 ||
        EVP_CIPHER_CTX_ctrl(cipher.get(), EVP_CTRL_GCM_GET_TAG, TagBytes, data + plain.size()) != 1) {
        qFatal("ioc-server: AES-256-GCM is not available");
    }
    return u"1:"_s + QString::fromLatin1(out.toBase64());
}

std::optional<QByteArray> SecretBox::open(const QString &sealed, const QByteArray &context) const
{
    if (!sealed.startsWith(u"1:"_s)) {
        return std::nullopt;
    }
    const QByteArray in = QByteArray::fromBase64(sealed.mid(2).toLatin1());
    if (in.size() < NonceBytes + TagBytes) {
        return std::nullopt;
    }
    const qsizetype size = in.size() - NonceBytes - TagBytes;
    const auto *data = reinterpret_cast<const unsigned char *>(in.constData()) + NonceBytes;
    QByteArray plain(size, Qt::Uninitialized);
    QByteArray tag = in.right(TagBytes);
    CipherContext cipher(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int length = 0;
    int final = 0;
    if (!cipher ||
        EVP_DecryptInit_ex(cipher.get(), EVP_aes_256_gcm(), nullptr,
                           reinterpret_cast<const unsigned char *>(m_key.constData()),
                           reinterpret_cast<const unsigned char *>(in.constData())) != 1 ||
        EVP_DecryptUpdate(cipher.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(context.constData()),
                          int(context.size())) != 1 ||
        EVP_DecryptUpdate(cipher.get(), reinterpret_cast<unsigned char *>(plain.data()), &length, data, int(size)) !=
            1 ||
        EVP_CIPHER_CTX_ctrl(cipher.get(), EVP_CTRL_GCM_SET_TAG, TagBytes, tag.data()) != 1 ||
        EVP_DecryptFinal_ex(cipher.get(), reinterpret_cast<unsigned char *>(plain.data()) + length, &final) != 1) {
        return std::nullopt;
    }
    return plain;
}

} // namespace ioc::server

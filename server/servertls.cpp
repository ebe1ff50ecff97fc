#include "servertls.h"

#include <QFile>
#include <QSslCipher>
#include <QSslKey>

#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace ioc::server {

namespace {

// TLS 1.3, and TLS 1.2 with forward secrecy (ECDHE) and authenticated encryption (AES-GCM,
// ChaCha20-Poly1305) only.
QList<QSslCipher> strongCiphers()
{
    QList<QSslCipher> chosen;
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
        const QString encryption = cipher.encryptionMethod().toUpper();
        const bool aead = encryption.contains(QStringLiteral("GCM")) || encryption.contains(QStringLiteral("CHACHA20"));
        if (cipher.protocol() == QSsl::TlsV1_3 ||
            (cipher.protocol() == QSsl::TlsV1_2 && cipher.keyExchangeMethod() == QStringLiteral("ECDH") && aead)) {
            chosen.append(cipher);
        }
    }
    return chosen;
}

// Whether the private key belongs to the certificate, as OpenSSL itself judges it when a TLS
// context takes them: a renewed certificate installed beside the old key would otherwise fail
// every handshake from the moment it is loaded.
bool keyMatchesCertificate(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;
    Bio certificateBio(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())), &BIO_free);
    Bio keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())), &BIO_free);
    if (!certificateBio || !keyBio) {
        return false;
    }
    std::unique_ptr<X509, decltype(&X509_free)> certificate(
        PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr), &X509_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    return certificate && key && X509_check_private_key(certificate.get(), key.get()) == 1;
}

} // namespace

std::optional<ServerTls> loadServerTls(const QString &certificateFile, const QString &keyFile, const QDateTime &now,
                                       QString *error)
{
    QFile certificates(certificateFile);
    if (!certificates.open(QIODevice::ReadOnly)) {
        *error =
            QStringLiteral("%1: cannot read the TLS certificate (%2)").arg(certificateFile, certificates.errorString());
        return std::nullopt;
    }
    QFile keys(keyFile);
    if (!keys.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read the TLS private key (%2)").arg(keyFile, keys.errorString());
        return std::nullopt;
    }
    const QByteArray certificatePem = certificates.readAll();
    const QByteArray keyPem = keys.readAll();
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("%1: no PEM certificate").arg(certificateFile);
        return std::nullopt;
    }
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    }
    if (key.isNull()) {
        *error = QStringLiteral("%1: no unencrypted PEM private key (RSA or EC)").arg(keyFile);
        return std::nullopt;
    }
    if (!keyMatchesCertificate(certificatePem, keyPem)) {
        *error = QStringLiteral("%1 does not belong to the first certificate of %2").arg(keyFile, certificateFile);
        return std::nullopt;
    }
    const QSslCertificate &leaf = chain.constFirst();
    if (now < leaf.effectiveDate() || now >= leaf.expiryDate()) {
        *error = QStringLiteral("%1: the certificate is valid from %2 to %3, not now")
                     .arg(certificateFile, leaf.effectiveDate().toString(Qt::ISODate),
                          leaf.expiryDate().toString(Qt::ISODate));
        return std::nullopt;
    }
    ServerTls tls{QSslConfiguration::defaultConfiguration(), leaf};
    tls.configuration.setLocalCertificateChain(chain);
    tls.configuration.setPrivateKey(key);
    tls.configuration.setProtocol(QSsl::TlsV1_2OrLater);
    tls.configuration.setCiphers(strongCiphers());
    tls.configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens
    return tls;
}

} // namespace ioc::server

#include "tlspolicy.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSslKey>

namespace ioc::sync {

QSslConfiguration TlsPolicy::configuration() const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!extraCas.isEmpty()) {
        tls.addCaCertificates(extraCas);
    }
    return tls;
}

bool TlsPolicy::pinsMatch(const QList<QSslCertificate> &chain) const
{
    if (pins.isEmpty()) {
        return true;
    }
    if (chain.isEmpty()) {
        return false;
    }
    return pins.contains(spkiPin(chain.first()));
}

std::optional<QList<QSslCertificate>> TlsPolicy::loadCaBundle(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the CA bundle %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(path);
        return std::nullopt;
    }
    return certificates;
}

QByteArray TlsPolicy::spkiPin(const QSslCertificate &certificate)
{
    // QSslKey::toDer() of a public key is its SubjectPublicKeyInfo.
    return QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256).toBase64();
}

} // namespace ioc::sync

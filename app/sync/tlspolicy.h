#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

namespace ioc::sync {

// How the console trusts the server: the system's CAs plus an optional CA bundle (a province's
// own CA), TLS 1.2 or later, and optionally SPKI pins — base64 SHA-256 of the server key's
// SubjectPublicKeyInfo, a primary and a backup — checked before any request body is sent.
// Certificate errors are never ignored.
struct TlsPolicy
{
    QList<QSslCertificate> extraCas;
    QList<QByteArray> pins; // base64 SHA-256 of the SPKI (as HPKP's pin-sha256)

    QSslConfiguration configuration() const;
    // True if there are no pins, or the server's leaf certificate matches one.
    bool pinsMatch(const QList<QSslCertificate> &chain) const;

    // Reads a PEM bundle; an error names the file.
    static std::optional<QList<QSslCertificate>> loadCaBundle(const QString &path, QString *error);
    static QByteArray spkiPin(const QSslCertificate &certificate);
};

} // namespace ioc::sync

#pragma once

#include <QDateTime>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace ioc::server {

// The server's TLS identity, read from its PEM files: at start, and again on SIGHUP (a renewed
// certificate taken without dropping a connection, docs/deployment.md).
struct ServerTls
{
    QSslConfiguration configuration; // TLS 1.2 or later, strong ciphers, the chain and the key
    QSslCertificate leaf;
};

// Reads the chain and the private key (RSA or EC) and checks, before anything is served with
// them, that the key belongs to the first certificate and that it is valid at `now`. Returns
// nothing, with one line in `error` naming the file and the fault, otherwise.
std::optional<ServerTls> loadServerTls(const QString &certificateFile, const QString &keyFile, const QDateTime &now,
                                       QString *error);

} // namespace ioc::server

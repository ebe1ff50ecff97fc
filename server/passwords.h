#pragma once

#include <QByteArray>
#include <QString>

// Password hashes: PBKDF2-HMAC-SHA512 with a random salt, stored as
// "pbkdf2-sha512$<iterations>$<salt base64>$<hash base64>". Slow on purpose: hash and verify
// off the request thread.
namespace ioc::server::passwords {

inline constexpr int defaultIterations = 210000; // OWASP's recommendation for PBKDF2-HMAC-SHA512

QString hash(const QByteArray &password, int iterations);
bool verify(const QByteArray &password, const QString &stored);

} // namespace ioc::server::passwords

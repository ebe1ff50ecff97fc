#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP, HMAC-SHA1, 30 s steps, 6 digits:
// what authenticator apps use by default), and the one-time recovery codes that stand in for a
// lost device. The server keeps the secrets (server/totpstore.h); this is the arithmetic.
namespace ioc::core::totp {

constexpr qint64 stepSeconds = 30;
constexpr int digits = 6;

// A new 160-bit secret (RFC 4226 recommends the HMAC's output size).
QByteArray newSecret();
// RFC 4648 base32, upper case, unpadded: what otpauth:// URIs and authenticator apps take.
QString toBase32(const QByteArray &bytes);
std::optional<QByteArray> fromBase32(const QString &text);

// The step a moment falls in (Unix time / 30).
qint64 stepAt(const QDateTime &moment);
// HOTP of `counter` with `length` digits, zero-padded.
QString hotp(const QByteArray &secret, qint64 counter, int length = digits);
// The step within ±`window` of `now` whose code is `code`, if any (the latest if several).
std::optional<qint64> matchingStep(const QByteArray &secret, const QString &code, const QDateTime &now, int window = 1);

// otpauth://totp/ISSUER:ACCOUNT?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30
QString uri(const QByteArray &secret, const QString &issuer, const QString &account);

// Ten recovery codes, "xxxxx-xxxxx" from an alphabet without look-alikes (about 50 bits each).
QStringList newRecoveryCodes(int count = 10);
// A recovery code as typed (any case, with or without the dash and spaces) in its stored form;
// empty if it cannot be one.
QString normalisedRecoveryCode(const QString &typed);
// Whether `typed` has the form of a recovery code rather than of a one-time code.
bool looksLikeRecoveryCode(const QString &typed);

} // namespace ioc::core::totp

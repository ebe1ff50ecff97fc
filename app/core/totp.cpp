#include "core/totp.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrl>

#include <cstring>

using namespace Qt::StringLiterals;

namespace ioc::core::totp {

namespace {

constexpr char base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
// Without 0/o, 1/l/i: read aloud or copied from paper without doubt.
constexpr char recoveryAlphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
constexpr int recoveryLength = 10;

} // namespace

QByteArray newSecret()
{
    QByteArray secret(20, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), secret.size() / 4);
    return secret;
}

QString toBase32(const QByteArray &bytes)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(base32Alphabet[(buffer >> (bits - 5)) & 31]));
            bits -= 5;
        }
    }
    if (bits > 0) {
        out.append(QLatin1Char(base32Alphabet[(buffer << (5 - bits)) & 31]));
    }
    return out;
}

std::optional<QByteArray> fromBase32(const QString &text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        if (c == u'=' || c == u' ') {
            continue;
        }
        const char upper = char(c.toUpper().toLatin1());
        const char *at = std::strchr(base32Alphabet, upper);
        if (upper == 0 || at == nullptr) {
            return std::nullopt;
        }
        buffer = (buffer << 5) | quint32(at - base32Alphabet);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

qint64 stepAt(const QDateTime &moment)
{
    return moment.toSecsSinceEpoch() / stepSeconds;
}

QString hotp(const QByteArray &secret, qint64 counter, int length)
{
    QByteArray message(8, 0);
    for (int i = 7; i >= 0; --i) {
        message[i] = char(counter & 0xff);
        counter >>= 8;
    }
    const QByteArray mac = QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha1);
    // Dynamic truncation (RFC 4226 §5.3).
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24) |
                           (quint32(quint8(mac.at(offset + 1))) << 16) | (quint32(quint8(mac.at(offset + 2))) << 8) |
                           quint32(quint8(mac.at(offset + 3)));
    quint32 modulus = 1;
    for (int i = 0; i < length; ++i) {
        modulus *= 10;
    }
    return QStringLiteral("%1").arg(binary % modulus, length, 10, QLatin1Char('0'));
}

std::optional<qint64> matchingStep(const QByteArray &secret, const QString &code, const QDateTime &now, int window)
{
    const QString typed = QString(code).remove(u' ');
    if (typed.size() != digits || secret.isEmpty()) {
        return std::nullopt;
    }
    const qint64 current = stepAt(now);
    for (qint64 step = current + window; step >= current - window; --step) {
        // Compared whole, whatever matches first: no early exit on the first differing digit.
        const QString expected = hotp(secret, step);
        bool same = expected.size() == typed.size();
        for (qsizetype i = 0; i < expected.size() && i < typed.size(); ++i) {
            same = (expected.at(i) == typed.at(i)) && same;
        }
        if (same) {
            return step;
        }
    }
    return std::nullopt;
}

QString uri(const QByteArray &secret, const QString &issuer, const QString &account)
{
    const auto encoded = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    return u"otpauth://totp/%1:%2?secret=%3&issuer=%1&algorithm=SHA1&digits=%4&period=%5"_s.arg(
        encoded(issuer), encoded(account), toBase32(secret), QString::number(digits), QString::number(stepSeconds));
}

QStringList newRecoveryCodes(int count)
{
    QStringList codes;
    const int alphabet = int(sizeof(recoveryAlphabet)) - 1;
    while (codes.size() < count) {
        QString code;
        for (int i = 0; i < recoveryLength; ++i) {
            code.append(QLatin1Char(recoveryAlphabet[QRandomGenerator::system()->bounded(alphabet)]));
            if (i == recoveryLength / 2 - 1) {
                code.append(u'-');
            }
        }
        if (!codes.contains(code)) {
            codes.append(code);
        }
    }
    return codes;
}

QString normalisedRecoveryCode(const QString &typed)
{
    QString code;
    for (const QChar c : typed) {
        if (c == u'-' || c.isSpace()) {
            continue;
        }
        const QChar lower = c.toLower();
        if (lower.unicode() > 127 || std::strchr(recoveryAlphabet, char(lower.toLatin1())) == nullptr) {
            return {};
        }
        code.append(lower);
    }
    return code.size() == recoveryLength ? code : QString();
}

bool looksLikeRecoveryCode(const QString &typed)
{
    return !normalisedRecoveryCode(typed).isEmpty();
}

} // namespace ioc::core::totp

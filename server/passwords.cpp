#include "passwords.h"

#include "core/secret.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QStringList>

namespace ioc::server::passwords {

namespace {

QByteArray derive(const QByteArray &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha512, password, salt, iterations, 64);
}

// Compares without stopping at the first difference.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    }
    return difference == 0;
}

} // namespace

QString hash(const QByteArray &password, int iterations)
{
    const core::SecretBytes salt = core::SecretBytes::random(16);
    const QByteArray saltBytes(salt.data(), salt.size());
    return QStringLiteral("pbkdf2-sha512$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(saltBytes.toBase64()),
             QString::fromLatin1(derive(password, saltBytes, iterations).toBase64()));
}

bool verify(const QByteArray &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QStringLiteral("pbkdf2-sha512")) {
        return false;
    }
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1) {
        return false;
    }
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    return sameBytes(derive(password, salt, iterations), expected);
}

} // namespace ioc::server::passwords

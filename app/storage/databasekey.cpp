#include "storage/databasekey.h"

#include <QCryptographicHash>
#include <QFile>
#include <QPasswordDigestor>

#include <algorithm>

namespace ioc::storage {

namespace {

core::SecretBytes literalFor(const core::SecretBytes &key, const QByteArray &salt)
{
    core::SecretBytes hexKey = key.toHex();
    QByteArray literal;
    literal.reserve(3 + hexKey.size() + salt.size() * 2);
    literal.append("x'");
    literal.append(hexKey.data(), hexKey.size());
    literal.append(salt.toHex());
    literal.append('\'');
    return core::SecretBytes::take(literal);
}

} // namespace

DatabaseKey DatabaseKey::fromRawKey(const core::SecretBytes &key)
{
    Q_ASSERT(key.size() == keySize);
    DatabaseKey result;
    result.m_literal = literalFor(key, {});
    return result;
}

DatabaseKey DatabaseKey::fromPassphrase(const core::SecretBytes &passphrase, const QByteArray &salt)
{
    Q_ASSERT(salt.size() == saltSize);
    // QPasswordDigestor takes the password as a QByteArray; it is a temporary deep copy that is
    // wiped right after use.
    QByteArray password(passphrase.data(), passphrase.size());
    QByteArray derived = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha512, password, salt,
                                                            passphraseIterations, quint64(keySize));
    core::secureZero(password.data(), std::size_t(password.size()));
    const core::SecretBytes key = core::SecretBytes::take(derived);
    DatabaseKey result;
    result.m_literal = literalFor(key, salt);
    return result;
}

QByteArray DatabaseKey::saltOfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray salt = file.read(saltSize);
    return salt.size() == saltSize ? salt : QByteArray();
}

DatabaseKey DatabaseKey::fromLiteral(core::SecretBytes literal)
{
    DatabaseKey result;
    result.m_literal = std::move(literal);
    return result;
}

bool DatabaseKey::operator==(const DatabaseKey &other) const
{
    return m_literal.size() == other.m_literal.size() &&
           std::equal(m_literal.data(), m_literal.data() + m_literal.size(), other.m_literal.data());
}

DatabaseKey DatabaseKey::clone() const
{
    DatabaseKey copy;
    copy.m_literal = m_literal.clone();
    return copy;
}

} // namespace ioc::storage

#pragma once

#include "core/secretstore.h"

#include <QHash>

namespace ioc::test {

// An in-memory stand-in for the OS keyring, for tests only (the real keyring is exercised by
// tests/storage/testkeychain under a private D-Bus session). `available = false` behaves like a
// machine without a keyring service.
class MemorySecretStore final : public core::SecretStore
{
public:
    bool available = true;

    ReadResult read(const QString &name) override
    {
        ReadResult result;
        if (!available) {
            result.status = Status::Unavailable;
            result.error = QStringLiteral("no keyring service");
            return result;
        }
        const auto it = m_secrets.constFind(name);
        if (it == m_secrets.constEnd()) {
            result.status = Status::NotFound;
            return result;
        }
        QByteArray copy = *it;
        result.secret = core::SecretBytes::take(copy);
        result.status = Status::Ok;
        return result;
    }

    Status write(const QString &name, const core::SecretBytes &secret, QString *error) override
    {
        if (!available) {
            if (error != nullptr) {
                *error = QStringLiteral("no keyring service");
            }
            return Status::Unavailable;
        }
        m_secrets.insert(name, QByteArray(secret.data(), secret.size()));
        return Status::Ok;
    }

    Status remove(const QString &name, QString *) override
    {
        return m_secrets.remove(name) > 0 ? Status::Ok : Status::NotFound;
    }

    bool contains(const QString &name) const { return m_secrets.contains(name); }

private:
    QHash<QString, QByteArray> m_secrets;
};

} // namespace ioc::test

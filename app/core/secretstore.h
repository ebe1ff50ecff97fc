#pragma once

#include "core/secret.h"

#include <QString>

namespace ioc::core {

// Where secrets live: the OS keyring in production (ioc::keyring::KeychainSecretStore), an
// in-memory store in tests. Never a file.
class SecretStore
{
public:
    enum class Status
    {
        Ok,
        NotFound,
        Unavailable, // no keyring service (e.g. no D-Bus session)
        Error,
    };

    struct ReadResult
    {
        Status status = Status::Error;
        SecretBytes secret;
        QString error;
    };

    SecretStore() = default;
    virtual ~SecretStore() = default;
    Q_DISABLE_COPY_MOVE(SecretStore)

    virtual ReadResult read(const QString &name) = 0;
    virtual Status write(const QString &name, const SecretBytes &secret, QString *error) = 0;
    virtual Status remove(const QString &name, QString *error) = 0;
};

} // namespace ioc::core

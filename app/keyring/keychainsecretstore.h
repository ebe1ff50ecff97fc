#pragma once

#include "core/secretstore.h"

namespace ioc::keyring {

// The OS keyring. Calls block until the keyring answers (every job of the process runs in one
// keychain thread, see the .cpp), so use them at start-up and from worker threads, not inside a
// UI interaction. Any thread may call.
class KeychainSecretStore final : public core::SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("ioc-console"));

    ReadResult read(const QString &name) override;
    Status write(const QString &name, const core::SecretBytes &secret, QString *error) override;
    Status remove(const QString &name, QString *error) override;

private:
    QString m_service;
};

} // namespace ioc::keyring

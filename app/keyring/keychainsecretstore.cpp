#include "keyring/keychainsecretstore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace ioc::keyring {

namespace {

core::SecretStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return core::SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return core::SecretStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return core::SecretStore::Status::Unavailable;
    default:
        return core::SecretStore::Status::Error;
    }
}

void run(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.start();
    loop.exec();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{}

core::SecretStore::ReadResult KeychainSecretStore::read(const QString &name)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(name);
    run(job);
    ReadResult result;
    result.status = statusOf(job.error());
    if (result.status == Status::Ok) {
        QByteArray data = job.binaryData();
        result.secret = core::SecretBytes::take(data);
    } else {
        result.error = job.errorString();
    }
    return result;
}

core::SecretStore::Status KeychainSecretStore::write(const QString &name, const core::SecretBytes &secret,
                                                     QString *error)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(name);
    QByteArray data(secret.data(), secret.size());
    job.setBinaryData(data);
    core::secureZero(data.data(), std::size_t(data.size()));
    run(job);
    if (job.error() != QKeychain::NoError && error != nullptr) {
        *error = job.errorString();
    }
    return statusOf(job.error());
}

core::SecretStore::Status KeychainSecretStore::remove(const QString &name, QString *error)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(name);
    run(job);
    if (job.error() != QKeychain::NoError && error != nullptr) {
        *error = job.errorString();
    }
    return statusOf(job.error());
}

} // namespace ioc::keyring

#include "keyring/keychainsecretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
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

// QtKeychain runs its jobs one at a time through one executor, which lives in the thread of the
// first job and takes every later job's signals there: a job run and destroyed in another thread
// (the sync thread writing a refresh token after the UI thread read the profile's key) reaches it
// through a queued call after it is gone, and the process crashes. So every job of the process
// runs in one thread of its own, and the caller waits for it. That thread waits for nobody,
// so no caller can deadlock it.
QThread *keychainThread()
{
    static QThread *thread = [] {
        auto *created = new QThread;
        created->setObjectName(QStringLiteral("keychain"));
        created->start();
        // Stopped as the application object goes, before statics are destroyed.
        qAddPostRoutine([] {
            keychainThread()->quit();
            keychainThread()->wait();
            delete keychainThread();
        });
        return created;
    }();
    return thread;
}

// Runs `work` in the keychain thread and returns when it has.
template<typename Work>
void inKeychainThread(Work work)
{
    QThread *thread = keychainThread();
    if (QThread::currentThread() == thread) {
        work();
        return;
    }
    QObject context;
    context.moveToThread(thread);
    QMetaObject::invokeMethod(&context, work, Qt::BlockingQueuedConnection);
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
    ReadResult result;
    inKeychainThread([&] {
        QKeychain::ReadPasswordJob job(m_service);
        job.setKey(name);
        run(job);
        result.status = statusOf(job.error());
        if (result.status == Status::Ok) {
            QByteArray data = job.binaryData();
            result.secret = core::SecretBytes::take(data);
        } else {
            result.error = job.errorString();
        }
    });
    return result;
}

core::SecretStore::Status KeychainSecretStore::write(const QString &name, const core::SecretBytes &secret,
                                                     QString *error)
{
    Status status = Status::Error;
    inKeychainThread([&] {
        QKeychain::WritePasswordJob job(m_service);
        job.setKey(name);
        QByteArray data(secret.data(), secret.size());
        job.setBinaryData(data);
        core::secureZero(data.data(), std::size_t(data.size()));
        run(job);
        if (job.error() != QKeychain::NoError && error != nullptr) {
            *error = job.errorString();
        }
        status = statusOf(job.error());
    });
    return status;
}

core::SecretStore::Status KeychainSecretStore::remove(const QString &name, QString *error)
{
    Status status = Status::Error;
    inKeychainThread([&] {
        QKeychain::DeletePasswordJob job(m_service);
        job.setKey(name);
        run(job);
        if (job.error() != QKeychain::NoError && error != nullptr) {
            *error = job.errorString();
        }
        status = statusOf(job.error());
    });
    return status;
}

} // namespace ioc::keyring

#include "support/sqlcipher.h"

#include "storage/sqlcipherdriver.h"
#include "support/hostprocess.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QFile>

namespace ioc::test {

core::SecretBytes testKeyBytes(char fill)
{
    QByteArray bytes(storage::DatabaseKey::keySize, fill);
    return core::SecretBytes::take(bytes);
}

storage::DatabaseKey testKey(char fill)
{
    return storage::DatabaseKey::fromRawKey(testKeyBytes(fill));
}

QSqlDatabase openCipher(const QString &path, storage::DatabaseKey key, const QString &options)
{
    static QAtomicInt counter;
    auto *driver = new storage::SqlCipherDriver();
    driver->setKey(std::move(key));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, QStringLiteral("test-%1").arg(counter.fetchAndAddRelaxed(1)));
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    db.open();
    return db;
}

void closeCipher(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QByteArray sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QByteArray runProcess(const QString &program, const QStringList &arguments, const QByteArray &input, int *exitCode,
                      QByteArray *standardError)
{
    // A build-machine tool (sqlite3, sqlcipher, python3): under Wine through the host launcher.
    const HostProcess::Result result = HostProcess::run(program, arguments, {}, 120000, input);
    if (exitCode != nullptr) {
        *exitCode = result.exitCode;
    }
    if (standardError != nullptr) {
        *standardError = result.errors;
    }
    return result.output;
}

} // namespace ioc::test

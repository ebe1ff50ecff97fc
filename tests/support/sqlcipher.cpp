#include "support/sqlcipher.h"

#include "storage/sqlcipherdriver.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

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
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    if (exitCode != nullptr) {
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    if (standardError != nullptr) {
        *standardError = process.readAllStandardError();
    }
    return process.readAllStandardOutput();
}

} // namespace ioc::test

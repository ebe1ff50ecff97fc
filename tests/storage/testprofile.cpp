#include "storage/database.h"
#include "storage/profile.h"
#include "storage/reportrepository.h"
#include "storage/sqlcipherdriver.h"
#include "support/memorysecretstore.h"
#include "support/sqlcipher.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;
using namespace Qt::StringLiterals;

namespace {

core::SecretBytes passphrase(const char *text)
{
    QByteArray bytes(text);
    return core::SecretBytes::take(bytes);
}

storage::KeySource keyring(test::MemorySecretStore &store)
{
    return storage::KeySource{std::nullopt, &store};
}

storage::KeySource withPassphrase(const char *text)
{
    return storage::KeySource{passphrase(text), nullptr};
}

} // namespace

class TestProfile final : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void createThenReopenWithTheKeyringKey()
    {
        const QString dir = profileDir();
        test::MemorySecretStore store;
        storage::StorageError error;
        {
            auto profile = storage::Profile::open(dir, keyring(store), storage::Profile::Mode::OpenOrCreate, &error);
            QVERIFY2(profile, qPrintable(error.message));
            QCOMPARE(profile->replica().schemaVersion(),
                     storage::Database::knownSchemaVersion(u":/ioc/migrations/replica"_s));
            QVERIFY(profile->replica().schemaVersion() >= 2);
            QVERIFY(QSqlQuery(profile->replica().connection()).exec(u"INSERT INTO sync_state VALUES ('k', 'v')"_s));
        }
        QVERIFY(store.contains(storage::Profile::keyringEntry(dir)));
        auto again = storage::Profile::open(dir, keyring(store), storage::Profile::Mode::OpenExisting, &error);
        QVERIFY2(again, qPrintable(error.message));
        QSqlQuery q(again->replica().connection());
        QVERIFY(q.exec(u"SELECT value FROM sync_state WHERE key = 'k'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"v"_s);
        QVERIFY(!again->usesPassphrase());
    }

    void anExistingDatabaseIsNeverRecreated()
    {
        const QString dir = profileDir();
        test::MemorySecretStore store;
        storage::StorageError error;
        QVERIFY(storage::Profile::open(dir, keyring(store), storage::Profile::Mode::OpenOrCreate, &error));
        const QByteArray before = test::sha256OfFile(storage::Profile::replicaPath(dir));

        // The keyring lost the entry: refuse, do not make a new database.
        test::MemorySecretStore empty;
        QVERIFY(!storage::Profile::open(dir, keyring(empty), storage::Profile::Mode::OpenOrCreate, &error));
        QCOMPARE(error.kind, storage::StorageError::Kind::KeyUnavailable);
        QVERIFY2(error.message.contains(u"will not be recreated"_s), qPrintable(error.message));
        QVERIFY(!empty.contains(storage::Profile::keyringEntry(dir)));

        // A wrong key (here: a passphrase for a keyring profile): refuse.
        QVERIFY(!storage::Profile::open(dir, withPassphrase("sai"), storage::Profile::Mode::OpenOrCreate, &error));
        QCOMPARE(error.kind, storage::StorageError::Kind::WrongKey);
        QVERIFY2(error.message.contains(u"wrong key or not a database"_s), qPrintable(error.message));

        // No keyring at all and no passphrase: a clear error.
        test::MemorySecretStore unavailable;
        unavailable.available = false;
        QVERIFY(!storage::Profile::open(dir, keyring(unavailable), storage::Profile::Mode::OpenExisting, &error));
        QVERIFY(error.message.contains(u"keyring is not available"_s));
        QVERIFY(!storage::Profile::open(dir, storage::KeySource{}, storage::Profile::Mode::OpenExisting, &error));
        QVERIFY(error.message.contains(u"no passphrase was given"_s));

        QCOMPARE(test::sha256OfFile(storage::Profile::replicaPath(dir)), before);
    }

    void openExistingDoesNotCreate()
    {
        const QString dir = profileDir();
        test::MemorySecretStore store;
        storage::StorageError error;
        QVERIFY(!storage::Profile::open(dir, keyring(store), storage::Profile::Mode::OpenExisting, &error));
        QCOMPARE(error.kind, storage::StorageError::Kind::Missing);
        QVERIFY(!QFile::exists(storage::Profile::replicaPath(dir)));
        QVERIFY(!store.contains(storage::Profile::keyringEntry(dir)));
    }

    void anInterruptedCreationIsCompleted()
    {
        const QString dir = profileDir();
        test::MemorySecretStore store;
        // The key reached the keyring, then the process died before any file existed.
        QVERIFY(QDir().mkpath(dir));
        store.write(storage::Profile::keyringEntry(dir), test::testKeyBytes('i'), nullptr);
        storage::StorageError error;
        auto profile = storage::Profile::open(dir, keyring(store), storage::Profile::Mode::OpenOrCreate, &error);
        QVERIFY2(profile, qPrintable(error.message));
        profile.reset();
        // The database uses the key that was in the keyring.
        QSqlDatabase db = test::openCipher(storage::Profile::replicaPath(dir), test::testKey('i'), {});
        QVERIFY(db.isOpen());
        test::closeCipher(db);
        // An empty file left by a crash before the first page was written is completed too.
        const QString dir2 = profileDir();
        QVERIFY(QDir().mkpath(dir2));
        store.write(storage::Profile::keyringEntry(dir2), test::testKeyBytes('j'), nullptr);
        QFile empty(storage::Profile::replicaPath(dir2));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QVERIFY2(storage::Profile::open(dir2, keyring(store), storage::Profile::Mode::OpenOrCreate, &error),
                 qPrintable(error.message));
    }

    void passphraseProfiles()
    {
        const QString dir = profileDir();
        storage::StorageError error;
        QVERIFY2(
            storage::Profile::open(dir, withPassphrase("cụm mật khẩu"), storage::Profile::Mode::OpenOrCreate, &error),
            qPrintable(error.message));
        QVERIFY(
            storage::Profile::open(dir, withPassphrase("cụm mật khẩu"), storage::Profile::Mode::OpenExisting, &error));
        QVERIFY(
            !storage::Profile::open(dir, withPassphrase("cum mat khau"), storage::Profile::Mode::OpenExisting, &error));
        QCOMPARE(error.kind, storage::StorageError::Kind::WrongKey);
    }

    void aNewerSchemaIsRefused()
    {
        const QString dir = profileDir();
        test::MemorySecretStore store;
        storage::StorageError error;
        {
            auto profile = storage::Profile::open(dir, keyring(store), storage::Profile::Mode::OpenOrCreate, &error);
            QVERIFY(QSqlQuery(profile->replica().connection()).exec(u"PRAGMA user_version = 99"_s));
        }
        QVERIFY(!storage::Profile::open(dir, keyring(store), storage::Profile::Mode::OpenExisting, &error));
        QCOMPARE(error.kind, storage::StorageError::Kind::SchemaTooNew);
        QVERIFY2(error.message.contains(u"schema version 99, newer than this program knows (%1)"_s.arg(
                     storage::Database::knownSchemaVersion(u":/ioc/migrations/replica"_s))),
                 qPrintable(error.message));
    }

    void rekeyKeepsTheDataAndChangesTheKey()
    {
        const QString dir = profileDir();
        test::MemorySecretStore store;
        storage::StorageError error;
        {
            auto profile = storage::Profile::open(dir, keyring(store), storage::Profile::Mode::OpenOrCreate, &error);
            QVERIFY(QSqlQuery(profile->replica().connection()).exec(u"INSERT INTO sync_state VALUES ('k', 'v')"_s));
            const auto oldKey = store.read(storage::Profile::keyringEntry(dir)).secret.clone();
            QVERIFY2(profile->rekey(keyring(store), &error), qPrintable(error.message));
            const auto newKey = store.read(storage::Profile::keyringEntry(dir)).secret.clone();
            QVERIFY(QByteArray(oldKey.data(), oldKey.size()) != QByteArray(newKey.data(), newKey.size()));
            QVERIFY(!store.contains(storage::Profile::keyringEntry(dir) + u".next"_s));
        }
        auto reopened = storage::Profile::open(dir, keyring(store), storage::Profile::Mode::OpenExisting, &error);
        QVERIFY2(reopened, qPrintable(error.message));
        // Switch to a passphrase.
        QVERIFY2(reopened->rekey(withPassphrase("mới"), &error), qPrintable(error.message));
        reopened.reset();
        auto withNew = storage::Profile::open(dir, withPassphrase("mới"), storage::Profile::Mode::OpenExisting, &error);
        QVERIFY2(withNew, qPrintable(error.message));
        QSqlQuery q(withNew->replica().connection());
        QVERIFY(q.exec(u"SELECT value FROM sync_state"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"v"_s);
    }

private:
    QString profileDir() { return m_dir.filePath(u"profile-%1"_s.arg(++m_counter)); }

    QTemporaryDir m_dir;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestProfile)
#include "testprofile.moc"

#include "keyring/keychainsecretstore.h"
#include "storage/profile.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;
using namespace Qt::StringLiterals;

// The OS keyring for real: runs inside tests/storage/with-keyring.sh (D-Bus session +
// gnome-keyring), through QtKeychain and libsecret.
class TestKeychain final : public QObject
{
    Q_OBJECT

private slots:
    void secretsRoundTrip()
    {
        keyring::KeychainSecretStore store(u"ioc-console-test"_s);
        const core::SecretBytes secret = core::SecretBytes::random(32);
        QString error;
        QCOMPARE(store.write(u"entry"_s, secret, &error), core::SecretStore::Status::Ok);
        auto read = store.read(u"entry"_s);
        QCOMPARE(read.status, core::SecretStore::Status::Ok);
        QCOMPARE(QByteArray(read.secret.data(), read.secret.size()), QByteArray(secret.data(), secret.size()));
        QCOMPARE(store.remove(u"entry"_s, &error), core::SecretStore::Status::Ok);
        QCOMPARE(store.read(u"entry"_s).status, core::SecretStore::Status::NotFound);
    }

    void profileKeyLivesInTheKeyring()
    {
        QTemporaryDir dir;
        keyring::KeychainSecretStore store(u"ioc-console-test"_s);
        storage::StorageError error;
        {
            auto profile = storage::Profile::open(dir.path(), storage::KeySource{std::nullopt, &store},
                                                  storage::Profile::Mode::OpenOrCreate, &error);
            QVERIFY2(profile, qPrintable(error.message));
            QVERIFY(QSqlQuery(profile->replica().connection()).exec(u"INSERT INTO sync_state VALUES ('a', 'b')"_s));
        }
        QCOMPARE(store.read(storage::Profile::keyringEntry(dir.path())).secret.size(), 32);
        auto reopened = storage::Profile::open(dir.path(), storage::KeySource{std::nullopt, &store},
                                               storage::Profile::Mode::OpenExisting, &error);
        QVERIFY2(reopened, qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "testkeychain.moc"

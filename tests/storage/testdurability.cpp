#include "storage/outboxrepository.h"
#include "storage/profile.h"
#include "storage/sqlcipherdriver.h"
#include "support/memorysecretstore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;
using namespace Qt::StringLiterals;

// A process writing outbox actions is killed with SIGKILL at random moments, many times. After
// every kill the database opens, passes both integrity checks, and every action the writer
// acknowledged is there exactly once. IOC_LONG_TESTS=1 runs 200 kills instead of 25.
class TestDurability final : public QObject
{
    Q_OBJECT

private slots:
    void killedWritersLoseNothingAcknowledged()
    {
        QTemporaryDir dir;
        const QString profileDir = dir.filePath(u"profile"_s);
        const int rounds = qEnvironmentVariableIntValue("IOC_LONG_TESTS") != 0 ? 200 : 25;
        QSet<QString> acknowledged;
        const core::SecretBytes key = core::SecretBytes::random(storage::DatabaseKey::keySize);
        test::MemorySecretStore keyring;
        keyring.write(storage::Profile::keyringEntry(profileDir), key, nullptr);
        auto *random = QRandomGenerator::global();
        int totalRows = 0;
        for (int round = 0; round < rounds; ++round) {
            QProcess writer;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"IOC_TEST_RAW_KEY"_s, QString::fromLatin1(QByteArray(key.data(), key.size()).toHex()));
            writer.setProcessEnvironment(env);
            writer.start(qEnvironmentVariable("IOC_OUTBOX_WRITER"), {profileDir});
            QVERIFY(writer.waitForStarted());
            QByteArray output;
            QElapsedTimer timer;
            timer.start();
            while (!output.contains("ready\n") && timer.elapsed() < 30000) {
                writer.waitForReadyRead(100);
                output += writer.readAllStandardOutput();
                QVERIFY2(writer.state() == QProcess::Running, writer.readAllStandardError().constData());
            }
            QTest::qWait(int(random->bounded(5, 300)));
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished());
            output += writer.readAllStandardOutput();
            int acksThisRound = 0;
            for (const QByteArray &line : output.split('\n')) {
                if (line.startsWith("ack ") && line.size() == 40) { // a whole line: the commit happened
                    acknowledged.insert(QString::fromLatin1(line.mid(4)));
                    ++acksThisRound;
                }
            }
            // The database opens and is sound, and nothing acknowledged is missing or doubled.
            storage::StorageError error;
            auto profile = storage::Profile::open(profileDir, storage::KeySource{std::nullopt, &keyring},
                                                  storage::Profile::Mode::OpenExisting, &error);
            QVERIFY2(profile, qPrintable(error.message));
            QCOMPARE(profile->replica().driver()->cipherIntegrityCheck(), QStringList());
            QCOMPARE(profile->replica().driver()->integrityCheck(), QStringList());
            QSqlQuery query(profile->replica().connection());
            QVERIFY(query.exec(u"SELECT client_id, count(*) FROM outbox GROUP BY client_id"_s));
            QHash<QString, int> stored;
            while (query.next()) {
                stored.insert(query.value(0).toString(), query.value(1).toInt());
            }
            for (const QString &id : std::as_const(acknowledged)) {
                QVERIFY2(stored.value(id) == 1,
                         qPrintable(u"round %1: %2 stored %3 times"_s.arg(round).arg(id).arg(stored.value(id))));
            }
            QVERIFY(stored.size() >= acknowledged.size());
            totalRows = int(stored.size());
            Q_UNUSED(acksThisRound);
        }
        QVERIFY2(acknowledged.size() > rounds, "the writers hardly wrote anything");
        qInfo("%d kills, %lld acknowledged actions, %d rows", rounds, qlonglong(acknowledged.size()), totalRows);
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "testdurability.moc"

#include "storage/outboxrepository.h"
#include "storage/profile.h"
#include "storage/reportrepository.h"
#include "support/apifixtures.h"

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace ioc;
using namespace Qt::StringLiterals;

// `ioc-admin sync` killed (SIGKILL; TerminateProcess on Windows) at random moments while it pulls and pushes: after
// each restart the replica converges, and the server has applied every queued action exactly once. IOC_LONG_TESTS=1
// runs 200 kills instead of 20.
class TestSyncCrash final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server.start();
        m_http = std::make_unique<test::HttpClient>(m_server.url());
        m_fixtures = std::make_unique<test::ApiFixtures>(*m_http);
        QVERIFY(m_dir.isValid());
        writeLine(u"password"_s, "demo");
        writeLine(u"passphrase"_s, "mat-khau-ho-so-thu-nghiem");
        writeLine(u"ca.pem"_s, {});
        QFile::remove(path(u"ca.pem"_s));
        QVERIFY(QFile::copy(test::TestCertificates::instance().caFile(), path(u"ca.pem"_s)));
        m_report = m_fixtures->reportIn(u"received"_s);
        QCOMPARE(sync(false).exitCode, 0); // the first, full sync
    }

    void killedAtRandomMomentsLosesNothing()
    {
        const int rounds = qEnvironmentVariableIntValue("IOC_LONG_TESTS") > 0 ? 200 : 20;
        QRandomGenerator random(2573);
        QStringList notes;
        int toggles = 0;
        for (int round = 0; round < rounds; ++round) {
            const QString note = u"Ghi chú lần %1"_s.arg(round);
            QCOMPARE(act(u"add_note"_s, {{u"text"_s, note}}), 0);
            notes.append(note);
            if (round % 3 == 0) {
                // A version-bumping action too: its If-Match must stay right across the kills.
                QCOMPARE(act(u"set_public"_s, {{u"public"_s, toggles % 2 == 1}, {u"reason"_s, u"Lần %1"_s.arg(round)}}),
                         0);
                ++toggles;
            }
            sync(true, random.bounded(900));
        }
        // Restarted until it has nothing left to do.
        Run last;
        for (int i = 0; i < 10; ++i) {
            last = sync(false);
            if (last.exitCode == 0 && last.output.contains("0 pending, 0 in conflict, 0 failed")) {
                break;
            }
        }
        QVERIFY2(last.output.contains("0 pending, 0 in conflict, 0 failed"), last.output.constData());

        // The server applied each action exactly once, in the order taken.
        const QJsonObject report = m_fixtures->report(m_report);
        QStringList applied;
        int setPublic = 0;
        for (const QJsonValue &value : report.value(u"events"_s).toArray()) {
            const QJsonObject event = value.toObject();
            if (event.value(u"action"_s).toString() == u"add_note"_s) {
                applied.append(event.value(u"payload"_s).toObject().value(u"text"_s).toString());
            }
            setPublic += event.value(u"action"_s).toString() == u"set_public"_s ? 1 : 0;
        }
        QCOMPARE(applied, notes);
        QCOMPARE(setPublic, toggles);

        // The replica converged: the report's version as on the server, every entry sent.
        storage::StorageError error;
        QByteArray passphrase = "mat-khau-ho-so-thu-nghiem";
        storage::KeySource source;
        source.passphrase = core::SecretBytes::take(passphrase);
        auto profile =
            storage::Profile::open(path(u"profile"_s), std::move(source), storage::Profile::Mode::OpenExisting, &error);
        QVERIFY2(profile, qPrintable(error.message));
        QCOMPARE(storage::ReportRepository(profile->replica()).version(m_report),
                 std::optional(report.value(u"version"_s).toInt()));
        const QList<storage::OutboxEntry> entries = storage::OutboxRepository(profile->replica()).entries();
        QCOMPARE(entries.size(), notes.size() + toggles);
        for (const storage::OutboxEntry &entry : entries) {
            QCOMPARE(entry.state, storage::OutboxState::Sent);
        }
        // `ioc-admin outbox list` says the same.
        QProcess list;
        list.start(qEnvironmentVariable("IOC_ADMIN"), QStringList{u"outbox"_s, u"list"_s} + profileArguments());
        QVERIFY(list.waitForFinished(30000));
        // (Windows' console output ends its lines with CR LF.)
        const QString listed = QString::fromUtf8(list.readAllStandardOutput()).replace(u"\r\n"_s, u"\n"_s);
        QVERIFY2(listed.endsWith(u"%1 entries\n"_s.arg(entries.size())), qPrintable(listed));
        QCOMPARE(listed.count(u" sent "_s), entries.size());
        qInfo("%d kills, %lld actions, each applied once", rounds, qint64(entries.size()));
    }

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray output;
    };

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void writeLine(const QString &name, const QByteArray &line)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(line + '\n');
    }

    QStringList profileArguments() const
    {
        return {u"--profile"_s, path(u"profile"_s), u"--passphrase-file"_s, path(u"passphrase"_s)};
    }

    // `ioc-admin sync --once`; with `killAfterMs`, killed that many ms after start.
    Run sync(bool kill, int killAfterMs = 0)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(qEnvironmentVariable("IOC_ADMIN"),
                      QStringList{u"sync"_s, u"--server"_s, m_server.url().toString(), u"--user"_s, u"truc1"_s,
                                  u"--password-file"_s, path(u"password"_s), u"--ca"_s, path(u"ca.pem"_s),
                                  u"--once"_s} +
                          profileArguments());
        if (!process.waitForStarted(10000)) {
            qFatal("ioc-admin did not start");
        }
        if (kill) {
            process.waitForFinished(killAfterMs);
            if (process.state() != QProcess::NotRunning) {
                process.kill(); // SIGKILL on Linux, TerminateProcess on Windows: no chance to clean up
            }
        }
        process.waitForFinished(60000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAll()};
    }

    int act(const QString &action, const QJsonObject &payload)
    {
        QProcess process;
        process.start(qEnvironmentVariable("IOC_ADMIN"),
                      QStringList{u"act"_s, u"--report"_s, m_report, u"--action"_s, action, u"--payload"_s,
                                  QString::fromUtf8(test::toJson(payload))} +
                          profileArguments());
        process.waitForFinished(30000);
        if (process.exitCode() != 0) {
            qWarning("%s", process.readAllStandardError().constData());
        }
        return process.exitCode();
    }

    test::TestServer m_server;
    std::unique_ptr<test::HttpClient> m_http;
    std::unique_ptr<test::ApiFixtures> m_fixtures;
    QTemporaryDir m_dir;
    QString m_report;
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "testsynccrash.moc"

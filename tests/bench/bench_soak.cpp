// ./ioc bench soak: two ioc-server instances on one PostgreSQL database, 20 workstations
// (`ioc-admin sync` running live, `ioc-admin act` queueing actions) acting on a shared set of
// reports through proxies that break answers on purpose, each workstation's sync killed with
// SIGKILL at random, for 10 minutes (IOC_SOAK_SECONDS). Then every workstation settles, and every
// figure is read from the server's events and the workstations' outboxes, not from logs:
// soak.actions_queued / applied, soak.lost / duplicated / reordered (each must be 0),
// soak.replicas_converged. Run under a private keyring session (the profiles' keys).

#include "benchutil.h"
#include "keyring/keychainsecretstore.h"
#include "storage/outboxrepository.h"
#include "storage/profile.h"
#include "storage/reportrepository.h"
#include "support/adminprofile.h"
#include "support/apifixtures.h"
#include "support/faultproxy.h"
#include "support/testserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <cstdio>
#include <memory>
#include <vector>

using namespace ioc;

namespace {

using Fault = test::FaultProxy::Fault;

struct Workstation
{
    QString user;
    std::unique_ptr<test::AdminProfile> admin;
    std::unique_ptr<QProcess> sync;
    QString url;
    int kills = 0;
};

QByteArray json(const QJsonObject &object)
{
    return test::toJson(object);
}

// A throwaway PostgreSQL cluster (tests/support/pgcluster.sh), stopped when the run ends. Its
// folder is its own: run as root, PostgreSQL runs as another user, who must be able to pass
// through the folder (not list it).
class Cluster final
{
public:
    Cluster()
    {
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                                QFileDevice::ExeGroup | QFileDevice::ExeOther);
        if (run(QStringLiteral("start")) != 0) {
            qFatal("cannot start PostgreSQL: %s", m_errors.constData());
        }
    }
    ~Cluster() { run(QStringLiteral("stop")); }
    Q_DISABLE_COPY_MOVE(Cluster)

    QString urlFile() const { return m_dir.filePath(QStringLiteral("pg/url")); }

private:
    int run(const QString &command)
    {
        QProcess cluster;
        cluster.start(QStringLiteral("sh"), {QStringLiteral(IOC_SOURCE_DIR "/tests/support/pgcluster.sh"), command,
                                             m_dir.filePath(QStringLiteral("pg"))});
        if (!cluster.waitForFinished(120000)) {
            return -1;
        }
        m_errors = cluster.readAllStandardError();
        return cluster.exitCode();
    }

    QTemporaryDir m_dir;
    QByteArray m_errors;
};

void startSync(Workstation &w, const QString &password, const QString &ca)
{
    w.sync = std::make_unique<QProcess>();
    w.sync->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    w.sync->setStandardOutputFile(QProcess::nullDevice());
    w.sync->start(qEnvironmentVariable("IOC_ADMIN"),
                  {QStringLiteral("sync"), QStringLiteral("--server"), w.url, QStringLiteral("--user"), w.user,
                   QStringLiteral("--password-file"), password, QStringLiteral("--ca"), ca, QStringLiteral("--profile"),
                   w.admin->directory()});
    w.sync->waitForStarted();
}

// SIGKILL, as a power cut would. Only a process still running: one that ended (a sync that
// could not sign in) has no id, and kill(0) would kill this whole process group.
void killSync(Workstation &w)
{
    const qint64 pid = w.sync->processId();
    if (w.sync->state() != QProcess::NotRunning && pid > 0) {
        ::kill(pid_t(pid), SIGKILL);
    }
    w.sync->waitForFinished(5000);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int seconds =
        qEnvironmentVariableIsSet("IOC_SOAK_SECONDS") ? qEnvironmentVariableIntValue("IOC_SOAK_SECONDS") : 600;
    constexpr int workstations = 20;
    constexpr int sharedReports = 8;
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        qFatal("run under tests/storage/with-keyring.sh (./ioc bench soak does)");
    }
    qputenv("IOC_TEST_KDF_ITERATIONS", "0"); // an optimised build: the production password cost
    QTemporaryDir dir;
    const Cluster cluster;
    qputenv("IOC_TEST_PG_URL_FILE", cluster.urlFile().toUtf8());
    const QString ca = test::TestCertificates::instance().caFile();

    test::TestServer first(
        test::TestServer::Options{true,
                                  {},
                                  {QStringLiteral("--demo-reports"), QStringLiteral("60"),
                                   QStringLiteral("--scheduler-interval-ms"), QStringLiteral("2000")},
                                  {},
                                  {}});
    first.start();
    test::TestServer second(test::TestServer::Options{true, {}, {}, first.postgresUrl(), {}}); // the demo's database
    second.start();
    test::FaultProxy proxyA(quint16(first.url().port()));
    test::FaultProxy proxyB(quint16(second.url().port()));

    // Officers of their own, and the reports they all work on.
    test::HttpClient http(first.url());
    const QByteArray admin = http.login(QStringLiteral("quantri"));
    const QString passwordFile = dir.filePath(QStringLiteral("password"));
    {
        QFile file(passwordFile);
        file.open(QIODevice::WriteOnly);
        file.write("mat-khau-thu-tai-lau-dai\n");
    }
    std::vector<Workstation> stations;
    for (int i = 0; i < workstations; ++i) {
        const QString user = QStringLiteral("truc-soak-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        const test::HttpResponse created =
            http.post(QStringLiteral("/v1/users"),
                      json({{QStringLiteral("username"), user},
                            {QStringLiteral("display_name"), QStringLiteral("Cán bộ trực %1").arg(i + 1)},
                            {QStringLiteral("role"), QStringLiteral("duty_officer")},
                            {QStringLiteral("password"), QStringLiteral("mat-khau-thu-tai-lau-dai")}}),
                      admin);
        if (created.status != 201) {
            qFatal("cannot create %s: %d %s", qPrintable(user), created.status, created.body.constData());
        }
        Workstation w;
        w.user = user;
        w.url = (i % 2 == 0 ? proxyA : proxyB).url().toString();
        w.admin = std::make_unique<test::AdminProfile>(dir.filePath(QStringLiteral("station-%1").arg(i)), QString());
        w.admin->setServer(QUrl(w.url), user, passwordFile, ca);
        if (w.admin->run({QStringLiteral("db"), QStringLiteral("init")}).exitCode != 0 ||
            w.admin->sync().exitCode != 0) {
            qFatal("workstation %d cannot start", i);
        }
        stations.push_back(std::move(w));
    }
    test::ApiFixtures fixtures(http);
    QStringList reports;
    for (int i = 0; i < sharedReports; ++i) {
        reports.append(fixtures.reportIn(QStringLiteral("received")));
    }
    for (Workstation &w : stations) {
        w.admin->sync();
        startSync(w, passwordFile, ca);
    }

    // The soak: actions, officers' decisions on conflicts and refusals, faults, kills.
    QRandomGenerator random(2573);
    QElapsedTimer clock;
    clock.start();
    qint64 nextFault = 0;
    int notes = 0;
    int kills = 0;
    while (clock.elapsed() < qint64(seconds) * 1000) {
        Workstation &w = stations[random.bounded(workstations)];
        const QString report = reports.at(random.bounded(sharedReports));
        const int dice = random.bounded(100);
        if (dice < 60) {
            w.admin->act(report, QStringLiteral("add_note"),
                         json({{QStringLiteral("text"), QStringLiteral("%1 ghi chú %2").arg(w.user).arg(++notes)}}));
        } else if (dice < 80) {
            w.admin->act(report, QStringLiteral("set_urgent"),
                         json({{QStringLiteral("urgent"), random.bounded(2) == 1},
                               {QStringLiteral("reason"), QStringLiteral("Thử tải")}}));
        } else if (dice < 90) {
            w.admin->act(report, random.bounded(2) == 1 ? QStringLiteral("claim") : QStringLiteral("release"), {});
        } else {
            // The officer looks at what the server did not take: confirms conflicts, drops refusals.
            for (const qint64 seq : w.admin->entriesIn(QStringLiteral("conflict"))) {
                w.admin->run({QStringLiteral("outbox"), QStringLiteral("confirm"), QStringLiteral("--seq"),
                              QString::number(seq)},
                             false);
            }
            for (const qint64 seq : w.admin->entriesIn(QStringLiteral("failed"))) {
                w.admin->run(
                    {QStringLiteral("outbox"), QStringLiteral("drop"), QStringLiteral("--seq"), QString::number(seq)},
                    false);
            }
        }
        if (random.bounded(100) < 8) { // a workstation dies and is started again
            Workstation &victim = stations[random.bounded(workstations)];
            killSync(victim);
            ++victim.kills;
            ++kills;
            startSync(victim, passwordFile, ca);
        }
        if (clock.elapsed() >= nextFault) {
            test::FaultProxy &proxy = random.bounded(2) == 1 ? proxyA : proxyB;
            static const Fault::Kind kinds[] = {Fault::Kind::Status, Fault::Kind::ResetMidBody, Fault::Kind::Truncate};
            Fault fault;
            fault.pathPrefix = random.bounded(2) == 1 ? QStringLiteral("/v1/reports/") : QString();
            fault.kind = kinds[random.bounded(3)];
            fault.status = random.bounded(2) == 1 ? 503 : 500;
            fault.times = 1 + random.bounded(3);
            proxy.addFault(fault);
            nextFault = clock.elapsed() + 1000 + random.bounded(2000);
        }
        QCoreApplication::processEvents();
    }

    // Settle: no more faults or kills; each workstation syncs until its outbox is empty of work,
    // the officer confirming conflicts and dropping refusals as they come.
    proxyA.clearFaults();
    proxyB.clearFaults();
    for (Workstation &w : stations) {
        killSync(w);
    }
    // Each workstation in turn, alone (every sync was stopped), syncs until its outbox holds no
    // work, its officer confirming conflicts and dropping refusals as they come: what it confirms
    // is sent at once, against the version it was just shown, before another workstation can
    // change the report again. A round in which nobody had anything to decide ends it.
    for (int round = 0; round < 6; ++round) {
        bool settled = true;
        for (Workstation &w : stations) {
            for (int turn = 0; turn < 8; ++turn) {
                const test::AdminRun run = w.admin->syncUntilSettled(3);
                bool decided = false;
                for (const qint64 seq : w.admin->entriesIn(QStringLiteral("conflict"))) {
                    w.admin->run({QStringLiteral("outbox"), QStringLiteral("confirm"), QStringLiteral("--seq"),
                                  QString::number(seq)},
                                 false);
                    decided = true;
                }
                for (const qint64 seq : w.admin->entriesIn(QStringLiteral("failed"))) {
                    w.admin->run({QStringLiteral("outbox"), QStringLiteral("drop"), QStringLiteral("--seq"),
                                  QString::number(seq)},
                                 false);
                    decided = true;
                }
                const bool clean = run.output.contains("0 pending, 0 in conflict, 0 failed");
                settled = settled && clean && !decided;
                if (clean && !decided) {
                    break;
                }
            }
        }
        if (settled) {
            break;
        }
    }
    // A workstation that settled early has not seen what the others pushed after it: one more
    // pull each, with nobody acting, before the replicas are compared with the server.
    for (Workstation &w : stations) {
        w.admin->syncUntilSettled(2);
    }

    // The figures, from the server's events and the workstations' outboxes.
    QHash<QString, QList<std::pair<QString, qint64>>> eventsByKey; // key → (report, event seq)
    const QByteArray rows = test::PostgresCluster::psql(
        first.postgresUrl(), QStringLiteral("SELECT request_key, report_id, seq FROM report_events "
                                            "WHERE request_key IS NOT NULL ORDER BY report_id, seq"));
    for (const QByteArray &line : rows.split('\n')) {
        const QList<QByteArray> fields = line.split('|');
        if (fields.size() == 3) {
            eventsByKey[QString::fromLatin1(fields.at(0))].append(
                {QString::fromLatin1(fields.at(1)), fields.at(2).toLongLong()});
        }
    }
    QHash<QString, int> serverVersions;
    for (const QByteArray &line :
         test::PostgresCluster::psql(first.postgresUrl(), QStringLiteral("SELECT id, version FROM reports"))
             .split('\n')) {
        const QList<QByteArray> fields = line.split('|');
        if (fields.size() == 2) {
            serverVersions.insert(QString::fromLatin1(fields.at(0)), fields.at(1).toInt());
        }
    }
    first.stop();
    second.stop();

    qint64 queued = 0;
    qint64 applied = 0;
    qint64 lost = 0;
    qint64 duplicated = 0;
    qint64 reordered = 0;
    qint64 unsettled = 0;
    int converged = 0;
    keyring::KeychainSecretStore keyring;
    for (Workstation &w : stations) {
        storage::KeySource source;
        source.keyring = &keyring;
        storage::StorageError error;
        const auto profile = storage::Profile::open(w.admin->directory(), std::move(source),
                                                    storage::Profile::Mode::OpenExisting, &error);
        if (!profile) {
            qFatal("workstation %s: %s", qPrintable(w.user), qPrintable(error.message));
        }
        QHash<QString, qint64> lastSeq; // per report: the event seq of the previous action applied
        for (const storage::OutboxEntry &entry : storage::OutboxRepository(profile->replica()).entries()) {
            ++queued;
            if (entry.state != storage::OutboxState::Sent) {
                ++unsettled;
                // What a reader needs to find why: the profiles are gone when the bench ends.
                fprintf(stderr, "unsettled: %s #%lld %s %s on %s, attempts %d, next %s, if-match %d: %s\n",
                        qPrintable(w.user), qlonglong(entry.seq), qPrintable(storage::outboxStateName(entry.state)),
                        qPrintable(entry.action), qPrintable(entry.reportId), entry.attempts,
                        qPrintable(entry.nextAttemptAt.toString(Qt::ISODateWithMs)), entry.baseVersion.value_or(-1),
                        qPrintable(entry.lastError));
            }
            const auto events = eventsByKey.value(entry.idempotencyKey);
            if (events.isEmpty()) {
                ++lost;
                continue;
            }
            ++applied;
            duplicated += events.size() - 1;
            const qint64 seq = events.first().second;
            if (lastSeq.contains(entry.reportId) && seq <= lastSeq.value(entry.reportId)) {
                ++reordered;
            }
            lastSeq.insert(entry.reportId, seq);
        }
        bool same = true;
        const QList<storage::QueueRow> rowsHere = storage::ReportRepository(profile->replica()).allRows();
        for (const storage::QueueRow &row : rowsHere) {
            if (serverVersions.value(row.id, -1) != row.version) {
                fprintf(stderr, "diverged: %s has %s at version %d, the server %d\n", qPrintable(w.user),
                        qPrintable(row.id), row.version, serverVersions.value(row.id, -1));
                same = false;
            }
        }
        if (rowsHere.size() != serverVersions.size()) {
            fprintf(stderr, "diverged: %s holds %lld reports, the server %lld\n", qPrintable(w.user),
                    qlonglong(rowsHere.size()), qlonglong(serverVersions.size()));
        }
        converged += same && rowsHere.size() == serverVersions.size() ? 1 : 0;
    }
    bench::report("soak.duration_s", seconds);
    bench::report("soak.workstations", workstations);
    bench::report("soak.kills", kills);
    bench::report("soak.actions_queued", double(queued));
    bench::report("soak.actions_applied", double(applied));
    bench::report("soak.lost", double(lost));
    bench::report("soak.duplicated", double(duplicated));
    bench::report("soak.reordered", double(reordered));
    bench::report("soak.unsettled", double(unsettled));
    bench::report("soak.replicas_converged", converged);
    return lost == 0 && duplicated == 0 && reordered == 0 && unsettled == 0 && converged == workstations ? 0 : 1;
}

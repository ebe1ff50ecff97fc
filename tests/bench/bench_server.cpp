// Server benchmarks: the real ioc-server (this build) over TLS on loopback with 100k reports in
// its database. Actions/s and latency for concurrent clients (each changing reports of its own
// in turn: the full write path — report, event, change feed, audit, idempotency record), and
// downloading the change feed of 100k reports. Three deployments: the embedded SQLCipher
// database (`server.sqlite.*`), PostgreSQL (`server.postgres.*`, a throwaway cluster made by
// tests/support/pgcluster.sh), and two instances sharing that PostgreSQL database, the clients
// split between them (`server.postgres2.*`). Then the outbound channels (`channels.*`,
// benchchannels.cpp).
#include "benchchannels.h"
#include "benchserver.h"
#include "benchutil.h"
#include "serverdatabase.h"
#include "support/serverdata.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <algorithm>

using namespace ioc;
using bench::Client;
using bench::ServerProcess;
using bench::signIn;
using bench::Tls;

namespace {

struct Round
{
    double actionsPerSecond = 0;
    double p50 = 0;
    double p99 = 0;
};

// Reports each client works through in turn: a client on one report would give it hundreds of
// events, where a real report has tens, and every action's cost grows with them.
constexpr int reportsPerClient = 25;

// `concurrency` clients, each toggling set_public on reports of its own, `perClient` times;
// client i talks to urls[i % urls.size()].
Round runActions(const QList<QUrl> &urls, const QString &cert, const QByteArray &token, int concurrency, int perClient)
{
    struct Target
    {
        QString report;
        int version = 0;
        bool publicFlag = true;
    };
    struct Worker
    {
        std::unique_ptr<Client> client;
        QList<Target> targets;
        int done = 0;
        QElapsedTimer started;
    };
    std::vector<Worker> workers(static_cast<std::size_t>(concurrency));
    QList<double> latencies;
    int finished = 0;
    QEventLoop loop;
    std::function<void(Worker &)> next = [&](Worker &w) {
        Target &t = w.targets[w.done % w.targets.size()];
        t.publicFlag = !t.publicFlag;
        w.started.restart();
        QNetworkReply *reply = w.client->send(
            "POST", QStringLiteral("/v1/reports/%1/actions").arg(t.report),
            QJsonDocument(QJsonObject{{QStringLiteral("action"), QStringLiteral("set_public")},
                                      {QStringLiteral("payload"),
                                       QJsonObject{{QStringLiteral("public"), t.publicFlag},
                                                   {QStringLiteral("reason"), QStringLiteral("đo hiệu năng")}}}})
                .toJson(QJsonDocument::Compact),
            {{"If-Match", '"' + QByteArray::number(t.version) + '"'},
             {"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}});
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            latencies.append(double(w.started.nsecsElapsed()) / 1e6);
            int status = 0;
            const QJsonObject json = Client::wait(reply, &status);
            if (status != 200) {
                qFatal("action failed: %d", status);
            }
            t.version = json.value(QStringLiteral("version")).toInt();
            if (++w.done < perClient) {
                next(w);
            } else if (++finished == concurrency) {
                loop.quit();
            }
        });
    };
    for (int i = 0; i < concurrency; ++i) {
        Worker &w = workers[std::size_t(i)];
        w.client = std::make_unique<Client>(urls.at(i % urls.size()), cert);
        w.client->token = token;
        for (int k = 0; k < reportsPerClient; ++k) {
            Target t;
            t.report = QStringLiteral("bulk-%1").arg(i * reportsPerClient + k, 6, 10, QLatin1Char('0'));
            int status = 0;
            const QJsonObject report =
                Client::wait(w.client->send("GET", QStringLiteral("/v1/reports/") + t.report, {}), &status);
            t.version = report.value(QStringLiteral("report")).toObject().value(QStringLiteral("version")).toInt();
            t.publicFlag = report.value(QStringLiteral("report")).toObject().value(QStringLiteral("public")).toBool();
            w.targets.append(t);
        }
    }
    QElapsedTimer timer;
    timer.start();
    for (Worker &w : workers) {
        next(w);
    }
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::sort(latencies.begin(), latencies.end());
    Round round;
    round.actionsPerSecond = double(latencies.size()) / seconds;
    round.p50 = latencies.at(latencies.size() / 2);
    round.p99 = latencies.at(std::min<qsizetype>(latencies.size() - 1, qsizetype(double(latencies.size()) * 0.99)));
    return round;
}

void actionRounds(const char *prefix, const QList<QUrl> &urls, const Tls &tls, const QByteArray &token,
                  const QList<int> &concurrencies)
{
    for (const int concurrency : concurrencies) {
        const Round round = runActions(urls, tls.cert, token, concurrency, concurrency == 1 ? 300 : 1200 / concurrency);
        const QByteArray suffix = "_c" + QByteArray::number(concurrency);
        bench::report(QByteArray(prefix + QByteArray(".actions_per_s") + suffix).constData(), round.actionsPerSecond);
        bench::report(QByteArray(prefix + QByteArray(".action_p50_ms") + suffix).constData(), round.p50);
        bench::report(QByteArray(prefix + QByteArray(".action_p99_ms") + suffix).constData(), round.p99);
    }
}

// The server's feed as fast as a client takes it: each page's cursor is read from its end and
// the page kept; the pages are parsed and their reports counted once the clock has stopped (a
// console's parsing and storing is bench_sync's figure, not the server's).
double feedRound(const char *prefix, const QUrl &url, const Tls &tls, const QByteArray &token, int reports,
                 const char *suffix = "")
{
    Client client(url, tls.cert);
    client.token = token;
    QList<QByteArray> pages;
    QElapsedTimer timer;
    timer.start();
    QString cursor = QStringLiteral("0");
    for (;;) {
        QNetworkReply *reply = client.send("GET", QStringLiteral("/v1/changes?limit=1000&cursor=") + cursor, {});
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        pages.append(reply->readAll());
        reply->deleteLater();
        // {"changes":[…],"epoch":"…","has_more":…,"next_cursor":"…"}
        const QByteArray &page = pages.constLast();
        const qsizetype tail = page.lastIndexOf("],\"");
        if (tail < 0) {
            qFatal("not a page of the feed: %s", page.left(200).constData());
        }
        const QJsonObject rest = QJsonDocument::fromJson('{' + page.mid(tail + 2)).object();
        cursor = rest.value(QStringLiteral("next_cursor")).toString();
        if (!rest.value(QStringLiteral("has_more")).toBool()) {
            break;
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    int received = 0;
    for (const QByteArray &page : pages) {
        const QJsonArray changes = QJsonDocument::fromJson(page).object().value(QStringLiteral("changes")).toArray();
        for (const QJsonValue &change : changes) {
            received += change.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("report") ? 1 : 0;
        }
    }
    if (received < reports) {
        qFatal("the feed delivered %d reports", received);
    }
    bench::report(QByteArray(prefix + QByteArray(".changes_100k") + suffix + "_reports_per_s").constData(),
                  double(received) / seconds);
    if (qstrlen(suffix) == 0) {
        qint64 bytes = 0;
        for (const QByteArray &page : pages) {
            bytes += page.size();
        }
        bench::report(QByteArray(prefix + QByteArray(".changes_100k_mb")).constData(), double(bytes) / 1e6);
    }
    return double(received) / seconds;
}

// The feed with its stored entries, then built as before them (every entry made out of date
// behind the server's back, as an older server's writes would leave it), in the same run: what
// the entries buy, as a ratio.
void feedRounds(const char *prefix, const QUrl &url, const Tls &tls, const QByteArray &token, int reports,
                server::ServerDatabase &database)
{
    const double stored = feedRound(prefix, url, tls, token, reports);
    const auto shift = [&database](int by) {
        server::Sql sql(database);
        if (!sql.exec(QStringLiteral("UPDATE changes SET entry_format = entry_format + ?"), {by})) {
            qFatal("cannot change the entries: %s", qPrintable(sql.error()));
        }
    };
    shift(1000);
    const double built = feedRound(prefix, url, tls, token, reports, "_built");
    shift(-1000);
    bench::report(QByteArray(prefix + QByteArray(".changes_100k_stored_vs_built_ratio")).constData(), stored / built);
}

// A throwaway PostgreSQL cluster (tests/support/pgcluster.sh) with one database.
class PostgresCluster
{
public:
    PostgresCluster()
    {
        m_script = QStringLiteral(IOC_SOURCE_DIR "/tests/support/pgcluster.sh");
        m_dir = QStringLiteral("/tmp/ioc-pgbench-%1").arg(QCoreApplication::applicationPid());
        run({QStringLiteral("start"), m_dir});
        QFile file(m_dir + QStringLiteral("/url"));
        file.open(QIODevice::ReadOnly);
        QUrl url(QString::fromUtf8(file.readAll()).trimmed());
        QProcess psql;
        psql.start(QStringLiteral("psql"),
                   {url.toString(), QStringLiteral("-qc"), QStringLiteral("CREATE DATABASE bench")});
        psql.waitForFinished(60000);
        url.setPath(QStringLiteral("/bench"));
        databaseUrl = url.toString();
    }
    ~PostgresCluster() { run({QStringLiteral("stop"), m_dir}); }
    Q_DISABLE_COPY_MOVE(PostgresCluster)
    QString databaseUrl;

private:
    void run(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral("sh"), QStringList{m_script} + arguments);
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            qFatal("pgcluster.sh %s failed: %s", qPrintable(arguments.join(u' ')),
                   process.readAllStandardError().constData());
        }
    }
    QString m_script;
    QString m_dir;
};

} // namespace

int main(int argc, char *argv[])
{
    // A GUI application without a screen: the cached basemap is drawn with fonts.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    ioc::bench::reportMachine();
    // Arguments name the parts to run, for profiling one: deployments (demo, sqlite, postgres)
    // and measures (actions, feed). None of a kind: all of it.
    const QStringList parts = app.arguments().mid(1);
    const auto named = [&parts](const QStringList &kind) {
        QStringList chosen;
        for (const QString &part : kind) {
            if (parts.contains(part)) {
                chosen.append(part);
            }
        }
        return chosen.isEmpty() ? kind : chosen;
    };
    const QStringList deployments = named(
        {QStringLiteral("demo"), QStringLiteral("sqlite"), QStringLiteral("postgres"), QStringLiteral("channels")});
    const QStringList measures = named({QStringLiteral("actions"), QStringLiteral("feed")});
    const auto runs = [&deployments](const QString &part) {
        return deployments.contains(part);
    };
    const int reports = 100000;
    const Tls tls;
    if (runs(QStringLiteral("demo"))) {
        // `./ioc demo`'s server on an empty directory: seeding 320 reports with their photos
        // until /v1/health answers 200.
        QTemporaryDir dir;
        QElapsedTimer timer;
        timer.start();
        const ServerProcess demo(dir.filePath(QStringLiteral("demo")), tls,
                                 {QStringLiteral("--demo-reports"), QStringLiteral("320")}, true);
        bench::report("server.demo_ready_ms", double(timer.nsecsElapsed()) / 1e6);
    }
    if (runs(QStringLiteral("sqlite"))) {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        test::prepareServerData(data, reports);
        const ServerProcess server(data, tls, {});
        const QByteArray token = signIn(server.url, tls);
        if (measures.contains(QStringLiteral("actions"))) {
            actionRounds("server.sqlite", {server.url}, tls, token, {1, 4, 16});
        }
        if (measures.contains(QStringLiteral("feed"))) {
            QString error;
            const auto database = server::ServerDatabase::openEmbedded(data, {}, &error);
            if (!database) {
                qFatal("cannot open the server's database: %s", qPrintable(error));
            }
            feedRounds("server.sqlite", server.url, tls, token, reports, *database);
        }
    }
    if (runs(QStringLiteral("channels"))) {
        const PostgresCluster cluster;
        bench::channelRounds(tls, cluster.databaseUrl, QStringLiteral(IOC_SOURCE_DIR));
    }
    if (runs(QStringLiteral("postgres"))) {
        const PostgresCluster cluster;
        QTemporaryDir dir;
        QElapsedTimer timer;
        timer.start();
        test::prepareServerData(dir.filePath(QStringLiteral("a")), reports, cluster.databaseUrl);
        bench::report("server.postgres.import_reports_per_s", double(reports) * 1e9 / double(timer.nsecsElapsed()));
        const QStringList pg{QStringLiteral("--db"), QStringLiteral("postgres"), QStringLiteral("--db-url"),
                             cluster.databaseUrl};
        {
            const ServerProcess server(dir.filePath(QStringLiteral("a")), tls, pg);
            const QByteArray token = signIn(server.url, tls);
            if (measures.contains(QStringLiteral("actions"))) {
                actionRounds("server.postgres", {server.url}, tls, token, {1, 16});
            }
            if (measures.contains(QStringLiteral("feed"))) {
                QString error;
                const auto database = server::ServerDatabase::openPostgres(cluster.databaseUrl, &error);
                if (!database) {
                    qFatal("cannot open the server's database: %s", qPrintable(error));
                }
                feedRounds("server.postgres", server.url, tls, token, reports, *database);
            }
        }
        if (!measures.contains(QStringLiteral("actions"))) {
            return 0;
        }
        const ServerProcess a(dir.filePath(QStringLiteral("a")), tls, pg);
        const ServerProcess b(dir.filePath(QStringLiteral("b")), tls, pg);
        const QByteArray token = signIn(a.url, tls);
        actionRounds("server.postgres2", {a.url, b.url}, tls, token, {16});
    }
    return 0;
}

// Sync benchmarks against the real ioc-server (this build) over TLS on loopback:
// - the initial sync of 100k reports into a fresh encrypted replica, beside curl downloading the
//   same pages into /dev/null (the floor any client could reach), with the ratio;
// - how soon a change made on the server is in the replica, with the live channel.
#include "benchcache.h"
#include "benchutil.h"
#include "support/apifixtures.h"
#include "support/serverdata.h"
#include "support/syncclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

using namespace ioc;

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux: kilobytes
}

// The page URLs of the whole feed, as a client walking it would request them.
QStringList feedPages(test::HttpClient &client, const QByteArray &token, int limit)
{
    QStringList urls;
    QString cursor = QStringLiteral("0");
    for (;;) {
        const QString path = QStringLiteral("/v1/changes?cursor=%1&limit=%2").arg(cursor).arg(limit);
        urls.append(path);
        const test::HttpResponse page = client.get(path, token);
        cursor = page.json.value(QStringLiteral("next_cursor")).toString();
        if (!page.json.value(QStringLiteral("has_more")).toBool()) {
            return urls;
        }
    }
}

double curlSeconds(const QUrl &base, const QStringList &paths, const QByteArray &token, const QTemporaryDir &dir)
{
    QFile config(dir.filePath(QStringLiteral("curl.config")));
    config.open(QIODevice::WriteOnly);
    config.write("header = \"Authorization: Bearer " + token + "\"\n");
    config.write("cacert = \"" + test::TestCertificates::instance().caFile().toUtf8() + "\"\n");
    config.write("silent\nfail\n");
    for (const QString &path : paths) {
        config.write("url = \"" + base.toString().toUtf8() + path.toUtf8() + "\"\noutput = \"/dev/null\"\n");
    }
    config.close();
    QElapsedTimer timer;
    timer.start();
    QProcess curl;
    curl.start(QStringLiteral("curl"), {QStringLiteral("-K"), config.fileName()});
    curl.waitForFinished(600000);
    if (curl.exitCode() != 0) {
        qFatal("curl failed: %s", curl.readAllStandardError().constData());
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

namespace {
void hundredThousand();
void million();
} // namespace

int main(int argc, char *argv[])
{
    // A GUI application without a screen: the cached basemap is drawn with fonts.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    ioc::bench::reportMachine();
    qputenv("IOC_SERVER", (QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/ioc-server")).toUtf8());
    qputenv("IOC_TEST_KDF_ITERATIONS", "0"); // the optimised server takes the production cost only
    // Arguments choose the parts: "100k" (the initial sync of 100k and the live channel), "1m"
    // (the initial sync of a million); none: both.
    const QStringList parts = app.arguments().mid(1);
    if (parts.isEmpty() || parts.contains(QStringLiteral("100k"))) {
        hundredThousand();
    }
    if (parts.isEmpty() || parts.contains(QStringLiteral("1m"))) {
        million();
    }
    return 0;
}

namespace {

void hundredThousand()
{
    const int reports = 100000;
    const int pageSize = 1000;
    QTemporaryDir dir;
    test::TestServer server(test::TestServer::Options{true, dir.filePath(QStringLiteral("data")), {}, {}, {}});
    test::prepareServerData(server.dataDirectory(), reports);
    bench::provideBasemap(server.dataDirectory());
    server.start();
    test::HttpClient http(server.url());
    const QByteArray token = http.login(QStringLiteral("truc1"));

    // curl first (it warms the server's page cache for both).
    const QStringList pages = feedPages(http, token, pageSize);
    const double curl = curlSeconds(server.url(), pages, token, dir);

    sync::SyncEngine::Options options;
    options.pageSize = pageSize;
    options.live = false;
    double seconds = 0;
    {
        test::SyncClient client(server.url(), QStringLiteral("truc1"), options);
        QElapsedTimer timer;
        timer.start();
        const sync::SyncStatus status = client.syncOnce(600000);
        seconds = double(timer.nsecsElapsed()) / 1e9;
        if (status.state != sync::SyncState::Online || client.reports().count() < reports) {
            qFatal("the initial sync did not finish: %s (%d reports)", qPrintable(status.message),
                   client.reports().count());
        }
    }
    bench::report("sync.initial_100k_s", seconds);
    bench::report("sync.initial_100k_reports_per_s", double(reports) / seconds);
    bench::report("sync.initial_100k_curl_s", curl);
    bench::report("sync.initial_100k_vs_curl_ratio", seconds / curl);
    bench::report("sync.initial_100k_peak_rss_mb", peakRssMb());

    // Live: a change on the server until it is in the replica, 100 times.
    sync::SyncEngine::Options live;
    live.pageSize = pageSize;
    test::SyncClient client(server.url(), QStringLiteral("truc1"), live);
    client.syncOnce(600000);
    client.engine().start();
    QEventLoop settle;
    QTimer::singleShot(500, &settle, &QEventLoop::quit);
    settle.exec();
    test::ApiFixtures fixtures(http);
    const QString id = QStringLiteral("bulk-000042");
    QList<double> latencies;
    for (int i = 0; i < 100; ++i) {
        QElapsedTimer timer;
        QEventLoop loop;
        bool seen = false;
        const auto connection =
            QObject::connect(&client.engine(), &sync::SyncEngine::reportsChanged, &loop, [&](const QStringList &ids) {
                if (ids.contains(id)) {
                    seen = true;
                    latencies.append(double(timer.nsecsElapsed()) / 1e6);
                    loop.quit();
                }
            });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        timer.start();
        http.send("POST", QStringLiteral("/v1/reports/%1/actions").arg(id),
                  test::toJson({{QStringLiteral("action"), QStringLiteral("add_note")},
                                {QStringLiteral("payload"),
                                 QJsonObject{{QStringLiteral("text"), QStringLiteral("Đo %1").arg(i)}}}}),
                  fixtures.token(QStringLiteral("duty_officer")),
                  {{"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}});
        if (!seen) {
            loop.exec();
        }
        QObject::disconnect(connection);
        if (!seen) {
            qFatal("change %d never arrived", i);
        }
    }
    client.engine().stop();
    std::sort(latencies.begin(), latencies.end());
    bench::report("sync.change_visible_p50_ms", latencies.at(latencies.size() / 2));
    bench::report("sync.change_visible_p99_ms", latencies.at(std::min<qsizetype>(latencies.size() - 1, 98)));
}

// The highest resident memory of this process since the last reset, in MB (Linux: VmHWM, reset
// by writing 5 to clear_refs), so that one phase's peak is read apart from the others'.
void resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (!refs.open(QIODevice::WriteOnly) || refs.write("5") != 1) {
        qFatal("cannot reset the peak memory figure");
    }
}

double phasePeakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    qFatal("no VmHWM in /proc/self/status");
}

// The initial sync of a million reports. The server's data is built once and kept in
// build/bench-cache/server-1m/ (each run works on a copy).
void million()
{
    const int reports = 1000000;
    const QString cached = bench::cacheDirectory() + QStringLiteral("/server-1m");
    if (!QFile::exists(cached + QStringLiteral("/complete"))) {
        QDir(cached).removeRecursively();
        test::prepareServerData(cached, reports);
        bench::provideBasemap(cached);
        QFile complete(cached + QStringLiteral("/complete"));
        complete.open(QIODevice::WriteOnly);
    }
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QProcess copy;
    copy.start(QStringLiteral("cp"), {QStringLiteral("-a"), cached, data});
    if (!copy.waitForFinished(600000) || copy.exitCode() != 0) {
        qFatal("cannot copy the million reports' data: %s", copy.readAllStandardError().constData());
    }
    test::TestServer server(test::TestServer::Options{true, data, {}, {}, {}});
    server.start();
    sync::SyncEngine::Options options;
    options.pageSize = 1000;
    options.live = false;
    resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    test::SyncClient client(server.url(), QStringLiteral("truc1"), options);
    const sync::SyncStatus status = client.syncOnce(3600000);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (status.state != sync::SyncState::Online || client.reports().count() < reports) {
        qFatal("the initial sync did not finish: %s (%d reports)", qPrintable(status.message),
               client.reports().count());
    }
    bench::report("sync.initial_1m_s", seconds);
    bench::report("sync.initial_1m_reports_per_s", double(reports) / seconds);
    bench::report("sync.initial_1m_peak_rss_mb", phasePeakRssMb());
}

} // namespace

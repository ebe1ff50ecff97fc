// Console figures offscreen: one repaint of the visible queue rows, and a cold start from an
// encrypted profile to a usable queue: at 100k the queue panel alone (profile open, rows read,
// model loaded, panel painted); at a million the console's main window as sign-in leaves it
// (the queue read into the model and the map's pins in one pass, the urgent count, the first
// frame), in a process of its own so that its memory is the console's. The profile's key comes from an in-memory
// keyring here, as a raw 256-bit key would from the OS keyring; the network sign-in is not part of the figures.
#include "bench_queue.h"
#include "benchdata.h"
#include "benchutil.h"
#include "core/reportjson.h"
#include "mapcontroller.h"
#include "models/queuemodel.h"
#include "storage/profile.h"
#include "storage/reportrepository.h"
#include "support/memorysecretstore.h"
#include "ui/mainwindow.h"
#include "ui/queue/queuepanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimeZone>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace ioc::bench {

namespace {

const QDateTime now(QDate(2026, 11, 24), QTime(2, 0), QTimeZone::utc());

void fillProfile(const QString &directory, core::SecretStore &keyring, int count)
{
    storage::StorageError error;
    auto profile =
        storage::Profile::open(directory, {std::nullopt, &keyring}, storage::Profile::Mode::OpenOrCreate, &error);
    if (!profile) {
        qFatal("cannot create the profile: %s", qPrintable(error.message));
    }
    const QList<core::Report> reports = generateReports(count, now);
    storage::ReportRepository repository(profile->replica());
    const bool ok = profile->replica().transaction(
        [&] {
            if (!repository.beginBulkLoad(&error)) {
                return false;
            }
            for (const core::Report &report : reports) {
                if (!repository.store(report, &error)) {
                    return false;
                }
            }
            return repository.endBulkLoad(&error);
        },
        &error);
    if (!ok) {
        qFatal("cannot fill the profile: %s", qPrintable(error.message));
    }
}

// A resident memory figure of this process from /proc/self/status ("VmRSS:", "VmHWM:"), in MB.
double memoryMb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

std::unique_ptr<storage::Profile> openExisting(const QString &directory, core::SecretStore &keyring)
{
    storage::StorageError error;
    auto profile =
        storage::Profile::open(directory, {std::nullopt, &keyring}, storage::Profile::Mode::OpenExisting, &error);
    if (!profile) {
        qFatal("cannot open the profile: %s", qPrintable(error.message));
    }
    return profile;
}

const int million = 1000000;

// The million reports' profile, made once into build/bench-cache/profile-1m/ (about three
// minutes), in parts of 50k so that the reports in memory stay small. Its key, a random test key
// of made-up data, is kept beside it in profile-1m.key: a benchmark's cache, not a workstation.
QString millionProfile()
{
    const QString directory = cacheDirectory() + u"/profile-1m"_s;
    const QString keyFile = directory + u".key"_s;
    const QString complete = directory + u".complete"_s;
    if (QFile::exists(complete)) {
        return directory;
    }
    QDir(directory).removeRecursively();
    test::MemorySecretStore keyring;
    storage::StorageError error;
    auto profile =
        storage::Profile::open(directory, {std::nullopt, &keyring}, storage::Profile::Mode::OpenOrCreate, &error);
    if (!profile) {
        qFatal("cannot create the profile: %s", qPrintable(error.message));
    }
    storage::ReportRepository repository(profile->replica());
    const int part = 50000;
    bool ok = profile->replica().transaction([&] { return repository.beginBulkLoad(&error); }, &error);
    for (int first = 0; ok && first < million; first += part) {
        const QList<core::Report> reports = generateReports(part, now, 2573 + quint32(first / part), first);
        ok = profile->replica().transaction(
            [&] {
                for (const core::Report &report : reports) {
                    if (!repository.store(report, &error)) {
                        return false;
                    }
                }
                return true;
            },
            &error);
    }
    ok = ok && profile->replica().transaction([&] { return repository.endBulkLoad(&error); }, &error);
    if (!ok) {
        qFatal("cannot fill the profile: %s", qPrintable(error.message));
    }
    const core::SecretStore::ReadResult key = keyring.read(storage::Profile::keyringEntry(directory));
    QFile file(keyFile);
    if (key.status != core::SecretStore::Status::Ok || !file.open(QIODevice::WriteOnly) ||
        file.write(QByteArray(key.secret.data(), key.secret.size()).toHex()) < 0 || !file.flush()) {
        qFatal("cannot keep the profile's key");
    }
    file.close();
    profile.reset();
    QFile marker(complete);
    if (!marker.open(QIODevice::WriteOnly)) {
        qFatal("cannot mark the profile complete");
    }
    return directory;
}

} // namespace

void runMillionConsoleBenchmark()
{
    const QString directory = millionProfile();
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {u"--console-1m"_s, directory});
    if (!child.waitForFinished(600000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        qFatal("the million reports' console failed: %s", qPrintable(child.errorString()));
    }
    QTextStream(stdout) << child.readAllStandardOutput();
}

void runMillionConsole(const QString &directory)
{
    QFile keyFile(directory + u".key"_s);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        qFatal("no key for %s", qPrintable(directory));
    }
    QByteArray key = QByteArray::fromHex(keyFile.readAll());
    test::MemorySecretStore keyring;
    QString keyError;
    keyring.write(storage::Profile::keyringEntry(directory), core::SecretBytes::take(key), &keyError);

    // The window is up before the profile opens, as the console's is (signed out, then signing in).
    ui::MainWindow window;
    models::QueueModel model;
    model.setNowFunction([] { return now; });
    MapController map(&window, model, [] { return false; });
    window.resize(1600, 1000);
    window.show();
    while (window.windowHandle() == nullptr || !window.windowHandle()->isExposed()) {
        QCoreApplication::processEvents();
    }
    window.grab();
    const double baseMb = memoryMb("VmRSS:");

    QElapsedTimer timer;
    timer.start();
    const auto profile = openExisting(directory, keyring);
    const double openedMs = double(timer.nsecsElapsed()) / 1e6;
    storage::ReportRepository repository(profile->replica());
    // As ConsoleController::loadQueue: the rows straight from the replica into the model and the
    // map, one at a time.
    const int expected = repository.count();
    map.clearPins(expected);
    bool read = true;
    model.reset(expected, [&](const models::QueueModel::RowSink &sink) {
        read = repository.forEachRow([&](const storage::QueueRow &row) {
            sink(row);
            map.setPin(row);
        });
    });
    map.finishPins();
    if (!read || model.totalCount() != million) {
        qFatal("the profile's queue read %d of %d reports", model.totalCount(), million);
    }
    const double loadedMs = double(timer.nsecsElapsed()) / 1e6;
    const double loadedMb = memoryMb("VmRSS:");
    window.attachQueue(&model, [&repository, &model](const QString &text) {
        return repository.search(text, std::max(1000, model.totalCount()));
    });
    const int urgent = int(model.unhandledUrgentIds().size());
    QCoreApplication::processEvents();
    window.grab(); // the first frame with the queue
    const double totalMs = double(timer.nsecsElapsed()) / 1e6;
    report("ui.cold_start_1m_ms", totalMs);
    report("ui.cold_start_1m_profile_open_ms", openedMs);
    report("ui.cold_start_1m_queue_load_ms", loadedMs - openedMs);
    report("ui.cold_start_1m_window_frame_ms", totalMs - loadedMs);
    report("ui.cold_start_1m_urgent_unhandled", urgent);

    // Memory once the map's pins are clustered (off the UI thread), as a console holds it for the
    // session.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 3000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThreadPool::globalInstance()->waitForDone(50);
    }
    report("ui.console_1m_rss_mb", memoryMb("VmRSS:"));
    report("ui.console_1m_peak_rss_mb", memoryMb("VmHWM:"));
    // Where the memory went, as resident size after each step of the load.
    report("ui.console_1m_rss_window_mb", baseMb);
    report("ui.console_1m_rss_queue_loaded_mb", loadedMb);
}

void runConsoleBenchmarks()
{
    QTemporaryDir dir;
    test::MemorySecretStore keyring;
    const QString directory = dir.filePath(u"profile"_s);
    fillProfile(directory, keyring, 100000);

    QElapsedTimer timer;
    timer.start();
    const auto profile = openExisting(directory, keyring);
    const double openedMs = double(timer.nsecsElapsed()) / 1e6;
    storage::ReportRepository repository(profile->replica());
    const QList<storage::QueueRow> rows = repository.allRows();
    const double readMs = double(timer.nsecsElapsed()) / 1e6;
    models::QueueModel model;
    model.setNowFunction([] { return now; });
    model.reset(rows);
    ui::QueuePanel panel(&model, [&repository, &model](const QString &text) {
        return repository.search(text, std::max(1000, model.totalCount()));
    });
    panel.resize(1150, 900);
    panel.show();
    panel.grab(); // the first paint of the queue
    report("ui.cold_start_100k_ms", double(timer.nsecsElapsed()) / 1e6);
    report("ui.cold_start_100k_profile_open_ms", openedMs);
    report("ui.cold_start_100k_read_rows_ms", readMs - openedMs);
    while (panel.windowHandle() == nullptr || !panel.windowHandle()->isExposed()) {
        QCoreApplication::processEvents();
    }

    QTableView *table = panel.table();
    report("ui.queue_repaint_visible_100k_ms", medianMs(30, [&] { table->viewport()->repaint(); }));
    const int x = table->columnViewportPosition(models::QueueModel::CountdownColumn);
    const QRect column(x, 0, table->columnWidth(models::QueueModel::CountdownColumn), table->viewport()->height());
    report("ui.queue_repaint_countdowns_100k_ms", medianMs(30, [&] { table->viewport()->repaint(column); }));
    report("ui.queue_text_search_100k_ms", medianMs(9, [&] {
               panel.searchField()->setText(u"rac thai"_s);
               panel.refreshSearch();
           }));
    report("ui.queue_text_search_100k_matches", model.rowCount());
}

} // namespace ioc::bench

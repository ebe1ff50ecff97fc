// Console figures offscreen: one repaint of the visible queue rows, and a cold start from an
// encrypted profile of 100k reports to a usable queue (profile open, rows read, model loaded,
// window painted). The profile's key comes from an in-memory keyring here, as a raw 256-bit
// key would from the OS keyring; the network sign-in is not part of the figure.
#include "bench_queue.h"
#include "benchdata.h"
#include "benchutil.h"
#include "core/reportjson.h"
#include "models/queuemodel.h"
#include "storage/profile.h"
#include "storage/reportrepository.h"
#include "support/memorysecretstore.h"
#include "ui/queue/queuepanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
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

} // namespace

void runConsoleBenchmarks()
{
    QTemporaryDir dir;
    test::MemorySecretStore keyring;
    const QString directory = dir.filePath(u"profile"_s);
    fillProfile(directory, keyring, 100000);

    QElapsedTimer timer;
    timer.start();
    storage::StorageError error;
    auto profile =
        storage::Profile::open(directory, {std::nullopt, &keyring}, storage::Profile::Mode::OpenExisting, &error);
    if (!profile) {
        qFatal("cannot open the profile: %s", qPrintable(error.message));
    }
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

// Storage benchmarks: 100k realistic reports in an SQLCipher replica, beside the same work on an
// unkeyed database through the same driver ("plain SQLite").
#include "benchdata.h"
#include "benchutil.h"
#include "core/reportjson.h"
#include "storage/database.h"
#include "storage/reportrepository.h"
#include "storage/sqlcipherdriver.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace ioc;

namespace {

constexpr int reportCount = 100000;

struct Figures
{
    double insertMs = 0;
    double openMs = 0;
    double queueMs = 0;
    double ftsMs = 0;
};

std::unique_ptr<storage::Database> open(const QString &path, bool encrypted, bool create)
{
    storage::Database::Options options;
    options.path = path;
    if (encrypted) {
        QByteArray raw(storage::DatabaseKey::keySize, 'b');
        options.key = storage::DatabaseKey::fromRawKey(core::SecretBytes::take(raw));
    } else {
        options.allowUnencrypted = true;
    }
    options.migrations = QStringLiteral(":/ioc/migrations/replica");
    options.create = create;
    storage::StorageError error;
    auto db = storage::Database::open(std::move(options), &error);
    if (!db) {
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error.message));
    }
    return db;
}

Figures measure(const QString &path, bool encrypted, const QList<core::Report> &reports, const QList<QByteArray> &json)
{
    Figures figures;
    {
        auto db = open(path, encrypted, true);
        storage::ReportRepository repository(*db);
        QElapsedTimer timer;
        timer.start();
        storage::StorageError error;
        // An initial sync: one bulk load, the search index rebuilt once at the end.
        const bool ok = db->transaction(
            [&] {
                if (!repository.beginBulkLoad(&error)) {
                    return false;
                }
                for (qsizetype i = 0; i < reports.size(); ++i) {
                    if (!repository.store(reports.at(i), json.at(i), &error)) {
                        return false;
                    }
                }
                return repository.endBulkLoad(&error);
            },
            &error);
        if (!ok) {
            qFatal("insert failed: %s", qPrintable(error.message));
        }
        figures.insertMs = double(timer.nsecsElapsed()) / 1e6;
    }
    figures.openMs = bench::medianMs(9, [&] { open(path, encrypted, false); });
    auto db = open(path, encrypted, false);
    storage::ReportRepository repository(*db);
    const QStringList areas{QStringLiteral("dong-ha"), QStringLiteral("cam-lo"), QStringLiteral("huong-hoa")};
    int round = 0;
    figures.queueMs = bench::medianMs(31, [&] {
        if (repository.openReportsOfArea(areas.at(round++ % 3), 200).size() != 200) {
            qFatal("queue query returned too few rows");
        }
    });
    const QStringList searches{QStringLiteral("duong hung vuong"), QStringLiteral("den duong"),
                               QStringLiteral("chay rung quoc lo 9")};
    round = 0;
    figures.ftsMs = bench::medianMs(31, [&] {
        if (repository.search(searches.at(round++ % 3), 50).isEmpty()) {
            qFatal("search found nothing");
        }
    });
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ioc::bench::reportMachine();
    storage::SqlCipherDriver::registerDriver();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<core::Report> reports = bench::generateReports(reportCount, now);
    // The JSON as a sync page delivers it (serialised once, outside the timing).
    QList<QByteArray> json;
    json.reserve(reports.size());
    for (const core::Report &report : reports) {
        json.append(QJsonDocument(core::json::fromReport(report, core::json::Identity::Withhold))
                        .toJson(QJsonDocument::Compact));
    }
    QTemporaryDir dir;
    const Figures encrypted = measure(dir.filePath(QStringLiteral("encrypted.db")), true, reports, json);
    const Figures plain = measure(dir.filePath(QStringLiteral("plain.db")), false, reports, json);

    bench::report("storage.insert_100k_reports_per_s", reportCount / (encrypted.insertMs / 1000.0));
    bench::report("storage.insert_100k_plain_reports_per_s", reportCount / (plain.insertMs / 1000.0));
    bench::report("storage.insert_encrypted_vs_plain_ratio", encrypted.insertMs / plain.insertMs);
    bench::report("storage.open_ms", encrypted.openMs);
    bench::report("storage.open_plain_ms", plain.openMs);
    bench::report("storage.queue_query_100k_ms", encrypted.queueMs);
    bench::report("storage.queue_query_100k_plain_ms", plain.queueMs);
    bench::report("storage.queue_query_encrypted_vs_plain_ratio", encrypted.queueMs / plain.queueMs);
    bench::report("storage.fts_100k_ms", encrypted.ftsMs);
    bench::report("storage.fts_100k_plain_ms", plain.ftsMs);
    bench::report("storage.fts_encrypted_vs_plain_ratio", encrypted.ftsMs / plain.ftsMs);
    return 0;
}

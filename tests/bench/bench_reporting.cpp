// Supervision benchmarks (docs/reporting.md): the dashboard's figures over 100k and 1M reports,
// a sync batch applied to the live data set, the evaluation, the monthly PDF, the XLSX list of a
// million reports and the memory it takes, and reading the data set from a real SQLCipher replica.
#include "benchdata.h"
#include "benchutil.h"
#include "core/workingcalendar.h"
#include "reporting/dataset.h"
#include "reporting/evaluation.h"
#include "reporting/figures.h"
#include "reporting/period.h"
#include "reporting/render/document.h"
#include "reporting/render/reportwriter.h"
#include "storage/database.h"
#include "storage/reportingsource.h"
#include "storage/reportrepository.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace ioc;

namespace {

// Resident memory now and at its peak (VmRSS, VmHWM), in megabytes.
double memoryMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return 0;
}

// Resets the peak (Linux: writing 5 to clear_refs resets VmHWM to the current RSS).
void resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly)) {
        refs.write("5");
    }
}

// `copies` copies of the facts, each a month earlier than the last, with ids of their own.
reporting::Dataset widen(const std::vector<reporting::ReportFacts> &base, int copies)
{
    reporting::Dataset data;
    data.reports.reserve(base.size() * size_t(copies));
    constexpr reporting::Ms month = 30LL * 24 * 3600 * 1000;
    for (int copy = 0; copy < copies; ++copy) {
        const QString suffix = QStringLiteral("-%1").arg(copy);
        for (const reporting::ReportFacts &report : base) {
            reporting::ReportFacts facts = report;
            facts.id += suffix;
            const reporting::Ms shift = copy * month;
            facts.receivedAt -= shift;
            facts.publishedAt = facts.publishedAt > 0 ? facts.publishedAt - shift : 0;
            facts.ratedAt = facts.ratedAt > 0 ? facts.ratedAt - shift : 0;
            for (reporting::ClockFact &clock : facts.clocks) {
                clock.startedAt -= shift;
                clock.dueAt = clock.dueAt > 0 ? clock.dueAt - shift : 0;
                clock.stoppedAt = clock.stoppedAt > 0 ? clock.stoppedAt - shift : 0;
            }
            data.reports.push_back(std::move(facts));
        }
    }
    return data;
}

QStringList agencyIds(const reporting::Dataset &data)
{
    QSet<QString> ids;
    for (const reporting::ReportFacts &report : data.reports) {
        if (!report.leadAgencyId.isEmpty()) {
            ids.insert(report.leadAgencyId);
        }
    }
    return QStringList(ids.cbegin(), ids.cend());
}

// What the dashboard computes on each refresh: now, the month's trend, the month's evaluation.
void dashboard(const reporting::Dataset &data, reporting::Ms now, const core::WorkingCalendar &calendar,
               const reporting::Window &month, const QStringList &agencies)
{
    const auto figures = reporting::dashboardFigures(data, now, calendar, month, {}, agencies, reporting::Options{});
    if (figures.now.open.value() < 0 || figures.trend.received.value() < 0) {
        qFatal("impossible");
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv); // Qt Charts paints the PDF's charts
    ioc::bench::reportMachine();
    const QDateTime nowTime = QDateTime::currentDateTimeUtc();
    const reporting::Ms now = nowTime.toMSecsSinceEpoch();
    const core::WorkingCalendar calendar;
    QString error;
    const QDate today = nowTime.toOffsetFromUtc(7 * 3600).date();
    const auto monthPeriod =
        reporting::periodOf(reporting::PeriodKind::Monthly, today.toString(u"yyyy-MM"), {}, &error);
    const reporting::Window month = monthPeriod->window;

    const QList<core::Report> reports = bench::generateReports(100000, nowTime);
    std::vector<reporting::ReportFacts> base;
    base.reserve(size_t(reports.size()));
    for (const core::Report &report : reports) {
        base.push_back(reporting::factsOf(report));
    }
    // The console computes from a LiveDataset, whose keys share their buffers, as the replica's
    // loader leaves them.
    reporting::LiveDataset live(widen(base, 1));
    const reporting::Dataset &data100k = live.data();
    const QStringList agencies = agencyIds(data100k);

    bench::report("reporting.dashboard_100k_ms",
                  bench::medianMs(5, [&] { dashboard(data100k, now, calendar, month, agencies); }));
    // Its parts.
    bench::report("reporting.now_100k_ms", bench::medianMs(5, [&] {
                      reporting::nowFigures(data100k, now, calendar, {}, reporting::Options{});
                  }));
    bench::report("reporting.trend_100k_ms",
                  bench::medianMs(5, [&] { reporting::trendFigures(data100k, month, now, {}, reporting::Options{}); }));
    const auto year = reporting::periodOf(reporting::PeriodKind::Evaluation, QString::number(today.year()), {}, &error);
    bench::report("reporting.evaluation_100k_ms", bench::medianMs(5, [&] {
                      reporting::evaluate(data100k, year->window, now, agencies, reporting::Options{});
                  }));

    // One sync batch of 100 changed reports, applied to the live data set and shown again.
    int round = 0;
    bench::report("reporting.dashboard_update_ms", bench::medianMs(5, [&] {
                      QStringList ids;
                      std::vector<reporting::ReportFacts> changed;
                      for (int i = 0; i < 100; ++i) {
                          reporting::ReportFacts facts = data100k.reports[size_t((round * 100 + i) * 997 % 100000)];
                          facts.urgent = !facts.urgent;
                          ids.append(facts.id);
                          changed.push_back(std::move(facts));
                      }
                      ++round;
                      live.apply(ids, std::move(changed), {});
                      dashboard(live.data(), now, calendar, month, agencies);
                  }));

    // The monthly report as a PDF over 100k reports.
    const reporting::render::Names names;
    const QTemporaryDir dir;
    bench::report("reporting.pdf_monthly_100k_ms", bench::medianMs(3, [&] {
                      const auto document =
                          reporting::render::compose(data100k, *monthPeriod, now, calendar, {}, names);
                      const auto written = reporting::render::writeReport(document, reporting::render::Format::Pdf,
                                                                          dir.filePath(QStringLiteral("monthly.pdf")));
                      if (!written.ok) {
                          qFatal("%s", qPrintable(written.error));
                      }
                  }));

    // A million reports: ten months of 100k.
    const reporting::LiveDataset live1m(widen(base, 10));
    const reporting::Dataset &data1m = live1m.data();
    bench::report("reporting.dataset_1m_rss_mb", memoryMb("VmRSS:"));
    bench::report("reporting.dashboard_1m_ms",
                  bench::medianMs(3, [&] { dashboard(data1m, now, calendar, month, agencies); }));

    // Every one of them listed in an XLSX (an ad hoc period over the ten months).
    const auto all = reporting::periodOf(reporting::PeriodKind::AdHoc, {}, {}, &error, today.addMonths(-11), today);
    const auto document1m = reporting::render::compose(data1m, *all, now, calendar, {}, names);
    const double before = memoryMb("VmRSS:");
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    const QString xlsx = dir.filePath(QStringLiteral("reports.xlsx"));
    const auto written = reporting::render::writeReport(document1m, reporting::render::Format::Xlsx, xlsx);
    if (!written.ok) {
        qFatal("%s", qPrintable(written.error));
    }
    bench::report("reporting.xlsx_1m_rows_ms", double(timer.nsecsElapsed()) / 1e6);
    bench::report("reporting.xlsx_1m_rows", double(document1m.received.size()));
    // What writing the workbook adds to the process at its peak (libxlsxwriter's constant-memory
    // mode keeps a row at a time); the data set itself is above, in dataset_1m_rss_mb.
    bench::report("reporting.xlsx_1m_peak_mb", memoryMb("VmHWM:") - before);
    bench::report("reporting.xlsx_1m_file_mb", double(QFileInfo(xlsx).size()) / 1048576.0);

    // Reading the data set from a real SQLCipher replica of 100k reports (first open of the
    // dashboard).
    {
        storage::Database::Options options;
        options.path = dir.filePath(QStringLiteral("replica.db"));
        QByteArray raw(storage::DatabaseKey::keySize, 'r');
        options.key = storage::DatabaseKey::fromRawKey(core::SecretBytes::take(raw));
        options.migrations = QStringLiteral(":/ioc/migrations/replica");
        options.create = true;
        storage::StorageError storageError;
        auto db = storage::Database::open(std::move(options), &storageError);
        if (!db) {
            qFatal("%s", qPrintable(storageError.message));
        }
        storage::ReportRepository repository(*db);
        if (!db->transaction(
                [&] {
                    for (const core::Report &report : reports) {
                        if (!repository.store(report, &storageError)) {
                            return false;
                        }
                    }
                    return true;
                },
                &storageError)) {
            qFatal("%s", qPrintable(storageError.message));
        }
        bench::report("reporting.replica_load_100k_ms", bench::medianMs(3, [&] {
                          if (!storage::loadReportingDataset(*db, &storageError)) {
                              qFatal("%s", qPrintable(storageError.message));
                          }
                      }));
    }
    return 0;
}

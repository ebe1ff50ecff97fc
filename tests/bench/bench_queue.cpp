// Queue-model figures: synthetic rows shaped like the demo's (Vietnamese titles, 25 areas, 13
// categories, 19 agencies, a quarter without a running clock, 1 in 20 urgent).
#include "bench_queue.h"

#include "benchutil.h"
#include "models/queuemodel.h"

#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ioc::bench {

namespace {

const QDateTime now(QDate(2026, 11, 24), QTime(2, 0), QTimeZone::utc());

QList<storage::QueueRow> makeRows(int count, quint32 seed)
{
    static const QStringList subjects{u"Ổ gà"_s,      u"Rác thải"_s,  u"Đèn đường hỏng"_s, u"Cây đổ"_s,
                                      u"Ngập nước"_s, u"Lấn chiếm"_s, u"Cháy"_s,           u"Tai nạn"_s,
                                      u"Tiếng ồn"_s,  u"Nước thải"_s, u"Biển báo mất"_s,   u"Vỉa hè vỡ"_s};
    static const QStringList places{u"đường Lê Duẩn"_s,  u"phường 1"_s,       u"Quốc lộ 9"_s,  u"chợ Đông Hà"_s,
                                    u"cầu Hiền Lương"_s, u"thị trấn Ái Tử"_s, u"xã Gio Hải"_s, u"Cửa Việt"_s};
    const QList<core::ReportState> states = core::allReportStates();
    QRandomGenerator random(seed);
    QList<storage::QueueRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        storage::QueueRow row;
        row.id = u"r%1"_s.arg(i);
        row.code = u"QT-2026-%1"_s.arg(i + 1, 7, 10, QLatin1Char('0'));
        row.title = subjects[random.bounded(subjects.size())] + u" tại "_s + places[random.bounded(places.size())] +
                    u" số "_s + QString::number(random.bounded(1, 400));
        row.state = states[random.bounded(states.size())];
        row.categoryId = u"cat-%1"_s.arg(random.bounded(13));
        row.areaId = u"area-%1"_s.arg(random.bounded(25));
        row.channel = core::Channel(random.bounded(7));
        row.receivedAt = now.addSecs(-qint64(random.bounded(90 * 24 * 3600)));
        row.urgent = random.bounded(20) == 0;
        row.hidden = random.bounded(50) == 0;
        row.leadAgencyId = u"agency-%1"_s.arg(random.bounded(19));
        if (random.bounded(4) != 0) {
            row.nextDueAt = now.addSecs(qint64(random.bounded(10 * 24 * 3600)) - 24 * 3600);
            row.nextDueStep = u"process"_s;
        }
        row.version = 1;
        rows.append(row);
    }
    return rows;
}

void runAt(int count, const char *suffix)
{
    const QList<storage::QueueRow> rows = makeRows(count, 2573);
    models::QueueModel model;
    model.setNowFunction([] { return now; });
    const auto name = [suffix](const char *what) -> QByteArray {
        return QByteArray("ui.queue_") + what + '_' + suffix + "_ms";
    };

    report(name("load").constData(), medianMs(3, [&] { model.reset(rows); }));
    bool ascending = false;
    report(name("sort_due").constData(), medianMs(5, [&] {
               ascending = !ascending;
               model.sort(models::QueueModel::CountdownColumn, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
           }));
    // The first text sort ranks every title in Vietnamese collation; later ones reuse the ranks.
    report(name("title_ranks").constData(), medianMs(1, [&] { model.sort(models::QueueModel::TitleColumn); }));
    report(name("sort_title").constData(), medianMs(5, [&] {
               ascending = !ascending;
               model.sort(models::QueueModel::TitleColumn, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
           }));
    model.sort(models::QueueModel::CountdownColumn);

    models::QueueFilter structured;
    structured.states = {core::ReportState::Distributed, core::ReportState::InProgress};
    structured.areaIds = {u"area-3"_s, u"area-7"_s};
    structured.hidden = models::HiddenFilter::Exclude;
    report(name("filter").constData(), medianMs(5, [&] {
                                           model.setFilter(structured);
                                           model.setFilter({});
                                       }) / 2);
    // Free text: the ids the search index returned (here every 100th report) applied as a filter.
    QSet<QString> matches;
    for (int i = 0; i < count; i += 100) {
        matches.insert(rows[i].id);
    }
    models::QueueFilter search;
    search.searchIds = matches;
    report(name("search_filter").constData(), medianMs(5, [&] {
                                                  model.setFilter(search);
                                                  model.setFilter({});
                                              }) / 2);

    // A sync batch of 1,000 changed rows: a third change clocks (they move), a third change
    // state, a third only the claim (they stay in place).
    QRandomGenerator random(99);
    int round = 0;
    const double batchMs = medianMs(7, [&] {
        QList<storage::QueueRow> batch;
        batch.reserve(1000);
        for (int i = 0; i < 1000; ++i) {
            storage::QueueRow row = rows[random.bounded(rows.size())];
            switch (i % 3) {
            case 0:
                row.nextDueAt = now.addSecs(random.bounded(3600 * 24));
                row.nextDueStep = u"accept"_s;
                break;
            case 1:
                row.state = core::ReportState::InProgress;
                break;
            default:
                row.claimedBy = u"truc%1"_s.arg(round % 2 + 1);
                break;
            }
            row.version += 1 + round;
            batch.append(row);
        }
        ++round;
        model.apply(batch);
    });
    report(name("batch_update_1k").constData(), batchMs);
    if (qstrcmp(suffix, "1m") == 0) {
        report("ui.queue_batch_update_1k_ms", batchMs); // the goal's figure: a batch into 1M rows
    }
}

} // namespace

void runQueueBenchmarks()
{
    runAt(10000, "10k");
    runAt(100000, "100k");
    runAt(1000000, "1m");
}

} // namespace ioc::bench

#include "core/countdown.h"
#include "core/translations.h"
#include "models/queuemodel.h"
#include "models/textrank.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <limits>
#include <tuple>

using namespace ioc;
using namespace ioc::models;
using namespace Qt::StringLiterals;

namespace {

const QDateTime t0(QDate(2026, 11, 24), QTime(2, 0), QTimeZone::utc()); // Tuesday 09:00 in Vietnam

const QStringList words{u"Ổ gà"_s,       u"Rác thải"_s, u"Đèn đường"_s, u"Cây đổ"_s,   u"Ngập nước"_s, u"Dương"_s,
                        u"Đường hỏng"_s, u"ao tù"_s,    u"Ăn xin"_s,    u"Âm thanh"_s, u"bãi xe"_s,    u"Ê kíp"_s};
const QList<core::ReportState> states = core::allReportStates();

// Random rows with distinct due and receipt instants, so every sort by them is a total order.
QList<storage::QueueRow> randomRows(QRandomGenerator &random, int count, int firstNumber)
{
    QList<storage::QueueRow> rows;
    for (int i = 0; i < count; ++i) {
        const int n = firstNumber + i;
        storage::QueueRow row;
        row.id = u"r%1"_s.arg(n);
        row.code = u"PA-%1"_s.arg(random.bounded(1, 100000));
        row.title = words[random.bounded(words.size())] + u' ' + words[random.bounded(words.size())];
        row.state = states[random.bounded(states.size())];
        row.categoryId = u"cat-%1"_s.arg(random.bounded(5));
        row.areaId = random.bounded(10) == 0 ? QString() : u"area-%1"_s.arg(random.bounded(7));
        row.channel = core::Channel(random.bounded(7));
        row.receivedAt = t0.addSecs(-qint64(n) * 7 - random.bounded(5));
        row.urgent = random.bounded(8) == 0;
        row.hidden = random.bounded(10) == 0;
        row.leadAgencyId = random.bounded(3) == 0 ? QString() : u"agency-%1"_s.arg(random.bounded(4));
        if (random.bounded(4) != 0) {
            row.nextDueAt = t0.addMSecs(qint64(n) * 1000 + random.bounded(999) - 3600 * 1000);
            row.nextDueStep = u"distribute"_s;
        }
        row.version = 1;
        rows.append(row);
    }
    return rows;
}

QStringList idsOf(const QueueModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.append(model.idAt(row));
    }
    return ids;
}

// The reference: a filter written the obvious way over the rows.
bool referenceAccepts(const storage::QueueRow &row, const QueueFilter &f, const QDateTime &now)
{
    if (f.hidden == HiddenFilter::Exclude && row.hidden) {
        return false;
    }
    if (f.hidden == HiddenFilter::Only && !row.hidden) {
        return false;
    }
    if (f.urgentOnly && !row.urgent) {
        return false;
    }
    if (f.overdueOnly && !(row.nextDueAt.isValid() && row.nextDueAt <= now)) {
        return false;
    }
    if (f.dueWithinSeconds >= 0 && !(row.nextDueAt.isValid() && row.nextDueAt <= now.addSecs(f.dueWithinSeconds))) {
        return false;
    }
    if (!f.states.isEmpty() && !f.states.contains(row.state)) {
        return false;
    }
    if (!f.channels.isEmpty() && !f.channels.contains(row.channel)) {
        return false;
    }
    if (!f.categoryIds.isEmpty() && !f.categoryIds.contains(row.categoryId)) {
        return false;
    }
    if (!f.areaIds.isEmpty() && !f.areaIds.contains(row.areaId)) {
        return false;
    }
    if (!f.agencyIds.isEmpty() && !f.agencyIds.contains(row.leadAgencyId)) {
        return false;
    }
    if (f.notAgencyIds.contains(row.leadAgencyId)) {
        return false;
    }
    if (f.receivedFrom.isValid() && row.receivedAt < f.receivedFrom) {
        return false;
    }
    if (f.receivedTo.isValid() && row.receivedAt >= f.receivedTo) {
        return false;
    }
    if (f.searchIds && !f.searchIds->contains(row.id)) {
        return false;
    }
    if (f.onlyIds && !f.onlyIds->contains(row.id)) {
        return false;
    }
    return true;
}

QueueFilter randomFilter(QRandomGenerator &random, const QList<storage::QueueRow> &rows)
{
    QueueFilter f;
    switch (random.bounded(9)) {
    case 0:
        f.states = {states[random.bounded(states.size())], states[random.bounded(states.size())]};
        break;
    case 1:
        f.categoryIds = {u"cat-%1"_s.arg(random.bounded(5))};
        f.hidden = HiddenFilter::Exclude;
        break;
    case 2:
        f.areaIds = {u"area-%1"_s.arg(random.bounded(7)), u"area-%1"_s.arg(random.bounded(7))};
        f.urgentOnly = random.bounded(2) == 0;
        break;
    case 3:
        f.overdueOnly = true;
        break;
    case 4:
        f.dueWithinSeconds = 3600;
        f.agencyIds = {u"agency-1"_s};
        if (random.bounded(2) == 0) {
            f = filterOf(SavedView::AgencyCoordinating, u"agency-2"_s, {u"agency-3"_s}); // an agency's other reports
        }
        break;
    case 5: {
        QSet<QString> ids;
        for (int i = 0; i < 50; ++i) {
            ids.insert(rows[random.bounded(rows.size())].id);
        }
        ids.insert(u"not-in-the-model"_s);
        f.searchIds = ids;
        break;
    }
    case 6:
        f.channels = {core::Channel(random.bounded(7))};
        f.receivedFrom = t0.addSecs(-3000);
        f.receivedTo = t0.addSecs(-1000);
        break;
    case 7: {
        // The map's cluster: only these reports, combined with a state.
        QSet<QString> ids;
        for (int i = 0; i < 80; ++i) {
            ids.insert(rows[random.bounded(rows.size())].id);
        }
        f.onlyIds = ids;
        f.states = {states[random.bounded(states.size())], states[random.bounded(states.size())],
                    states[random.bounded(states.size())]};
        break;
    }
    default:
        f.hidden = HiddenFilter::Only;
        break;
    }
    return f;
}

// Whether this system's collation sort keys, which the title column is ranked by (TextRank),
// order Vietnamese as its comparisons do. They do on Linux (ICU) and Windows; under Wine,
// whose LCMapStringW(LCMAP_SORTKEY) fails (Qt warns "problems when generating the ::sortKey"),
// they do not, and the title order cannot be checked there.
bool sortKeysCollate()
{
    static const bool works = [] {
        QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        // Every letter with a mark of its own and a tone mark on one of them, in the alphabet's order:
        // the sort keys and the comparisons must both give it.
        const QStringList ordered{u"a"_s, u"Ă"_s, u"Â"_s, u"b"_s,    u"D"_s, u"Dương"_s, u"Đ"_s, u"E"_s,
                                  u"Ê"_s, u"O"_s, u"Ô"_s, u"Ổ gà"_s, u"Ơ"_s, u"U"_s,     u"Ư"_s};
        for (qsizetype i = 1; i < ordered.size(); ++i) {
            if (collator.sortKey(ordered[i - 1]).compare(collator.sortKey(ordered[i])) >= 0 ||
                collator.compare(ordered[i - 1], ordered[i]) >= 0) {
                return false;
            }
        }
        return true;
    }();
    return works;
}
constexpr const char *noSortKeys =
    "this system's collation sort keys do not order Vietnamese as its comparisons do (Wine's "
    "LCMapStringW): the title order is not checked";

} // namespace

class TestQueueModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_translations.setLanguage(core::Language::Vietnamese)); }

    void passesTheModelTester()
    {
        QRandomGenerator random(7);
        QueueModel model;
        model.setNowFunction([] { return t0; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<storage::QueueRow> rows = randomRows(random, 300, 0);
        model.reset(rows);
        for (int column = 0; column < QueueModel::ColumnCount; ++column) {
            model.sort(column, column % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
        model.setFilter(randomFilter(random, rows));
        model.apply(randomRows(random, 40, 280), {u"r3"_s, u"r4"_s, u"absent"_s});
        model.setFilter({});
        model.apply(randomRows(random, 10, 1000));
        QCOMPARE(model.rowCount(), 300 + 20 + 10 - 2);
    }

    // Sorting and filtering against a brute-force reference on random data, then the same after
    // incremental batches: the incrementally updated model shows exactly what a model loaded
    // from scratch with the same rows shows.
    void sortAndFilterMatchTheReference()
    {
        QRandomGenerator random(2573);
        QList<storage::QueueRow> rows = randomRows(random, 2000, 0);
        QueueModel model;
        model.setNowFunction([] { return t0; });
        model.reset(rows);
        QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        bool titleOrderUnchecked = false;

        for (int round = 0; round < 40; ++round) {
            const QueueFilter filter = randomFilter(random, rows);
            const int column = random.bounded(2) == 0 ? int(QueueModel::CountdownColumn)
                                                      : int(random.bounded(int(QueueModel::ColumnCount)));
            const auto order = random.bounded(2) == 0 ? Qt::AscendingOrder : Qt::DescendingOrder;
            model.setFilter(filter);
            model.sort(column, order);

            QSet<QString> expected;
            QHash<QString, storage::QueueRow> byId;
            for (const storage::QueueRow &row : rows) {
                byId.insert(row.id, row);
                if (referenceAccepts(row, filter, t0)) {
                    expected.insert(row.id);
                }
            }
            const QStringList shown = idsOf(model);
            QCOMPARE(QSet<QString>(shown.begin(), shown.end()), expected);
            QCOMPARE(shown.size(), expected.size());

            // Every neighbouring pair in order: open urgent reports first (a published or closed
            // one sorts like any other), then the column's order.
            const auto pinned = [](const storage::QueueRow &row) {
                return row.urgent && row.state != core::ReportState::Published && !core::isTerminalState(row.state);
            };
            for (int i = 1; i < shown.size(); ++i) {
                const storage::QueueRow &a = byId[shown[i - 1]];
                const storage::QueueRow &b = byId[shown[i]];
                if (pinned(a) != pinned(b)) {
                    QVERIFY2(pinned(a),
                             qPrintable(u"round %1: open urgent after another report at %2"_s.arg(round).arg(i)));
                    continue;
                }
                int c = 0;
                if (column == QueueModel::TitleColumn && !sortKeysCollate()) {
                    titleOrderUnchecked = true;
                    continue;
                }
                if (column == QueueModel::TitleColumn) {
                    c = collator.compare(a.title, b.title);
                } else if (column == QueueModel::ReceivedColumn) {
                    c = a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0;
                } else if (column == QueueModel::CountdownColumn || column == QueueModel::UrgencyColumn) {
                    const qint64 da =
                        a.nextDueAt.isValid() ? a.nextDueAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
                    const qint64 db =
                        b.nextDueAt.isValid() ? b.nextDueAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
                    c = da < db ? -1 : da > db ? 1 : 0;
                } else {
                    const QString la = model.data(model.index(i - 1, column)).toString();
                    const QString lb = model.data(model.index(i, column)).toString();
                    if (column == QueueModel::CategoryColumn || column == QueueModel::AreaColumn ||
                        column == QueueModel::OwnerColumn) {
                        c = collator.compare(la, lb);
                        if (column == QueueModel::OwnerColumn) {
                            c = collator.compare(a.leadAgencyId, b.leadAgencyId);
                        }
                    }
                }
                if (order == Qt::DescendingOrder) {
                    c = -c;
                }
                QVERIFY2(c <= 0,
                         qPrintable(u"round %1 column %2: %3 before %4"_s.arg(round).arg(column).arg(a.id, b.id)));
            }

            // An incremental batch: changed, new and removed rows.
            QList<storage::QueueRow> batch = randomRows(random, 30, 2000 + round * 30);
            for (int i = 0; i < 30; ++i) {
                storage::QueueRow changed = rows[random.bounded(rows.size())];
                // Most changes keep urgency, so the order must follow the changed keys alone.
                changed.urgent = random.bounded(4) == 0 ? !changed.urgent : changed.urgent;
                changed.state = states[random.bounded(states.size())];
                changed.title = words[random.bounded(words.size())];
                if (random.bounded(2) == 0) {
                    changed.nextDueAt = t0.addMSecs(qint64(100000 + round * 100 + i) * 1000 - 36000 * 1000);
                    changed.nextDueStep = u"distribute"_s;
                }
                changed.version += 1;
                batch.append(changed);
            }
            QStringList removed;
            for (int i = 0; i < 5; ++i) {
                removed.append(rows.takeAt(random.bounded(rows.size())).id);
            }
            for (const storage::QueueRow &row : batch) {
                const auto at =
                    std::find_if(rows.begin(), rows.end(), [&](const storage::QueueRow &r) { return r.id == row.id; });
                if (removed.contains(row.id)) {
                    continue;
                }
                if (at != rows.end()) {
                    *at = row;
                } else {
                    rows.append(row);
                }
            }
            batch.erase(std::remove_if(batch.begin(), batch.end(),
                                       [&](const storage::QueueRow &r) { return removed.contains(r.id); }),
                        batch.end());
            model.apply(batch, removed);

            QueueModel fresh;
            fresh.setNowFunction([] { return t0; });
            fresh.reset(rows);
            fresh.sort(column, order);
            fresh.setFilter(filter);
            if (column == QueueModel::CountdownColumn || column == QueueModel::ReceivedColumn) {
                // Total orders (rows without a clock aside, which tie): identical sequences.
                QSet<QString> noClock;
                for (const storage::QueueRow &row : rows) {
                    if (!row.nextDueAt.isValid()) {
                        noClock.insert(row.id);
                    }
                }
                QStringList a = idsOf(model);
                QStringList b = idsOf(fresh);
                if (column == QueueModel::CountdownColumn) {
                    a.removeIf([&](const QString &id) { return noClock.contains(id); });
                    b.removeIf([&](const QString &id) { return noClock.contains(id); });
                }
                QCOMPARE(a, b);
            } else {
                const QStringList a = idsOf(model);
                const QStringList b = idsOf(fresh);
                QCOMPARE(QSet<QString>(a.begin(), a.end()), QSet<QString>(b.begin(), b.end()));
            }
            QCOMPARE(model.totalCount(), rows.size());
        }
        if (titleOrderUnchecked) {
            QSKIP(noSortKeys); // everything else was checked
        }
    }

    void vietnameseCollation()
    {
        if (!sortKeysCollate()) {
            QSKIP(noSortKeys);
        }
        TextRank rank;
        rank.build({u"Ê"_s, u"Đ"_s, u"E"_s, u"D"_s, u"Â"_s, u"a"_s, u"Ă"_s, u"Ổ gà"_s, u"O"_s, u"Ô"_s});
        const QStringList expected{u"a"_s, u"Ă"_s, u"Â"_s, u"D"_s, u"Đ"_s, u"E"_s, u"Ê"_s, u"O"_s, u"Ô"_s, u"Ổ gà"_s};
        for (int i = 1; i < expected.size(); ++i) {
            QVERIFY2(rank.rankOf(expected[i - 1]) < rank.rankOf(expected[i]),
                     qPrintable(expected[i - 1] + u" < "_s + expected[i]));
        }
        // A text seen later fits between its neighbours without renumbering…
        const int generation = rank.generation();
        const quint64 between = rank.rankOf(u"Dương"_s);
        QVERIFY(rank.rankOf(u"D"_s) < between && between < rank.rankOf(u"Đ"_s));
        QCOMPARE(rank.generation(), generation);
        // …and equal texts (ignoring case) share a rank.
        QCOMPARE(rank.rankOf(u"A"_s), rank.rankOf(u"a"_s));
        // Filling one gap forces a renumbering that keeps the order.
        QString prefix = u"D"_s;
        for (int i = 0; i < 30; ++i) {
            prefix += u'a';
            rank.rankOf(prefix);
        }
        QVERIFY(rank.rankOf(u"D"_s) < rank.rankOf(u"Da"_s));
        QVERIFY(rank.rankOf(u"Daa"_s) < rank.rankOf(u"Dương"_s));
        QVERIFY(rank.rankOf(u"Dương"_s) < rank.rankOf(u"Đ"_s));
    }

    // A code as an officer types it (issue 27 §1): whole in any case, year and number, or the
    // number alone; among every report held, shown or not.
    void codesAsTyped()
    {
        QRandomGenerator random(5);
        QList<storage::QueueRow> rows = randomRows(random, 3, 0);
        rows[0].code = u"PA-2026-000081"_s;
        rows[1].code = u"PA-2025-000081"_s;
        rows[2].code = u"PA-2026-000810"_s;
        QueueModel model;
        model.setNowFunction([] { return t0; });
        model.reset(rows);
        models::QueueFilter none;
        none.onlyIds = QSet<QString>{}; // a filter that shows nothing: the look-up still finds them
        model.setFilter(none);
        QCOMPARE(model.rowCount(), 0);
        const auto found = [&](const QString &typed) {
            QStringList ids = model.idsWithCode(typed);
            ids.sort();
            return ids;
        };
        QCOMPARE(found(u"PA-2026-000081"_s), QStringList{rows[0].id});
        QCOMPARE(found(u"pa-2026-000081"_s), QStringList{rows[0].id});
        QCOMPARE(found(u"PA-2026-81"_s), QStringList{rows[0].id});
        QCOMPARE(found(u"2025-81"_s), QStringList{rows[1].id});
        QCOMPARE(found(u"81"_s), (QStringList{rows[0].id, rows[1].id}));
        QCOMPARE(found(u"000081"_s), (QStringList{rows[0].id, rows[1].id}));
        QCOMPARE(found(u" 810 "_s), QStringList{rows[2].id});
        QVERIFY(found(u"QN-2026-000081"_s).isEmpty());
        QVERIFY(found(u"82"_s).isEmpty());
        QVERIFY(found(u"x81y"_s).isEmpty());
        QVERIFY(found(u"ổ gà"_s).isEmpty());
        QVERIFY(found(QString()).isEmpty());
    }

    void batchesSignalOnlyWhatChanged()
    {
        QRandomGenerator random(11);
        QList<storage::QueueRow> rows = randomRows(random, 100, 0);
        for (storage::QueueRow &row : rows) {
            row.urgent = false;
            row.hidden = false;
        }
        rows[40].state = core::ReportState::Verified; // open: urgency will pin it
        QueueModel model;
        model.setNowFunction([] { return t0; });
        model.reset(rows);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);

        // A change that keeps the order (the claim): one dataChanged for that row only.
        storage::QueueRow claimed = rows[40];
        claimed.claimedBy = u"truc1"_s;
        const int row = model.rowOf(claimed.id);
        model.apply({claimed});
        QCOMPARE(layout.count(), 0);
        QCOMPARE(data.count(), 1);
        QCOMPARE(data.at(0).at(0).toModelIndex().row(), row);
        QCOMPARE(data.at(0).at(1).toModelIndex().row(), row);
        QVERIFY(model.data(model.index(row, QueueModel::OwnerColumn)).toString().contains(u"truc1"_s));

        // Becoming urgent moves the row to the top; a persistent index follows it.
        const QPersistentModelIndex held(model.index(row, QueueModel::TitleColumn));
        claimed.urgent = true;
        model.apply({claimed});
        QCOMPARE(layout.count(), 1);
        QCOMPARE(model.idAt(0), claimed.id);
        QCOMPARE(held.row(), 0);
        QCOMPARE(held.column(), int(QueueModel::TitleColumn));
        QCOMPARE(model.data(model.index(0, QueueModel::UrgencyColumn)).toString(), u"KHẨN"_s);
        QCOMPARE(model.unhandledUrgentCount(), 1);

        // Published, it is still urgent but no longer pinned: it sorts like any other again.
        claimed.state = core::ReportState::Published;
        model.apply({claimed});
        QVERIFY(model.rowOf(claimed.id) > 0);
        QCOMPARE(model.data(model.index(model.rowOf(claimed.id), QueueModel::UrgencyColumn)).toString(), u"KHẨN"_s);
        QCOMPARE(model.unhandledUrgentCount(), 0);
    }

    // Issue 27 §3: "the next report" comes from what presses most, whatever the table shows:
    // open urgent reports first, then the clock due first (none last), then the oldest. A
    // published urgent report presses like any other.
    void pressingOrderIgnoresTheTablesSortAndSearch()
    {
        QRandomGenerator random(27);
        const QList<storage::QueueRow> rows = randomRows(random, 400, 1);
        QueueModel model;
        model.setNowFunction([] { return t0; });
        model.reset(rows);
        model.sort(QueueModel::TitleColumn, Qt::DescendingOrder);
        QueueFilter search;
        search.searchIds = QSet<QString>{rows[7].id};
        model.setFilter(search);
        QCOMPARE(model.rowCount(), 1);

        const QueueFilter toVerify = filterOf(SavedView::ToVerify);
        QList<storage::QueueRow> expected;
        for (const storage::QueueRow &row : rows) {
            if (referenceAccepts(row, toVerify, t0)) {
                expected.append(row);
            }
        }
        const auto pressing = [](const storage::QueueRow &row) {
            const bool open = row.state != core::ReportState::Published && !core::isTerminalState(row.state);
            return std::tuple(row.urgent && open ? 0 : 1,
                              row.nextDueAt.isValid() ? row.nextDueAt.toMSecsSinceEpoch()
                                                      : std::numeric_limits<qint64>::max(),
                              row.receivedAt.toMSecsSinceEpoch());
        };
        std::sort(expected.begin(), expected.end(),
                  [&](const storage::QueueRow &a, const storage::QueueRow &b) { return pressing(a) < pressing(b); });
        QStringList expectedIds;
        for (const storage::QueueRow &row : expected) {
            expectedIds.append(row.id);
        }
        QVERIFY(expectedIds.size() > 10);
        QCOMPARE(model.pressingOrder(toVerify), expectedIds);
        QCOMPARE(model.rowCount(), 1); // the table's filter is untouched
        // Its first without a list: skipping some, and after each report (wrapping at the end).
        QCOMPARE(model.mostPressing(toVerify), expectedIds.first());
        QCOMPARE(model.mostPressing(toVerify, {expectedIds[0], expectedIds[1]}), expectedIds[2]);
        for (qsizetype i = 0; i < expectedIds.size(); ++i) {
            QCOMPARE(model.mostPressing(toVerify, {}, expectedIds[i]), expectedIds[(i + 1) % expectedIds.size()]);
        }
        QCOMPARE(model.mostPressing(toVerify, {expectedIds[1]}, expectedIds[0]), expectedIds[2]);
        QCOMPARE(model.mostPressing(toVerify, QSet<QString>(expectedIds.cbegin(), expectedIds.cend())), QString());
        // After a report the filter does not take, or that is not held: the order from the top.
        QString outside;
        for (const storage::QueueRow &row : rows) {
            if (!referenceAccepts(row, toVerify, t0)) {
                outside = row.id;
                break;
            }
        }
        QVERIFY(!outside.isEmpty());
        QCOMPARE(model.mostPressing(toVerify, {}, outside), expectedIds.first());
        QCOMPARE(model.mostPressing(toVerify, {}, u"not-held"_s), expectedIds.first());

        // The newest urgent report not yet distributed.
        QString newest;
        QDateTime newestAt;
        for (const storage::QueueRow &row : rows) {
            const bool unhandled = row.state == core::ReportState::Received ||
                                   row.state == core::ReportState::IdentityCheck ||
                                   row.state == core::ReportState::Verified;
            if (row.urgent && unhandled && (!newestAt.isValid() || row.receivedAt > newestAt)) {
                newest = row.id;
                newestAt = row.receivedAt;
            }
        }
        QVERIFY(!newest.isEmpty());
        QCOMPARE(model.newestUnhandledUrgent(), newest);
        QueueModel empty;
        QVERIFY(empty.newestUnhandledUrgent().isEmpty());
    }

    void countdownCells()
    {
        QueueModel model;
        model.setNowFunction([] { return t0; });
        storage::QueueRow soon;
        soon.id = u"a"_s;
        soon.title = u"Sắp đến hạn"_s;
        soon.nextDueAt = t0.addSecs(45 * 60);
        soon.nextDueStep = u"distribute"_s; // 1 working hour
        storage::QueueRow late = soon;
        late.id = u"b"_s;
        late.nextDueAt = t0.addSecs(-(70 * 60));
        storage::QueueRow none = soon;
        none.id = u"c"_s;
        none.nextDueAt = QDateTime();
        none.nextDueStep.clear();
        model.reset({none, late, soon});
        QCOMPARE(model.idAt(0), u"b"_s); // the nearest due first, no clock last
        QCOMPARE(model.idAt(2), u"c"_s);
        // Each countdown names its clock and whose turn it is (issue 27 §2).
        QCOMPARE(model.data(model.index(0, QueueModel::CountdownColumn)).toString(),
                 u"Phân phối · IOC · quá hạn 1 giờ 10 phút"_s);
        QCOMPARE(model.data(model.index(1, QueueModel::CountdownColumn)).toString(),
                 u"Phân phối · IOC · còn 45 phút"_s);
        QVERIFY(!model.data(model.index(2, QueueModel::CountdownColumn)).isValid());
        QCOMPARE(model.data(model.index(0, QueueModel::CountdownColumn), QueueModel::PressureRole).toInt(),
                 int(core::Pressure::Overdue));
        QCOMPARE(model.data(model.index(1, QueueModel::CountdownColumn), QueueModel::PressureRole).toInt(),
                 int(core::Pressure::Calm)); // 45 of 60 working minutes left
    }

    void countdownsNameTheClockAndWhoseTurnItIs()
    {
        QueueModel model;
        model.setNowFunction([] { return t0; });
        core::Directory directory;
        core::Agency agency;
        agency.id = u"so-xd"_s;
        agency.name = u"Sở Xây dựng"_s;
        directory.addAgency(agency);
        model.setDirectory(directory);
        storage::QueueRow accept;
        accept.id = u"accept"_s;
        accept.leadAgencyId = u"so-xd"_s;
        accept.nextDueAt = t0.addSecs(-10 * 60);
        accept.nextDueStep = u"accept"_s;
        storage::QueueRow supplement = accept;
        supplement.id = u"supplement"_s;
        supplement.leadAgencyId.clear();
        supplement.nextDueAt = t0.addSecs(2 * 86400 - 3600);
        supplement.nextDueStep = u"supplement"_s; // 48 calendar hours
        storage::QueueRow coordination = accept;
        coordination.id = u"coordination"_s;
        coordination.nextDueAt = t0.addSecs(3600);
        coordination.nextDueStep = u"coordination"_s;
        model.reset({accept, supplement, coordination});
        const auto cell = [&model](const QString &id, int role = Qt::DisplayRole) {
            return model.data(model.index(model.rowOf(id), QueueModel::CountdownColumn), role).toString();
        };
        QCOMPARE(cell(u"accept"_s), u"Tiếp nhận · Sở Xây dựng · quá hạn 10 phút"_s);
        QCOMPARE(cell(u"supplement"_s), u"Bổ sung · người phản ánh · còn 1 ngày 23 giờ"_s);
        // A coordinating agency is not the lead one the row holds: named by its role.
        QCOMPARE(cell(u"coordination"_s), u"Phối hợp · cơ quan phối hợp · còn 1 giờ"_s);

        // The tooltip: the article, when the clock started and when it is due; with the report's
        // clocks at hand, that it is the first of several and which the others are.
        QCOMPARE(cell(u"accept"_s, Qt::ToolTipRole),
                 u"Tiếp nhận: Sở Xây dựng thực hiện (Điều 11, điểm 1.a)\nHạn: 24/11/2026 08:50"_s);
        core::ReportClock acceptClock;
        acceptClock.step = core::ClockStep::Accept;
        acceptClock.agencyId = u"so-xd"_s;
        acceptClock.startedAt = t0.addSecs(-40 * 60);
        acceptClock.dueAt = accept.nextDueAt;
        core::ReportClock processClock = acceptClock;
        processClock.step = core::ClockStep::Process;
        processClock.dueAt = t0.addDays(8);
        core::ReportClock closedClock = acceptClock;
        closedClock.step = core::ClockStep::Distribute;
        closedClock.status = core::ClockStatus::Done;
        QStringList asked;
        model.setClockSource([&](const QString &id) {
            asked.append(id);
            return QList<core::ReportClock>{processClock, closedClock, acceptClock};
        });
        QCOMPARE(cell(u"accept"_s, Qt::ToolTipRole),
                 u"Tiếp nhận: Sở Xây dựng thực hiện (Điều 11, điểm 1.a)\nBắt đầu: 24/11/2026 08:20\n"
                 u"Hạn: 24/11/2026 08:50\n\n2 đồng hồ đang chạy; hiện đồng hồ đến hạn sớm nhất. Các đồng hồ khác:\n"
                 u"• Xử lý · Sở Xây dựng · 02/12/2026 09:00"_s);
        QCOMPARE(asked, QStringList{u"accept"_s});
        QVERIFY(!cell(u"accept"_s).contains(u'\n')); // the cell itself never asks the replica
        QCOMPARE(asked.size(), 1);
    }

    void codesSortByYearAndNumber()
    {
        QueueModel model;
        QList<storage::QueueRow> rows;
        for (const QString &code : {u"PA-2027-000001"_s, u"khác"_s, u"PA-2026-000010"_s, u"PA-2026-000009"_s}) {
            storage::QueueRow row;
            row.id = code;
            row.code = code;
            rows.append(row);
        }
        model.reset(rows);
        model.sort(QueueModel::CodeColumn);
        QCOMPARE(idsOf(model), (QStringList{u"PA-2026-000009"_s, u"PA-2026-000010"_s, u"PA-2027-000001"_s, u"khác"_s}));
        model.sort(QueueModel::CodeColumn, Qt::DescendingOrder);
        QCOMPARE(idsOf(model).first(), u"khác"_s);
    }

    // The model's id tables (models::IdKey) at their edge: ids that differ only in case, a
    // trailing space, a diacritic or the last code unit are different reports and categories;
    // a null and an empty id are the same key; equal text in different buffers hashes alike.
    void idsThatDifferOnlyAtTheirEdgeStayApart()
    {
        QCOMPARE(IdKey(QString()), IdKey(u""_s));
        QCOMPARE(qHash(IdKey(QString())), qHash(IdKey(u""_s)));
        const QString built = u"r"_s + QString::number(1);
        QCOMPARE(qHash(IdKey(built)), qHash(IdKey(u"r1"_s)));
        QVERIFY(!(IdKey(u"r1"_s) == IdKey(u"r2"_s)));

        const QStringList ids{u"r1"_s, u"R1"_s, u"r1 "_s, u"đ1"_s, u"d1"_s, u"r2"_s};
        QList<storage::QueueRow> rows;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            storage::QueueRow row;
            row.id = ids.at(i);
            row.code = u"PA-2026-%1"_s.arg(i + 1, 6, 10, QLatin1Char('0'));
            row.title = u"Tiêu đề "_s + ids.at(i);
            row.categoryId = i % 2 == 0 ? u"cat-a"_s : u"cat-á"_s; // one diacritic apart
            rows.append(row);
        }
        QueueModel model;
        model.reset(rows);
        QCOMPARE(model.rowCount(), int(ids.size()));
        for (const QString &id : ids) {
            QVERIFY2(model.contains(id), qPrintable(id));
        }
        QVERIFY(!model.contains(u"r"_s));
        QVERIFY(!model.contains(u"r1  "_s));
        QueueFilter plain;
        plain.categoryIds = {u"cat-a"_s};
        model.setFilter(plain);
        QCOMPARE(idsOf(model), (QStringList{u"r1"_s, u"r1 "_s, u"d1"_s}));
        model.setFilter({});
        // A batch that changes "r1" and removes "R1" touches only those two.
        storage::QueueRow changed = rows.first();
        changed.title = u"Đã đổi"_s;
        changed.version = 2;
        model.apply({changed}, {u"R1"_s});
        QCOMPARE(model.rowCount(), int(ids.size()) - 1);
        QVERIFY(!model.contains(u"R1"_s));
        QCOMPARE(model.data(model.index(model.rowOf(u"r1"_s), QueueModel::TitleColumn)).toString(), u"Đã đổi"_s);
        QCOMPARE(model.data(model.index(model.rowOf(u"r1 "_s), QueueModel::TitleColumn)).toString(), u"Tiêu đề r1 "_s);
    }

    // A connected system's report names the system beside the channel, once its name is known.
    void aConnectedSystemIsNamedBesideItsChannel()
    {
        QueueModel model;
        storage::QueueRow filed;
        filed.id = u"open311"_s;
        filed.code = u"PA-2026-000001"_s;
        filed.channel = core::Channel::ConnectedSystem;
        filed.sourceSystemId = u"u-ketnoi1022"_s;
        storage::QueueRow phoned = filed;
        phoned.id = u"hotline"_s;
        phoned.channel = core::Channel::Hotline;
        phoned.sourceSystemId.clear();
        model.reset({filed, phoned});
        const auto channelOf = [&model](const QString &id) {
            return model.data(model.index(model.rowOf(id), QueueModel::ChannelColumn)).toString();
        };
        const QString channel = QCoreApplication::translate("ioc::core", "Connected system");
        QCOMPARE(channelOf(u"open311"_s), channel + u" — u-ketnoi1022"_s); // its id until the name comes
        model.setUserNames({{u"u-ketnoi1022"_s, u"Tổng đài 1022 (hệ thống kết nối)"_s}});
        QCOMPARE(channelOf(u"open311"_s), channel + u" — Tổng đài 1022 (hệ thống kết nối)"_s);
        QCOMPARE(channelOf(u"hotline"_s), QCoreApplication::translate("ioc::core", "Hotline"));
    }

    void savedViews()
    {
        for (SavedView view : allSavedViews()) {
            QCOMPARE(savedViewFromName(savedViewName(view)), view);
            QVERIFY(!savedViewLabel(view).isEmpty());
        }
        QCOMPARE(savedViewLabel(SavedView::Overdue), u"Quá hạn"_s);
        QVERIFY(filterOf(SavedView::ToVerify).states.contains(core::ReportState::Received));
        for (SavedView view : agencySavedViews()) {
            QCOMPARE(savedViewFromName(savedViewName(view)), view);
            QVERIFY(!savedViewLabel(view).isEmpty());
        }
    }

    // An agency's views split its replica: what it leads (to accept, to approve), what it follows
    // as the upper level of the agencies below it, and what it coordinates; together everything.
    void agencyViews()
    {
        QRandomGenerator random(14);
        const QList<storage::QueueRow> rows = randomRows(random, 600, 0);
        QueueModel model;
        model.setNowFunction([] { return t0; });
        model.reset(rows);
        const QString mine = u"agency-1"_s;
        const QStringList below{u"agency-3"_s};
        const auto shown = [&](SavedView view, const QStringList &subordinates) {
            model.setFilter(filterOf(view, mine, subordinates));
            const QStringList ids = idsOf(model);
            return QSet<QString>(ids.begin(), ids.end());
        };
        const QSet<QString> lead = shown(SavedView::AgencyLead, below);
        const QSet<QString> upper = shown(SavedView::AgencyUpperLevel, below);
        const QSet<QString> coordinating = shown(SavedView::AgencyCoordinating, below);
        QVERIFY(!lead.isEmpty() && !upper.isEmpty() && !coordinating.isEmpty());
        QVERIFY(!lead.intersects(upper) && !lead.intersects(coordinating) && !upper.intersects(coordinating));
        QCOMPARE(lead.size() + upper.size() + coordinating.size(), rows.size());
        QSet<QString> toAccept;
        QSet<QString> toApprove;
        for (const storage::QueueRow &row : rows) {
            QCOMPARE(lead.contains(row.id), row.leadAgencyId == mine);
            QCOMPARE(upper.contains(row.id), row.leadAgencyId == u"agency-3"_s);
            if (row.leadAgencyId == mine && row.state == core::ReportState::Distributed) {
                toAccept.insert(row.id);
            }
            if (row.leadAgencyId == mine && row.state == core::ReportState::AwaitingApproval) {
                toApprove.insert(row.id);
            }
        }
        QCOMPARE(shown(SavedView::ToAccept, below), toAccept);
        QCOMPARE(shown(SavedView::ToApprove, below), toApprove);
        // An agency with none below it follows nothing as an upper level.
        QVERIFY(shown(SavedView::AgencyUpperLevel, {}).isEmpty());
        QCOMPARE(shown(SavedView::AgencyCoordinating, {}).size(), rows.size() - lead.size());
    }

private:
    core::Translations m_translations;
};

QTEST_GUILESS_MAIN(TestQueueModel)
#include "testqueuemodel.moc"

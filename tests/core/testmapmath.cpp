#include "core/clusterindex.h"
#include "core/tilemath.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <limits>
#include <set>

using namespace ioc::core;
using namespace Qt::StringLiterals;

// Tile math at every zoom and the cluster index's invariants.
class TestMapMath final : public QObject
{
    Q_OBJECT

private slots:
    void tilesAtEveryZoom()
    {
        // Đông Hà, Quảng Trị.
        const double lat = 16.8163;
        const double lon = 107.1003;
        const QPointF world = tiles::project(lat, lon);
        const QPointF back = tiles::unproject(world);
        QVERIFY(qAbs(back.x() - lon) < 1e-9);
        QVERIFY(qAbs(back.y() - lat) < 1e-9);
        for (int z = 0; z <= tiles::maxZoom; ++z) {
            const tiles::TileId tile = tiles::tileAt(world, z);
            QVERIFY(tiles::isValid(tile));
            QVERIFY2(tiles::tileRect(tile).contains(world), qPrintable(QString::number(z)));
            QCOMPARE(tiles::tmsRow(z, tiles::tmsRow(z, tile.y)), tile.y);
            QCOMPARE(tiles::tmsRow(z, 0), (1 << z) - 1);
        }
        // Known tiles (as OpenStreetMap numbers them).
        QCOMPARE(tiles::tileAt(world, 10), (tiles::TileId{10, 816, 463}));
        QCOMPARE(tiles::tileAt(tiles::project(0, 0), 1), (tiles::TileId{1, 1, 1}));
        QCOMPARE(tiles::tileAt(tiles::project(89, -180), 3), (tiles::TileId{3, 0, 0})); // clamped to the edge
        QVERIFY(!tiles::isValid({3, 8, 0}));
        QVERIFY(!tiles::isValid({20, 0, 0}));
        // Scale: about 146.3 m per pixel at zoom 10 on the latitude of Đông Hà.
        QVERIFY(qAbs(tiles::metresPerPixel(lat, 10) - 146.4) < 1.0);
    }

    void clustersAccountForEveryPoint_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("dense");
        QTest::newRow("province 3000") << 3000 << true;
        QTest::newRow("uniform 2000") << 2000 << false;
        QTest::newRow("one point") << 1 << true;
    }

    void clustersAccountForEveryPoint()
    {
        QFETCH(int, count);
        QFETCH(bool, dense);
        QRandomGenerator random(9);
        std::vector<QPointF> points;
        for (int i = 0; i < count; ++i) {
            if (dense) {
                // Around Quảng Trị, with duplicates (same place reported twice).
                const double lat = 16.5 + random.generateDouble() * 0.8;
                const double lon = 106.6 + random.generateDouble() * 0.8;
                points.push_back(tiles::project(lat, lon));
                if (i % 50 == 0) {
                    points.push_back(points.back());
                    ++i;
                }
            } else {
                points.push_back({random.generateDouble(), random.generateDouble()});
            }
        }
        // Each point's key (the map: its due instant); a cluster carries the least of its points'.
        std::vector<std::int64_t> keys;
        for (std::size_t i = 0; i < points.size(); ++i) {
            keys.push_back(random.bounded(1, 1000000));
        }
        const ClusterIndex index(points, {}, keys);
        const QRectF world(0, 0, 1, 1);
        for (int z = 0; z <= 17; ++z) {
            const auto items = index.query(world, z);
            int total = 0;
            std::set<int> seen;
            for (const ClusterIndex::Item &item : items) {
                total += item.count;
                if (item.cluster >= 0) {
                    const std::vector<int> leaves = index.leaves(item.cluster);
                    QCOMPARE(int(leaves.size()), item.count);
                    std::int64_t least = std::numeric_limits<std::int64_t>::max();
                    for (int leaf : leaves) {
                        least = std::min(least, keys[std::size_t(leaf)]);
                    }
                    QCOMPARE(item.least, least);
                    for (int leaf : leaves) {
                        QVERIFY2(seen.insert(leaf).second, "a point in two clusters");
                    }
                    QVERIFY(index.expansionZoom(item.cluster) > z);
                } else {
                    QVERIFY(item.point >= 0 && item.point < int(points.size()));
                    QCOMPARE(item.least, keys[std::size_t(item.point)]);
                    QVERIFY2(seen.insert(item.point).second, "a point shown twice");
                    QCOMPARE(QPointF(item.x, item.y), points[std::size_t(item.point)]);
                }
            }
            QCOMPARE(total, int(points.size()));
            QCOMPARE(int(seen.size()), int(points.size()));
        }
        // Above the deepest zoom every point stands alone.
        QCOMPARE(int(index.query(world, 17).size()), int(points.size()));
    }

    void viewportQueriesReturnWhatIsInView()
    {
        QRandomGenerator random(4);
        std::vector<QPointF> points;
        for (int i = 0; i < 5000; ++i) {
            points.push_back({random.generateDouble(), random.generateDouble()});
        }
        const ClusterIndex index(points, {});
        const QRectF view(0.25, 0.4, 0.1, 0.05);
        // At the deepest level, exactly the points inside (brute force).
        std::set<int> expected;
        for (std::size_t i = 0; i < points.size(); ++i) {
            if (view.contains(points[i])) {
                expected.insert(int(i));
            }
        }
        std::set<int> got;
        for (const ClusterIndex::Item &item : index.query(view, 17)) {
            got.insert(item.point);
        }
        QVERIFY(got == expected);
        // At every zoom, every item returned lies in the view.
        for (int z = 0; z <= 16; ++z) {
            for (const ClusterIndex::Item &item : index.query(view, z)) {
                QVERIFY(view.contains(QPointF(item.x, item.y)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMapMath)
#include "testmapmath.moc"

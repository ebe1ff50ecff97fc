// Map figures, side by side with supercluster (the standard JavaScript library, run with Node on
// the same points and viewports): index build and viewport queries at zooms 8–16 over 100k and
// 1M points spread over the province (clustered around towns) and uniformly, and one full
// frame of the map widget with 100k pins, tiles cached, offscreen.
#include "benchutil.h"
#include "core/clusterindex.h"
#include "core/tilemath.h"
#include "ui/map/mapview.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cmath>

using namespace Qt::StringLiterals;
using ioc::core::ClusterIndex;

namespace {

struct LonLat
{
    double lon;
    double lat;
};

// Towns of the demo province with their weight; reports fall around them (normal spread), plus
// a fifth anywhere in the province's box.
std::vector<LonLat> provincePoints(int count, quint32 seed)
{
    struct Town
    {
        double lat, lon, spread, weight;
    };
    const Town towns[] = {{16.8163, 107.1003, 0.03, 0.35}, {16.7511, 107.1886, 0.02, 0.12},
                          {16.6264, 106.7217, 0.04, 0.08}, {17.0108, 107.0464, 0.03, 0.1},
                          {16.9350, 107.1620, 0.02, 0.08}, {16.6900, 107.2980, 0.03, 0.07}};
    QRandomGenerator random(seed);
    std::vector<LonLat> points;
    points.reserve(std::size_t(count));
    const auto gaussian = [&random] {
        const double u = std::max(1e-12, random.generateDouble());
        return std::sqrt(-2 * std::log(u)) * std::cos(2 * M_PI * random.generateDouble());
    };
    for (int i = 0; i < count; ++i) {
        double pick = random.generateDouble();
        const Town *town = nullptr;
        for (const Town &t : towns) {
            if (pick < t.weight) {
                town = &t;
                break;
            }
            pick -= t.weight;
        }
        if (town == nullptr) {
            points.push_back({106.5 + random.generateDouble() * 0.9, 16.3 + random.generateDouble() * 0.9});
        } else {
            points.push_back({town->lon + gaussian() * town->spread, town->lat + gaussian() * town->spread});
        }
    }
    return points;
}

std::vector<LonLat> uniformPoints(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<LonLat> points;
    points.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        points.push_back({-180 + random.generateDouble() * 360, -80 + random.generateDouble() * 160});
    }
    return points;
}

struct View
{
    int zoom;
    QRectF world;
};

// 1600×1000-pixel viewports at zooms 8–16, centred on random points.
std::vector<View> viewports(const std::vector<QPointF> &world, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<View> views;
    for (int zoom = 8; zoom <= 16; ++zoom) {
        const double scale = ioc::core::tiles::worldPixels(zoom);
        for (int i = 0; i < 60; ++i) {
            const QPointF c = world[std::size_t(random.bounded(int(world.size())))];
            views.push_back({zoom, QRectF(c.x() - 800 / scale, c.y() - 500 / scale, 1600 / scale, 1000 / scale)});
        }
    }
    return views;
}

struct JsFigures
{
    double buildMs = -1;
    double queryMs = -1;
};

JsFigures runSupercluster(const QString &script, const std::vector<LonLat> &points, const std::vector<View> &views,
                          const ClusterIndex::Options &options)
{
    QTemporaryDir dir;
    QFile pointsFile(dir.filePath(u"points.bin"_s));
    pointsFile.open(QIODevice::WriteOnly);
    pointsFile.write(reinterpret_cast<const char *>(points.data()), qint64(points.size() * sizeof(LonLat)));
    pointsFile.close();
    QFile viewsFile(dir.filePath(u"views.bin"_s));
    viewsFile.open(QIODevice::WriteOnly);
    for (const View &view : views) {
        const QPointF northWest = ioc::core::tiles::unproject(view.world.topLeft());
        const QPointF southEast = ioc::core::tiles::unproject(view.world.bottomRight());
        const double values[5] = {double(view.zoom), northWest.x(), southEast.y(), southEast.x(), northWest.y()};
        viewsFile.write(reinterpret_cast<const char *>(values), sizeof(values));
    }
    viewsFile.close();
    QProcess node;
    node.start(u"node"_s,
               {u"--max-old-space-size=8192"_s, script, pointsFile.fileName(), viewsFile.fileName(),
                QString::number(options.radius), QString::number(options.extent), QString::number(options.maxZoom)});
    if (!node.waitForFinished(600000) || node.exitCode() != 0) {
        qWarning("supercluster failed: %s", node.readAllStandardError().constData());
        return {};
    }
    const QJsonObject result = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    return {result.value(u"build_ms"_s).toDouble(), result.value(u"query_ms"_s).toDouble()};
}

struct Compared
{
    double buildMs = 0;
    double queryMs = 0;
    double ratio = 0;
};

Compared compare(const QString &script, const char *name, const std::vector<LonLat> &points)
{
    std::vector<QPointF> world;
    world.reserve(points.size());
    for (const LonLat &p : points) {
        world.push_back(ioc::core::tiles::project(p.lat, p.lon));
    }
    const ClusterIndex::Options options; // radius 60 px, extent 256, zooms 0–16
    ClusterIndex index;
    const double build = ioc::bench::medianMs(3, [&] { index = ClusterIndex(world, options); });
    // As the console builds it: each point's due instant, the least carried by every cluster (its
    // colour, issue 27 §5).
    std::vector<std::int64_t> due(world.size());
    for (std::size_t i = 0; i < due.size(); ++i) {
        due[i] = std::int64_t(1'800'000'000'000) + std::int64_t(i % 7919) * 60'000;
    }
    const double keyedBuild = ioc::bench::medianMs(3, [&] { index = ClusterIndex(world, options, due); });
    const std::vector<View> views = viewports(world, 7);
    std::vector<double> samples;
    for (const View &view : views) {
        QElapsedTimer timer;
        timer.start();
        const auto items = index.query(view.world, view.zoom);
        samples.push_back(double(timer.nsecsElapsed()) / 1e6 + 0 * double(items.size()));
    }
    std::sort(samples.begin(), samples.end());
    const double query = samples[samples.size() / 2];
    const QByteArray prefix = QByteArray("map.") + name;
    ioc::bench::report(QByteArray(prefix + "_build_ms").constData(), build);
    ioc::bench::report(QByteArray(prefix + "_build_with_due_ms").constData(), keyedBuild);
    ioc::bench::report(QByteArray(prefix + "_viewport_query_ms").constData(), query);
    const JsFigures js = runSupercluster(script, points, views, options);
    if (js.buildMs > 0) {
        ioc::bench::report(QByteArray(prefix + "_supercluster_build_ms").constData(), js.buildMs);
        ioc::bench::report(QByteArray(prefix + "_supercluster_viewport_query_ms").constData(), js.queryMs);
        ioc::bench::report(QByteArray(prefix + "_build_vs_supercluster_ratio").constData(), build / js.buildMs);
    }
    return {build, query, js.buildMs > 0 ? build / js.buildMs : -1};
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ioc::bench::reportMachine();
    const QString script = qEnvironmentVariable("IOC_SUPERCLUSTER_BENCH");
    if (script.isEmpty() || !QFile::exists(script)) {
        qFatal("IOC_SUPERCLUSTER_BENCH must name tests/bench/supercluster/bench.mjs with its node_modules "
               "(./ioc bench map sets it up)");
    }

    const std::vector<LonLat> province100k = provincePoints(100000, 1);
    if (!qEnvironmentVariableIsSet("IOC_BENCH_MAP_FRAME_ONLY")) {
        const Compared headline = compare(script, "cluster_100k", province100k);
        ioc::bench::report("map.cluster_build_100k_ms", headline.buildMs);
        ioc::bench::report("map.cluster_build_100k_vs_supercluster_ratio", headline.ratio);
        ioc::bench::report("map.viewport_query_ms", headline.queryMs);
        compare(script, "cluster_1m", provincePoints(1000000, 2));
        compare(script, "cluster_uniform_100k", uniformPoints(100000, 3));
        compare(script, "cluster_uniform_1m", uniformPoints(1000000, 4));
    }

    // The headline lines of the goals.
    {
        std::vector<QPointF> world;
        for (const LonLat &p : province100k) {
            world.push_back(ioc::core::tiles::project(p.lat, p.lon));
        }
        auto pins = std::make_shared<ioc::ui::MapPins>();
        QRandomGenerator random(5);
        for (std::size_t i = 0; i < world.size(); ++i) {
            pins->pins.push_back({u"r%1"_s.arg(i), world[i], int(random.bounded(16)), random.bounded(20) == 0});
        }
        pins->index = ClusterIndex(world, {});
        ioc::ui::MapView map;
        map.resize(1150, 900);
        map.setPins(pins);
        QImage tile(256, 256, QImage::Format_RGB32);
        tile.fill(QColor(0xf2, 0xef, 0xe9));
        map.setTileRequester([&map, &tile](const ioc::core::tiles::TileId &id) { map.setTile(id, tile); });
        map.show();
        for (int zoom : {9, 12, 15}) {
            map.setZoom(zoom);
            map.setCenter(ioc::core::tiles::project(16.8163, 107.1003));
            map.grab(); // fills the tile cache
            const double frame = ioc::bench::medianMs(15, [&] { map.grab(); });
            ioc::bench::report(QByteArray("map.frame_100k_z" + QByteArray::number(zoom) + "_ms").constData(), frame);
            if (zoom == 12) {
                if (qEnvironmentVariableIsSet("IOC_BENCH_MAP_SAVE")) {
                    map.grab().save(qEnvironmentVariable("IOC_BENCH_MAP_SAVE"));
                }
                ioc::bench::report("map.frame_100k_ms", frame);
                ioc::bench::report("map.frame_100k_items", double(map.drawnItems().size()));
                map.setPins(nullptr);
                ioc::bench::report("map.frame_tiles_only_ms", ioc::bench::medianMs(15, [&] { map.grab(); }));
                map.setPins(pins);
            }
        }
    }
    return 0;
}

#pragma once

#include <QRectF>

#include <cstdint>
#include <limits>
#include <vector>

// Map pins grouped into clusters that split as one zooms in, the hierarchical greedy clustering
// of Mapbox's supercluster: for each zoom from the deepest up, every point not yet taken
// gathers the points within `radius` pixels into one cluster at their weighted centre. Each
// zoom's points sit in a static k-d tree, so a viewport query touches only what is in view.
// Coordinates are world coordinates (core::tiles::project). Immutable once built: build it off
// the UI thread and swap it in.
namespace ioc::core {

class ClusterIndex final
{
public:
    struct Options
    {
        double radius = 60; // pixels
        int extent = 256;   // tile size in pixels
        int minZoom = 0;
        int maxZoom = 16; // above it every point stands alone
        int minPoints = 2;
    };

    // One thing to draw at a zoom: a single point (count 1, `point` its input index) or a
    // cluster (count ≥ minPoints, `cluster` its id for children/leaves).
    struct Item
    {
        double x = 0;
        double y = 0;
        int count = 1;
        int point = -1;
        int cluster = -1;
        // The least key of its points (see the constructor); the type's maximum without keys.
        std::int64_t least = std::numeric_limits<std::int64_t>::max();
    };

    ClusterIndex() = default;
    // `keys`, when given, one per point: each cluster carries the least key of its points (the
    // map: the due instant that comes first, so a cluster is coloured by what presses most in it).
    ClusterIndex(const std::vector<QPointF> &points, Options options, const std::vector<std::int64_t> &keys = {});

    int size() const { return int(m_points.size()); }
    const Options &options() const { return m_options; }
    // Everything to draw in `world` (world coordinates) at a zoom (rounded down, clamped).
    std::vector<Item> query(const QRectF &world, double zoom) const;
    // The input indexes of every point inside a cluster.
    std::vector<int> leaves(int cluster) const;
    // The zoom at which a cluster splits (to zoom in on a click).
    int expansionZoom(int cluster) const;

private:
    // A static k-d tree over one zoom's nodes (the algorithm of kdbush), stored as one array of
    // (x, y, node) in tree order and sorted in place.
    struct Tree
    {
        // Single precision, as supercluster's index has: 12 bytes an entry keeps the scans in
        // cache; at zoom 16 it still resolves a fifth of a pixel around the province.
        struct Entry
        {
            float x;
            float y;
            std::uint32_t id;
        };
        std::vector<Entry> entries;
        int nodeSize = 128;
        void build(const std::vector<double> &xs, const std::vector<double> &ys);
        void range(double minX, double minY, double maxX, double maxY, std::vector<std::uint32_t> &out) const;
        void within(double x, double y, double r, std::vector<std::uint32_t> &out) const;
    };
    struct Level
    {
        std::vector<double> x;
        std::vector<double> y;
        std::vector<int> count;
        std::vector<int> source;         // point index (count 1 at the deepest level) or cluster id
        std::vector<int> parent;         // cluster id of the next zoom up, -1 if none
        std::vector<std::int64_t> least; // the least key below each node; empty without keys
        Tree tree;
    };

    Level clusterLevel(Level &below, int zoom) const;
    // Builds the level's tree and puts its nodes in the tree's order, so that a node's index is
    // its entry's: what lies close together on the map then lies close together in memory, and
    // clustering the next zoom up, which walks the nodes in that order, stays in cache.
    static void index(Level &level);
    int levelIndex(int zoom) const { return zoom - m_options.minZoom; }
    static int clusterId(int index, int zoom) { return (index << 5) + zoom + 1; }
    static int clusterZoom(int id) { return (id % 32) - 1; }
    static int clusterIndexOf(int id) { return id >> 5; }

    Options m_options;
    std::vector<QPointF> m_points;
    std::vector<Level> m_levels; // minZoom … maxZoom + 1 (the points themselves)
};

} // namespace ioc::core

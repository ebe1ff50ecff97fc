#include "core/clusterindex.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>
#include <type_traits>

namespace ioc::core {

namespace {

struct Frame
{
    std::size_t left;
    std::size_t right;
    int axis;
};

// A fixed stack: the tree's depth is log2(n / nodeSize) < 64 levels.
struct Stack
{
    std::array<Frame, 256> frames;
    std::size_t size = 0;
    void push(Frame f) { frames[size++] = f; }
    Frame pop() { return frames[--size]; }
    bool empty() const { return size == 0; }
};

} // namespace

void ClusterIndex::Tree::build(const std::vector<double> &xs, const std::vector<double> &ys)
{
    const std::size_t n = xs.size();
    entries.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        entries[i] = {float(xs[i]), float(ys[i]), std::uint32_t(i)};
    }
    if (n <= std::size_t(nodeSize)) {
        return;
    }
    Stack stack;
    stack.push({0, n - 1, 0});
    while (!stack.empty()) {
        const Frame f = stack.pop();
        if (f.right - f.left <= std::size_t(nodeSize)) {
            continue;
        }
        const std::size_t middle = (f.left + f.right) >> 1;
        const auto first = entries.begin() + std::ptrdiff_t(f.left);
        const auto last = entries.begin() + std::ptrdiff_t(f.right) + 1;
        const auto nth = entries.begin() + std::ptrdiff_t(middle);
        if (f.axis == 0) {
            std::nth_element(first, nth, last, [](const Entry &a, const Entry &b) { return a.x < b.x; });
        } else {
            std::nth_element(first, nth, last, [](const Entry &a, const Entry &b) { return a.y < b.y; });
        }
        stack.push({f.left, middle - 1, 1 - f.axis});
        stack.push({middle + 1, f.right, 1 - f.axis});
    }
}

void ClusterIndex::Tree::range(double minXd, double minYd, double maxXd, double maxYd,
                               std::vector<std::uint32_t> &out) const
{
    if (entries.empty()) {
        return;
    }
    const float minX = float(minXd);
    const float minY = float(minYd);
    const float maxX = float(maxXd);
    const float maxY = float(maxYd);
    Stack stack;
    stack.push({0, entries.size() - 1, 0});
    while (!stack.empty()) {
        const Frame f = stack.pop();
        if (f.right - f.left <= std::size_t(nodeSize)) {
            for (std::size_t i = f.left; i <= f.right; ++i) {
                const Entry &e = entries[i];
                if (e.x >= minX && e.x <= maxX && e.y >= minY && e.y <= maxY) {
                    out.push_back(e.id);
                }
            }
            continue;
        }
        const std::size_t m = (f.left + f.right) >> 1;
        const Entry &e = entries[m];
        if (e.x >= minX && e.x <= maxX && e.y >= minY && e.y <= maxY) {
            out.push_back(e.id);
        }
        const float value = f.axis == 0 ? e.x : e.y;
        if ((f.axis == 0 ? minX : minY) <= value) {
            stack.push({f.left, m - 1, 1 - f.axis});
        }
        if ((f.axis == 0 ? maxX : maxY) >= value) {
            stack.push({m + 1, f.right, 1 - f.axis});
        }
    }
}

void ClusterIndex::Tree::within(double qx, double qy, double r, std::vector<std::uint32_t> &out) const
{
    if (entries.empty()) {
        return;
    }
    const float fx = float(qx);
    const float fy = float(qy);
    const float fr = float(r);
    const float r2 = fr * fr;
    const auto close = [&](const Entry &e) {
        const float dx = e.x - fx;
        const float dy = e.y - fy;
        return dx * dx + dy * dy <= r2;
    };
    Stack stack;
    stack.push({0, entries.size() - 1, 0});
    while (!stack.empty()) {
        const Frame f = stack.pop();
        if (f.right - f.left <= std::size_t(nodeSize)) {
            for (std::size_t i = f.left; i <= f.right; ++i) {
                if (close(entries[i])) {
                    out.push_back(entries[i].id);
                }
            }
            continue;
        }
        const std::size_t m = (f.left + f.right) >> 1;
        const Entry &e = entries[m];
        if (close(e)) {
            out.push_back(e.id);
        }
        const float value = f.axis == 0 ? e.x : e.y;
        const float q = f.axis == 0 ? fx : fy;
        if (q - fr <= value) {
            stack.push({f.left, m - 1, 1 - f.axis});
        }
        if (q + fr >= value) {
            stack.push({m + 1, f.right, 1 - f.axis});
        }
    }
}

ClusterIndex::ClusterIndex(const std::vector<QPointF> &points, Options options, const std::vector<std::int64_t> &keys)
    : m_options(options)
    , m_points(points)
{
    m_options.minZoom = std::clamp(m_options.minZoom, 0, 24);
    m_options.maxZoom = std::clamp(m_options.maxZoom, m_options.minZoom, 24);
    const int levels = m_options.maxZoom - m_options.minZoom + 2;
    m_levels.resize(std::size_t(levels));

    Level &deepest = m_levels.back();
    const std::size_t n = points.size();
    deepest.x.resize(n);
    deepest.y.resize(n);
    deepest.count.assign(n, 1);
    deepest.source.resize(n);
    deepest.parent.assign(n, -1);
    if (keys.size() == n) {
        deepest.least = keys;
    }
    for (std::size_t i = 0; i < n; ++i) {
        deepest.x[i] = points[i].x();
        deepest.y[i] = points[i].y();
        deepest.source[i] = int(i);
    }
    index(deepest);
    for (int zoom = m_options.maxZoom; zoom >= m_options.minZoom; --zoom) {
        m_levels[std::size_t(levelIndex(zoom))] = clusterLevel(m_levels[std::size_t(levelIndex(zoom + 1))], zoom);
    }
}

ClusterIndex::Level ClusterIndex::clusterLevel(Level &below, int zoom) const
{
    const double r = m_options.radius / (m_options.extent * std::exp2(zoom));
    const std::size_t n = below.x.size();
    std::vector<int> visited(n, std::numeric_limits<int>::max()); // the zoom a node was taken at
    Level level;
    level.x.reserve(n);
    level.y.reserve(n);
    level.count.reserve(n);
    level.source.reserve(n);
    const bool keyed = !below.least.empty();
    if (keyed) {
        level.least.reserve(n);
    }
    std::vector<std::uint32_t> neighbours;
    for (std::size_t i = 0; i < n; ++i) {
        if (visited[i] <= zoom) {
            continue;
        }
        visited[i] = zoom;
        neighbours.clear();
        below.tree.within(below.x[i], below.y[i], r, neighbours);
        const int origin = below.count[i];
        int total = origin;
        for (std::uint32_t j : neighbours) {
            if (visited[j] > zoom) {
                total += below.count[j];
            }
        }
        const auto copy = [&](std::size_t k) {
            level.x.push_back(below.x[k]);
            level.y.push_back(below.y[k]);
            level.count.push_back(below.count[k]);
            level.source.push_back(below.source[k]);
            if (keyed) {
                level.least.push_back(below.least[k]);
            }
        };
        if (total > origin && total >= m_options.minPoints) {
            double wx = below.x[i] * origin;
            double wy = below.y[i] * origin;
            std::int64_t least = keyed ? below.least[i] : 0;
            const int id = clusterId(int(i), zoom);
            for (std::uint32_t j : neighbours) {
                if (visited[j] <= zoom) {
                    continue;
                }
                visited[j] = zoom;
                wx += below.x[j] * below.count[j];
                wy += below.y[j] * below.count[j];
                if (keyed) {
                    least = std::min(least, below.least[j]);
                }
                below.parent[j] = id;
            }
            below.parent[i] = id;
            level.x.push_back(wx / total);
            level.y.push_back(wy / total);
            level.count.push_back(total);
            level.source.push_back(id);
            if (keyed) {
                level.least.push_back(least);
            }
        } else {
            copy(i);
            if (total > 1) {
                // Too few to cluster: the neighbours stay single at this zoom too.
                for (std::uint32_t j : neighbours) {
                    if (visited[j] > zoom) {
                        visited[j] = zoom;
                        copy(j);
                    }
                }
            }
        }
    }
    level.parent.assign(level.x.size(), -1);
    index(level);
    return level;
}

void ClusterIndex::index(Level &level)
{
    level.tree.build(level.x, level.y);
    std::vector<Tree::Entry> &entries = level.tree.entries;
    const auto reorder = [&entries](auto &values) {
        if (values.empty()) {
            return;
        }
        std::remove_reference_t<decltype(values)> sorted(values.size());
        for (std::size_t k = 0; k < entries.size(); ++k) {
            sorted[k] = values[entries[k].id];
        }
        values.swap(sorted);
    };
    reorder(level.x);
    reorder(level.y);
    reorder(level.count);
    reorder(level.source);
    reorder(level.parent);
    reorder(level.least);
    for (std::size_t k = 0; k < entries.size(); ++k) {
        entries[k].id = std::uint32_t(k);
    }
}

std::vector<ClusterIndex::Item> ClusterIndex::query(const QRectF &world, double zoom) const
{
    std::vector<Item> items;
    if (m_levels.empty()) {
        return items;
    }
    const int z = std::clamp(int(std::floor(zoom)), m_options.minZoom, m_options.maxZoom + 1);
    const Level &level = m_levels[std::size_t(levelIndex(z))];
    std::vector<std::uint32_t> found;
    level.tree.range(world.left(), world.top(), world.right(), world.bottom(), found);
    items.reserve(found.size());
    for (std::uint32_t k : found) {
        Item item;
        item.x = level.x[k];
        item.y = level.y[k];
        item.count = level.count[k];
        if (!level.least.empty()) {
            item.least = level.least[k];
        }
        if (item.count == 1) {
            item.point = level.source[k];
        } else {
            item.cluster = level.source[k];
        }
        items.push_back(item);
    }
    return items;
}

std::vector<int> ClusterIndex::leaves(int cluster) const
{
    std::vector<int> result;
    std::vector<int> pending{cluster};
    std::vector<std::uint32_t> near;
    while (!pending.empty()) {
        const int id = pending.back();
        pending.pop_back();
        const int zoom = clusterZoom(id);
        if (zoom < m_options.minZoom || zoom > m_options.maxZoom) {
            continue;
        }
        // Its children are the nodes one zoom deeper whose parent it is, around its origin.
        const Level &below = m_levels[std::size_t(levelIndex(zoom + 1))];
        const std::size_t origin = std::size_t(clusterIndexOf(id));
        if (origin >= below.x.size()) {
            continue;
        }
        const double r = m_options.radius / (m_options.extent * std::exp2(zoom));
        near.clear();
        below.tree.within(below.x[origin], below.y[origin], r, near);
        for (std::uint32_t k : near) {
            if (below.parent[k] != id) {
                continue;
            }
            if (below.count[k] == 1) {
                result.push_back(below.source[k]);
            } else {
                pending.push_back(below.source[k]);
            }
        }
    }
    return result;
}

int ClusterIndex::expansionZoom(int cluster) const
{
    return std::min(clusterZoom(cluster) + 1, m_options.maxZoom + 1);
}

} // namespace ioc::core

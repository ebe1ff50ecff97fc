#include "core/clusterindex.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace ioc::core {

void ClusterIndex::Tree::build(const std::vector<double> &xs, const std::vector<double> &ys)
{
    const std::size_t n = xs.size();
    ids.resize(n);
    coords.resize(2 * n);
    for (std::size_t i = 0; i < n; ++i) {
        ids[i] = std::uint32_t(i);
        coords[2 * i] = xs[i];
        coords[2 * i + 1] = ys[i];
    }
    if (n > 0) {
        sort(0, n - 1, 0);
    }
}

void ClusterIndex::Tree::sort(std::size_t left, std::size_t right, int axis)
{
    // Iterative, with Floyd–Rivest-free selection: nth_element on an index permutation, then
    // the ids and coordinates rearranged once per node.
    std::vector<Frame> stack{{left, right, axis}};
    std::vector<std::uint32_t> order;
    std::vector<std::uint32_t> newIds;
    std::vector<double> newCoords;
    while (!stack.empty()) {
        const Frame f = stack.back();
        stack.pop_back();
        if (f.right - f.left <= std::size_t(nodeSize)) {
            continue;
        }
        const std::size_t middle = (f.left + f.right) >> 1;
        const std::size_t n = f.right - f.left + 1;
        order.resize(n);
        std::iota(order.begin(), order.end(), std::uint32_t(f.left));
        std::nth_element(order.begin(), order.begin() + std::ptrdiff_t(middle - f.left), order.end(),
                         [&](std::uint32_t a, std::uint32_t b) {
                             return coords[2 * a + std::size_t(f.axis)] < coords[2 * b + std::size_t(f.axis)];
                         });
        newIds.resize(n);
        newCoords.resize(2 * n);
        for (std::size_t i = 0; i < n; ++i) {
            newIds[i] = ids[order[i]];
            newCoords[2 * i] = coords[2 * std::size_t(order[i])];
            newCoords[2 * i + 1] = coords[2 * std::size_t(order[i]) + 1];
        }
        std::copy(newIds.begin(), newIds.end(), ids.begin() + std::ptrdiff_t(f.left));
        std::copy(newCoords.begin(), newCoords.end(), coords.begin() + std::ptrdiff_t(2 * f.left));
        stack.push_back({f.left, middle - 1, 1 - f.axis});
        stack.push_back({middle + 1, f.right, 1 - f.axis});
    }
}

void ClusterIndex::Tree::range(double minX, double minY, double maxX, double maxY,
                               std::vector<std::uint32_t> &out) const
{
    if (ids.empty()) {
        return;
    }
    std::vector<Frame> stack{{0, ids.size() - 1, 0}};
    while (!stack.empty()) {
        const Frame f = stack.back();
        stack.pop_back();
        if (f.right - f.left <= std::size_t(nodeSize)) {
            for (std::size_t i = f.left; i <= f.right; ++i) {
                const double x = coords[2 * i];
                const double y = coords[2 * i + 1];
                if (x >= minX && x <= maxX && y >= minY && y <= maxY) {
                    out.push_back(ids[i]);
                }
            }
            continue;
        }
        const std::size_t m = (f.left + f.right) >> 1;
        const double x = coords[2 * m];
        const double y = coords[2 * m + 1];
        if (x >= minX && x <= maxX && y >= minY && y <= maxY) {
            out.push_back(ids[m]);
        }
        const double value = f.axis == 0 ? x : y;
        if ((f.axis == 0 ? minX : minY) <= value) {
            stack.push_back({f.left, m - 1, 1 - f.axis});
        }
        if ((f.axis == 0 ? maxX : maxY) >= value) {
            stack.push_back({m + 1, f.right, 1 - f.axis});
        }
    }
}

void ClusterIndex::Tree::within(double qx, double qy, double r, std::vector<std::uint32_t> &out) const
{
    if (ids.empty()) {
        return;
    }
    const double r2 = r * r;
    std::vector<Frame> stack{{0, ids.size() - 1, 0}};
    const auto close = [&](std::size_t i) {
        const double dx = coords[2 * i] - qx;
        const double dy = coords[2 * i + 1] - qy;
        return dx * dx + dy * dy <= r2;
    };
    while (!stack.empty()) {
        const Frame f = stack.back();
        stack.pop_back();
        if (f.right - f.left <= std::size_t(nodeSize)) {
            for (std::size_t i = f.left; i <= f.right; ++i) {
                if (close(i)) {
                    out.push_back(ids[i]);
                }
            }
            continue;
        }
        const std::size_t m = (f.left + f.right) >> 1;
        if (close(m)) {
            out.push_back(ids[m]);
        }
        const double value = coords[2 * m + std::size_t(f.axis)];
        const double q = f.axis == 0 ? qx : qy;
        if (q - r <= value) {
            stack.push_back({f.left, m - 1, 1 - f.axis});
        }
        if (q + r >= value) {
            stack.push_back({m + 1, f.right, 1 - f.axis});
        }
    }
}

ClusterIndex::ClusterIndex(const std::vector<QPointF> &points, Options options)
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
    for (std::size_t i = 0; i < n; ++i) {
        deepest.x[i] = points[i].x();
        deepest.y[i] = points[i].y();
        deepest.source[i] = int(i);
    }
    deepest.tree.build(deepest.x, deepest.y);
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
    level.x.reserve(n / 2);
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
        };
        if (total > origin && total >= m_options.minPoints) {
            double wx = below.x[i] * origin;
            double wy = below.y[i] * origin;
            const int id = clusterId(int(i), zoom);
            for (std::uint32_t j : neighbours) {
                if (visited[j] <= zoom) {
                    continue;
                }
                visited[j] = zoom;
                wx += below.x[j] * below.count[j];
                wy += below.y[j] * below.count[j];
                below.parent[j] = id;
            }
            below.parent[i] = id;
            level.x.push_back(wx / total);
            level.y.push_back(wy / total);
            level.count.push_back(total);
            level.source.push_back(id);
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
    level.tree.build(level.x, level.y);
    return level;
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

#include "core/tilemath.h"

#include <algorithm>
#include <cmath>

namespace ioc::core::tiles {

namespace {
constexpr double pi = 3.14159265358979323846;
constexpr double earthCircumference = 40075016.686; // metres at the equator (WGS 84)
} // namespace

QPointF project(double latitude, double longitude)
{
    const double lat = std::clamp(latitude, -maxLatitude, maxLatitude) * pi / 180.0;
    const double x = (longitude + 180.0) / 360.0;
    const double y = (1.0 - std::log(std::tan(lat) + 1.0 / std::cos(lat)) / pi) / 2.0;
    return {std::clamp(x, 0.0, 1.0), std::clamp(y, 0.0, 1.0)};
}

QPointF unproject(const QPointF &world)
{
    const double longitude = world.x() * 360.0 - 180.0;
    const double latitude = std::atan(std::sinh(pi * (1.0 - 2.0 * world.y()))) * 180.0 / pi;
    return {longitude, latitude};
}

TileId tileAt(const QPointF &world, int zoom)
{
    const int n = 1 << zoom;
    const int x = std::clamp(int(std::floor(world.x() * n)), 0, n - 1);
    const int y = std::clamp(int(std::floor(world.y() * n)), 0, n - 1);
    return {zoom, x, y};
}

QRectF tileRect(const TileId &tile)
{
    const double size = 1.0 / double(1 << tile.z);
    return {tile.x * size, tile.y * size, size, size};
}

int tmsRow(int zoom, int y)
{
    return (1 << zoom) - 1 - y;
}

double worldPixels(double zoom)
{
    return tileSize * std::exp2(zoom);
}

double metresPerPixel(double latitude, double zoom)
{
    return earthCircumference * std::cos(latitude * pi / 180.0) / worldPixels(zoom);
}

bool isValid(const TileId &tile)
{
    if (tile.z < 0 || tile.z > maxZoom) {
        return false;
    }
    const int n = 1 << tile.z;
    return tile.x >= 0 && tile.x < n && tile.y >= 0 && tile.y < n;
}

} // namespace ioc::core::tiles

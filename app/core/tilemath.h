#pragma once

#include <QMetaType>
#include <QPointF>
#include <QRectF>

// Web Mercator slippy-map tiles (XYZ, 256 px, y down from the north), as OpenStreetMap and most
// tile servers use. "World" coordinates are normalised: x and y in [0, 1] over the whole map.
namespace ioc::core::tiles {

inline constexpr int tileSize = 256;
inline constexpr int maxZoom = 19;
inline constexpr double maxLatitude = 85.0511287798066; // the square map's edge

struct TileId
{
    int z = 0;
    int x = 0;
    int y = 0;
    friend bool operator==(const TileId &, const TileId &) = default;
};

// Latitude/longitude (degrees) → world coordinates; latitudes beyond ±85.05° are clamped.
QPointF project(double latitude, double longitude);
// World coordinates → latitude (x of the result: longitude, y: latitude).
QPointF unproject(const QPointF &world);
// The tile holding a point at a zoom (clamped to the map).
TileId tileAt(const QPointF &world, int zoom);
// The tile's square in world coordinates.
QRectF tileRect(const TileId &tile);
// MBTiles stores rows in TMS order (y up from the south).
int tmsRow(int zoom, int y);
// Pixels of the whole map at a (possibly fractional) zoom.
double worldPixels(double zoom);
// Ground metres per screen pixel at a latitude and zoom (for the scale bar).
double metresPerPixel(double latitude, double zoom);
// Is this a tile of the map (zoom 0–19, x and y inside)?
bool isValid(const TileId &tile);

} // namespace ioc::core::tiles
Q_DECLARE_METATYPE(ioc::core::tiles::TileId)

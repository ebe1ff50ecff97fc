#pragma once

#include <QJsonObject>

// Geometry on the province's scale: points as latitude/longitude in degrees (WGS 84), areas as
// GeoJSON geometries (coordinates are [longitude, latitude]).
namespace ioc::core::geo {

// Is the point inside a GeoJSON Polygon or MultiPolygon? Holes (inner rings) are honoured; a
// point exactly on an edge may fall on either side. Any other geometry contains nothing.
bool contains(const QJsonObject &geometry, double latitude, double longitude);

// Great-circle distance in metres (haversine, mean Earth radius).
double distanceMetres(double latitude1, double longitude1, double latitude2, double longitude2);

} // namespace ioc::core::geo

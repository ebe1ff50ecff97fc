#pragma once

#include <QJsonObject>
#include <QList>
#include <QPointF>

// Geometry on the province's scale: points as latitude/longitude in degrees (WGS 84), areas as
// GeoJSON geometries (coordinates are [longitude, latitude]).
namespace ioc::core::geo {

// Is the point inside a GeoJSON Polygon or MultiPolygon? Holes (inner rings) are honoured; a
// point exactly on an edge may fall on either side. Any other geometry contains nothing.
bool contains(const QJsonObject &geometry, double latitude, double longitude);

// The rings of a GeoJSON Polygon or MultiPolygon as (longitude, latitude) points: outer rings
// and holes alike (draw them with the odd-even rule). Anything else has none.
QList<QList<QPointF>> rings(const QJsonObject &geometry);

// Great-circle distance in metres (haversine, mean Earth radius).
double distanceMetres(double latitude1, double longitude1, double latitude2, double longitude2);

} // namespace ioc::core::geo

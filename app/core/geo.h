#pragma once

#include <QGeoCoordinate>
#include <QGeoRectangle>
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

// What is wrong with a geometry meant as an area's boundary, for people ("ring 2 of polygon 1
// has 2 positions; a ring needs at least 4"), or empty if it is a usable Polygon/MultiPolygon.
QString problemOf(const QJsonObject &geometry);

// The smallest latitude/longitude box around a geometry (invalid if it has no position).
QGeoRectangle bounds(const QJsonObject &geometry);
bool contains(const QJsonObject &geometry, const QGeoCoordinate &point);

// Great-circle distance in metres (haversine, mean Earth radius).
double distanceMetres(double latitude1, double longitude1, double latitude2, double longitude2);

} // namespace ioc::core::geo

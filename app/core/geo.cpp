#include "geo.h"

#include <QJsonArray>

#include <cmath>
#include <numbers>

namespace ioc::core::geo {

namespace {

// Even-odd rule on one ring of [lon, lat] positions.
bool ringContains(const QJsonArray &ring, double latitude, double longitude)
{
    bool inside = false;
    const qsizetype n = ring.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const QJsonArray a = ring.at(i).toArray();
        const QJsonArray b = ring.at(j).toArray();
        const double xi = a.at(0).toDouble();
        const double yi = a.at(1).toDouble();
        const double xj = b.at(0).toDouble();
        const double yj = b.at(1).toDouble();
        if ((yi > latitude) != (yj > latitude) && longitude < (xj - xi) * (latitude - yi) / (yj - yi) + xi) {
            inside = !inside;
        }
    }
    return inside;
}

bool polygonContains(const QJsonArray &rings, double latitude, double longitude)
{
    if (rings.isEmpty() || !ringContains(rings.at(0).toArray(), latitude, longitude)) {
        return false;
    }
    for (qsizetype i = 1; i < rings.size(); ++i) {
        if (ringContains(rings.at(i).toArray(), latitude, longitude)) {
            return false; // in a hole
        }
    }
    return true;
}

// [array]: one array inside another. Not QJsonArray{array}, which copies the array where the
// compiler applies the C++ rule for a braced list of one element of the same type (clang, MSVC).
QJsonArray wrapped(const QJsonArray &array)
{
    QJsonArray outer;
    outer.append(array);
    return outer;
}

} // namespace

bool contains(const QJsonObject &geometry, double latitude, double longitude)
{
    const QString type = geometry.value(QStringLiteral("type")).toString();
    const QJsonArray coordinates = geometry.value(QStringLiteral("coordinates")).toArray();
    if (type == QStringLiteral("Polygon")) {
        return polygonContains(coordinates, latitude, longitude);
    }
    if (type == QStringLiteral("MultiPolygon")) {
        for (const QJsonValue &polygon : coordinates) {
            if (polygonContains(polygon.toArray(), latitude, longitude)) {
                return true;
            }
        }
    }
    return false;
}

QList<QList<QPointF>> rings(const QJsonObject &geometry)
{
    QList<QList<QPointF>> result;
    const QString type = geometry.value(QStringLiteral("type")).toString();
    QJsonArray polygons = geometry.value(QStringLiteral("coordinates")).toArray();
    if (type == QStringLiteral("Polygon")) {
        polygons = wrapped(polygons);
    } else if (type != QStringLiteral("MultiPolygon")) {
        return result;
    }
    for (const QJsonValue &polygon : polygons) {
        for (const QJsonValue &ring : polygon.toArray()) {
            QList<QPointF> points;
            for (const QJsonValue &position : ring.toArray()) {
                const QJsonArray lonLat = position.toArray();
                if (lonLat.size() >= 2 && lonLat.at(0).isDouble() && lonLat.at(1).isDouble()) {
                    points.append(QPointF(lonLat.at(0).toDouble(), lonLat.at(1).toDouble()));
                }
            }
            if (points.size() >= 3) {
                result.append(points);
            }
        }
    }
    return result;
}

QString problemOf(const QJsonObject &geometry)
{
    const QString type = geometry.value(QStringLiteral("type")).toString();
    if (type != QStringLiteral("Polygon") && type != QStringLiteral("MultiPolygon")) {
        return QStringLiteral("the geometry is a \"%1\", not a Polygon or MultiPolygon").arg(type);
    }
    QJsonArray polygons = geometry.value(QStringLiteral("coordinates")).toArray();
    if (type == QStringLiteral("Polygon")) {
        polygons = wrapped(polygons);
    }
    if (polygons.isEmpty()) {
        return QStringLiteral("the geometry has no coordinates");
    }
    for (qsizetype p = 0; p < polygons.size(); ++p) {
        const QJsonArray rings = polygons.at(p).toArray();
        if (rings.isEmpty()) {
            return QStringLiteral("polygon %1 has no ring").arg(p + 1);
        }
        for (qsizetype r = 0; r < rings.size(); ++r) {
            const QJsonArray ring = rings.at(r).toArray();
            if (ring.size() < 4) {
                return QStringLiteral("ring %1 of polygon %2 has %3 positions; a ring needs at least 4")
                    .arg(r + 1)
                    .arg(p + 1)
                    .arg(ring.size());
            }
            for (const QJsonValue &position : ring) {
                const QJsonArray lonLat = position.toArray();
                if (lonLat.size() < 2 || !lonLat.at(0).isDouble() || !lonLat.at(1).isDouble() ||
                    qAbs(lonLat.at(0).toDouble()) > 180 || qAbs(lonLat.at(1).toDouble()) > 90) {
                    return QStringLiteral("ring %1 of polygon %2 has a position that is not [longitude, latitude]")
                        .arg(r + 1)
                        .arg(p + 1);
                }
            }
            if (ring.first() != ring.last()) {
                return QStringLiteral("ring %1 of polygon %2 is not closed").arg(r + 1).arg(p + 1);
            }
        }
    }
    return {};
}

QGeoRectangle bounds(const QJsonObject &geometry)
{
    double west = 180;
    double east = -180;
    double south = 90;
    double north = -90;
    bool any = false;
    for (const QList<QPointF> &ring : rings(geometry)) {
        for (const QPointF &lonLat : ring) {
            west = std::min(west, lonLat.x());
            east = std::max(east, lonLat.x());
            south = std::min(south, lonLat.y());
            north = std::max(north, lonLat.y());
            any = true;
        }
    }
    return any ? QGeoRectangle(QGeoCoordinate(north, west), QGeoCoordinate(south, east)) : QGeoRectangle();
}

bool contains(const QJsonObject &geometry, const QGeoCoordinate &point)
{
    return point.isValid() && contains(geometry, point.latitude(), point.longitude());
}

double distanceMetres(double latitude1, double longitude1, double latitude2, double longitude2)
{
    constexpr double earthRadius = 6371008.8;
    constexpr double toRadians = std::numbers::pi / 180.0;
    const double dLat = (latitude2 - latitude1) * toRadians;
    const double dLon = (longitude2 - longitude1) * toRadians;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2) + std::cos(latitude1 * toRadians) *
                                                                   std::cos(latitude2 * toRadians) *
                                                                   std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * earthRadius * std::asin(std::min(1.0, std::sqrt(a)));
}

} // namespace ioc::core::geo

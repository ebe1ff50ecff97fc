#include "core/geo.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdint>
#include <cstdlib>

using namespace ioc::core;

// Area boundaries (GeoJSON Polygon / MultiPolygon) as the server distributes them and the map and
// the intake form read them: any geometry gives rings of finite points or none, and asking
// whether a point lies inside never fails.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonObject geometry =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)))
            .object();
    for (const QList<QPointF> &ring : geo::rings(geometry)) {
        for (const QPointF &point : ring) {
            if (!std::isfinite(point.x()) || !std::isfinite(point.y())) {
                std::abort();
            }
        }
    }
    geo::contains(geometry, 16.816, 107.1);
    geo::contains(geometry, 0.0, 0.0);
    return 0;
}

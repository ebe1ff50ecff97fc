#include "basemap.h"

#include "core/geo.h"
#include "core/tilemath.h"
#include "storage/mbtiles.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace ioc::server::basemap {

namespace {

using core::tiles::TileId;

// The rings of an area's boundary in world coordinates.
QList<QList<QPointF>> ringsOf(const QJsonObject &geometry)
{
    QList<QList<QPointF>> rings = core::geo::rings(geometry);
    for (QList<QPointF> &ring : rings) {
        for (QPointF &point : ring) {
            point = core::tiles::project(point.y(), point.x());
        }
    }
    return rings;
}

struct Shape
{
    QString name;
    QList<QList<QPointF>> rings;
    QRectF bounds;
    QPointF label;
};

QByteArray render(const TileId &tile, const QList<Shape> &shapes)
{
    QImage image(core::tiles::tileSize, core::tiles::tileSize, QImage::Format_RGB32);
    image.fill(QColor(0xaa, 0xd3, 0xdf)); // sea
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF rect = core::tiles::tileRect(tile);
    const double scale = core::tiles::tileSize / rect.width();
    const auto toPixel = [&](const QPointF &world) {
        return QPointF((world.x() - rect.left()) * scale, (world.y() - rect.top()) * scale);
    };
    const QRectF margin =
        rect.adjusted(-rect.width() * 0.1, -rect.height() * 0.1, rect.width() * 0.1, rect.height() * 0.1);
    for (const Shape &shape : shapes) {
        if (!shape.bounds.intersects(margin)) {
            continue;
        }
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const QList<QPointF> &ring : shape.rings) {
            QPolygonF polygon;
            for (const QPointF &point : ring) {
                polygon.append(toPixel(point));
            }
            path.addPolygon(polygon);
            path.closeSubpath();
        }
        painter.fillPath(path, QColor(0xf2, 0xef, 0xe9)); // land
        QPen pen(QColor(0x9e, 0x8f, 0xa8), tile.z >= 11 ? 1.6 : 1.0, Qt::DashLine);
        painter.strokePath(path, pen);
    }
    // Graticule.
    const double step = tile.z >= 10 ? 0.1 : 0.5;
    painter.setPen(QPen(QColor(0, 0, 0, 40), 1));
    const QPointF topLeft = core::tiles::unproject(rect.topLeft());
    const QPointF bottomRight = core::tiles::unproject(rect.bottomRight());
    for (double lon = std::floor(topLeft.x() / step) * step; lon <= bottomRight.x(); lon += step) {
        const double x = toPixel(core::tiles::project(0, lon)).x();
        painter.drawLine(QPointF(x, 0), QPointF(x, core::tiles::tileSize));
    }
    for (double lat = std::floor(bottomRight.y() / step) * step; lat <= topLeft.y(); lat += step) {
        const double y = toPixel(core::tiles::project(lat, 0)).y();
        painter.drawLine(QPointF(0, y), QPointF(core::tiles::tileSize, y));
    }
    // Names, from zoom 9.
    if (tile.z >= 9) {
        QFont font = painter.font();
        font.setPixelSize(tile.z >= 12 ? 13 : 11);
        painter.setFont(font);
        painter.setPen(QColor(0x5d, 0x4e, 0x60));
        for (const Shape &shape : shapes) {
            if (shape.name.isEmpty()) {
                continue;
            }
            const QPointF at = toPixel(shape.label);
            const QRectF box(at.x() - 90, at.y() - 10, 180, 20);
            if (box.intersects(QRectF(0, 0, core::tiles::tileSize, core::tiles::tileSize))) {
                painter.drawText(box, Qt::AlignCenter, shape.name);
            }
        }
    }
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

struct Renderer::Shapes
{
    QList<Shape> shapes;
    QRectF extent;
};

Renderer::Renderer(const QList<core::Area> &areas)
    : m_shapes(std::make_unique<Shapes>())
{
    for (const core::Area &area : areas) {
        Shape shape;
        shape.name = area.name;
        shape.rings = ringsOf(area.boundary);
        if (shape.rings.isEmpty()) {
            continue;
        }
        QPolygonF outer(shape.rings.first());
        shape.bounds = outer.boundingRect();
        for (const QList<QPointF> &ring : shape.rings) {
            shape.bounds |= QPolygonF(ring).boundingRect();
        }
        shape.label = outer.boundingRect().center();
        m_shapes->extent |= shape.bounds;
        m_shapes->shapes.append(shape);
    }
    // An area that holds others (the province around its districts) gets no label: its name
    // would sit on top of theirs.
    for (Shape &outer : m_shapes->shapes) {
        int inside = 0;
        for (const Shape &other : std::as_const(m_shapes->shapes)) {
            inside += &other != &outer && outer.bounds.contains(other.label) ? 1 : 0;
        }
        if (inside >= 2) {
            outer.name.clear();
        }
    }
    QRectF &e = m_shapes->extent;
    e.adjust(-e.width() * 0.15, -e.height() * 0.15, e.width() * 0.15, e.height() * 0.15);
}

Renderer::~Renderer() = default;

bool Renderer::isEmpty() const
{
    return m_shapes->shapes.isEmpty();
}

QRectF Renderer::extent() const
{
    return m_shapes->extent;
}

QByteArray Renderer::render(int z, int x, int y) const
{
    return basemap::render({z, x, y}, m_shapes->shapes);
}

int generate(const QString &path, const QList<core::Area> &areas, int minZoom, int maxZoom, QString *error)
{
    const Renderer renderer(areas);
    if (renderer.isEmpty()) {
        *error = QStringLiteral("no area has a boundary");
        return -1;
    }
    const QRectF extent = renderer.extent();
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    storage::StorageError storageError;
    const QPointF southWest = core::tiles::unproject(extent.bottomLeft());
    const QPointF northEast = core::tiles::unproject(extent.topRight());
    auto tiles = storage::MbTiles::create(
        partial,
        {{QStringLiteral("name"), QStringLiteral("IOC demo basemap")},
         {QStringLiteral("format"), QStringLiteral("png")},
         {QStringLiteral("type"), QStringLiteral("baselayer")},
         {QStringLiteral("minzoom"), QString::number(minZoom)},
         {QStringLiteral("maxzoom"), QString::number(maxZoom)},
         {QStringLiteral("bounds"),
          QStringLiteral("%1,%2,%3,%4").arg(southWest.x()).arg(southWest.y()).arg(northEast.x()).arg(northEast.y())},
         {QStringLiteral("attribution"),
          QStringLiteral("Bản đồ nền minh hoạ từ ranh giới mẫu của dữ liệu demo — không phải dữ liệu đo đạc")},
         {QStringLiteral("description"),
          QStringLiteral("Demo data: approximate area boundaries, not survey data. Use a real tile source in "
                         "production.")}},
        &storageError);
    if (!tiles || !tiles->begin(&storageError)) {
        *error = storageError.message;
        return -1;
    }
    int written = 0;
    for (int z = minZoom; z <= maxZoom; ++z) {
        const TileId first = core::tiles::tileAt(extent.topLeft(), z);
        const TileId last = core::tiles::tileAt(extent.bottomRight(), z);
        for (int x = first.x; x <= last.x; ++x) {
            for (int y = first.y; y <= last.y; ++y) {
                if (!tiles->putTile(z, x, y, renderer.render(z, x, y), &storageError)) {
                    *error = storageError.message;
                    return -1;
                }
                ++written;
            }
        }
    }
    if (!tiles->commit(&storageError)) {
        *error = storageError.message;
        return -1;
    }
    tiles.reset();
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        *error = QStringLiteral("cannot rename %1 to %2").arg(partial, path);
        return -1;
    }
    return written;
}

} // namespace ioc::server::basemap

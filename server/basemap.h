#pragma once

#include "core/directory.h"

#include <QByteArray>
#include <QRectF>
#include <QString>

#include <memory>

namespace ioc::server::basemap {

// Draws basemap tiles of the demo areas (PNG, 256 px). Thread-safe once built.
class Renderer final
{
public:
    explicit Renderer(const QList<core::Area> &areas);
    ~Renderer();
    bool isEmpty() const;
    // The areas' extent with a margin, in world coordinates.
    QRectF extent() const;
    QByteArray render(int z, int x, int y) const;

private:
    struct Shapes;
    std::unique_ptr<Shapes> m_shapes;
};

// Renders the demo province's basemap into a new MBTiles file: sea, the land of the demo areas,
// their boundaries and names, and a graticule every 0.1° (0.5° when zoomed out), zooms
// minZoom–maxZoom over the areas' extent. Honest demo data from the demo's approximate
// boundaries, replaced by a real tile source in production; the metadata says so. Returns the
// number of tiles written, or -1 with `error`.
int generate(const QString &path, const QList<core::Area> &areas, int minZoom, int maxZoom, QString *error);

} // namespace ioc::server::basemap

#include "apiserver.h"
#include "basemap.h"
#include "core/tilemath.h"
#include "storage/mbtiles.h"

// /v1/tiles/{z}/{x}/{y}: the basemap (an MBTiles file), public like any basemap: it holds no
// report and no person.
namespace ioc::server {

namespace {

void getTile(Call &call)
{
    bool okZ = false;
    bool okX = false;
    bool okY = false;
    const int z = call.params.value(QStringLiteral("z")).toInt(&okZ);
    const int x = call.params.value(QStringLiteral("x")).toInt(&okX);
    const int y = call.params.value(QStringLiteral("y")).toInt(&okY);
    if (!okZ || !okX || !okY || z < 0 || z > 22 || x < 0 || y < 0 || x >= (1 << z) || y >= (1 << z)) {
        call.respond(error(400, QStringLiteral("invalid_tile")));
        return;
    }
    const storage::MbTiles *tiles = call.services.tiles;
    std::optional<QByteArray> data = tiles != nullptr ? tiles->tile(z, x, y) : std::nullopt;
    QByteArray format = tiles != nullptr ? tiles->format().toLatin1() : QByteArray("png");
    const basemap::Renderer *renderer = call.services.basemap;
    if (!data && renderer != nullptr && z <= 17 && core::tiles::tileRect({z, x, y}).intersects(renderer->extent())) {
        data = renderer->render(z, x, y); // the demo's basemap, drawn on demand
        format = "png";
    }
    if (!data) {
        call.respond(error(404, QStringLiteral("tile_not_found")));
        return;
    }
    const QByteArray type = format == "jpg" || format == "jpeg" ? "image/jpeg"
                            : format == "webp"                  ? "image/webp"
                                                                : "image/png";
    call.responder.send(
        200, *data,
        {{"Content-Type", type}, {"Cache-Control", "public, max-age=86400"}, {"X-Content-Type-Options", "nosniff"}});
}

} // namespace

void addTileRoutes(QList<Route> &routes)
{
    routes.append({"GET", QStringLiteral("/v1/tiles/{z}/{x}/{y}"), false, {}, getTile});
}

} // namespace ioc::server

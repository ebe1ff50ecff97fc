#include "mapcontroller.h"

#include "core/consolesettings.h"
#include "core/geo.h"
#include "core/tilemath.h"
#include "models/queuemodel.h"
#include "sync/tlspolicy.h"
#include "ui/mainwindow.h"
#include "ui/queue/queuepanel.h"

#include <QDir>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

using namespace Qt::StringLiterals;

namespace ioc {

MapController::MapController(ui::MainWindow *window, models::QueueModel &model, std::function<bool()> placingReport,
                             QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_model(model)
    , m_placingReport(std::move(placingReport))
{
    m_pinRebuild.setSingleShot(true);
    m_pinRebuild.setInterval(300);
    connect(&m_pinRebuild, &QTimer::timeout, this, &MapController::rebuildPins);
    m_viewRestriction.setSingleShot(true);
    m_viewRestriction.setInterval(300);
    connect(&m_viewRestriction, &QTimer::timeout, this, &MapController::restrictToView);

    ui::MapView *map = m_window->mapView();
    map->setTileRequester([this](const core::tiles::TileId &tile) { m_tiles.request(tile); });
    connect(&m_tiles, &TileLoader::tileReady, map, &ui::MapView::setTile);
    connect(&m_tiles, &TileLoader::tileMissing, map, &ui::MapView::setTileMissing);
    connect(&m_tiles, &TileLoader::problem, map, [map](const QString &message) {
        map->setProblem(message);
        QTimer::singleShot(15000, map, [map] { map->setProblem({}); });
    });
    map->setTooltipProvider([this](const QString &id) { return m_model.summaryOf(id); });
    // A click selects (issue 27 §5): a pin's report, wherever the queue's view, search or
    // restriction had it, leaving them with a note. Filtering is the context menu's.
    connect(map, &ui::MapView::reportClicked, this, [this](const QString &id) {
        // While a report is being entered, a click on the map places it (VerificationController).
        if (ui::QueuePanel *queue = m_window->queue(); queue != nullptr && !(m_placingReport && m_placingReport())) {
            queue->goToReport(id);
        }
    });
    connect(map, &ui::MapView::filterToReportsRequested, this, [this](const QStringList &ids, int count) {
        if (m_window->queue() == nullptr) {
            return;
        }
        models::QueueFilter only;
        only.onlyIds = QSet<QString>(ids.begin(), ids.end());
        m_onlyInView = false;
        m_window->setMapOnlyInView(false);
        m_window->queue()->setRestriction(only, tr("On the map: the %n report(s) of a cluster", nullptr, count));
    });
    connect(map, &ui::MapView::filterToViewRequested, this, [this] {
        m_onlyInView = true;
        m_window->setMapOnlyInView(true);
        restrictToView();
    });
    connect(map, &ui::MapView::filterToAreaRequested, this, [this](const QString &areaId) {
        if (m_window->queue() == nullptr) {
            return;
        }
        m_onlyInView = false;
        m_window->setMapOnlyInView(false);
        models::QueueFilter area;
        area.areaIds = {areaId};
        const core::Area *found = m_directory.area(areaId);
        m_window->queue()->setRestriction(area, tr("Area: %1").arg(found != nullptr ? found->name : areaId));
    });
    connect(map, &ui::MapView::viewChanged, this, [this] {
        if (m_onlyInView) {
            m_viewRestriction.start();
        }
    });
    connect(m_window, &ui::MainWindow::mapOnlyInViewToggled, this, [this](bool on) {
        m_onlyInView = on;
        if (on) {
            restrictToView();
        } else if (m_window->queue() != nullptr) {
            m_window->queue()->clearRestriction();
        }
    });
}

void MapController::startSession(const QUrl &server, const QString &profileDirectory)
{
    connect(m_window->queue(), &ui::QueuePanel::restrictionCleared, this, [this] {
        m_onlyInView = false;
        m_window->setMapOnlyInView(false);
    });
    // Tiles from the signed-in server (or the configured source), trusting the profile's CA.
    const QString mbtiles = core::settings::mapMbTilesFile().get();
    QString tileProblem;
    if (!mbtiles.isEmpty() && !m_tiles.setMbTilesFile(mbtiles, &tileProblem)) {
        m_window->mapView()->setProblem(tr("Basemap file: %1").arg(tileProblem));
    } else if (mbtiles.isEmpty()) {
        QString url = core::settings::mapTileUrl().get();
        if (url.isEmpty()) {
            url = server.toString(QUrl::StripTrailingSlash) + u"/v1/tiles/{z}/{x}/{y}"_s;
        }
        QString caError;
        const auto cas = sync::TlsPolicy::loadCaBundle(QDir(profileDirectory).filePath(u"trusted-ca.pem"_s), &caError);
        if (!m_tiles.setUrlTemplate(url, cas.value_or(QList<QSslCertificate>()), &tileProblem)) {
            m_window->mapView()->setProblem(tileProblem);
        }
    }
    m_window->mapView()->resetTiles();
    QString attribution = core::settings::mapAttribution().get();
    m_window->mapView()->setAttribution(attribution.isEmpty() ? tr("Basemap: IOC server") : attribution);
}

void MapController::setDirectory(const core::Directory &directory)
{
    m_directory = directory;

    QList<ui::MapArea> areas;
    QRectF home;
    QStringList invalid;
    const QList<core::Area> all = m_directory.areas();
    for (const core::Area &area : all) {
        const QString problem = core::geo::problemOf(area.boundary);
        if (!problem.isEmpty()) {
            // Drawn as far as it can be; the officer learns which area is wrong and why.
            qWarning("ioc-console: the boundary of area %s: %s", qPrintable(area.id), qPrintable(problem));
            invalid.append(area.name);
        }
        ui::MapArea mapArea;
        mapArea.id = area.id;
        mapArea.name = area.name;
        mapArea.path.setFillRule(Qt::OddEvenFill);
        for (const QList<QPointF> &ring : core::geo::rings(area.boundary)) {
            QPolygonF polygon;
            for (const QPointF &lonLat : ring) {
                polygon.append(core::tiles::project(lonLat.y(), lonLat.x()));
            }
            mapArea.path.addPolygon(polygon);
            mapArea.path.closeSubpath();
        }
        if (!mapArea.path.isEmpty()) {
            home |= mapArea.path.boundingRect();
            areas.append(mapArea);
        }
    }
    m_window->mapView()->setAreas(areas);
    if (!invalid.isEmpty()) {
        m_window->mapView()->setProblem(tr("Boundary data not usable for: %1").arg(invalid.join(u", "_s)));
    }
    // The whole province the first time the areas are known; later changes keep the view.
    if (!home.isEmpty() && !m_homeSet) {
        m_homeSet = true;
        m_window->setMapHome(home);
    }
}

void MapController::restrictToView()
{
    if (!m_onlyInView || m_window->queue() == nullptr) {
        return;
    }
    const QRectF view = m_window->mapView()->visibleWorld();
    QSet<QString> ids;
    for (auto it = m_pins.cbegin(); it != m_pins.cend(); ++it) {
        if (view.contains(it->world)) {
            ids.insert(it.key());
        }
    }
    models::QueueFilter only;
    only.onlyIds = ids;
    m_window->queue()->setRestriction(only, tr("Only what is in the map's view (%n)", nullptr, int(ids.size())));
}

void MapController::updatePins(const QList<storage::QueueRow> &rows, const QStringList &removed, bool replace)
{
    if (replace) {
        clearPins(rows.size());
    }
    for (const QString &id : removed) {
        m_pins.remove(id);
    }
    for (const storage::QueueRow &row : rows) {
        setPin(row);
    }
    finishPins();
}

void MapController::clearPins(qsizetype expected)
{
    m_pins.clear();
    m_pins.reserve(expected);
}

void MapController::setPin(const storage::QueueRow &row)
{
    if (qIsNaN(row.latitude) || qIsNaN(row.longitude)) {
        m_pins.remove(row.id);
        return;
    }
    m_pins.insert(row.id,
                  {row.id, core::tiles::project(row.latitude, row.longitude), int(row.state), row.urgent,
                   row.nextDueAt.isValid() ? row.nextDueAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max()});
}

void MapController::finishPins()
{
    m_pinRebuild.start();
}

void MapController::rebuildPins()
{
    if (m_buildingPins) {
        m_pinRebuild.start(); // again once the running build is done
        return;
    }
    m_buildingPins = true;
    std::vector<ui::MapPin> pins;
    pins.reserve(std::size_t(m_pins.size()));
    for (const ui::MapPin &pin : std::as_const(m_pins)) {
        pins.push_back(pin);
    }
    // The cluster index is built on the thread pool; the map keeps the old one meanwhile.
    auto *watcher = new QFutureWatcher<std::shared_ptr<const ui::MapPins>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<const ui::MapPins>>::finished, this, [this, watcher] {
        m_window->mapView()->setPins(watcher->result());
        watcher->deleteLater();
        m_buildingPins = false;
        if (m_onlyInView) {
            restrictToView();
        }
    });
    watcher->setFuture(QtConcurrent::run([pins = std::move(pins)]() mutable {
        auto built = std::make_shared<ui::MapPins>();
        std::vector<QPointF> points;
        std::vector<std::int64_t> due; // each cluster carries its most pressing due instant
        points.reserve(pins.size());
        due.reserve(pins.size());
        for (const ui::MapPin &pin : pins) {
            points.push_back(pin.world);
            due.push_back(pin.due);
        }
        built->index = core::ClusterIndex(points, {}, due);
        built->pins = std::move(pins);
        return std::shared_ptr<const ui::MapPins>(std::move(built));
    }));
}

void MapController::reset()
{
    m_homeSet = false;
    m_onlyInView = false;
}

} // namespace ioc

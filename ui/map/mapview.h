#pragma once

#include "core/clusterindex.h"
#include "core/tilemath.h"
#include "ui/map/maplegend.h"
#include "ui/map/mapsprites.h"

#include <QCache>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QPainterPath>
#include <QPixmap>
#include <QWidget>

#include <functional>
#include <limits>
#include <memory>

class QMenu;
class QTimer;

namespace ioc::ui {

// A report as a pin: where, and what colours it.
struct MapPin
{
    QString id;
    QPointF world; // core::tiles::project
    int state = 0; // core::ReportState
    bool urgent = false;
    qint64 due = std::numeric_limits<qint64>::max(); // the clock due first, ms since epoch; none: max
};

// The pins with their cluster index (built off the UI thread, then handed over whole).
struct MapPins
{
    std::vector<MapPin> pins;
    core::ClusterIndex index;
};

struct MapArea
{
    QString id;
    QString name;
    QPainterPath path; // world coordinates, odd-even fill (holes honoured)
};

// A figure drawn on an area (the supervisors' dashboard): a fill from 0 (none) to 1 (darkest)
// and the figure written on the area.
struct AreaShade
{
    double intensity = 0;
    QString label;
};

// The queue on a map: slippy-map tiles (asked for through `TileRequester`, drawn from a lower
// zoom while they load), area boundaries (hover highlights, click filters), report pins coloured
// by state with urgent ones pulsing, clusters with counts that split as one zooms in, a density
// layer, the selected report, a scale bar and the tile source's attribution. Drag or arrows
// pan; wheel, +/−, double-click zoom; Home shows the whole province. Widgets only: tiles and
// pins come from the composition root.
class MapView final : public QWidget
{
    Q_OBJECT

public:
    using TileRequester = std::function<void(const core::tiles::TileId &tile)>;
    using TooltipProvider = std::function<QString(const QString &reportId)>;

    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    void setTileRequester(TileRequester requester) { m_requestTile = std::move(requester); }
    void setTooltipProvider(TooltipProvider provider) { m_tooltip = std::move(provider); }
    void setTile(const core::tiles::TileId &tile, const QImage &image);
    // The tile source changed: forget every tile, loaded, asked for or missing.
    void resetTiles();
    // The tile cannot be had (404, broken): lower zooms stand in for it, no new request.
    void setTileMissing(const core::tiles::TileId &tile);
    void setAttribution(const QString &text);
    void setProblem(const QString &text); // shown in a corner until cleared
    void setAreas(const QList<MapArea> &areas);
    // Colours the areas by a figure (empty: no colouring).
    void setAreaShading(const QHash<QString, AreaShade> &shades);
    bool hasAreaShading() const { return !m_shades.isEmpty(); }
    void setPins(std::shared_ptr<const MapPins> pins);
    void setSelectedReport(const QString &id);
    QString selectedReport() const { return m_selected; }
    void centerOnReport(const QString &id, int minimumZoom = 14);
    // Highlights a report; centres on it only if it is out of view.
    void showReport(const QString &id);
    void setHeatVisible(bool visible);
    bool isHeatVisible() const { return m_heat; }
    // Shows a world rectangle whole (e.g. the province's extent).
    void fitTo(const QRectF &world);
    QRectF visibleWorld() const;
    int zoom() const { return m_zoom; }
    void setZoom(int zoom);
    QPointF center() const { return m_center; }
    void setCenter(const QPointF &world);
    QPointF toScreen(const QPointF &world) const;
    QPointF toWorld(const QPointF &screen) const;
    // The current instant (server time) that clusters are judged against; defaults to the clock.
    void setNowFunction(std::function<QDateTime()> now) { m_now = std::move(now); }
    ClusterPressure pressureOf(const core::ClusterIndex::Item &item) const;
    // The reports a drawn pin or cluster stands for.
    QStringList reportsIn(const core::ClusterIndex::Item &item) const;
    // What a right click (or the menu key) at `screen` offers: filtering the queue to the cluster
    // or the area there, and to what is in view. The caller owns the menu.
    QMenu *makeContextMenu(const QPointF &screen);
    // Pins and clusters drawn in the last frame (for tests and benchmarks).
    const std::vector<core::ClusterIndex::Item> &drawnItems() const { return m_drawn; }
    int pendingTiles() const { return int(m_requested.size()); }

signals:
    // A click selects, it never filters (issue 27 §5): a pin selects its report, a cluster zooms
    // in on it, an area is only named (the dashboard's shaded map opens its figures from it).
    void reportClicked(const QString &id);
    void areaClicked(const QString &areaId);
    // Filtering is asked for explicitly, from the context menu.
    void filterToReportsRequested(const QStringList &ids, int count);
    void filterToAreaRequested(const QString &areaId);
    void filterToViewRequested();
    // Any click that was not a drag, where it fell (e.g. to place a report being entered).
    void pointClicked(double latitude, double longitude);
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    static quint64 key(const core::tiles::TileId &tile);
    void drawTiles(QPainter &painter);
    void drawAreas(QPainter &painter);
    void drawPins(QPainter &painter);
    void drawOverlay(QPainter &painter);
    void zoomAround(const QPointF &screen, int delta);
    // The nearest pin or cluster within reach of a screen point, if any.
    const core::ClusterIndex::Item *itemAt(const QPointF &screen) const;
    QString areaAt(const QPointF &screen) const;
    double worldScale() const { return core::tiles::worldPixels(m_zoom); }

    QPointF m_center{0.797, 0.452};
    int m_zoom = 9;
    TileRequester m_requestTile;
    TooltipProvider m_tooltip;
    QCache<quint64, QImage> m_tiles;
    QSet<quint64> m_requested;
    QSet<quint64> m_missing;
    QString m_attribution;
    QString m_problem;
    QList<MapArea> m_areas;
    QHash<QString, AreaShade> m_shades;
    QString m_hoverArea;
    std::shared_ptr<const MapPins> m_pins;
    QHash<QString, int> m_pinOfId;
    QString m_selected;
    bool m_heat = false;
    std::vector<core::ClusterIndex::Item> m_drawn;
    QPoint m_pressAt;
    QPointF m_pressCenter;
    bool m_dragging = false;
    QTimer *m_pulse = nullptr;
    QElapsedTimer m_clock;
    void retranslate();
    std::function<QDateTime()> m_now;
    MapLegend *m_legend = nullptr;
    void placeLegend();
    MapSprites m_sprites;
};

} // namespace ioc::ui

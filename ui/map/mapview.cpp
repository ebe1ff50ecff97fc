#include "ui/map/mapview.h"

#include "core/report.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QRadialGradient>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ioc::ui {

namespace {

constexpr int minZoom = 3;
constexpr int maxZoom = 19;

} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent)
    , m_tiles(800)
{
    setObjectName(u"mapView"_s);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 160);
    m_pulse = new QTimer(this);
    m_pulse->setInterval(100); // urgent pins pulse while one is in view
    connect(m_pulse, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_clock.start();
    m_now = [] {
        return QDateTime::currentDateTimeUtc();
    };
    m_legend = new MapLegend(this); // what the colours of clusters and pins mean (issue 27 §5)
    retranslate();
}

MapView::~MapView() = default;

quint64 MapView::key(const core::tiles::TileId &tile)
{
    return (quint64(tile.z) << 58) | (quint64(tile.x) << 29) | quint64(tile.y);
}

void MapView::setTile(const core::tiles::TileId &tile, const QImage &image)
{
    m_requested.remove(key(tile));
    if (!image.isNull()) {
        m_tiles.insert(key(tile), new QImage(image));
        update();
    }
}

void MapView::resetTiles()
{
    m_tiles.clear();
    m_requested.clear();
    m_missing.clear();
    update();
}

void MapView::setTileMissing(const core::tiles::TileId &tile)
{
    m_requested.remove(key(tile));
    m_missing.insert(key(tile));
}

void MapView::setAttribution(const QString &text)
{
    m_attribution = text;
    update();
}

void MapView::setProblem(const QString &text)
{
    m_problem = text;
    update();
}

void MapView::setAreas(const QList<MapArea> &areas)
{
    m_areas = areas;
    update();
}

void MapView::setAreaShading(const QHash<QString, AreaShade> &shades)
{
    m_shades = shades;
    update();
}

void MapView::setPins(std::shared_ptr<const MapPins> pins)
{
    m_drawn.clear(); // drawn from the old pins: not to be hit-tested against the new ones
    m_pins = std::move(pins);
    m_pinOfId.clear();
    if (m_pins) {
        m_pinOfId.reserve(qsizetype(m_pins->pins.size()));
        for (std::size_t i = 0; i < m_pins->pins.size(); ++i) {
            m_pinOfId.insert(m_pins->pins[i].id, int(i));
        }
    }
    update();
}

void MapView::setSelectedReport(const QString &id)
{
    m_selected = id;
    update();
}

void MapView::centerOnReport(const QString &id, int minimumZoom)
{
    const int pin = m_pinOfId.value(id, -1);
    if (pin < 0) {
        return;
    }
    m_selected = id;
    m_center = m_pins->pins[std::size_t(pin)].world;
    m_zoom = std::max(m_zoom, minimumZoom);
    emit viewChanged();
    update();
}

void MapView::showReport(const QString &id)
{
    m_selected = id;
    const int pin = m_pinOfId.value(id, -1);
    if (pin >= 0 && !visibleWorld().contains(m_pins->pins[std::size_t(pin)].world)) {
        m_center = m_pins->pins[std::size_t(pin)].world;
        emit viewChanged();
    }
    update();
}

void MapView::setHeatVisible(bool visible)
{
    m_heat = visible;
    update();
}

void MapView::fitTo(const QRectF &world)
{
    if (world.isEmpty()) {
        return;
    }
    m_center = world.center();
    int zoom = maxZoom;
    while (zoom > minZoom && (world.width() * core::tiles::worldPixels(zoom) > width() ||
                              world.height() * core::tiles::worldPixels(zoom) > height())) {
        --zoom;
    }
    m_zoom = zoom;
    emit viewChanged();
    update();
}

void MapView::setZoom(int zoom)
{
    m_zoom = std::clamp(zoom, minZoom, maxZoom);
    emit viewChanged();
    update();
}

void MapView::setCenter(const QPointF &world)
{
    m_center = QPointF(std::clamp(world.x(), 0.0, 1.0), std::clamp(world.y(), 0.0, 1.0));
    emit viewChanged();
    update();
}

QRectF MapView::visibleWorld() const
{
    const double scale = worldScale();
    return {m_center.x() - width() / 2.0 / scale, m_center.y() - height() / 2.0 / scale, width() / scale,
            height() / scale};
}

QPointF MapView::toScreen(const QPointF &world) const
{
    const double scale = worldScale();
    return {(world.x() - m_center.x()) * scale + width() / 2.0, (world.y() - m_center.y()) * scale + height() / 2.0};
}

QPointF MapView::toWorld(const QPointF &screen) const
{
    const double scale = worldScale();
    return {(screen.x() - width() / 2.0) / scale + m_center.x(), (screen.y() - height() / 2.0) / scale + m_center.y()};
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0xdd, 0xe3, 0xe6));
    drawTiles(painter);
    painter.setRenderHint(QPainter::Antialiasing);
    drawAreas(painter);
    drawPins(painter);
    drawOverlay(painter);
}

void MapView::drawTiles(QPainter &painter)
{
    const QRectF view = visibleWorld();
    const int z = m_zoom;
    const core::tiles::TileId first = core::tiles::tileAt(view.topLeft(), z);
    const core::tiles::TileId last = core::tiles::tileAt(view.bottomRight(), z);
    for (int x = first.x; x <= last.x; ++x) {
        for (int y = first.y; y <= last.y; ++y) {
            const core::tiles::TileId tile{z, x, y};
            const QRectF target(toScreen(core::tiles::tileRect(tile).topLeft()),
                                QSizeF(core::tiles::tileSize, core::tiles::tileSize));
            if (const QImage *image = m_tiles.object(key(tile))) {
                painter.drawImage(target, *image);
                continue;
            }
            // A lower zoom's tile, scaled, while this one loads (or if it never comes).
            for (int up = 1; up <= 8 && z - up >= 0; ++up) {
                const core::tiles::TileId parent{z - up, x >> up, y >> up};
                if (const QImage *image = m_tiles.object(key(parent))) {
                    const double part = core::tiles::tileSize / double(1 << up);
                    const QRectF source((x - (parent.x << up)) * part, (y - (parent.y << up)) * part, part, part);
                    painter.drawImage(target, *image, source);
                    break;
                }
            }
            const quint64 k = key(tile);
            if (m_requestTile && !m_requested.contains(k) && !m_missing.contains(k)) {
                m_requested.insert(k);
                m_requestTile(tile);
            }
        }
    }
}

void MapView::drawAreas(QPainter &painter)
{
    const double scale = worldScale();
    QTransform transform;
    transform.translate(width() / 2.0 - m_center.x() * scale, height() / 2.0 - m_center.y() * scale);
    transform.scale(scale, scale);
    const QRectF view = visibleWorld();
    for (const MapArea &area : m_areas) {
        if (!area.path.boundingRect().intersects(view)) {
            continue;
        }
        const QPainterPath path = transform.map(area.path);
        const auto shade = m_shades.constFind(area.id);
        if (shade != m_shades.cend() && shade->intensity > 0) {
            // Red, darker for more; hatched too, so that it reads in black and white.
            const int alpha = int(40 + 150 * std::clamp(shade->intensity, 0.0, 1.0));
            painter.fillPath(path, QColor(0xc6, 0x28, 0x28, alpha));
            painter.fillPath(path, QBrush(QColor(0x7f, 0x00, 0x00, alpha), Qt::BDiagPattern));
        }
        if (area.id == m_hoverArea) {
            painter.fillPath(path, QColor(0x15, 0x65, 0xc0, 40));
        }
        painter.strokePath(path, QPen(QColor(0x6a, 0x1b, 0x9a, area.id == m_hoverArea ? 220 : 120),
                                      area.id == m_hoverArea ? 2.5 : 1.2));
        if (shade != m_shades.cend() && !shade->label.isEmpty()) {
            const QRectF box = path.boundingRect();
            const QString text = area.name + u'\n' + shade->label;
            QFont font = painter.font();
            font.setBold(true);
            painter.setFont(font);
            const QRectF textBox = painter.boundingRect(box, Qt::AlignCenter, text).adjusted(-4, -2, 4, 2);
            if (textBox.width() < box.width() * 1.5) {
                painter.fillRect(textBox, QColor(255, 255, 255, 210));
                painter.setPen(Qt::black);
                painter.drawText(textBox, Qt::AlignCenter, text);
            }
        }
    }
}

void MapView::drawPins(QPainter &painter)
{
    m_drawn.clear();
    if (!m_pins) {
        return;
    }
    const QRectF view = visibleWorld();
    const double margin = 30 / worldScale();
    m_drawn = m_pins->index.query(view.adjusted(-margin, -margin, margin, margin), m_zoom);
    bool urgentInView = false;
    const double phase = std::fmod(m_clock.elapsed() / 1000.0, 1.2) / 1.2;

    if (m_heat) {
        for (const core::ClusterIndex::Item &item : m_drawn) {
            const QPointF at = toScreen({item.x, item.y});
            const double radius = 30 + 10 * std::log2(double(item.count));
            QRadialGradient gradient(at, radius);
            const int alpha = int(std::min(160.0, 40 + 25 * std::log2(double(item.count))));
            gradient.setColorAt(0, QColor(0xe5, 0x39, 0x35, alpha));
            gradient.setColorAt(1, QColor(0xe5, 0x39, 0x35, 0));
            painter.setPen(Qt::NoPen);
            painter.setBrush(gradient);
            painter.drawEllipse(at, radius, radius);
        }
    }
    for (const core::ClusterIndex::Item &item : m_drawn) {
        const QPointF at = toScreen({item.x, item.y});
        if (item.cluster >= 0) {
            const QPixmap &sprite = m_sprites.cluster(item.count, pressureOf(item), devicePixelRatioF(), font());
            const QSizeF size = sprite.deviceIndependentSize();
            painter.drawPixmap(QPointF(at.x() - size.width() / 2, at.y() - size.height() / 2), sprite);
            continue;
        }
        const MapPin &pin = m_pins->pins[std::size_t(item.point)];
        if (pin.urgent) {
            urgentInView = true;
            const double r = 8 + 10 * phase;
            painter.setPen(QPen(QColor(0xd3, 0x2f, 0x2f, int(200 * (1 - phase))), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(at, r, r);
        }
        const QPixmap &sprite = m_sprites.pin(pin.state, pin.urgent, devicePixelRatioF());
        const QSizeF size = sprite.deviceIndependentSize();
        painter.drawPixmap(QPointF(at.x() - size.width() / 2, at.y() - size.height() / 2), sprite);
        if (pin.id == m_selected) {
            painter.setPen(QPen(QColor(0x21, 0x21, 0x21), 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(at, 12, 12);
        }
    }
    if (urgentInView != m_pulse->isActive()) {
        urgentInView ? m_pulse->start() : m_pulse->stop();
    }
}

void MapView::drawOverlay(QPainter &painter)
{
    // Scale bar: a round length of at most 120 px.
    const double latitude = core::tiles::unproject(m_center).y();
    const double metres = core::tiles::metresPerPixel(latitude, m_zoom) * 120;
    const double magnitude = std::pow(10.0, std::floor(std::log10(metres)));
    double length = magnitude;
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * magnitude <= metres) {
            length = step * magnitude;
            break;
        }
    }
    const double pixels = length / core::tiles::metresPerPixel(latitude, m_zoom);
    const QString label = length >= 1000 ? u"%1 km"_s.arg(length / 1000) : u"%1 m"_s.arg(length);
    QFont font = painter.font();
    font.setBold(false);
    painter.setFont(font);
    const QPointF origin(12, height() - 14);
    painter.setPen(QPen(Qt::black, 2));
    painter.drawLine(origin, origin + QPointF(pixels, 0));
    painter.drawLine(origin, origin + QPointF(0, -5));
    painter.drawLine(origin + QPointF(pixels, 0), origin + QPointF(pixels, -5));
    painter.drawText(origin + QPointF(4, -6), label);

    const QFontMetrics metrics(font);
    if (!m_attribution.isEmpty()) {
        const QString text = metrics.elidedText(m_attribution, Qt::ElideLeft, width() - 160);
        const QRectF box(width() - metrics.horizontalAdvance(text) - 10, height() - metrics.height() - 4,
                         metrics.horizontalAdvance(text) + 8, metrics.height() + 2);
        painter.fillRect(box, QColor(255, 255, 255, 200));
        painter.setPen(QColor(0x42, 0x42, 0x42));
        painter.drawText(box, Qt::AlignCenter, text);
    }
    if (!m_problem.isEmpty()) {
        // Below the legend, which holds the top right corner.
        const QRectF box(8, m_legend->geometry().bottom() + 6,
                         std::min(width() - 16, metrics.horizontalAdvance(m_problem) + 16), metrics.height() + 8);
        painter.fillRect(box, QColor(0xb7, 0x1c, 0x1c, 220));
        painter.setPen(Qt::white);
        painter.drawText(box, Qt::AlignCenter, metrics.elidedText(m_problem, Qt::ElideRight, int(box.width()) - 8));
    }
}

ClusterPressure MapView::pressureOf(const core::ClusterIndex::Item &item) const
{
    if (item.least == std::numeric_limits<std::int64_t>::max()) {
        return ClusterPressure::Rest;
    }
    const qint64 now = m_now().toMSecsSinceEpoch();
    return item.least < now                 ? ClusterPressure::Overdue
           : item.least < now + 3600 * 1000 ? ClusterPressure::DueWithinHour
                                            : ClusterPressure::Rest;
}

QStringList MapView::reportsIn(const core::ClusterIndex::Item &item) const
{
    QStringList ids;
    if (!m_pins) {
        return ids;
    }
    if (item.cluster < 0) {
        if (item.point >= 0 && std::size_t(item.point) < m_pins->pins.size()) {
            ids.append(m_pins->pins[std::size_t(item.point)].id);
        }
        return ids;
    }
    for (int leaf : m_pins->index.leaves(item.cluster)) {
        ids.append(m_pins->pins[std::size_t(leaf)].id);
    }
    return ids;
}

QMenu *MapView::makeContextMenu(const QPointF &screen)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(u"mapMenu"_s);
    if (const core::ClusterIndex::Item *item = itemAt(screen); item != nullptr && item->cluster >= 0) {
        // Its reports are gathered when chosen (a cluster may hold most of the province), from the
        // pins the menu was opened over, whatever the map rebuilt since.
        QAction *cluster =
            menu->addAction(tr("Show only the %n report(s) of this cluster in the list", nullptr, item->count));
        cluster->setObjectName(u"mapFilterCluster"_s);
        connect(cluster, &QAction::triggered, this, [this, pins = m_pins, id = item->cluster, count = item->count] {
            QStringList ids;
            ids.reserve(count);
            for (int leaf : pins->index.leaves(id)) {
                ids.append(pins->pins[std::size_t(leaf)].id);
            }
            emit filterToReportsRequested(ids, int(ids.size()));
        });
    } else if (const QString area = areaAt(screen); !area.isEmpty()) {
        QString name = area;
        for (const MapArea &a : std::as_const(m_areas)) {
            if (a.id == area) {
                name = a.name;
            }
        }
        QAction *filter = menu->addAction(tr("Show only the reports of “%1” in the list").arg(name));
        filter->setObjectName(u"mapFilterArea"_s);
        connect(filter, &QAction::triggered, this, [this, area] { emit filterToAreaRequested(area); });
    }
    QAction *view = menu->addAction(tr("Show only what is in view in the list"));
    view->setObjectName(u"mapFilterView"_s);
    connect(view, &QAction::triggered, this, &MapView::filterToViewRequested);
    return menu;
}

void MapView::contextMenuEvent(QContextMenuEvent *event)
{
    // From the keyboard (the menu key, Shift+F10): what is at the middle of the map.
    const QPointF at = event->reason() == QContextMenuEvent::Keyboard ? QPointF(rect().center()) : event->pos();
    QMenu *menu = makeContextMenu(at);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->reason() == QContextMenuEvent::Keyboard ? mapToGlobal(rect().center()) : event->globalPos());
}

bool MapView::event(QEvent *event)
{
    // The legend lets the mouse through to the map; its tooltip is shown from here.
    if (event->type() == QEvent::ToolTip && m_legend->geometry().contains(static_cast<QHelpEvent *>(event)->pos())) {
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), m_legend->toolTip(), this);
        return true;
    }
    return QWidget::event(event);
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeLegend();
}

void MapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void MapView::retranslate()
{
    setAccessibleName(tr("Map of the reports"));
    setAccessibleDescription(tr("Arrow keys pan, plus and minus zoom, Ctrl+Home shows the whole province; the "
                                "menu key offers filtering the list to what is here."));
    placeLegend(); // its words' length may have changed
}

void MapView::placeLegend()
{
    m_legend->adjustSize();
    m_legend->move(width() - m_legend->width() - 8, 8);
}

const core::ClusterIndex::Item *MapView::itemAt(const QPointF &screen) const
{
    const core::ClusterIndex::Item *best = nullptr;
    double bestDistance = 0;
    for (const core::ClusterIndex::Item &item : m_drawn) {
        const QPointF at = toScreen({item.x, item.y});
        const double reach = item.cluster >= 0 ? MapSprites::clusterRadius(item.count) : 10;
        const double distance = std::hypot(at.x() - screen.x(), at.y() - screen.y());
        if (distance <= reach && (best == nullptr || distance < bestDistance)) {
            best = &item;
            bestDistance = distance;
        }
    }
    return best;
}

QString MapView::areaAt(const QPointF &screen) const
{
    const QPointF world = toWorld(screen);
    // The smallest area containing the point (districts inside the province).
    QString found;
    double smallest = 0;
    for (const MapArea &area : m_areas) {
        const QRectF bounds = area.path.boundingRect();
        if (bounds.contains(world) && area.path.contains(world)) {
            const double size = bounds.width() * bounds.height();
            if (found.isEmpty() || size < smallest) {
                found = area.id;
                smallest = size;
            }
        }
    }
    return found;
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressAt = event->position().toPoint();
        m_pressCenter = m_center;
        m_dragging = false;
    }
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        const QPoint moved = event->position().toPoint() - m_pressAt;
        if (m_dragging || moved.manhattanLength() > 4) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
            setCenter(m_pressCenter - QPointF(moved) / worldScale());
        }
        return;
    }
    const core::ClusterIndex::Item *item = itemAt(event->position());
    if (item != nullptr) {
        QString text;
        if (item->cluster >= 0) {
            text = tr("%n report(s) here — click to zoom in; right click to filter the list to them", nullptr,
                      item->count);
            switch (pressureOf(*item)) {
            case ClusterPressure::Overdue:
                text += u'\n' + tr("Some are overdue.");
                break;
            case ClusterPressure::DueWithinHour:
                text += u'\n' + tr("Some are due within the hour.");
                break;
            case ClusterPressure::Rest:
                break;
            }
        } else if (m_tooltip) {
            text = m_tooltip(m_pins->pins[std::size_t(item->point)].id);
        }
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
    } else {
        QToolTip::hideText();
    }
    const QString area = item == nullptr ? areaAt(event->position()) : QString();
    if (area != m_hoverArea) {
        m_hoverArea = area;
        update();
    }
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        return;
    }
    unsetCursor();
    if (m_dragging) {
        m_dragging = false;
        return;
    }
    const QPointF clicked = core::tiles::unproject(toWorld(event->position()));
    emit pointClicked(clicked.y(), clicked.x());
    const core::ClusterIndex::Item *item = itemAt(event->position());
    if (item == nullptr) {
        const QString area = areaAt(event->position());
        if (!area.isEmpty()) {
            emit areaClicked(area);
        }
        return;
    }
    if (item->cluster >= 0) { // zooms in on it; filtering is the context menu's
        const int expansion = m_pins->index.expansionZoom(item->cluster);
        m_center = QPointF(item->x, item->y);
        m_zoom = std::clamp(expansion, m_zoom + 1, maxZoom);
        emit viewChanged();
        update();
        return;
    }
    const QString id = m_pins->pins[std::size_t(item->point)].id;
    m_selected = id;
    update();
    emit reportClicked(id);
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    zoomAround(event->position(), 1);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0) {
        zoomAround(event->position(), steps);
    }
}

void MapView::zoomAround(const QPointF &screen, int delta)
{
    const int zoom = std::clamp(m_zoom + delta, minZoom, maxZoom);
    if (zoom == m_zoom) {
        return;
    }
    // Keep the point under the cursor where it is.
    const QPointF world = toWorld(screen);
    m_zoom = zoom;
    const QPointF after = toWorld(screen);
    setCenter(m_center + (world - after));
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const double step = 0.25 / worldScale();
    switch (event->key()) {
    case Qt::Key_Left:
        setCenter(m_center - QPointF(step * width(), 0));
        return;
    case Qt::Key_Right:
        setCenter(m_center + QPointF(step * width(), 0));
        return;
    case Qt::Key_Up:
        setCenter(m_center - QPointF(0, step * height()));
        return;
    case Qt::Key_Down:
        setCenter(m_center + QPointF(0, step * height()));
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAround(rect().center(), 1);
        return;
    case Qt::Key_Minus:
        zoomAround(rect().center(), -1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MapView::leaveEvent(QEvent *event)
{
    m_hoverArea.clear();
    update();
    QWidget::leaveEvent(event);
}

} // namespace ioc::ui

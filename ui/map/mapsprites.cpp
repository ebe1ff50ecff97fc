#include "ui/map/mapsprites.h"

#include <QPainter>

#include <cmath>

namespace ioc::ui {

double MapSprites::clusterRadius(int count)
{
    return 11 + 4 * std::log10(double(count));
}

void MapSprites::follow(qreal ratio)
{
    if (ratio != m_ratio) {
        m_pins.clear();
        m_clusters.clear();
        m_ratio = ratio;
    }
}

const QPixmap &MapSprites::pin(int state, bool urgent, qreal ratio)
{
    follow(ratio);
    const int key = state * 2 + (urgent ? 1 : 0);
    auto found = m_pins.find(key);
    if (found != m_pins.end()) {
        return *found;
    }
    QPixmap sprite(QSize(20, 20) * ratio);
    sprite.setDevicePixelRatio(ratio);
    sprite.fill(Qt::transparent);
    QPainter painter(&sprite);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(urgent ? QColor(0xd3, 0x2f, 0x2f) : Qt::white, urgent ? 2.5 : 1.5));
    painter.setBrush(stateColour(state));
    painter.drawEllipse(QPointF(10, 10), 7, 7);
    painter.end();
    return *m_pins.insert(key, sprite);
}

const QPixmap &MapSprites::cluster(int count, ClusterPressure pressure, qreal ratio, const QFont &font)
{
    follow(ratio);
    const int key = count * 4 + int(pressure);
    auto found = m_clusters.find(key);
    if (found != m_clusters.end()) {
        return *found;
    }
    const double r = clusterRadius(count);
    const int side = int(std::ceil(2 * r + 4));
    QPixmap sprite(QSize(side, side) * ratio);
    sprite.setDevicePixelRatio(ratio);
    sprite.fill(Qt::transparent);
    QPainter painter(&sprite);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 2));
    QColor fill = clusterColour(pressure);
    fill.setAlpha(230);
    painter.setBrush(fill);
    painter.drawEllipse(QPointF(side / 2.0, side / 2.0), r, r);
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, side, side), Qt::AlignCenter, QString::number(count));
    painter.end();
    if (m_clusters.size() > 2000) {
        m_clusters.clear(); // counts are many only after long use; drawn again as needed
    }
    return *m_clusters.insert(key, sprite);
}

} // namespace ioc::ui

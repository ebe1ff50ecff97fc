#pragma once

#include "ui/map/maplegend.h"

#include <QFont>
#include <QHash>
#include <QPixmap>

namespace ioc::ui {

// The pictures of the map's pins and clusters, drawn once for each look at the screen's pixel
// ratio and blitted each frame (drawing each one with QPainter took 12.5 ms a frame, docs/map.md).
// A change of pixel ratio (the window moved to another screen) draws them again.
class MapSprites final
{
public:
    // The radius of a cluster's disc, in device-independent pixels (it grows with the count).
    static double clusterRadius(int count);

    // A report's pin: its state's colour, ringed in red when urgent.
    const QPixmap &pin(int state, bool urgent, qreal ratio);
    // A cluster's disc in its pressure's colour, with its count in `font`, bold.
    const QPixmap &cluster(int count, ClusterPressure pressure, qreal ratio, const QFont &font);

private:
    void follow(qreal ratio);

    qreal m_ratio = 0;
    QHash<int, QPixmap> m_pins;
    QHash<int, QPixmap> m_clusters;
};

} // namespace ioc::ui

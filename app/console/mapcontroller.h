#pragma once

#include "core/directory.h"
#include "storage/reportrepository.h"
#include "tileloader.h"
#include "ui/map/mapview.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace ioc::models {
class QueueModel;
}
namespace ioc::ui {
class MainWindow;
}

namespace ioc {

// The map beside the queue (docs/map.md): basemap tiles from the signed-in server or the
// configured source, the areas' boundaries, one pin per located report clustered off the UI
// thread, and the clicks that select a report or restrict the queue to a cluster, an area or
// what is in view.
class MapController final : public QObject
{
    Q_OBJECT

public:
    // `placingReport` says whether a click on the map is placing a report being entered (the
    // intake form), which then selects nothing.
    MapController(ui::MainWindow *window, models::QueueModel &model, std::function<bool()> placingReport,
                  QObject *parent = nullptr);

    // After sign-in, once the queue is attached: the tile source for this server and profile.
    void startSession(const QUrl &server, const QString &profileDirectory);
    // The areas of the directory drawn; the whole province shown the first time.
    void setDirectory(const core::Directory &directory);
    // Pins of these rows (all of them when `replace`), minus the removed ones.
    void updatePins(const QList<storage::QueueRow> &rows, const QStringList &removed, bool replace);
    // All pins again, one row at a time (as the queue loads from the replica): clearPins, a
    // setPin per row, then finishPins to cluster them.
    void clearPins(qsizetype expected);
    void setPin(const storage::QueueRow &row);
    void finishPins();
    // Sign-out: the next session starts from the whole province again.
    void reset();

private:
    void restrictToView();
    void rebuildPins();

    ui::MainWindow *m_window;
    models::QueueModel &m_model;
    std::function<bool()> m_placingReport;
    core::Directory m_directory;
    TileLoader m_tiles;
    QHash<QString, ui::MapPin> m_pins;
    QTimer m_pinRebuild;
    QTimer m_viewRestriction;
    bool m_buildingPins = false;
    bool m_onlyInView = false;
    bool m_homeSet = false;
};

} // namespace ioc

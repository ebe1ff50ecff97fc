#pragma once

#include <QColor>
#include <QLabel>

namespace ioc::ui {

// A cluster's colour: the most pressing report in it (issue 27 §5), in the queue's colours.
enum class ClusterPressure
{
    Rest,
    DueWithinHour,
    Overdue,
};

// Pin colours by where the report stands: waiting for the IOC, with an agency, done, closed.
QColor stateColour(int state);
// The queue's colours, as on a light page (the basemap is light in either palette).
QColor clusterColour(ClusterPressure pressure);

// What the map's colours mean: clusters by their most pressing report, pins by where the report
// stands (issue 27 §5). Two small lines over the map's top right corner; the mouse passes
// through to the map, which shows its tooltip.
class MapLegend final : public QLabel
{
    Q_OBJECT

public:
    explicit MapLegend(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace ioc::ui

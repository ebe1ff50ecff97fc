#pragma once

#include "reporting/figures.h"
#include "reporting/render/document.h"
#include "reporting/render/wording.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace ioc::reporting::render {

// One chart's figures: a value per label and the reports behind each (a drill-down opens
// `ids[i]`; for counts, values[i] == ids[i].size()). Shares too few to judge have no bar; the
// title names them.
struct Series
{
    QString title; // names its window
    QStringList labels;
    QList<double> values;
    QList<QStringList> ids;
    bool percent = false;
};

// The series in the other order: a chart on its side draws its first bar at the bottom, so a
// list sorted largest first is reversed to read from the top.
Series reversed(Series series);

Series receivedByChannel(const TrendFigures &trend, const Wording &words);
Series receivedByCategory(const TrendFigures &trend, const Names &names, const Wording &words);
Series onTimeByStage(const TrendFigures &trend, const Wording &words);
Series satisfactionMix(const TrendFigures &trend, const Wording &words);
Series overdueByAgency(const NowFigures &now, const Names &names, const Wording &words);
Series overdueByStep(const NowFigures &now, const Wording &words);

enum class ChartStyle
{
    Light,
    Dark,
    Print, // black and white: patterns and outlines, not colours alone
};

// How a chart shows its series.
enum class ChartShape
{
    Bars,
    SideBars, // horizontal bars, for long names
    Pie,
};

#ifdef IOC_HAS_CHARTS
// Charts of the series, with Vietnamese number forms. The caller owns the chart. Only in a build
// with Qt Charts (app/reporting/render/CMakeLists.txt); without it the figures stand in tables.
QChart *barChart(const Series &series, ChartStyle style, bool horizontal = false);
QChart *pieChart(const Series &series, ChartStyle style);
QChart *chartOf(const Series &series, ChartShape shape, ChartStyle style);
#endif

} // namespace ioc::reporting::render

#include "reporting/render/charts.h"

#ifdef IOC_HAS_CHARTS
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QValueAxis>
#endif

#include <algorithm>

namespace ioc::reporting::render {

namespace {

// The counts, largest first; past `limit` bars the rest are summed in one bar named `others`
// (a chart of thirty names has no room to write any of them).
template<typename Key, typename Label>
Series countsOf(const QHash<Key, Count> &counts, const QString &title, Label label, qsizetype limit = 0,
                const QString &others = {})
{
    QList<std::pair<QString, const Count *>> rows;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it->value() > 0) {
            rows.append({label(it.key()), &it.value()});
        }
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.second->value() != b.second->value() ? a.second->value() > b.second->value() : a.first < b.first;
    });
    Series series;
    series.title = title;
    for (const auto &[name, count] : rows) {
        if (limit > 0 && series.labels.size() == limit - 1 && rows.size() > limit) {
            QSet<QString> seen;
            QStringList rest;
            for (qsizetype i = limit - 1; i < rows.size(); ++i) {
                for (const QString &id : rows.at(i).second->ids) {
                    if (!seen.contains(id)) {
                        seen.insert(id);
                        rest.append(id);
                    }
                }
            }
            series.labels.append(others);
            series.values.append(double(rest.size()));
            series.ids.append(rest);
            break;
        }
        series.labels.append(name);
        series.values.append(count->value());
        series.ids.append(count->ids);
    }
    return series;
}

#ifdef IOC_HAS_CHARTS
const Qt::BrushStyle printPatterns[] = {Qt::SolidPattern, Qt::BDiagPattern,  Qt::Dense4Pattern, Qt::CrossPattern,
                                        Qt::FDiagPattern, Qt::Dense6Pattern, Qt::HorPattern,    Qt::DiagCrossPattern};

void styleChart(QChart *chart, ChartStyle style)
{
    chart->setTheme(style == ChartStyle::Dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    chart->setLocalizeNumbers(true);
    chart->setAnimationOptions(QChart::NoAnimation);
    if (style == ChartStyle::Print) {
        chart->setBackgroundVisible(false);
        chart->setTitleBrush(Qt::black);
    }
}
#endif

} // namespace

Series reversed(Series series)
{
    std::reverse(series.labels.begin(), series.labels.end());
    std::reverse(series.values.begin(), series.values.end());
    std::reverse(series.ids.begin(), series.ids.end());
    return series;
}

Series receivedByChannel(const TrendFigures &trend, const Wording &words)
{
    return countsOf(
        trend.receivedByChannel,
        words(QT_TRANSLATE_NOOP("ioc::reporting::render", "Reports received by channel, %1")).arg(trend.window.label),
        [&words](core::Channel channel) { return words.channel(channel); });
}

Series receivedByCategory(const TrendFigures &trend, const Names &names, const Wording &words)
{
    return countsOf(
        trend.receivedByCategory,
        words(QT_TRANSLATE_NOOP("ioc::reporting::render", "Reports received by category, %1")).arg(trend.window.label),
        [&names](const QString &id) { return names.category(id); }, 7,
        words(QT_TRANSLATE_NOOP("ioc::reporting::render", "Other categories")));
}

Series onTimeByStage(const TrendFigures &trend, const Wording &words)
{
    Series series;
    series.title =
        words(QT_TRANSLATE_NOOP("ioc::reporting::render", "On-time share per step, %1")).arg(trend.window.label);
    series.percent = true;
    // A share over too few steps has no bar: a bar at 0 would read as "never on time".
    QStringList tooFew;
    for (const Stage stage : allStages()) {
        const Share share = trend.onTime.value(stage);
        const auto percent = share.percent();
        if (!percent) {
            tooFew.append(words.stage(stage));
            continue;
        }
        series.labels.append(words.stage(stage));
        series.values.append(*percent);
        series.ids.append(share.denominatorIds);
    }
    if (!tooFew.isEmpty()) {
        series.title += u'\n' + words(QT_TRANSLATE_NOOP("ioc::reporting::render", "too few to judge: %1"))
                                    .arg(tooFew.join(QStringLiteral(", ")));
    }
    return series;
}

Series satisfactionMix(const TrendFigures &trend, const Wording &words)
{
    Series series;
    series.title = words(QT_TRANSLATE_NOOP("ioc::reporting::render", "Citizens' ratings, %1")).arg(trend.window.label);
    for (const core::Satisfaction level :
         {core::Satisfaction::Satisfied, core::Satisfaction::Acceptable, core::Satisfaction::NotSatisfied}) {
        const Count count = trend.satisfaction.value(level);
        series.labels.append(words.satisfaction(level));
        series.values.append(count.value());
        series.ids.append(count.ids);
    }
    if (std::all_of(series.values.cbegin(), series.values.cend(), [](double value) { return value == 0; })) {
        series.title += QStringLiteral(": ") + words(QT_TRANSLATE_NOOP("ioc::reporting::render", "no ratings yet"));
    }
    return series;
}

Series overdueByAgency(const NowFigures &now, const Names &names, const Wording &words)
{
    return countsOf(
        now.overdueByAgency,
        words(QT_TRANSLATE_NOOP("ioc::reporting::render", "Overdue now by agency, at %1"))
            .arg(Wording::dateTime(now.now)),
        [&names, &words](const QString &id) {
            return id.isEmpty() ? words(QT_TRANSLATE_NOOP("ioc::reporting::render", "IOC standing office"))
                                : names.agency(id);
        },
        8, words(QT_TRANSLATE_NOOP("ioc::reporting::render", "Other agencies")));
}

Series overdueByStep(const NowFigures &now, const Wording &words)
{
    return countsOf(now.overdueByStep,
                    words(QT_TRANSLATE_NOOP("ioc::reporting::render", "Overdue now by step, at %1"))
                        .arg(Wording::dateTime(now.now)),
                    [&words](core::ClockStep step) { return words.step(step); });
}

#ifdef IOC_HAS_CHARTS
QChart *barChart(const Series &series, ChartStyle style, bool horizontal)
{
    auto *chart = new QChart;
    styleChart(chart, style);
    chart->setTitle(series.title);
    auto *set = new QBarSet(series.title);
    for (const double value : series.values) {
        set->append(value);
    }
    // The value above each bar, in the text colour of the palette (the theme's default is white).
    set->setLabelColor(style == ChartStyle::Dark ? QColor(0xe0, 0xe0, 0xe0) : QColor(Qt::black));
    if (style == ChartStyle::Print) {
        set->setBrush(QBrush(QColor(0x55, 0x55, 0x55), Qt::SolidPattern));
        set->setPen(QPen(Qt::black));
    }
    QAbstractBarSeries *bars = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                          : static_cast<QAbstractBarSeries *>(new QBarSeries);
    bars->append(set);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(series.percent ? QStringLiteral("@value %") : QStringLiteral("@value"));
    bars->setLabelsPrecision(series.percent ? 3 : 9);
    chart->addSeries(bars);
    auto *categories = new QBarCategoryAxis;
    categories->append(series.labels);
    auto *values = new QValueAxis;
    const double top = series.values.isEmpty() ? 1 : *std::max_element(series.values.begin(), series.values.end());
    values->setRange(0, series.percent ? 100 : std::max(1.0, top * 1.15));
    values->setLabelFormat(QStringLiteral("%.0f"));
    if (!series.percent) {
        values->applyNiceNumbers();
    }
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categories);
    bars->attachAxis(values);
    chart->legend()->setVisible(false);
    return chart;
}

QChart *pieChart(const Series &series, ChartStyle style)
{
    auto *chart = new QChart;
    styleChart(chart, style);
    chart->setTitle(series.title);
    auto *pie = new QPieSeries;
    double total = 0;
    for (const double value : series.values) {
        total += value;
    }
    for (qsizetype i = 0; i < series.labels.size() && total > 0; ++i) {
        const double value = series.values.at(i);
        const QString label = total > 0 ? QStringLiteral("%1: %2 (%3)")
                                              .arg(series.labels.at(i), Wording::number(qint64(value)),
                                                   Wording::percent(100.0 * value / total))
                                        : QStringLiteral("%1: 0").arg(series.labels.at(i));
        QPieSlice *slice = pie->append(label, value);
        slice->setLabelVisible(value > 0);
        if (style == ChartStyle::Print) {
            const int shade = 0x30 + int(i) * 0x40;
            slice->setBrush(QBrush(QColor(shade, shade, shade), printPatterns[i % std::size(printPatterns)]));
            slice->setPen(QPen(Qt::black));
            slice->setLabelColor(Qt::black);
        }
    }
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart *chartOf(const Series &series, ChartShape shape, ChartStyle style)
{
    return shape == ChartShape::Pie ? pieChart(series, style) : barChart(series, style, shape == ChartShape::SideBars);
}

#endif

} // namespace ioc::reporting::render

#pragma once

#include "reporting/evaluation.h"
#include "reporting/figures.h"
#include "reporting/period.h"
#include "reporting/render/charts.h"
#include "reporting/render/document.h"
#include "reporting/render/wording.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <memory>

#ifdef IOC_HAS_CHARTS
class QChartView;
#endif
class QCheckBox;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace ioc::ui {

class EvaluationPage;
class FigureTable;

// Where the dashboard shows a series: a chart, or in a build without Qt Charts (a Windows
// toolchain that lacks it, docs/windows.md) a table of the same figures that opens the same
// reports.
#ifdef IOC_HAS_CHARTS
using SeriesView = QChartView;
#else
using SeriesView = FigureTable;
#endif

// What the dashboard shows, computed by the composition root from the replica.
struct DashboardView
{
    reporting::NowFigures now;
    reporting::TrendFigures trend;
    reporting::Evaluation evaluation;
    reporting::render::Names names;
    reporting::Period nextDue;
    QList<reporting::ReportFacts> oldest; // the oldest open reports, oldest first
};

// The supervisors' dashboard (PRODUCT.md §11): the figures now, the trend over a chosen window,
// the Điều 14 evaluation of the agencies. Every figure names its window; every tile, bar, slice
// and table cell opens the queue on exactly the reports behind it. Widgets only.
class DashboardWindow final : public QWidget
{
    Q_OBJECT

public:
    enum class Range
    {
        Today,
        Week,
        Month,
        Quarter,
        Year,
        Custom,
    };
    Q_ENUM(Range)

    explicit DashboardWindow(QWidget *parent = nullptr);

    void setView(const DashboardView &view);
    // The choices of the filters: ids and names.
    void setChoices(const QList<std::pair<QString, QString>> &agencies,
                    const QList<std::pair<QString, QString>> &categories,
                    const QList<std::pair<QString, QString>> &areas);
    // An agency leader sees their own agency only.
    void lockAgency(const QString &agencyId);
    // Reminder letters are the IOC's (duty officers and supervisors).
    void setLettersAvailable(bool available);
    // Assessments of cooperation are the supervisors'.
    void setAssessmentsAvailable(bool available);

    Range range() const;
    // The dates of the chosen range on `today` (local dates, both inclusive).
    std::pair<QDate, QDate> dates(QDate today) const;
    reporting::Filter filter() const;
    QTabWidget *tabs() const { return m_tabs; }
    bool mapShading() const;

signals:
    void selectionChanged();
    void drillDown(const QSet<QString> &ids, const QString &label);
    void periodicReportRequested();
    // A reminder letter to this agency about these reports (its overdue ones).
    void letterRequested(const QString &agencyId, const QSet<QString> &reportIds);
    // A supervisor's assessment of this agency's cooperation over the chosen window (14.2.c).
    void assessmentRequested(const QString &agencyId);
    // Colour the main window's map by the overdue reports per area.
    void mapShadingToggled(bool on);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QWidget *buildNowPage();
    QWidget *buildTrendPage();
    void showNow();
    void showTrend();
    // `series` in reading order (largest first where it is sorted).
    void showSeries(SeriesView *view, const reporting::render::Series &series, reporting::render::ChartShape shape);
    reporting::render::ChartStyle chartStyle() const;

    std::unique_ptr<reporting::render::Wording> m_words;
    DashboardView m_view;
    bool m_hasView = false;
    QString m_lockedAgency;
    QComboBox *m_range = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_agency = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_area = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QLabel *m_agencyLabel = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QLabel *m_areaLabel = nullptr;
    QLabel *m_nextDue = nullptr;
    QPushButton *m_report = nullptr;
    QTabWidget *m_tabs = nullptr;
    // Now
    QLabel *m_nowTitle = nullptr;
    QList<QPushButton *> m_tiles;
    SeriesView *m_overdueByAgency = nullptr;
    SeriesView *m_overdueByStep = nullptr;
    FigureTable *m_oldest = nullptr;
    FigureTable *m_areas = nullptr;
    QCheckBox *m_shadeMap = nullptr;
    QGroupBox *m_oldestBox = nullptr;
    QGroupBox *m_areasBox = nullptr;
    // Trend
    SeriesView *m_byChannel = nullptr;
    SeriesView *m_byCategory = nullptr;
    SeriesView *m_onTime = nullptr;
    SeriesView *m_satisfaction = nullptr;
    FigureTable *m_stages = nullptr;
    EvaluationPage *m_evaluationPage = nullptr;
};

} // namespace ioc::ui

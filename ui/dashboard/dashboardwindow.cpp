#include "ui/dashboard/dashboardwindow.h"

#include "core/language.h"
#include "core/translations.h"
#include "reporting/render/wording.h"
#include "ui/dashboard/evaluationpage.h"
#include "ui/dashboard/figuretable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#ifdef IOC_HAS_CHARTS
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>
#endif

using namespace Qt::StringLiterals;

namespace ioc::ui {

namespace {

using reporting::render::ChartShape;
using reporting::render::Wording;

SeriesView *seriesView(const QString &name, QWidget *parent)
{
#ifdef IOC_HAS_CHARTS
    auto *view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFocusPolicy(Qt::StrongFocus);
#else
    auto *view = new FigureTable(name, parent);
#endif
    view->setMinimumHeight(260);
    return view;
}

} // namespace

DashboardWindow::DashboardWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(u"dashboardWindow"_s);
    resize(1280, 860);

    auto *top = new QHBoxLayout;
    m_rangeLabel = new QLabel(this);
    m_range = new QComboBox(this);
    m_range->setObjectName(u"dashboardRange"_s);
    for (int i = 0; i <= int(Range::Custom); ++i) {
        m_range->addItem(QString(), i);
    }
    m_range->setCurrentIndex(int(Range::Month));
    m_rangeLabel->setBuddy(m_range);
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_from->setObjectName(u"dashboardFrom"_s);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(u"dashboardTo"_s);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"dd/MM/yyyy"_s);
        edit->setEnabled(false);
    }
    m_agencyLabel = new QLabel(this);
    m_agency = new QComboBox(this);
    m_agency->setObjectName(u"dashboardAgency"_s);
    m_agencyLabel->setBuddy(m_agency);
    m_categoryLabel = new QLabel(this);
    m_category = new QComboBox(this);
    m_category->setObjectName(u"dashboardCategory"_s);
    m_categoryLabel->setBuddy(m_category);
    m_areaLabel = new QLabel(this);
    m_area = new QComboBox(this);
    m_area->setObjectName(u"dashboardArea"_s);
    m_areaLabel->setBuddy(m_area);
    for (QComboBox *box : {m_agency, m_category, m_area}) {
        box->addItem(QString(), QString());
        box->setMinimumContentsLength(14);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    m_nextDue = new QLabel(this);
    m_nextDue->setObjectName(u"dashboardNextDue"_s);
    m_report = new QPushButton(this);
    m_report->setObjectName(u"dashboardPeriodicReport"_s);
    top->addWidget(m_rangeLabel);
    top->addWidget(m_range);
    top->addWidget(m_from);
    top->addWidget(m_to);
    top->addSpacing(12);
    top->addWidget(m_agencyLabel);
    top->addWidget(m_agency);
    top->addWidget(m_categoryLabel);
    top->addWidget(m_category);
    top->addWidget(m_areaLabel);
    top->addWidget(m_area);
    top->addStretch(1);
    top->addWidget(m_nextDue);
    top->addWidget(m_report);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"dashboardTabs"_s);
    m_tabs->addTab(buildNowPage(), QString());
    m_tabs->addTab(buildTrendPage(), QString());
    m_evaluationPage = new EvaluationPage(this);
    m_tabs->addTab(m_evaluationPage, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = range() == Range::Custom;
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        emit selectionChanged();
    });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (range() == Range::Custom) {
                emit selectionChanged();
            }
        });
    }
    for (QComboBox *box : {m_agency, m_category, m_area}) {
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardWindow::selectionChanged);
    }
    connect(m_report, &QPushButton::clicked, this, &DashboardWindow::periodicReportRequested);
    for (FigureTable *widget : {m_oldest, m_areas, m_stages}) {
        connect(widget, &FigureTable::drillDown, this, &DashboardWindow::drillDown);
    }
#ifndef IOC_HAS_CHARTS
    for (FigureTable *widget :
         {m_overdueByAgency, m_overdueByStep, m_byChannel, m_byCategory, m_onTime, m_satisfaction}) {
        connect(widget, &FigureTable::drillDown, this, &DashboardWindow::drillDown);
    }
#endif
    connect(m_evaluationPage, &EvaluationPage::drillDown, this, &DashboardWindow::drillDown);
    connect(m_evaluationPage, &EvaluationPage::letterRequested, this, &DashboardWindow::letterRequested);
    connect(m_evaluationPage, &EvaluationPage::assessmentRequested, this, &DashboardWindow::assessmentRequested);
    retranslate();
}

QWidget *DashboardWindow::buildNowPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"dashboardNowPage"_s);
    m_nowTitle = new QLabel(page);
    m_nowTitle->setObjectName(u"dashboardNowTitle"_s);
    auto *tiles = new QGridLayout;
    static const char *const names[] = {"tileOpen",   "tileOverdue", "tileDueHour",
                                        "tileDueDay", "tileUrgent",  "tileHidden"};
    for (int i = 0; i < 6; ++i) {
        auto *tile = new QPushButton(page);
        tile->setObjectName(QString::fromLatin1(names[i]));
        tile->setMinimumHeight(64);
        QFont font = tile->font();
        font.setPointSizeF(font.pointSizeF() * 1.25);
        tile->setFont(font);
        tiles->addWidget(tile, 0, i);
        m_tiles.append(tile);
        connect(tile, &QPushButton::clicked, this, [this, i] {
            if (!m_hasView) {
                return;
            }
            const reporting::NowFigures &now = m_view.now;
            const reporting::Count *counts[] = {&now.open,          &now.overdue,
                                                &now.dueWithinHour, &now.dueWithinWorkingDay,
                                                &now.urgentOpen,    &now.hiddenOpen};
            emit drillDown(reporting::toSet(counts[i]->ids), m_tiles.at(i)->accessibleName());
        });
    }
    m_overdueByAgency = seriesView(u"chartOverdueByAgency"_s, page);
    m_overdueByStep = seriesView(u"chartOverdueByStep"_s, page);
    m_oldest = new FigureTable(u"tableOldestOpen"_s, page);
    m_areas = new FigureTable(u"tableAreas"_s, page);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_overdueByAgency, 3);
    charts->addWidget(m_overdueByStep, 2);
    auto *tables = new QHBoxLayout;
    m_oldestBox = new QGroupBox(page);
    (new QVBoxLayout(m_oldestBox))->addWidget(m_oldest);
    m_areasBox = new QGroupBox(page);
    m_shadeMap = new QCheckBox(m_areasBox);
    m_shadeMap->setObjectName(u"dashboardShadeMap"_s);
    auto *areasLayout = new QVBoxLayout(m_areasBox);
    areasLayout->addWidget(m_shadeMap);
    areasLayout->addWidget(m_areas);
    connect(m_shadeMap, &QCheckBox::toggled, this, &DashboardWindow::mapShadingToggled);
    tables->addWidget(m_oldestBox, 3);
    tables->addWidget(m_areasBox, 2);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_nowTitle);
    layout->addLayout(tiles);
    layout->addLayout(charts, 3);
    layout->addLayout(tables, 2);
    return page;
}

QWidget *DashboardWindow::buildTrendPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"dashboardTrendPage"_s);
    m_byChannel = seriesView(u"chartByChannel"_s, page);
    m_byCategory = seriesView(u"chartByCategory"_s, page);
    m_onTime = seriesView(u"chartOnTime"_s, page);
    m_satisfaction = seriesView(u"chartSatisfaction"_s, page);
    m_stages = new FigureTable(u"tableStages"_s, page);
    // Charts with long names (channels, categories) lie on their side: the names stay whole.
    auto *grid = new QGridLayout(page);
    grid->addWidget(m_byChannel, 0, 0);
    grid->addWidget(m_onTime, 0, 1);
    grid->addWidget(m_byCategory, 1, 0);
    grid->addWidget(m_satisfaction, 1, 1);
    grid->addWidget(m_stages, 2, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(2, 2);
    return page;
}

void DashboardWindow::setChoices(const QList<std::pair<QString, QString>> &agencies,
                                 const QList<std::pair<QString, QString>> &categories,
                                 const QList<std::pair<QString, QString>> &areas)
{
    const auto fill = [](QComboBox *box, const QList<std::pair<QString, QString>> &choices) {
        const QString current = box->currentData().toString();
        const QSignalBlocker blocker(box);
        while (box->count() > 1) {
            box->removeItem(1);
        }
        for (const auto &[id, name] : choices) {
            box->addItem(name, id);
        }
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    fill(m_agency, agencies);
    fill(m_category, categories);
    fill(m_area, areas);
    if (!m_lockedAgency.isEmpty()) {
        lockAgency(m_lockedAgency);
    }
}

void DashboardWindow::lockAgency(const QString &agencyId)
{
    m_lockedAgency = agencyId;
    const QSignalBlocker blocker(m_agency);
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(agencyId)));
    m_agency->setEnabled(agencyId.isEmpty());
}

void DashboardWindow::setAssessmentsAvailable(bool available)
{
    m_evaluationPage->setAssessmentsAvailable(available);
}

bool DashboardWindow::mapShading() const
{
    return m_shadeMap->isChecked();
}

void DashboardWindow::setLettersAvailable(bool available)
{
    m_evaluationPage->setLettersAvailable(available);
}

DashboardWindow::Range DashboardWindow::range() const
{
    return Range(m_range->currentData().toInt());
}

std::pair<QDate, QDate> DashboardWindow::dates(QDate today) const
{
    switch (range()) {
    case Range::Today:
        return {today, today};
    case Range::Week:
        return {today.addDays(1 - today.dayOfWeek()), today};
    case Range::Month:
        return {QDate(today.year(), today.month(), 1), today};
    case Range::Quarter:
        return {QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1), today};
    case Range::Year:
        return {QDate(today.year(), 1, 1), today};
    case Range::Custom:
        break;
    }
    return {std::min(m_from->date(), m_to->date()), std::max(m_from->date(), m_to->date())};
}

reporting::Filter DashboardWindow::filter() const
{
    reporting::Filter filter;
    const auto add = [](QSet<QString> &set, const QComboBox *box) {
        if (!box->currentData().toString().isEmpty()) {
            set.insert(box->currentData().toString());
        }
    };
    add(filter.agencyIds, m_agency);
    add(filter.categoryIds, m_category);
    add(filter.areaIds, m_area);
    return filter;
}

reporting::render::ChartStyle DashboardWindow::chartStyle() const
{
    return palette().color(QPalette::Window).lightness() < 128 ? reporting::render::ChartStyle::Dark
                                                               : reporting::render::ChartStyle::Light;
}

#ifdef IOC_HAS_CHARTS
void DashboardWindow::showSeries(SeriesView *view, const reporting::render::Series &inReadingOrder, ChartShape shape)
{
    // A chart on its side draws its first bar at the bottom: the series is reversed to read from the top.
    const reporting::render::Series series =
        shape == ChartShape::SideBars ? reporting::render::reversed(inReadingOrder) : inReadingOrder;
    QChart *chart = reporting::render::chartOf(series, shape, chartStyle());
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    view->setAccessibleName(series.title);
    view->viewport()->setAccessibleName(series.title); // what a reader meets inside the chart too
    QStringList description;
    for (qsizetype i = 0; i < inReadingOrder.labels.size(); ++i) {
        description.append(u"%1: %2%3"_s.arg(inReadingOrder.labels.at(i),
                                             Wording::number(qint64(inReadingOrder.values.at(i))),
                                             series.percent ? u" %"_s : QString()));
    }
    view->setAccessibleDescription(description.join(u"; "_s));
    view->setToolTip(tr("Click a bar or a slice to open its reports in the queue."));
    for (QAbstractSeries *abstract : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(abstract)) {
            for (QBarSet *set : bars->barSets()) {
                connect(set, &QBarSet::clicked, this, [this, series](int index) {
                    if (index >= 0 && index < series.ids.size()) {
                        emit drillDown(reporting::toSet(series.ids.at(index)),
                                       series.labels.at(index) + u" · "_s + series.title);
                    }
                });
            }
        } else if (auto *pie = qobject_cast<QPieSeries *>(abstract)) {
            connect(pie, &QPieSeries::clicked, this, [this, series, pie](QPieSlice *slice) {
                const qsizetype index = pie->slices().indexOf(slice);
                if (index >= 0 && index < series.ids.size()) {
                    emit drillDown(reporting::toSet(series.ids.at(index)),
                                   series.labels.at(index) + u" · "_s + series.title);
                }
            });
        }
    }
}
#else
void DashboardWindow::showSeries(SeriesView *view, const reporting::render::Series &series, ChartShape)
{
    view->clearFigures();
    view->setColumnCount(2);
    view->setHorizontalHeaderLabels({series.title, series.percent ? tr("Share") : tr("Reports")});
    view->setRowCount(int(series.labels.size()));
    for (int row = 0; row < series.labels.size(); ++row) {
        view->setItem(row, 0, new QTableWidgetItem(series.labels.at(row)));
        auto *value = new QTableWidgetItem(Wording::number(qint64(series.values.at(row))) +
                                           (series.percent ? u" %"_s : QString()));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        view->setItem(row, 1, value);
        if (row < series.ids.size()) {
            view->setCellReports(row, 1, series.ids.at(row));
        }
    }
    view->setAccessibleName(series.title);
    view->setToolTip(tr("Press Enter on a figure, or double-click it, to open its reports in the queue."));
}
#endif

void DashboardWindow::setView(const DashboardView &view)
{
    m_view = view;
    m_hasView = true;
    showNow();
    showTrend();
    m_evaluationPage->setEvaluation(view.evaluation, view.names, view.now.overdueByAgency, *m_words);
    if (view.nextDue.dueBefore.isValid()) {
        const QString kind = view.nextDue.kind == reporting::PeriodKind::Yearly      ? tr("yearly")
                             : view.nextDue.kind == reporting::PeriodKind::Quarterly ? tr("quarterly")
                                                                                     : tr("monthly");
        m_nextDue->setText(tr("Next report due: %1 %2, before %3")
                               .arg(kind, view.nextDue.name, view.nextDue.dueBefore.toString(u"dd/MM/yyyy"_s)));
    }
}

void DashboardWindow::showNow()
{
    const reporting::NowFigures &now = m_view.now;
    const Wording &words = *m_words;
    const QString at = Wording::dateTime(now.now);
    m_nowTitle->setText(u"<b>%1</b>"_s.arg(tr("Now, at %1").arg(at).toHtmlEscaped()));
    const std::pair<const reporting::Count *, QString> tiles[] = {
        {&now.open, tr("Open")},
        {&now.overdue, tr("Overdue")},
        {&now.dueWithinHour, tr("Due within 1 hour")},
        {&now.dueWithinWorkingDay, tr("Due within 1 working day")},
        {&now.urgentOpen, tr("Urgent, open")},
        {&now.hiddenOpen, tr("Hidden, open (14.1.c)")},
    };
    for (int i = 0; i < m_tiles.size(); ++i) {
        const QString number = Wording::number(tiles[i].first->value());
        m_tiles.at(i)->setText(number + u'\n' + tiles[i].second);
        m_tiles.at(i)->setAccessibleName(tiles[i].second + u": "_s + number);
        m_tiles.at(i)->setToolTip(tr("%1 at %2: open them in the queue").arg(tiles[i].second, at));
    }
    showSeries(m_overdueByAgency, reporting::render::overdueByAgency(now, m_view.names, words), ChartShape::SideBars);
    showSeries(m_overdueByStep, reporting::render::overdueByStep(now, words), ChartShape::SideBars);

    m_oldest->clearFigures();
    m_oldest->setColumnCount(4);
    m_oldest->setHorizontalHeaderLabels({tr("Code"), tr("Title"), tr("Received"), tr("State")});
    m_oldest->setRowCount(int(m_view.oldest.size()));
    for (int row = 0; row < m_view.oldest.size(); ++row) {
        const reporting::ReportFacts &report = m_view.oldest.at(row);
        const QStringList cells{report.code, report.title, Wording::dateTime(report.receivedAt),
                                words.state(report.state)};
        for (int column = 0; column < cells.size(); ++column) {
            m_oldest->setItem(row, column, new QTableWidgetItem(cells.at(column)));
            m_oldest->setCellReports(row, column, {report.id});
        }
    }

    m_areas->clearFigures();
    m_areas->setColumnCount(3);
    m_areas->setHorizontalHeaderLabels({tr("Area"), tr("Open"), tr("Overdue")});
    QList<std::pair<QString, int>> areas;
    for (auto it = now.openByArea.cbegin(); it != now.openByArea.cend(); ++it) {
        areas.append({it.key(), it->value()});
    }
    for (auto it = now.overdueByArea.cbegin(); it != now.overdueByArea.cend(); ++it) {
        if (!now.openByArea.contains(it.key())) {
            areas.append({it.key(), 0});
        }
    }
    std::sort(areas.begin(), areas.end(), [&now](const auto &a, const auto &b) {
        const int overdueA = now.overdueByArea.value(a.first).value();
        const int overdueB = now.overdueByArea.value(b.first).value();
        return overdueA != overdueB ? overdueA > overdueB : a.second > b.second;
    });
    m_areas->setRowCount(int(areas.size()));
    for (int row = 0; row < areas.size(); ++row) {
        const QString &id = areas.at(row).first;
        m_areas->setItem(row, 0, new QTableWidgetItem(id.isEmpty() ? tr("(no area)") : m_view.names.area(id)));
        const reporting::Count open = now.openByArea.value(id);
        const reporting::Count overdue = now.overdueByArea.value(id);
        m_areas->setItem(row, 1, new QTableWidgetItem(Wording::number(open.value())));
        m_areas->setItem(row, 2, new QTableWidgetItem(Wording::number(overdue.value())));
        m_areas->setCellReports(row, 1, open.ids);
        m_areas->setCellReports(row, 2, overdue.ids);
    }
}

void DashboardWindow::showTrend()
{
    const reporting::TrendFigures &trend = m_view.trend;
    const Wording &words = *m_words;
    showSeries(m_byChannel, reporting::render::receivedByChannel(trend, words), ChartShape::SideBars);
    showSeries(m_byCategory, reporting::render::receivedByCategory(trend, m_view.names, words), ChartShape::SideBars);
    showSeries(m_onTime, reporting::render::onTimeByStage(trend, words), ChartShape::Bars);
    showSeries(m_satisfaction, reporting::render::satisfactionMix(trend, words), ChartShape::Pie);

    m_stages->clearFigures();
    m_stages->setColumnCount(5);
    m_stages->setHorizontalHeaderLabels(
        {tr("Step, %1").arg(trend.window.label), tr("On time"), tr("Late"), tr("Median time"), tr("90th percentile")});
    const QList<reporting::Stage> stages = reporting::allStages();
    m_stages->setRowCount(int(stages.size()));
    for (int row = 0; row < stages.size(); ++row) {
        const reporting::Share share = trend.onTime.value(stages.at(row));
        const reporting::Durations duration = trend.duration.value(stages.at(row));
        QStringList late;
        const QSet<QString> onTime = reporting::toSet(share.numeratorIds);
        for (const QString &id : share.denominatorIds) {
            if (!onTime.contains(id)) {
                late.append(id);
            }
        }
        m_stages->setItem(row, 0, new QTableWidgetItem(words.stage(stages.at(row))));
        m_stages->setItem(row, 1, new QTableWidgetItem(m_words->share(share)));
        m_stages->setItem(row, 2, new QTableWidgetItem(Wording::number(share.denominator - share.numerator)));
        m_stages->setItem(row, 3,
                          new QTableWidgetItem(duration.count > 0 ? words.duration(duration.median) : QString()));
        m_stages->setItem(row, 4, new QTableWidgetItem(duration.count > 0 ? words.duration(duration.p90) : QString()));
        m_stages->setCellReports(row, 1, share.numeratorIds);
        m_stages->setCellReports(row, 2, late);
    }
}

void DashboardWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_hasView) {
            setView(m_view);
        }
    } else if (event->type() == QEvent::PaletteChange && m_hasView) {
        showNow();
        showTrend();
    }
    QWidget::changeEvent(event);
}

void DashboardWindow::retranslate()
{
    // The chart and share wording in the console's language, loaded once per language.
    m_words = std::make_unique<Wording>(core::Translations::current());
    setWindowTitle(tr("Supervision dashboard"));
    m_rangeLabel->setText(tr("&Window:"));
    const QStringList ranges{tr("Today"),        tr("This week"), tr("This month"),
                             tr("This quarter"), tr("This year"), tr("Custom range")};
    for (int i = 0; i < ranges.size(); ++i) {
        m_range->setItemText(i, ranges.at(i));
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_agencyLabel->setText(tr("A&gency:"));
    m_categoryLabel->setText(tr("&Category:"));
    m_areaLabel->setText(tr("A&rea:"));
    m_agency->setItemText(0, tr("All agencies"));
    m_category->setItemText(0, tr("All categories"));
    m_area->setItemText(0, tr("All areas"));
    m_report->setText(tr("Periodic &report…"));
    m_tabs->setTabText(0, tr("&Now"));
    m_tabs->setTabText(1, tr("&Trend"));
    m_tabs->setTabText(2, tr("&Evaluation of the agencies"));
    m_tabs->setAccessibleName(tr("Pages of the dashboard"));
    m_oldest->setAccessibleName(tr("Oldest open reports"));
    m_oldestBox->setTitle(tr("Oldest open reports"));
    m_areas->setAccessibleName(tr("Open and overdue reports by area"));
    m_areasBox->setTitle(tr("By area"));
    m_shadeMap->setText(tr("Colour the &map by the overdue reports of each area"));
    m_stages->setAccessibleName(tr("Time limits per step"));
    m_evaluationPage->retranslate();
}

} // namespace ioc::ui

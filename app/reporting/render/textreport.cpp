#include "reporting/render/textreport.h"

#include "reporting/render/charts.h"
#include "reporting/render/documentfont.h"

#include <QAbstractTextDocumentLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextObjectInterface>
#ifdef IOC_HAS_CHARTS
#include <QtCharts/QChart>
#endif

namespace ioc::reporting::render {

namespace {

constexpr int chartObjectType = QTextFormat::UserObject + 1;
// Lists in the document stop here (the XLSX has every row): a PDF of a province's backlog stays
// readable and quick to make.
constexpr qsizetype listLimit = 200;
constexpr int chartIndexProperty = QTextFormat::UserProperty + 1;

#ifdef IOC_HAS_CHARTS
// Paints a chart where the text layout placed it: into a PDF painter, as vectors.
class ChartObject final
    : public QObject
    , public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit ChartObject(QObject *parent)
        : QObject(parent)
    {}
    int add(QChart *chart)
    {
        auto scene = std::make_unique<QGraphicsScene>();
        scene->addItem(chart);
        m_scenes.push_back(std::move(scene));
        m_charts.push_back(chart);
        return int(m_charts.size()) - 1;
    }
    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        return format.toCharFormat().property(QTextFormat::ImageWidth).isValid()
                   ? QSizeF(format.doubleProperty(QTextFormat::ImageWidth),
                            format.doubleProperty(QTextFormat::ImageHeight))
                   : QSizeF(400, 250);
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        const int index = format.intProperty(chartIndexProperty);
        if (index < 0 || size_t(index) >= m_charts.size()) {
            return;
        }
        // A block that starts on one page and puts its chart on the next is drawn for both
        // pages: draw the chart only on the page it is on (its text would be in both).
        if (painter->hasClipping() && !painter->clipBoundingRect().intersects(rect)) {
            return;
        }
        QChart *chart = m_charts[size_t(index)];
        // Lay the chart out at a readable size in its own units, then scale it into the rect.
        const QSizeF logical(800, 800 * rect.height() / rect.width());
        chart->resize(logical);
        m_scenes[size_t(index)]->setSceneRect(QRectF(QPointF(0, 0), logical));
        m_scenes[size_t(index)]->render(painter, rect, QRectF(QPointF(0, 0), logical));
    }

private:
    std::vector<std::unique_ptr<QGraphicsScene>> m_scenes; // each owns its chart
    std::vector<QChart *> m_charts;
};
#else
class ChartObject;
#endif

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

class Builder
{
public:
    Builder(const ReportDocument &document, const Wording &words, ChartMode mode, qreal pageWidth)
        : d(document)
        , w(words)
        , m_mode(mode)
        , m_pageWidth(pageWidth)
        , m_text(std::make_unique<QTextDocument>())
    {
        m_text->setDefaultFont(documentFont(11));
        m_text->setDefaultStyleSheet(
            QStringLiteral("h1 { font-size: 15pt; font-weight: bold; text-align: center; margin: 0; }"
                           "h2 { font-size: 12.5pt; font-weight: bold; margin-top: 14px; }"
                           "table.data { border-collapse: collapse; }"
                           "table.data th { font-weight: bold; background-color: #e6e6e6; }"
                           "p.note { font-style: italic; font-size: 9pt; }"
                           "td.num { text-align: right; }"));
    }

    std::unique_ptr<QTextDocument> build()
    {
        cover();
        intake();
        results();
        timeliness();
        satisfaction();
        overdue();
        evaluation();
        outstanding();
        signature();
        // Charts stand in the HTML as pictures named "chart:N"; in a PDF they become objects that
        // Qt Charts paints as vectors where the layout put them.
#ifdef IOC_HAS_CHARTS
        for (size_t i = 0; i < m_chartList.size(); ++i) {
            m_text->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:%1").arg(i)),
                                m_mode == ChartMode::Image ? picture(m_chartList[i], m_chartHeights[i]) : QImage());
        }
#endif
        m_text->setHtml(m_html.normalized(QString::NormalizationForm_C));
#ifdef IOC_HAS_CHARTS
        if (m_mode == ChartMode::Vector) {
            placeVectorCharts();
        }
#endif
        return std::move(m_text);
    }

private:
    void html(const QString &text)
    {
        m_html += text;
    }
    void paragraph(const QString &text, const QString &cls = {})
    {
        html(QStringLiteral("<p%1>%2</p>")
                 .arg(cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cls), escaped(text)));
    }
    void heading(const QString &text)
    {
        html(QStringLiteral("<h2>%1</h2>").arg(escaped(text)));
    }
    void pageBreak()
    {
        html(QStringLiteral("<div style=\"page-break-before: always\"></div>"));
    }

    // A table whose first row is its header (repeated on every page it spans).
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &numeric = {},
               const QString &size = {})
    {
        QString text = QStringLiteral("<table class=\"data\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                      "width=\"100%\"%1><thead><tr>")
                           .arg(size.isEmpty() ? QString() : QStringLiteral(" style=\"font-size: 8pt\""));
        for (const QString &cell : header) {
            text += QStringLiteral("<th>%1</th>").arg(escaped(cell));
        }
        text += QStringLiteral("</tr></thead><tbody>");
        for (const QStringList &row : rows) {
            text += QStringLiteral("<tr>");
            for (qsizetype i = 0; i < row.size(); ++i) {
                text += (numeric.contains(int(i)) ? QStringLiteral("<td align=\"right\">%1</td>")
                                                  : QStringLiteral("<td>%1</td>"))
                            .arg(escaped(row.at(i)));
            }
            text += QStringLiteral("</tr>");
        }
        text += QStringLiteral("</tbody></table>");
        html(text);
    }

    // The note under a list cut at listLimit rows.
    void more(qsizetype total)
    {
        if (total > listLimit) {
            paragraph(
                w(QT_TRANSLATE_NOOP("ioc::reporting::render", "… and %1 more: the spreadsheet (XLSX) lists them all."))
                    .arg(Wording::number(total - listLimit)),
                QStringLiteral("note"));
        }
    }

    // A chart of the series after the table that holds its figures. Without Qt Charts (a build
    // that lacks it, docs/windows.md) the table stands alone.
    void chart(const Series &series, ChartShape shape, qreal heightRatio = 0.55)
    {
#ifdef IOC_HAS_CHARTS
        QChart *chart = chartOf(series, shape, ChartStyle::Print);
        const size_t index = m_chartList.size();
        m_chartList.push_back(chart);
        m_chartHeights.push_back(heightRatio);
        html(QStringLiteral("<p align=\"center\"><img src=\"chart:%1\" width=\"%2\" height=\"%3\"/></p>")
                 .arg(index)
                 .arg(m_pageWidth, 0, 'f', 0)
                 .arg(m_pageWidth * heightRatio, 0, 'f', 0));
#else
        Q_UNUSED(series)
        Q_UNUSED(shape)
        Q_UNUSED(heightRatio)
#endif
    }

#ifdef IOC_HAS_CHARTS
    static QImage picture(QChart *chart, qreal heightRatio)
    {
        QGraphicsScene scene;
        scene.addItem(chart);
        const QSize size(1200, int(1200 * heightRatio));
        chart->resize(size);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
        painter.end();
        scene.removeItem(chart);
        delete chart;
        return image;
    }

    // Replaces each "chart:N" picture by an object the chart paints.
    void placeVectorCharts()
    {
        m_charts = new ChartObject(m_text.get());
        m_text->documentLayout()->registerHandler(chartObjectType, m_charts);
        for (QChart *chart : m_chartList) {
            m_charts->add(chart);
        }
        for (QTextBlock block = m_text->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (!fragment.charFormat().isImageFormat()) {
                    continue;
                }
                const QTextImageFormat image = fragment.charFormat().toImageFormat();
                if (!image.name().startsWith(QStringLiteral("chart:"))) {
                    continue;
                }
                QTextCharFormat format;
                format.setObjectType(chartObjectType);
                format.setProperty(chartIndexProperty, image.name().mid(6).toInt());
                format.setProperty(QTextFormat::ImageWidth, image.width());
                format.setProperty(QTextFormat::ImageHeight, image.height());
                QTextCursor cursor(m_text.get());
                cursor.setPosition(fragment.position());
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
                cursor.setCharFormat(format);
            }
        }
    }

#endif

    void cover()
    {
        const Letterhead &head = d.letterhead;
        const QDate today =
            QDateTime::fromMSecsSinceEpoch(d.generatedAt, QTimeZone::utc()).toOffsetFromUtc(7 * 3600).date();
        html(QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr>"
                            "<td width=\"45%\" align=\"center\">%1<br/><b>%2</b><br/>———</td>"
                            "<td width=\"55%\" align=\"center\"><b>%3</b><br/><b>%4</b><br/>———</td></tr>"
                            "<tr><td align=\"center\">%5</td><td align=\"center\"><i>%6</i></td></tr></table>")
                 .arg(escaped(head.parent), escaped(head.issuer),
                      escaped(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "SOCIALIST REPUBLIC OF VIETNAM"))),
                      escaped(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Independence - Freedom - Happiness"))),
                      escaped(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "No.: …/BC-IOC"))),
                      escaped(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "%1, %2 %3 %4"))
                                  .arg(head.place)
                                  .arg(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "day %1"))
                                           .arg(today.day(), 2, 10, QLatin1Char('0')))
                                  .arg(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "month %1"))
                                           .arg(today.month(), 2, 10, QLatin1Char('0')))
                                  .arg(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "year %1")).arg(today.year())))));
        html(
            QStringLiteral("<p>&nbsp;</p><h1>%1</h1><p align=\"center\"><b>%2</b><br/>%3</p><p>&nbsp;</p>"
                           "<p align=\"center\">%4</p>")
                .arg(escaped(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "REPORT"))),
                     escaped(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Receipt and processing of field reports"))),
                     escaped(periodTitle()),
                     escaped(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "To: the Provincial People's Committee")))));
        paragraph(w(QT_TRANSLATE_NOOP(
                        "ioc::reporting::render",
                        "Pursuant to Decision 2573/QĐ-UBND of 25/10/2024 (Điều 18.2.f), the standing office of the "
                        "Intelligent Operations Center reports the receipt and processing of field reports over the "
                        "period %1, as follows."))
                      .arg(d.period.window.label));
        if (d.options.goLive > 0) {
            paragraph(w(QT_TRANSLATE_NOOP("ioc::reporting::render",
                                          "Reports received before the system went live (%1) are not counted."))
                          .arg(Wording::date(d.options.goLive)),
                      QStringLiteral("note"));
        }
    }

    QString periodTitle() const
    {
        const QString first = d.period.first.toString(QStringLiteral("dd/MM/yyyy"));
        const QString last = d.period.last.toString(QStringLiteral("dd/MM/yyyy"));
        switch (d.period.kind) {
        case PeriodKind::Monthly:
            return w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Month %1/%2 (from %3 to %4)"))
                .arg(d.period.name.mid(5), d.period.name.left(4), first, last);
        case PeriodKind::Quarterly:
            return w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Quarter %1 of %2 (from %3 to %4)"))
                .arg(d.period.name.mid(6), d.period.name.left(4), first, last);
        case PeriodKind::Yearly:
        case PeriodKind::Evaluation:
            return w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Year %1 (from %2 to %3)"))
                .arg(d.period.name, first, last);
        case PeriodKind::AdHoc:
            break;
        }
        return w(QT_TRANSLATE_NOOP("ioc::reporting::render", "From %1 to %2")).arg(first, last);
    }

    template<typename Key, typename Label>
    QList<QStringList> countRows(const QHash<Key, Count> &counts, Label label) const
    {
        QList<std::pair<int, QString>> sorted;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            sorted.append({it->value(), label(it.key())});
        }
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        const int total = d.trend.received.value();
        QList<QStringList> rows;
        for (const auto &[count, name] : sorted) {
            rows.append(
                {name, Wording::number(count), total > 0 ? Wording::percent(100.0 * count / total) : QString()});
        }
        return rows;
    }

    void intake()
    {
        heading(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "I. Reports received, %1")).arg(d.period.window.label));
        paragraph(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Received in the period: %1 reports."))
                      .arg(Wording::number(d.trend.received.value())));
        const QStringList header{w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Channel")),
                                 w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Reports")),
                                 w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Share"))};
        table(header, countRows(d.trend.receivedByChannel, [this](core::Channel c) { return w.channel(c); }), {1, 2});
        chart(receivedByChannel(d.trend, w), ChartShape::Bars);
        table({w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Category")),
               w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Reports")),
               w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Share"))},
              countRows(d.trend.receivedByCategory, [this](const QString &id) { return d.names.category(id); }),
              {1, 2});
        paragraph(QString());
        table({w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Area")),
               w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Reports")),
               w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Share"))},
              countRows(d.trend.receivedByArea, [this](const QString &id) { return d.names.area(id); }), {1, 2});
    }

    void results()
    {
        heading(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "II. Results, %1")).arg(d.period.window.label));
        table({w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Result")),
               w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Reports"))},
              {{w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Results published")),
                Wording::number(d.trend.published.value())},
               {w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Rejected (received in the period)")),
                Wording::number(d.trend.rejected.value())},
               {w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Declined by the agency")),
                Wording::number(d.trend.declined.value())},
               {w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Cancelled at the citizen's request")),
                Wording::number(d.trend.cancelled.value())}},
              {1});
        if (!d.trend.rejectedByReason.isEmpty()) {
            paragraph(
                w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Reasons for rejection (a report may have several):")));
            QList<QStringList> rows;
            for (auto it = d.trend.rejectedByReason.cbegin(); it != d.trend.rejectedByReason.cend(); ++it) {
                rows.append({w.rejectReason(it.key()), Wording::number(it->value())});
            }
            std::sort(rows.begin(), rows.end());
            table({w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Reason")),
                   w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Reports"))},
                  rows, {1});
        }
    }

    void timeliness()
    {
        heading(
            w(QT_TRANSLATE_NOOP("ioc::reporting::render", "III. Time limits per step, %1")).arg(d.period.window.label));
        paragraph(w(QT_TRANSLATE_NOOP(
                        "ioc::reporting::render",
                        "A step counts when its clock stopped in the period, or when its due time passed in the period "
                        "with the step still undone (counted as late). A share over fewer than %1 steps reads \"too "
                        "few\"."))
                      .arg(d.options.minimumSample),
                  QStringLiteral("note"));
        QList<QStringList> rows;
        for (const Stage stage : allStages()) {
            const Share share = d.trend.onTime.value(stage);
            const Durations duration = d.trend.duration.value(stage);
            rows.append({w.stage(stage), Wording::number(share.numerator), Wording::number(share.denominator),
                         share.percent() ? Wording::percent(*share.percent()) : w.share(share),
                         duration.count > 0 ? w.duration(duration.median) : QString(),
                         duration.count > 0 ? w.duration(duration.p90) : QString()});
        }
        table({w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Step")),
               w(QT_TRANSLATE_NOOP("ioc::reporting::render", "On time")),
               w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Judged")),
               w(QT_TRANSLATE_NOOP("ioc::reporting::render", "On-time share")),
               w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Median time")),
               w(QT_TRANSLATE_NOOP("ioc::reporting::render", "90th percentile"))},
              rows, {1, 2, 3});
        chart(onTimeByStage(d.trend, w), ChartShape::Bars);
    }

    void satisfaction()
    {
        heading(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "IV. Citizens' satisfaction, %1"))
                    .arg(d.period.window.label));
        int total = 0;
        for (const Count &count : d.trend.satisfaction) {
            total += count.value();
        }
        QList<QStringList> rows;
        for (const core::Satisfaction level :
             {core::Satisfaction::Satisfied, core::Satisfaction::Acceptable, core::Satisfaction::NotSatisfied}) {
            const int count = d.trend.satisfaction.value(level).value();
            rows.append({w.satisfaction(level), Wording::number(count),
                         total > 0 ? Wording::percent(100.0 * count / total) : QString()});
        }
        table({w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Rating")),
               w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Reports")),
               w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Share"))},
              rows, {1, 2});
        if (total > 0) {
            chart(satisfactionMix(d.trend, w), ChartShape::Pie, 0.45);
        }
    }

    void overdue()
    {
        heading(
            w(QT_TRANSLATE_NOOP("ioc::reporting::render", "V. Overdue now, at %1")).arg(Wording::dateTime(d.now.now)));
        paragraph(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "%1 reports have a step past its due time."))
                      .arg(Wording::number(d.now.overdue.value())));
        QList<QStringList> rows;
        for (const OverdueClock &clock : d.now.overdueClocks.mid(0, listLimit)) {
            const ReportFacts *report = d.report(clock.reportId);
            rows.append({report != nullptr ? report->code : clock.reportId,
                         report != nullptr ? report->title : QString(), w.step(clock.step),
                         d.names.agency(clock.agencyId), Wording::dateTime(clock.dueAt),
                         w.duration(d.now.now - clock.dueAt)});
        }
        table({w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Code")),
               w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Title")),
               w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Step")),
               w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Whose turn")),
               w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Due")),
               w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Overdue by"))},
              rows);
        more(d.now.overdueClocks.size());
        if (!d.now.overdueByAgency.isEmpty()) {
            chart(reversed(overdueByAgency(d.now, d.names, w)), ChartShape::SideBars, 0.45);
        }
    }

    void evaluation()
    {
        pageBreak();
        const Evaluation &e = d.evaluation;
        heading(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "VI. Evaluation of the agencies (Điều 14.2, 14.3), %1"))
                    .arg(e.window.label));
        paragraph(w(QT_TRANSLATE_NOOP("ioc::reporting::render",
                                      "14.2 is judged over the period; 14.3 over the ranking year %1 (Điều 19)%2."))
                      .arg(e.rankingYear.label)
                      .arg(e.agencies.isEmpty() || e.agencies.constFirst().flagsFinal
                               ? QString()
                               : w(QT_TRANSLATE_NOOP("ioc::reporting::render",
                                                     ", so far: the verdicts are not final before the year ends"))),
                  QStringLiteral("note"));
        QList<QStringList> rows;
        for (const AgencyEvaluation &row : e.agencies) {
            QStringList barring;
            QStringList reported;
            for (const Criterion criterion : row.flags) {
                (barsExcellence(criterion) ? barring : reported).append(criterionCode(criterion));
            }
            QString verdict =
                barring.isEmpty()
                    ? w(QT_TRANSLATE_NOOP("ioc::reporting::render", "eligible"))
                    : w(QT_TRANSLATE_NOOP("ioc::reporting::render", "not eligible for \"Excellent\" (%1)"))
                          .arg(barring.join(u", "));
            if (!reported.isEmpty()) {
                verdict = w(QT_TRANSLATE_NOOP("ioc::reporting::render", "reported: %1")).arg(reported.join(u", ")) +
                          QStringLiteral("; ") + verdict;
            }
            rows.append({d.names.agency(row.agencyId), Wording::number(row.distributed.value()),
                         QStringLiteral("%1 / %2 / %3")
                             .arg(row.processedOnTime.value())
                             .arg(row.processedLate.value())
                             .arg(row.openOverdue.value()),
                         Wording::number(row.commitmentsMissed.value()), w.share(row.satisfaction),
                         w.share(row.satisfiedOrAccepted), w.share(row.unanswered),
                         Wording::number(row.reminderLetters), Wording::number(row.missedCalls),
                         w.share(row.lateReturns), w.share(row.repeats), verdict});
        }
        table({w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Agency")),
               w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Distr.")),
               w(QT_TRANSLATE_NOOP("ioc::reporting::render", "On time / late / overdue")),
               w(QT_TRANSLATE_NOOP("ioc::reporting::render", "14.2.a commit.")), QStringLiteral("14.2.b"),
               QStringLiteral("14.3.b"), QStringLiteral("14.3.c"), QStringLiteral("14.3.a"), QStringLiteral("14.3.d"),
               QStringLiteral("14.3.e"), QStringLiteral("14.3.f"),
               w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Verdict"))},
              rows, {1, 3, 7, 8}, QStringLiteral("small"));
        QList<QStringList> legend;
        for (const Criterion criterion : allCriteria()) {
            legend.append({criterionCode(criterion), w.criterion(criterion)});
        }
        table({w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Criterion")),
               w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Meaning"))},
              legend, {}, QStringLiteral("small"));
        for (const AgencyEvaluation &row : e.agencies) {
            if (!row.cooperationLevel.isEmpty()) {
                paragraph(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Cooperation of %1 (14.2.c): %2. %3"))
                              .arg(d.names.agency(row.agencyId),
                                   cooperationLevelLabel(row.cooperationLevel) != nullptr
                                       ? w.text("ioc::reporting", cooperationLevelLabel(row.cooperationLevel))
                                       : row.cooperationLevel,
                                   row.cooperationText));
            }
        }
    }

    void outstanding()
    {
        heading(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "VII. Outstanding and stuck reports, at %1"))
                    .arg(Wording::dateTime(d.generatedAt)));
        paragraph(w(QT_TRANSLATE_NOOP(
                        "ioc::reporting::render",
                        "Received before the end of the period and still open: %1; of these, %2 with a step past its "
                        "due time."))
                      .arg(Wording::number(d.trend.outstanding.value()))
                      .arg(Wording::number(d.trend.stuck.value())));
        QList<QStringList> rows;
        const QSet<QString> stuck = toSet(d.trend.stuck.ids);
        for (const ReportFacts *report : d.outstanding) {
            if (!stuck.contains(report->id)) {
                continue;
            }
            if (rows.size() < listLimit) {
                rows.append({report->code, report->title, w.state(report->state), d.names.agency(report->leadAgencyId),
                             Wording::date(report->receivedAt)});
            }
        }
        if (!rows.isEmpty()) {
            table({w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Code")),
                   w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Title")),
                   w(QT_TRANSLATE_NOOP("ioc::reporting::render", "State")),
                   w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Lead agency")),
                   w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Received"))},
                  rows);
            more(d.trend.stuck.value());
        }
    }

    void signature()
    {
        html(QStringLiteral("<p>&nbsp;</p><table width=\"100%\"><tr><td width=\"50%\">%1</td>"
                            "<td width=\"50%\" align=\"center\"><b>%2</b><br/><i>%3</i><br/><br/><br/><br/><b>%4</b>"
                            "</td></tr></table>")
                 .arg(escaped(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Recipients: as above; filed."))),
                      escaped(d.letterhead.signatoryTitle),
                      escaped(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "(signed)"))),
                      escaped(d.letterhead.signatory)));
    }

    const ReportDocument &d;
    const Wording &w;
    ChartMode m_mode;
    qreal m_pageWidth;
    std::unique_ptr<QTextDocument> m_text;
    QString m_html;
    std::vector<QChart *> m_chartList; // owned by the document's chart object, or freed as pictures
    std::vector<qreal> m_chartHeights;
    ChartObject *m_charts = nullptr;
};

} // namespace

std::unique_ptr<QTextDocument> textReport(const ReportDocument &document, const Wording &words, ChartMode mode,
                                          qreal pageWidth)
{
    return Builder(document, words, mode, pageWidth).build();
}

} // namespace ioc::reporting::render

#include "textreport.moc"

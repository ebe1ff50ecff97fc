#include "ui/map/maplegend.h"

#include "core/countdown.h"
#include "core/report.h"
#include "ui/queue/countdowndelegate.h"

#include <QEvent>
#include <QPalette>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;

namespace ioc::ui {

QColor stateColour(int state)
{
    using core::ReportState;
    switch (ReportState(state)) {
    case ReportState::Received:
    case ReportState::IdentityCheck:
    case ReportState::AwaitingSupplement:
    case ReportState::Verified:
    case ReportState::Coordinating:
        return QColor(0xef, 0x6c, 0x00); // the IOC's move
    case ReportState::Distributed:
    case ReportState::Returned:
    case ReportState::InProgress:
    case ReportState::AwaitingApproval:
    case ReportState::Approved:
    case ReportState::TemplateFix:
    case ReportState::ResultFix:
        return QColor(0x15, 0x65, 0xc0); // with an agency
    case ReportState::Published:
        return QColor(0x2e, 0x7d, 0x32);
    case ReportState::Rejected:
    case ReportState::Cancelled:
    case ReportState::Declined:
        return QColor(0x75, 0x75, 0x75);
    }
    return Qt::black;
}

QColor clusterColour(ClusterPressure pressure)
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    switch (pressure) {
    case ClusterPressure::Overdue:
        return pressureColour(core::Pressure::Overdue, light);
    case ClusterPressure::DueWithinHour:
        return pressureColour(core::Pressure::Hurry, light);
    case ClusterPressure::Rest:
        break;
    }
    return pressureColour(core::Pressure::Calm, light);
}

MapLegend::MapLegend(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"mapLegend"_s);
    setTextFormat(Qt::RichText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setStyleSheet(u"#mapLegend { background: rgba(255, 255, 255, 220); color: #212121; padding: 3px 6px; "
                  "border-radius: 3px; }"_s);
    retranslate();
}

void MapLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QLabel::changeEvent(event);
}

void MapLegend::retranslate()
{
    // Two short lines: the legend lies over the map. Its tooltip says what the number is.
    const auto entry = [](const QColor &colour, const QString &words) -> QString {
        return u"<span style='color:%1'>●</span> "_s.arg(colour.name()) + words.toHtmlEscaped();
    };
    const QString gap = u" &nbsp;"_s;
    setText(u"<small><b>"_s + tr("Clusters").toHtmlEscaped() + u"</b>: "_s +
            entry(clusterColour(ClusterPressure::Overdue), tr("some overdue")) + gap +
            entry(clusterColour(ClusterPressure::DueWithinHour), tr("due within the hour")) + gap +
            entry(clusterColour(ClusterPressure::Rest), tr("the rest")) + u"<br><b>"_s + tr("Reports").toHtmlEscaped() +
            u"</b>: "_s + entry(stateColour(int(core::ReportState::Received)), tr("the IOC's move")) + gap +
            entry(stateColour(int(core::ReportState::InProgress)), tr("with an agency")) + gap +
            entry(stateColour(int(core::ReportState::Published)), tr("published")) + gap +
            entry(stateColour(int(core::ReportState::Rejected)), tr("closed")) + gap +
            u"<span style='color:#d32f2f'>◯</span> "_s + tr("urgent").toHtmlEscaped() + u"</small>"_s);
    setToolTip(tr("A cluster's number is how many reports it holds; its colour, the most pressing of them."));
    setAccessibleName(tr("Map legend"));
    setAccessibleDescription(QTextDocumentFragment::fromHtml(text()).toPlainText() + u' ' + toolTip());
    adjustSize();
}

} // namespace ioc::ui

#include "ui/report/clockheader.h"

#include "models/queuemodel.h"
#include "ui/queue/countdowndelegate.h"

namespace ioc::ui {

ClockHeader::ClockHeader(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("clockHeader"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ClockHeader::refresh);
    setVisible(false);
}

void ClockHeader::follow(const models::QueueModel *model, const QString &reportId)
{
    m_model = model;
    m_reportId = reportId;
    refresh();
    m_timer.start(); // also while hidden: a clock may start (or stop) while the dialog is open
}

void ClockHeader::refresh()
{
    const models::QueueModel::Countdown countdown =
        m_model ? m_model->countdownOf(m_reportId) : models::QueueModel::Countdown{};
    if (countdown.text.isEmpty()) {
        setVisible(false);
        return;
    }
    const QString text = tr("Clock: %1").arg(countdown.text);
    setText(text);
    setToolTip(countdown.toolTip);
    setAccessibleName(text);
    setAccessibleDescription(countdown.toolTip);
    QPalette shown = palette();
    shown.setColor(QPalette::WindowText, pressureColour(core::Pressure(countdown.pressure), palette()));
    setPalette(shown);
    setVisible(true);
}

} // namespace ioc::ui

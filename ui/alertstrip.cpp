#include "ui/alertstrip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ioc::ui {

namespace {

constexpr int keptAlerts = 5;

} // namespace

AlertStrip::AlertStrip(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
{
    setObjectName(u"alertStrip"_s);
    setAttribute(Qt::WA_StyledBackground);
    m_text->setObjectName(u"alertBanner"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // elided, never wider
    m_text->installEventFilter(this);
    m_open->setObjectName(u"alertBannerOpen"_s);
    m_open->setFocusPolicy(Qt::TabFocus);
    m_dismiss->setObjectName(u"alertBannerClose"_s);
    m_dismiss->setFocusPolicy(Qt::TabFocus);
    connect(m_open, &QPushButton::clicked, this, &AlertStrip::openUrgentRequested);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        m_alerts.clear();
        refresh();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 2, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_dismiss);
    // One line, whatever it holds: the rows below never move (issue 27 §3).
    setFixedHeight(std::max(m_open->sizeHint().height(), fontMetrics().height() + 8) + 4);
    refresh();
}

void AlertStrip::showAlert(const QString &text)
{
    m_alerts.prepend(text);
    while (m_alerts.size() > keptAlerts) {
        m_alerts.removeLast();
    }
    refresh();
}

void AlertStrip::setUrgentCount(int count)
{
    if (count != m_urgent) {
        m_urgent = count;
        refresh();
    }
}

bool AlertStrip::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::Resize) {
        fitText(); // the buttons beside it came or went
    }
    if (watched == m_text && event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton && (m_urgent > 0 || !m_alerts.isEmpty())) {
        emit openUrgentRequested(); // with none waiting, the window says so
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void AlertStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        refresh();
    }
    QWidget::changeEvent(event);
}

void AlertStrip::refresh()
{
    QString style;
    if (!m_alerts.isEmpty()) {
        m_full = m_alerts.first();
        if (m_alerts.size() > 1) {
            m_full += u"  "_s + tr("(+%n more)", nullptr, int(m_alerts.size() - 1));
        }
        style = u"#alertStrip { background: #b71c1c; } #alertBanner { color: white; font-weight: bold; }"_s;
    } else if (m_urgent > 0) {
        m_full = tr("%n urgent report(s) not distributed yet.", nullptr, m_urgent);
        style = u"#alertStrip { background: #fff3e0; } #alertBanner { color: #8a3b00; font-weight: bold; }"_s;
    } else {
        m_full = tr("No alerts.");
        style = u"#alertBanner { color: palette(mid); }"_s;
    }
    if (style != styleSheet()) {
        setStyleSheet(style); // re-polishes the strip: only when its look changes
    }
    // The buttons first, so that the text is fitted to the room they leave.
    m_open->setText(tr("Open the newest urgent report"));
    m_open->setToolTip(tr("Ctrl+Shift+U"));
    m_open->setVisible(m_urgent > 0);
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setToolTip(tr("Dismiss the alerts"));
    m_dismiss->setVisible(!m_alerts.isEmpty());
    const QString all = m_alerts.isEmpty() ? m_full : m_alerts.join(u'\n');
    m_text->setToolTip(all);
    m_text->setAccessibleName(m_full); // whole, not elided
    m_text->setAccessibleDescription(all);
    m_text->setCursor(m_urgent > 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    fitText();
}

void AlertStrip::fitText()
{
    m_text->setText(m_text->fontMetrics().elidedText(m_full, Qt::ElideRight, std::max(0, m_text->width())));
}

} // namespace ioc::ui

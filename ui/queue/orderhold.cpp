#include "ui/queue/orderhold.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QTimer>

namespace ioc::ui {

OrderHold::OrderHold(QAbstractItemView *view, int quietMs)
    : QObject(view)
    , m_quiet(new QTimer(this))
{
    m_quiet->setSingleShot(true);
    m_quiet->setInterval(quietMs);
    connect(m_quiet, &QTimer::timeout, this, &OrderHold::quietPassed);
    // The pointer resting over the rows counts from its last move: the viewport tracks it.
    view->viewport()->setMouseTracking(true);
    view->viewport()->installEventFilter(this);
    view->installEventFilter(this);
}

bool OrderHold::isHolding() const
{
    return m_pressed || m_quiet->isActive();
}

void OrderHold::release()
{
    const bool was = isHolding();
    m_pressed = false;
    m_quiet->stop();
    if (was) {
        emit released();
    }
}

bool OrderHold::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
        m_pressed = true;
        touch();
        break;
    case QEvent::MouseButtonRelease:
        m_pressed = false;
        touch();
        break;
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::KeyPress:
        touch();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void OrderHold::touch()
{
    m_quiet->start();
}

void OrderHold::quietPassed()
{
    if (!m_pressed) {
        emit released();
    }
}

} // namespace ioc::ui

#include "ui/queue/orderhold.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QGuiApplication>
#include <QScrollBar>
#include <QTimer>

namespace ioc::ui {

OrderHold::OrderHold(QAbstractItemView *view, int quietMs)
    : QObject(view)
    , m_quiet(new QTimer(this))
{
    m_quiet->setSingleShot(true);
    m_quiet->setInterval(quietMs);
    connect(m_quiet, &QTimer::timeout, this, &OrderHold::quietPassed);
    // The pointer resting over the rows counts from its last move: the viewport tracks it. The
    // scroll bars handle their own presses, drags and wheel turns.
    view->viewport()->setMouseTracking(true);
    for (QObject *watched : std::initializer_list<QObject *>{view->viewport(), view, view->verticalScrollBar(),
                                                             view->horizontalScrollBar()}) {
        watched->installEventFilter(this);
    }
}

bool OrderHold::isHolding() const
{
    return pressed() || m_quiet->isActive();
}

bool OrderHold::pressed() const
{
    // A release that never came (a modal dialog opened under the press, a grab elsewhere) does
    // not hold the order forever: the buttons as the application knows them decide.
    return m_pressed && QGuiApplication::mouseButtons() != Qt::NoButton;
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
    case QEvent::Hide:
    case QEvent::FocusOut:
    case QEvent::WindowDeactivate:
        if (watched == parent()) {
            m_pressed = false; // no release will come; the quiet second still runs
        }
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
    if (pressed()) {
        m_quiet->start(); // held down: ask again a second later
        return;
    }
    m_pressed = false;
    emit released();
}

} // namespace ioc::ui

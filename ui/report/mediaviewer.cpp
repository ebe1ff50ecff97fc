#include "ui/report/mediaviewer.h"

#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace ioc::ui {

MediaViewer::MediaViewer(const QImage &image, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_view(new QGraphicsView(this))
{
    setObjectName(u"mediaViewer"_s);
    setWindowTitle(title);
    auto *scene = new QGraphicsScene(m_view);
    auto *item = scene->addPixmap(QPixmap::fromImage(image));
    item->setTransformationMode(Qt::SmoothTransformation);
    m_view->setObjectName(u"mediaView"_s);
    m_view->setScene(scene);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_view->setRenderHint(QPainter::SmoothPixmapTransform);
    m_view->viewport()->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    resize(1000, 760);
}

double MediaViewer::zoom() const
{
    return m_view->transform().m11();
}

void MediaViewer::zoomBy(double factor)
{
    const double next = zoom() * factor;
    if (next < 0.02 || next > 32) {
        return;
    }
    m_view->scale(factor, factor);
}

void MediaViewer::fit()
{
    m_view->fitInView(m_view->scene()->itemsBoundingRect(), Qt::KeepAspectRatio);
}

bool MediaViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel) {
        const auto *wheel = static_cast<QWheelEvent *>(event);
        zoomBy(wheel->angleDelta().y() > 0 ? 1.25 : 0.8);
        return true;
    }
    if (watched == m_view->viewport() && event->type() == QEvent::Show) {
        fit();
    }
    return QDialog::eventFilter(watched, event);
}

void MediaViewer::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(0.8);
        return;
    case Qt::Key_0:
        fit();
        return;
    default:
        QDialog::keyPressEvent(event);
    }
}

} // namespace ioc::ui

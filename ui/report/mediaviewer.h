#pragma once

#include <QDialog>
#include <QImage>

class QGraphicsView;

namespace ioc::ui {

// A photo at full size: wheel or +/− to zoom around the pointer, drag to pan, 0 to fit.
class MediaViewer final : public QDialog
{
    Q_OBJECT

public:
    MediaViewer(const QImage &image, const QString &title, QWidget *parent = nullptr);
    double zoom() const;
    void zoomBy(double factor);
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QGraphicsView *m_view;
};

} // namespace ioc::ui

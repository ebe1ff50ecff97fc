#pragma once

#include <QLabel>
#include <QPointer>
#include <QTimer>

namespace ioc::models {
class QueueModel;
}

namespace ioc::ui {

// The clock an action dialog answers to, counting down live at the dialog's top (issue 27 §2):
// "Thời hạn: Xác minh · IOC · còn 45 phút", in the queue's colour for its pressure, with the
// queue's tooltip (the articles, when it started, when it is due). Read from the queue's model
// once a second, so dialog, queue and detail never disagree. Hidden when no countdown runs.
class ClockHeader final : public QLabel
{
    Q_OBJECT

public:
    explicit ClockHeader(QWidget *parent = nullptr);
    // Follows `reportId`'s countdown in `model` (not owned; may go away first).
    void follow(const models::QueueModel *model, const QString &reportId);
    void refresh();

private:
    QPointer<const models::QueueModel> m_model;
    QString m_reportId;
    QTimer m_timer;
};

} // namespace ioc::ui

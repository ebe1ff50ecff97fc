#pragma once

#include <QObject>

class QAbstractItemView;
class QTimer;

namespace ioc::ui {

// Rows never move under the pointer or the keyboard focus (issue 27 §3). While the officer
// points at, presses, scrolls or types in a view, and for a quiet second after the last such
// input, the view's order is held: whoever changes the rows waits for released(). A held button
// holds until it is let go and the quiet time has passed; release() ends the hold at once, on
// request.
class OrderHold final : public QObject
{
    Q_OBJECT

public:
    explicit OrderHold(QAbstractItemView *view, int quietMs = 1000);

    bool isHolding() const;
    void release();

signals:
    void released();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool pressed() const;
    void touch();
    void quietPassed();

    QTimer *m_quiet;
    bool m_pressed = false;
};

} // namespace ioc::ui

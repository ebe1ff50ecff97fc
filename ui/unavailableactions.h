#pragma once

#include <QHash>
#include <QObject>

#include <functional>

class QAction;
class QKeyEvent;
class QStatusBar;
class QWidget;

namespace ioc::ui {

// The actions of a window that do not apply now, each with why (issue 27 §4). Such an action is
// disabled, its tooltip and status tip give the reason, and its key, pressed anywhere in the
// window, answers in the status bar instead of silence: a disabled action's shortcut reaches no
// action, and a letter such as V or P would go to a list's type-ahead. A letter typed into a text
// field stays text.
class UnavailableActions final : public QObject
{
    Q_OBJECT

public:
    // Watches the application's key presses for `window`; `suspended` (the lock screen) silences it.
    UnavailableActions(QWidget *window, QStatusBar *statusBar, std::function<bool()> suspended);
    ~UnavailableActions() override;

    // `action` applies (an empty reason) or does not, and why. The tooltip carries the action's
    // text as it is now: set again after a change of language.
    void set(QAction *action, const QString &reason);
    bool isEmpty() const { return m_reasons.isEmpty(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool answer(QKeyEvent *event, QWidget *target);

    QWidget *m_window;
    QStatusBar *m_statusBar;
    std::function<bool()> m_suspended;
    QHash<QAction *, QString> m_reasons;
};

} // namespace ioc::ui

#include "ui/unavailableactions.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace ioc::ui {

UnavailableActions::UnavailableActions(QWidget *window, QStatusBar *statusBar, std::function<bool()> suspended)
    : QObject(window)
    , m_window(window)
    , m_statusBar(statusBar)
    , m_suspended(std::move(suspended))
{
    qApp->installEventFilter(this);
}

UnavailableActions::~UnavailableActions()
{
    qApp->removeEventFilter(this);
}

void UnavailableActions::set(QAction *action, const QString &reason)
{
    const bool applies = reason.isEmpty();
    action->setEnabled(applies);
    const QString name = action->text().remove(u'&');
    action->setToolTip(applies ? name : name + u" — "_s + reason);
    action->setStatusTip(reason);
    if (applies) {
        m_reasons.remove(action);
    } else {
        m_reasons.insert(action, reason);
    }
}

bool UnavailableActions::eventFilter(QObject *watched, QEvent *event)
{
    // Any key of the window is looked at before a widget or a shortcut takes it.
    if (event->type() == QEvent::KeyPress && watched->isWidgetType()) {
        auto *target = static_cast<QWidget *>(watched);
        if (target->window() == m_window && answer(static_cast<QKeyEvent *>(event), target)) {
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

bool UnavailableActions::answer(QKeyEvent *event, QWidget *target)
{
    if (m_reasons.isEmpty() || m_suspended()) {
        return false;
    }
    // A plain letter typed into a text field is text, not a shortcut.
    const bool plain = (event->modifiers() & ~Qt::ShiftModifier) == Qt::NoModifier && !event->text().isEmpty() &&
                       event->text().at(0).isPrint();
    if (plain) {
        const auto *combo = qobject_cast<QComboBox *>(target);
        if (qobject_cast<QLineEdit *>(target) != nullptr || qobject_cast<QAbstractSpinBox *>(target) != nullptr ||
            (combo != nullptr && combo->isEditable())) {
            return false;
        }
        const auto *text = qobject_cast<QTextEdit *>(target);
        const auto *plainText = qobject_cast<QPlainTextEdit *>(target);
        if ((text != nullptr && !text->isReadOnly()) || (plainText != nullptr && !plainText->isReadOnly())) {
            return false;
        }
    }
    const QKeySequence pressed(event->keyCombination());
    for (auto it = m_reasons.cbegin(); it != m_reasons.cend(); ++it) {
        if (it.key()->shortcuts().contains(pressed)) {
            m_statusBar->showMessage(it.key()->text().remove(u'&') + u": "_s + it.value(), 8000);
            event->accept();
            return true;
        }
    }
    return false;
}

} // namespace ioc::ui

#pragma once

#include "ui/dialogs/messagedeskdialog.h"

#include <QObject>
#include <QPointer>

namespace ioc::session {
class ConsoleSession;
}
namespace ioc::ui {
class MainWindow;
}

namespace ioc {

// The messages that need a person (docs/channels.md): the call backs duty officers owe and the
// messages the server gave up on, read from the server when the desk opens or is refreshed, and
// the calls an officer records. Duty officers and supervisors; a call is recorded now, never
// queued (the server refuses a call back another officer recorded first).
class MessageDeskController final : public QObject
{
    Q_OBJECT

public:
    MessageDeskController(ui::MainWindow *window, session::ConsoleSession &session, QObject *owner = nullptr);

    // After sign-in: whether this user has the desk.
    void startSession();
    void open();
    void refresh();
    void close();
    ui::MessageDeskDialog *dialog() const { return m_dialog; }

signals:
    void openReportRequested(const QString &reportId);
    // A list arrived (tests wait for it).
    void refreshed();

private:
    void fetch(const QString &attention);
    void record(const QString &messageId, bool reached, const QString &note);

    ui::MainWindow *m_window;
    session::ConsoleSession &m_session;
    QPointer<ui::MessageDeskDialog> m_dialog;
    int m_pending = 0;
    QString m_outcome; // of the last call recorded, said with the lists read after it
};

} // namespace ioc

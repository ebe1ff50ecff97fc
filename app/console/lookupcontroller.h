#pragma once

#include <QObject>

namespace ioc::session {
class ConsoleSession;
}
namespace ioc::ui {
class MainWindow;
}

namespace ioc {

// The hotline's question, "I reported a broken light last week" (issue 27 §1): a telephone
// number typed in the queue's search is looked up on the server (POST /v1/reports/lookup, for
// duty officers and supervisors), with a reason the officer gives; the server records the
// look-up and answers report ids, never identity (PRODUCT.md §17). The queue then shows those
// reports as a restriction the officer lifts. Asked now, never queued: offline it says so.
class LookupController final : public QObject
{
    Q_OBJECT

public:
    LookupController(ui::MainWindow *window, session::ConsoleSession &session, QObject *owner = nullptr);

    // After sign-in: connects the queue, offered to the roles the server allows.
    void startSession();
    void lookUp(const QString &phone);

signals:
    // The answer was shown (tests wait for it): how many reports, or the reason it failed.
    void lookedUp(int found, const QString &problem);

private:
    void send(const QString &phone, const QString &reason);

    ui::MainWindow *m_window;
    session::ConsoleSession &m_session;
};

} // namespace ioc

#pragma once

#include "ui/dialogs/intakedialog.h"
#include "ui/dialogs/verificationdialog.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace ioc::session {
class ConsoleSession;
}
namespace ioc::ui {
class MainWindow;
}

namespace ioc {

// The IOC's intake: reports entered for citizens (the intake form, queued offline-capable with
// their files), and the verification dialog wired to the session: opens it on the selected report (or the next
// one to verify), has the checklist evaluated off the UI thread, loads the photos of the report
// and of its duplicate candidates, queues each decision's actions through the outbox in order,
// and moves on to the next report to verify.
class VerificationController final : public QObject
{
    Q_OBJECT

public:
    using RevealedFunction = std::function<bool(const QString &reportId)>;
    VerificationController(ui::MainWindow *window, session::ConsoleSession &session, RevealedFunction revealed,
                           QObject *parent = nullptr);

    // Opens (or raises) the dialog on this report.
    void verify(const QString &reportId);
    // The intake form; the report is queued through the outbox with an id made here.
    void enterReport();
    // Takes the dialogs off the screen (lock); an intake form being typed is kept hidden.
    void close();
    // As close(), and forgets the intake form (sign-out).
    void reset();
    ui::VerificationDialog *dialog() const { return m_dialog; }
    ui::IntakeDialog *intakeDialog() const { return m_intake; }

signals:
    // The checklist of this report is on screen.
    void evaluated(const QString &reportId);
    // A report entered here is in the outbox.
    void reportQueued(const QString &reportId);
    // Every action of a decision is in the outbox.
    void decisionQueued(const QString &reportId);
    void mediaOpenRequested(const ioc::core::MediaItem &item);

private:
    void onDecided(const QString &reportId, const QList<ui::VerificationStep> &steps);
    // The next report to verify: after a decision, the most pressing one (`afterDecision`),
    // else the one after this in that order; reports with a decision still in the outbox are
    // passed over (issue 27 §3).
    void next(bool afterDecision = false);
    void loadThumbnail(const core::MediaItem &item);
    void queueIntake();

    ui::MainWindow *m_window;
    session::ConsoleSession &m_session;
    RevealedFunction m_revealed;
    QPointer<ui::VerificationDialog> m_dialog;
    QPointer<ui::IntakeDialog> m_intake; // not modal: the map stays usable to place the report
};

} // namespace ioc

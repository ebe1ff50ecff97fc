#pragma once

#include "ui/dialogs/processingdialog.h"
#include "ui/dialogs/publicationdialog.h"

#include <QObject>
#include <QPointer>

namespace ioc::session {
class ConsoleSession;
}
namespace ioc::ui {
class MainWindow;
}

namespace ioc {

// What happens after distribution (Điều 11–17): the agency's processing dialog on its workstation
// (accept, dispatch, return, decline, extend, the result with its photos, the leader's approval,
// the coordinator's answers, answers to interactions) and the IOC's publication gate (publish,
// template or result fix, the coordinator's agreement, step back). Each decision is one action
// through the outbox; result photos are kept encrypted and uploaded before it.
class ProcessingController final : public QObject
{
    Q_OBJECT

public:
    ProcessingController(ui::MainWindow *window, session::ConsoleSession &session, QObject *parent = nullptr);

    void process(const QString &reportId);
    void publish(const QString &reportId);
    // Closes the dialogs (lock, sign-out).
    void close();

    ui::ProcessingDialog *processingDialog() const { return m_processing; }
    ui::PublicationDialog *publicationDialog() const { return m_publication; }

signals:
    // A decision on this report is in the outbox.
    void actionQueued(const QString &reportId, const QString &action);

private:
    void queueProcessing();
    void queuePublication();
    void loadPhoto(const QString &sha256);

    ui::MainWindow *m_window;
    session::ConsoleSession &m_session;
    QPointer<ui::ProcessingDialog> m_processing;
    QPointer<ui::PublicationDialog> m_publication;
};

} // namespace ioc

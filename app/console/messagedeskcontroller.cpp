#include "messagedeskcontroller.h"

#include "core/vntime.h"
#include "session/consolesession.h"
#include "ui/mainwindow.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ioc {

namespace {

bool hasDesk(const session::ConsoleSession &session)
{
    const auto user = session.user();
    return user && (user->role == core::Role::DutyOfficer || user->role == core::Role::Supervisor);
}

ui::DeskMessage deskMessage(const QJsonObject &item)
{
    return {item.value(u"id"_s).toString(),
            item.value(u"report_id"_s).toString(),
            item.value(u"report_code"_s).toString(),
            item.value(u"audience"_s).toString(),
            item.value(u"channel"_s).toString(),
            item.value(u"recipient"_s).toString(),
            item.value(u"recipient_name"_s).toString(),
            item.value(u"template"_s).toString(),
            item.value(u"last_error"_s).toString(),
            item.value(u"handled_note"_s).toString(),
            item.value(u"attempts"_s).toInt(),
            core::vntime::parseIso8601(item.value(u"created_at"_s).toString()).value_or(QDateTime())};
}

} // namespace

MessageDeskController::MessageDeskController(ui::MainWindow *window, session::ConsoleSession &session, QObject *owner)
    : QObject(owner)
    , m_window(window)
    , m_session(session)
{
    connect(m_window, &ui::MainWindow::messageDeskRequested, this, &MessageDeskController::open);
}

void MessageDeskController::startSession()
{
    m_window->setMessageDeskAvailable(hasDesk(m_session));
}

void MessageDeskController::open()
{
    if (!hasDesk(m_session)) {
        return;
    }
    if (m_dialog == nullptr) {
        const auto user = m_session.user();
        m_dialog = new ui::MessageDeskDialog(user && user->role == core::Role::DutyOfficer, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &ui::MessageDeskDialog::refreshRequested, this, &MessageDeskController::refresh);
        connect(m_dialog, &ui::MessageDeskDialog::openReportRequested, this,
                &MessageDeskController::openReportRequested);
        connect(m_dialog, &ui::MessageDeskDialog::callRecorded, this, &MessageDeskController::record);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    refresh();
}

void MessageDeskController::refresh()
{
    if (m_dialog == nullptr) {
        return;
    }
    if (m_outcome.isEmpty()) {
        m_dialog->setStatus(tr("Reading the lists from the server…"));
    }
    fetch(u"callbacks"_s);
    fetch(u"failures"_s);
}

void MessageDeskController::fetch(const QString &attention)
{
    ++m_pending;
    m_session.request(
        "GET", u"/v1/notifications?attention=%1"_s.arg(attention), {},
        [this, attention](int status, const QJsonObject &json, const QString &message) {
            --m_pending;
            if (m_dialog == nullptr) {
                return;
            }
            if (status != 200) {
                m_dialog->setStatus(tr("The lists could not be read: %1")
                                        .arg(message.isEmpty() ? tr("the server cannot be reached") : message));
                return;
            }
            QList<ui::DeskMessage> messages;
            for (const QJsonValue &value : json.value(u"items"_s).toArray()) {
                messages.append(deskMessage(value.toObject()));
            }
            if (attention == u"callbacks"_s) {
                m_dialog->setCallBacks(messages);
            } else {
                m_dialog->setFailures(messages);
            }
            if (m_pending == 0) {
                const QString read = tr("Read at %1.").arg(core::vntime::formatLocal(m_session.serverNow(), u"HH:mm"));
                m_dialog->setStatus(m_outcome.isEmpty() ? read : m_outcome + u' ' + read);
                m_outcome.clear();
                emit refreshed();
            }
        });
}

void MessageDeskController::record(const QString &messageId, bool reached, const QString &note)
{
    if (m_dialog == nullptr) {
        return;
    }
    m_dialog->setBusy(true);
    m_dialog->setStatus(tr("Recording the call…"));
    m_session.request("POST", u"/v1/notifications/%1/callback"_s.arg(messageId),
                      {{u"reached"_s, reached}, {u"note"_s, note}},
                      [this, reached](int status, const QJsonObject &, const QString &message) {
                          if (m_dialog == nullptr) {
                              return;
                          }
                          m_dialog->setBusy(false);
                          if (status != 200) {
                              m_outcome = tr("The call was not recorded: %1")
                                              .arg(message.isEmpty() ? tr("the server cannot be reached") : message);
                          } else {
                              m_dialog->clearCall();
                              m_outcome = reached ? tr("Recorded: the reply was given by telephone.")
                                                  : tr("Recorded: not reached. The call back stays owed.");
                          }
                          refresh();
                      });
}

void MessageDeskController::close()
{
    if (m_dialog != nullptr) {
        m_dialog->close();
    }
}

} // namespace ioc

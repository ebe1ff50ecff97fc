#include "lookupcontroller.h"

#include "core/masking.h"
#include "session/consolesession.h"
#include "ui/dialogs/lookupdialog.h"
#include "ui/mainwindow.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace ioc {

LookupController::LookupController(ui::MainWindow *window, session::ConsoleSession &session, QObject *owner)
    : QObject(owner)
    , m_window(window)
    , m_session(session)
{}

void LookupController::startSession()
{
    const auto user = m_session.user();
    const bool allowed = user && (user->role == core::Role::DutyOfficer || user->role == core::Role::Supervisor);
    m_window->queue()->setPhoneLookupAllowed(allowed);
    connect(m_window->queue(), &ui::QueuePanel::phoneLookupRequested, this, &LookupController::lookUp,
            Qt::UniqueConnection);
}

void LookupController::lookUp(const QString &phone)
{
    // Window-modal without a nested event loop: sync and timers go on while the officer answers.
    auto *dialog = new ui::PhoneLookupDialog(phone, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, phone] { send(phone, dialog->reason()); });
    dialog->open();
}

void LookupController::send(const QString &phone, const QString &reason)
{
    const QString masked = core::masking::phone(phone);
    m_window->statusBar()->showMessage(tr("Looking up the reports sent from %1…").arg(masked));
    m_session.request(
        "POST", u"/v1/reports/lookup"_s, {{u"phone"_s, phone}, {u"reason"_s, reason}},
        [this, masked](int status, const QJsonObject &json, const QString &message) {
            if (status != 200) {
                const QString problem = status == 0 ? tr("the look-up needs the server, which cannot be reached now")
                                        : status == 429 ? tr("too many look-ups in the last hour; try again later")
                                        : status == 403
                                            ? tr("only the IOC's duty officers and supervisors look up callers")
                                            : message;
                m_window->statusBar()->showMessage(tr("The look-up of %1 failed: %2").arg(masked, problem), 15000);
                emit lookedUp(-1, problem);
                return;
            }
            QSet<QString> ids;
            for (const QJsonValue &item : json.value(u"items"_s).toArray()) {
                ids.insert(item.toObject().value(u"id"_s).toString());
            }
            ui::QueuePanel *queue = m_window->queue();
            if (ids.isEmpty()) {
                m_window->statusBar()->showMessage(tr("No report was sent from %1.").arg(masked), 15000);
                emit lookedUp(0, {});
                return;
            }
            models::QueueFilter only;
            only.onlyIds = ids;
            QString label = tr("Sent from %1: %n report(s)", nullptr, int(ids.size())).arg(masked);
            if (json.value(u"truncated"_s).toBool()) {
                label += u' ' + tr("(the most recent ones)");
            }
            queue->searchField()->clear();
            queue->setRestriction(only, label);
            queue->table()->setFocus();
            m_window->statusBar()->clearMessage();
            emit lookedUp(int(ids.size()), {});
        });
}

} // namespace ioc

#pragma once

#include "core/directory.h"
#include "core/report.h"
#include "core/workflow.h"
#include "ui/mainwindow.h"
#include "ui/report/reportdetail.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace ioc::session {
class ConsoleSession;
}

namespace ioc {

// What the window shows of the selected report, assembled from the session and the rules
// (split out of ConsoleController): the detail's data (the replica's report and events, the
// identity revealed here, the outbox's entries, the messages the server told of), and which
// of the window's report actions apply, each other one with the reason the rules give.
class ReportView final
{
    Q_DECLARE_TR_FUNCTIONS(ioc::ReportView)

public:
    // The report actions this window offers (the verification and distribution dialogs come with
    // their own parts).
    static const QList<core::Action> &windowActions();

    static ui::ReportDetailData detail(session::ConsoleSession &session, const core::Report &report,
                                       const core::Directory &directory, const QHash<QString, QString> &userNames);

    struct ActionStates
    {
        QList<core::Action> available;
        QHash<core::Action, QString> reasons; // of the others, in words (issue 27 §4)
    };
    // Why the rules refuse `action` on `report`, in words; empty when they allow it.
    static QString refusalOf(const core::Report &report, const core::Actor &actor, core::Action action,
                             const core::Directory &directory);
    static ActionStates actionStates(const core::Report &report, const core::Actor &actor,
                                     const core::Directory &directory);

    // The dialogs that cannot open on `report` (none selected: nullptr), each with the rules'
    // reason; a dialog opens when any action it offers applies.
    static QHash<ui::ReportDialog, QString> unavailableDialogs(const core::Report *report, const core::Actor &actor,
                                                               const core::Directory &directory);

    // GET /v1/reports/{id}/notifications, as the detail lists them.
    static QList<ui::MessageView> messages(const QJsonObject &json);
};

} // namespace ioc

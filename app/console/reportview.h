#pragma once

#include "core/directory.h"
#include "core/report.h"
#include "core/workflow.h"
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
    static ActionStates actionStates(const core::Report &report, const core::Actor &actor,
                                     const core::Directory &directory);

    // GET /v1/reports/{id}/notifications, as the detail lists them.
    static QList<ui::MessageView> messages(const QJsonObject &json);
};

} // namespace ioc

#include "reportview.h"

#include "core/translations.h"
#include "core/vntime.h"
#include "session/consolesession.h"
#include "ui/dialogs/processingdialog.h"
#include "ui/dialogs/publicationdialog.h"
#include "ui/dialogs/verificationdialog.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ioc {

const QList<core::Action> &ReportView::windowActions()
{
    static const QList<core::Action> actions{
        core::Action::Claim,     core::Action::Release, core::Action::AddNote,
        core::Action::SetUrgent, core::Action::Hide,    core::Action::Unhide,
        core::Action::Remind,    core::Action::LogCall, core::Action::RevealIdentity,
        core::Action::Escalate,  core::Action::Cancel,  core::Action::MarkInteractionNotLegitimate,
        core::Action::MarkRepeat};
    return actions;
}

ui::ReportDetailData ReportView::detail(session::ConsoleSession &session, const core::Report &report,
                                        const core::Directory &directory, const QHash<QString, QString> &userNames)
{
    ui::ReportDetailData data;
    data.report = report;
    data.events = session.reports().events(report.id);
    data.identity = session.identities().identityOf(report.id);
    data.directory = directory;
    data.userNames = userNames;
    data.now = session.serverNow();
    for (const storage::OutboxEntry &entry : session.outbox().entries()) {
        if (entry.reportId != report.id) {
            continue;
        }
        if (entry.state == storage::OutboxState::Pending) {
            ++data.pendingActions;
        } else if (entry.state == storage::OutboxState::Conflict || entry.state == storage::OutboxState::Failed) {
            data.conflicts.append({entry.seq, entry.action, entry.lastError, entry.payload, entry.result});
        }
    }
    return data;
}

ReportView::ActionStates ReportView::actionStates(const core::Report &report, const core::Actor &actor,
                                                  const core::Directory &directory)
{
    ActionStates states;
    for (core::Action action : core::availableActions(report, actor, &directory)) {
        if (!windowActions().contains(action)) {
            continue;
        }
        // Claim or release, whichever applies now.
        if (action == core::Action::Claim && report.claimedBy == actor.userId) {
            continue;
        }
        if (action == core::Action::Release && report.claimedBy != actor.userId) {
            continue;
        }
        states.available.append(action);
    }
    // Each action that does not apply says why, in words (issue 27 §4): the rules' refusal.
    for (core::Action action : windowActions()) {
        if (states.available.contains(action)) {
            continue;
        }
        if (const QString reason = refusalOf(report, actor, action, directory); !reason.isEmpty()) {
            states.reasons.insert(action, reason);
        } else if (action == core::Action::Claim) {
            states.reasons.insert(action, tr("You are handling this report already."));
        } else if (action == core::Action::Release) {
            states.reasons.insert(action, tr("You are not handling this report."));
        }
    }
    return states;
}

QString ReportView::refusalOf(const core::Report &report, const core::Actor &actor, core::Action action,
                              const core::Directory &directory)
{
    const core::WorkflowError refusal = core::checkAllowed(report, actor, action, &directory);
    if (refusal.code() == u"transition_not_allowed"_s) {
        return tr("Not while the report is “%1”.")
            .arg(QCoreApplication::translate("ioc::core", core::reportStateLabel(report.state)));
    }
    return refusal.isError() ? refusal.message(core::Translations::current()) + u'.' : QString();
}

QHash<ui::ReportDialog, QString> ReportView::unavailableDialogs(const core::Report *report, const core::Actor &actor,
                                                                const core::Directory &directory)
{
    // What each dialog offers; the first is the one whose refusal explains a closed dialog.
    const QList<std::pair<ui::ReportDialog, QList<core::Action>>> dialogs{
        {ui::ReportDialog::Verify, ui::VerificationDialog::decisions()},
        {ui::ReportDialog::Distribute, {core::Action::Distribute, core::Action::StartCoordination}},
        {ui::ReportDialog::Process, ui::ProcessingDialog::handledActions()},
        {ui::ReportDialog::Publish, ui::PublicationDialog::handledActions()}};
    QHash<ui::ReportDialog, QString> reasons;
    if (report == nullptr) {
        for (const auto &[dialog, actions] : dialogs) {
            if (dialog != ui::ReportDialog::Verify) { // V picks the next report to verify
                reasons.insert(dialog, tr("Select a report first."));
            }
        }
        return reasons;
    }
    const QList<core::Action> available = core::availableActions(*report, actor, &directory);
    for (const auto &[dialog, actions] : dialogs) {
        if (std::none_of(actions.cbegin(), actions.cend(), [&](core::Action a) { return available.contains(a); })) {
            const QString reason = refusalOf(*report, actor, actions.first(), directory);
            reasons.insert(dialog, reason.isEmpty() ? tr("Not possible on this report now.") : reason);
        }
    }
    return reasons;
}

QList<ui::MessageView> ReportView::messages(const QJsonObject &json)
{
    QList<ui::MessageView> messages;
    for (const QJsonValue &value : json.value(u"items"_s).toArray()) {
        const QJsonObject item = value.toObject();
        const auto time = [&item](const QString &key) {
            return core::vntime::parseIso8601(item.value(key).toString()).value_or(QDateTime());
        };
        messages.append({item.value(u"audience"_s).toString(), item.value(u"channel"_s).toString(),
                         item.value(u"recipient"_s).toString(), item.value(u"recipient_name"_s).toString(),
                         item.value(u"state"_s).toString(), item.value(u"last_error"_s).toString(),
                         item.value(u"attempts"_s).toInt(), time(u"created_at"_s), time(u"sent_at"_s)});
    }
    return messages;
}

} // namespace ioc

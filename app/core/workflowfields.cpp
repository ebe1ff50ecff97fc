#include "core/publication.h"
#include "core/vntime.h"
#include "core/workflow_p.h"

#include <QJsonArray>

namespace ioc::core::detail {

bool isAgencyRole(Role role)
{
    return role == Role::AgencyStaff || role == Role::AgencyLeader;
}

bool agencyInvolved(const Report &report, const QString &agencyId, const Directory *directory)
{
    if (agencyId.isEmpty()) {
        return false;
    }
    if (report.leadAgencyId == agencyId || report.coordinatorAgencyId == agencyId ||
        report.coordinatingAgencyIds.contains(agencyId)) {
        return true;
    }
    return directory != nullptr && !report.leadAgencyId.isEmpty() &&
           directory->upperLevelAgencies(report.leadAgencyId).contains(agencyId);
}

bool conditionHolds(Condition condition, const Report &report, const QJsonObject &payload)
{
    switch (condition) {
    case Condition::Always:
        return true;
    case Condition::Urgent:
        return report.urgent;
    case Condition::Agreed:
        return payload.value(QStringLiteral("agree")).toBool();
    case Condition::Disagreed:
        return !payload.value(QStringLiteral("agree")).toBool();
    case Condition::NotSatisfied:
        return payload.value(QStringLiteral("level")).toString() == satisfactionName(Satisfaction::NotSatisfied);
    case Condition::Approved:
        return payload.value(QStringLiteral("approve")).toBool();
    // Under the sanction procedure neither the 6 days nor an extension governs any more.
    case Condition::Extended:
        return report.latestClock(ClockStep::Commitment) != nullptr && report.sanctionProcedure.isEmpty();
    case Condition::NotExtended:
        return report.latestClock(ClockStep::Commitment) == nullptr && report.sanctionProcedure.isEmpty();
    }
    return false;
}

QString text(const QJsonObject &payload, const char *field)
{
    return payload.value(QLatin1StringView(field)).toString().trimmed();
}

QStringList textList(const QJsonObject &payload, const char *field)
{
    QStringList list;
    for (const QJsonValue &value : payload.value(QLatin1StringView(field)).toArray()) {
        list.append(value.toString().trimmed());
    }
    return list;
}

bool activeAgency(const Directory *directory, const QString &id)
{
    if (directory == nullptr) {
        return !id.isEmpty();
    }
    const Agency *agency = directory->agency(id);
    return agency != nullptr && agency->active;
}

WorkflowError applyFields(Report &report, const Actor &actor, Action action, const QJsonObject &payload,
                          const QDateTime &actedAt, const WorkflowContext &context)
{
    switch (action) {
    case Action::Create:
        break;
    case Action::Claim:
        if (!report.claimedBy.isEmpty() && report.claimedBy != actor.userId && report.claimedAt.isValid() &&
            report.claimedAt.secsTo(actedAt) < context.claimTimeoutSeconds) {
            return WorkflowError(QStringLiteral("claimed_by_other"));
        }
        report.claimedBy = actor.userId;
        report.claimedAt = actedAt;
        break;
    case Action::Release:
        if (report.claimedBy != actor.userId) {
            return WorkflowError(QStringLiteral("not_claimed_by_you"));
        }
        report.claimedBy.clear();
        report.claimedAt = QDateTime();
        break;
    case Action::RequestSupplement:
        report.supplementRequest = text(payload, "message");
        break;
    case Action::Supplement: {
        const QString title = text(payload, "title");
        const QString content = text(payload, "content");
        const bool hasMedia = !payload.value(QStringLiteral("media")).toArray().isEmpty();
        if (title.isEmpty() && content.isEmpty() && !hasMedia && text(payload, "note").isEmpty()) {
            return WorkflowError(QStringLiteral("missing_field"), QStringLiteral("content"));
        }
        if (const WorkflowError error = checkTextLengths(title, content); error.isError()) {
            return error;
        }
        if (!title.isEmpty()) {
            report.title = title;
        }
        if (!content.isEmpty()) {
            report.content = content;
        }
        auto media = parseMedia(payload.value(QStringLiteral("media")).toArray());
        if (!media.ok()) {
            return media.error();
        }
        for (const MediaItem &item : media.value()) {
            const bool known = std::any_of(report.media.cbegin(), report.media.cend(),
                                           [&](const MediaItem &m) { return m.sha256 == item.sha256; });
            if (!known) {
                report.media.append(item);
            }
        }
        break;
    }
    case Action::EditText: {
        const QString title = text(payload, "title");
        const QString content = text(payload, "content");
        if (title.isEmpty() && content.isEmpty()) {
            return WorkflowError(QStringLiteral("missing_field"), QStringLiteral("content"));
        }
        if (const WorkflowError error = checkTextLengths(title, content); error.isError()) {
            return error;
        }
        if ((title.isEmpty() || title == report.title) && (content.isEmpty() || content == report.content)) {
            return WorkflowError(QStringLiteral("text_unchanged"));
        }
        if (!title.isEmpty() && title != report.title) {
            if (report.originalTitle.isEmpty()) {
                report.originalTitle = report.title;
            }
            report.title = title;
        }
        if (!content.isEmpty() && content != report.content) {
            if (report.originalContent.isEmpty()) {
                report.originalContent = report.content;
            }
            report.content = content;
        }
        break;
    }
    case Action::SetUrgent: {
        const bool urgent = payload.value(QStringLiteral("urgent")).toBool();
        if (urgent == report.urgent) {
            return WorkflowError(QStringLiteral("flag_unchanged"), QStringLiteral("urgent"));
        }
        report.urgent = urgent;
        break;
    }
    case Action::SetPublic: {
        const bool isPublic = payload.value(QStringLiteral("public")).toBool();
        if (isPublic == report.isPublic) {
            return WorkflowError(QStringLiteral("flag_unchanged"), QStringLiteral("public"));
        }
        report.isPublic = isPublic;
        break;
    }
    case Action::Accept:
        break;
    case Action::Reject: {
        const QStringList names = textList(payload, "reasons"); // never empty: the shape check refuses that
        QList<RejectReason> reasons;
        for (const QString &name : names) {
            const auto reason = rejectReasonFromName(name);
            if (!reason) {
                return WorkflowError(QStringLiteral("unknown_reason"), name);
            }
            if (!reasons.contains(*reason)) {
                reasons.append(*reason);
            }
        }
        const QString reply = text(payload, "reply");
        if (reply.isEmpty()) {
            return WorkflowError(QStringLiteral("reject_needs_reply"), QStringLiteral("reply"));
        }
        const QString duplicateOf = text(payload, "duplicate_of");
        if (reasons.contains(RejectReason::Duplicate) && duplicateOf.isEmpty()) {
            return WorkflowError(QStringLiteral("duplicate_needs_original"), QStringLiteral("duplicate_of"));
        }
        if (duplicateOf == report.id) {
            return WorkflowError(QStringLiteral("duplicate_of_itself"), QStringLiteral("duplicate_of"));
        }
        report.rejectReasons = reasons;
        report.replyText = reply;
        report.duplicateOf = duplicateOf;
        break;
    }
    case Action::Cancel:
        if (actor.role == Role::DutyOfficer) {
            // 7.7: the citizen asked the IOC (a hotline call, an e-mail…): how, and in their words.
            const QString via = text(payload, "requested_via");
            if (via.isEmpty()) {
                return WorkflowError(QStringLiteral("missing_field"), QStringLiteral("requested_via"));
            }
            if (!channelFromName(via) && via != QStringLiteral("in_person")) {
                return WorkflowError(QStringLiteral("unknown_channel"), QStringLiteral("requested_via"));
            }
            if (text(payload, "reason").isEmpty()) {
                return WorkflowError(QStringLiteral("reason_required"), QStringLiteral("reason"));
            }
        }
        break;
    case Action::Distribute: {
        const QString lead = text(payload, "lead_agency_id");
        if (lead.isEmpty()) {
            return WorkflowError(QStringLiteral("distribute_needs_lead_agency"), QStringLiteral("lead_agency_id"));
        }
        if (!activeAgency(context.directory, lead)) {
            return WorkflowError(QStringLiteral("unknown_agency"), QStringLiteral("lead_agency_id"));
        }
        QStringList coordinating;
        for (const QString &id : textList(payload, "coordinating_agency_ids")) {
            if (id == lead) {
                return WorkflowError(QStringLiteral("lead_also_coordinating"),
                                     QStringLiteral("coordinating_agency_ids"));
            }
            if (!activeAgency(context.directory, id)) {
                return WorkflowError(QStringLiteral("unknown_agency"), QStringLiteral("coordinating_agency_ids"));
            }
            if (!coordinating.contains(id)) {
                coordinating.append(id);
            }
        }
        report.leadAgencyId = lead;
        report.coordinatingAgencyIds = coordinating;
        report.suggestedAgencyId.clear();
        break;
    }
    case Action::StartCoordination: {
        const QString coordinator = text(payload, "coordinator_agency_id");
        if (!activeAgency(context.directory, coordinator)) {
            return WorkflowError(QStringLiteral("unknown_agency"), QStringLiteral("coordinator_agency_id"));
        }
        report.coordinatorAgencyId = coordinator;
        report.agreement = Agreement::NotRequired;
        break;
    }
    case Action::CoordinationAnswer: {
        const QString competent = text(payload, "competent_agency_id");
        if (!activeAgency(context.directory, competent)) {
            return WorkflowError(QStringLiteral("unknown_agency"), QStringLiteral("competent_agency_id"));
        }
        report.suggestedAgencyId = competent;
        break;
    }
    case Action::Escalate:
        if (report.escalated) {
            return WorkflowError(QStringLiteral("flag_unchanged"), QStringLiteral("escalated"));
        }
        report.escalated = true;
        break;
    case Action::AgencyAccept:
        break;
    case Action::Dispatch:
        if (!report.urgent) {
            return WorkflowError(QStringLiteral("not_urgent"));
        }
        if (report.dispatched) {
            return WorkflowError(QStringLiteral("already_dispatched"));
        }
        report.dispatched = true;
        break;
    case Action::ReturnNotCompetent: {
        const QString suggested = text(payload, "suggested_agency_id");
        if (suggested.isEmpty() && text(payload, "suggested_unit").isEmpty()) {
            return WorkflowError(QStringLiteral("missing_field"), QStringLiteral("suggested_agency_id"));
        }
        if (!suggested.isEmpty() && !activeAgency(context.directory, suggested)) {
            return WorkflowError(QStringLiteral("unknown_agency"), QStringLiteral("suggested_agency_id"));
        }
        report.suggestedAgencyId = suggested;
        break;
    }
    case Action::DeclineInsufficient:
        report.replyText = text(payload, "reply") + QStringLiteral("\n") + text(payload, "guidance");
        break;
    case Action::ProposeExtension: {
        if (report.extensionProposal.isValid()) {
            return WorkflowError(QStringLiteral("extension_pending"));
        }
        const auto ground = extensionGroundFromName(text(payload, "ground"));
        if (!ground) {
            return WorkflowError(QStringLiteral("unknown_extension_ground"), QStringLiteral("ground"));
        }
        const auto newDue = vntime::parseIso8601(payload.value(QStringLiteral("new_due")).toString());
        if (!newDue) {
            return WorkflowError(QStringLiteral("invalid_time"), QStringLiteral("new_due"));
        }
        const ReportClock *current = report.runningClock(ClockStep::Commitment);
        if (current == nullptr) {
            current = report.runningClock(ClockStep::Process);
        }
        if (*newDue <= actedAt || (current != nullptr && *newDue <= current->dueAt)) {
            return WorkflowError(QStringLiteral("extension_due_not_later"), QStringLiteral("new_due"));
        }
        report.extensionProposal = {
            *ground, text(payload, "reason"), *newDue, text(payload, "commitment"), actor.userId, actedAt};
        break;
    }
    case Action::Extend:
        if (!report.extensionProposal.isValid()) {
            return WorkflowError(QStringLiteral("no_extension_proposal"));
        }
        if (!payload.value(QStringLiteral("approve")).toBool()) {
            if (text(payload, "comment").isEmpty()) {
                return WorkflowError(QStringLiteral("reason_required"), QStringLiteral("comment"));
            }
            break;
        }
        if (!report.extensionProposal.commitment.isEmpty()) {
            report.commitmentText = report.extensionProposal.commitment;
        }
        break;
    case Action::NotifyStatus:
        break;
    case Action::FollowSanctionProcedure:
        if (!report.sanctionProcedure.isEmpty()) {
            return WorkflowError(QStringLiteral("flag_unchanged"), QStringLiteral("legal_basis"));
        }
        report.sanctionProcedure = text(payload, "legal_basis");
        break;
    case Action::MarkRepeat: {
        const QString original = text(payload, "repeat_of");
        if (original == report.id) {
            return WorkflowError(QStringLiteral("repeat_of_itself"), QStringLiteral("repeat_of"));
        }
        if (original == report.repeatOf) {
            return WorkflowError(QStringLiteral("flag_unchanged"), QStringLiteral("repeat_of"));
        }
        report.repeatOf = original;
        break;
    }
    case Action::MarkInteractionNotLegitimate:
        if (!report.hasOpenInteraction()) {
            return WorkflowError(QStringLiteral("no_open_interaction"));
        }
        for (Interaction &interaction : report.interactions) {
            if (interaction.isOpen()) {
                interaction.notLegitimateReason = text(payload, "reason");
            }
        }
        break;
    case Action::ResultObtained:
        if (!report.urgent) {
            return WorkflowError(QStringLiteral("not_urgent"));
        }
        if (report.resultObtained) {
            return WorkflowError(QStringLiteral("already_result_obtained"));
        }
        report.resultObtained = true;
        break;
    case Action::SubmitResult:
    case Action::LeaderEditApprove:
    case Action::Resubmit:
        report.resultText = text(payload, "result");
        if (payload.contains(QStringLiteral("attachments"))) {
            report.resultAttachments = textList(payload, "attachments");
        }
        break;
    case Action::LeaderApprove:
    case Action::LeaderReturn:
    case Action::RequestTemplateFix:
    case Action::RequestResultFix:
        break;
    case Action::RequestAgreement:
        if (report.coordinatorAgencyId.isEmpty()) {
            return WorkflowError(QStringLiteral("no_coordinator"));
        }
        if (report.agreement == Agreement::Pending) {
            return WorkflowError(QStringLiteral("agreement_pending"));
        }
        report.agreement = Agreement::Pending;
        break;
    case Action::AgreementAnswer: {
        if (report.agreement != Agreement::Pending) {
            return WorkflowError(QStringLiteral("no_agreement_pending"));
        }
        const bool agree = payload.value(QStringLiteral("agree")).toBool();
        if (!agree && text(payload, "comment").isEmpty()) {
            return WorkflowError(QStringLiteral("reason_required"), QStringLiteral("comment"));
        }
        report.agreement = agree ? Agreement::Agreed : Agreement::Disagreed;
        break;
    }
    case Action::Publish: {
        if (!report.coordinatorAgencyId.isEmpty() && report.agreement != Agreement::Agreed) {
            return WorkflowError(QStringLiteral("agreement_pending"));
        }
        // The reporter's own reply (addressed by name) passes the IOC's gate (Phụ lục 1; 12.2–12.4;
        // 5.6) whichever client asks; the public version carries no identity.
        QString reply = text(payload, "reply");
        if (reply.isEmpty()) {
            reply = report.resultText;
        }
        if (context.directory != nullptr) {
            const publication::Gate gate = publication::check(report, *context.directory, reply);
            if (!gate.publishable()) {
                return WorkflowError(QStringLiteral("publication_gate_failed"), gate.failing().join(u','));
            }
            // 12.3 (the reporter asked) and 12.4 (state-secret wording) cannot be overridden.
            report.confidentialPublication =
                gate.confidential || payload.value(QStringLiteral("confidential")).toBool(false);
        } else {
            report.confidentialPublication =
                report.consents.confidentialResult || payload.value(QStringLiteral("confidential")).toBool(false);
        }
        report.replyText = reply;
        QString publicText = text(payload, "public_text");
        if (publicText.isEmpty()) {
            publicText = reply;
        }
        report.publicText =
            report.consents.publishIdentity ? publicText : publication::publicVersion(publicText, report);
        report.publishedAt = actedAt;
        break;
    }
    case Action::StepBack:
        if (report.agreement != Agreement::NotRequired) {
            report.agreement = Agreement::NotRequired;
        }
        break;
    case Action::Rate: {
        // Once per publication: after a step back and a new publication the citizen rates again.
        if (!report.ratings.isEmpty() &&
            (!report.publishedAt.isValid() || !report.ratings.constLast().ratedAt.isValid() ||
             report.ratings.constLast().ratedAt >= report.publishedAt)) {
            return WorkflowError(QStringLiteral("already_rated"));
        }
        const auto level = satisfactionFromName(text(payload, "level"));
        if (!level) {
            return WorkflowError(QStringLiteral("unknown_satisfaction"), QStringLiteral("level"));
        }
        report.ratings.append({actedAt, *level, text(payload, "comment")});
        report.rating = level; // the last rating counts
        break;
    }
    case Action::Interact:
        if (context.reporterInteractionsLocked) {
            return WorkflowError(QStringLiteral("interactions_locked"));
        }
        report.interactions.append({actedAt, text(payload, "text"), {}, {}, {}});
        break;
    case Action::AnswerInteraction:
        if (!report.hasOpenInteraction()) {
            return WorkflowError(QStringLiteral("no_open_interaction"));
        }
        for (Interaction &interaction : report.interactions) {
            if (interaction.isOpen()) {
                interaction.answeredAt = actedAt;
                interaction.answer = text(payload, "text");
            }
        }
        break;
    case Action::Hide:
        if (report.hidden) {
            return WorkflowError(QStringLiteral("already_hidden"));
        }
        report.hidden = true;
        break;
    case Action::Unhide:
        if (!report.hidden) {
            return WorkflowError(QStringLiteral("not_hidden"));
        }
        report.hidden = false;
        break;
    case Action::RevealIdentity:
        if (isAgencyRole(actor.role) && !report.consents.shareWithAgency) {
            return WorkflowError(QStringLiteral("identity_consent_required"));
        }
        break;
    case Action::Remind:
    case Action::LogCall: {
        const QString agency = text(payload, "agency_id");
        if (!agency.isEmpty() && !activeAgency(context.directory, agency)) {
            return WorkflowError(QStringLiteral("unknown_agency"), QStringLiteral("agency_id"));
        }
        if (action == Action::LogCall) {
            const bool hasOutcome = payload.contains(QStringLiteral("outcome"));
            const auto outcome = callOutcome(payload);
            if (hasOutcome && !outcome) {
                return WorkflowError(QStringLiteral("invalid_value"), QStringLiteral("outcome"));
            }
            if (!outcome) {
                return WorkflowError(QStringLiteral("missing_field"), QStringLiteral("outcome"));
            }
            if (hasOutcome && payload.contains(QStringLiteral("answered")) &&
                payload.value(QStringLiteral("answered")).toBool() != (*outcome == CallOutcome::Answered)) {
                return WorkflowError(QStringLiteral("invalid_value"), QStringLiteral("answered"));
            }
        }
        break;
    }
    case Action::AddNote:
    case Action::RequestIdentityCheck:
    case Action::ConfirmIdentity:
        break;
    }
    return {};
}

} // namespace ioc::core::detail

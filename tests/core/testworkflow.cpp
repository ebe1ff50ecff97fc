#include "core/publication.h"
#include "core/workflow.h"

#include <QJsonArray>
#include <QTest>

using namespace ioc::core;
using namespace Qt::StringLiterals;

namespace {

// The expected table, written from PRODUCT.md §15 independently of app/core/workflowspec.cpp.
struct Expected
{
    const char *action;
    const char *roles;
    const char *from; // space-separated states, or "*" (any), "nonterminal", "active"
    const char *to;   // "" = unchanged
};

// clang-format off
const Expected expectedTable[] = {
    {"claim", "duty_officer agency_staff agency_leader", "nonterminal", ""},
    {"release", "duty_officer agency_staff agency_leader", "nonterminal", ""},
    {"request_identity_check", "duty_officer", "received", "identity_check"},
    {"confirm_identity", "duty_officer", "identity_check", "received"},
    {"request_supplement", "duty_officer", "received", "awaiting_supplement"},
    {"supplement", "citizen duty_officer", "awaiting_supplement", "received"},
    {"edit_text", "duty_officer", "received identity_check awaiting_supplement verified", ""},
    {"set_urgent", "duty_officer", "active", ""},
    {"set_public", "duty_officer", "nonterminal", ""},
    {"accept", "duty_officer", "received", "verified"},
    {"reject", "duty_officer", "received identity_check awaiting_supplement verified", "rejected"},
    {"cancel", "citizen duty_officer", "received identity_check awaiting_supplement verified coordinating distributed returned", "cancelled"},
    {"distribute", "duty_officer supervisor", "verified returned distributed", "distributed"},
    {"start_coordination", "duty_officer", "verified returned", "coordinating"},
    {"coordination_answer", "agency_staff agency_leader", "coordinating", "verified"},
    {"escalate", "duty_officer supervisor", "nonterminal", ""},
    {"agency_accept", "agency_staff", "distributed", "in_progress"},
    {"dispatch", "agency_staff", "distributed in_progress", ""},
    {"return_not_competent", "agency_staff", "distributed in_progress", "returned"},
    {"decline_insufficient", "agency_staff", "distributed in_progress", "declined"},
    {"extend", "agency_leader", "in_progress", ""},
    {"result_obtained", "agency_staff", "in_progress", ""},
    {"submit_result", "agency_staff", "in_progress", "awaiting_approval"},
    {"leader_approve", "agency_leader", "awaiting_approval", "approved"},
    {"leader_edit_approve", "agency_leader", "awaiting_approval", "approved"},
    {"leader_return", "agency_leader", "awaiting_approval", "in_progress"},
    {"request_template_fix", "duty_officer", "approved", "template_fix"},
    {"request_result_fix", "duty_officer", "approved", "result_fix"},
    {"resubmit", "agency_staff agency_leader", "template_fix result_fix", "approved"},
    {"request_agreement", "duty_officer", "approved", ""},
    {"agreement_answer", "agency_staff agency_leader", "approved", ""},
    {"publish", "duty_officer", "approved", "published"},
    {"step_back", "duty_officer", "approved template_fix result_fix published", "in_progress"},
    {"rate", "citizen", "published", ""},
    {"interact", "citizen", "published", ""},
    {"answer_interaction", "agency_staff agency_leader", "published", ""},
    {"hide", "duty_officer", "*", ""},
    {"unhide", "duty_officer", "*", ""},
    {"add_note", "duty_officer supervisor agency_staff agency_leader", "*", ""},
    {"reveal_identity", "duty_officer supervisor agency_staff agency_leader", "*", ""},
    {"remind", "duty_officer supervisor", "coordinating distributed in_progress awaiting_approval approved template_fix result_fix published", ""},
    {"log_call", "duty_officer supervisor", "*", ""},
    {"propose_extension", "agency_staff agency_leader", "in_progress", ""},
    {"notify_status", "agency_staff agency_leader", "in_progress", ""},
    {"follow_sanction_procedure", "agency_staff agency_leader", "in_progress", ""},
    {"mark_interaction_not_legitimate", "duty_officer supervisor", "published", ""},
    {"mark_repeat", "duty_officer supervisor", "*", ""},
};
// clang-format on

const char *const terminalStates = "rejected cancelled declined";

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
}

QList<ReportState> expandStates(const char *spec)
{
    const QString s = QString::fromLatin1(spec);
    QList<ReportState> states;
    for (const ReportState state : allReportStates()) {
        const QString name = reportStateName(state);
        const bool terminal = words(terminalStates).contains(name);
        if (s == u"*"_s || (s == u"nonterminal"_s && !terminal) ||
            (s == u"active"_s && !terminal && name != u"published"_s) || words(spec).contains(name)) {
            states.append(state);
        }
    }
    return states;
}

const QString agencyA = u"agency-a"_s;
const QString citizenId = u"citizen-1"_s;

Actor actorFor(Role role)
{
    switch (role) {
    case Role::AgencyStaff:
    case Role::AgencyLeader:
        return {u"user-"_s + roleName(role), role, agencyA};
    case Role::Citizen:
        return {citizenId, role, {}};
    default:
        return {u"user-"_s + roleName(role), role, {}};
    }
}

// A valid payload for every action.
QJsonObject samplePayload(Action action)
{
    switch (action) {
    case Action::RequestSupplement:
        return {{u"message"_s, u"Bổ sung ảnh chụp rõ hơn"_s}};
    case Action::Supplement:
        return {{u"content"_s, u"Đã bổ sung"_s}};
    case Action::EditText:
        return {{u"content"_s, u"Nội dung đã chỉnh sửa chính tả"_s}};
    case Action::SetUrgent:
        return {{u"urgent"_s, false}, {u"reason"_s, u"Không khẩn"_s}};
    case Action::SetPublic:
        return {{u"public"_s, false}, {u"reason"_s, u"Thông tin cá nhân"_s}};
    case Action::Reject:
        return {{u"reasons"_s, QJsonArray{u"unclear_or_test"_s}}, {u"reply"_s, u"Nội dung không rõ ràng"_s}};
    case Action::Distribute:
        return {{u"lead_agency_id"_s, agencyA}};
    case Action::StartCoordination:
        return {{u"coordinator_agency_id"_s, agencyA}};
    case Action::CoordinationAnswer:
        return {{u"competent_agency_id"_s, agencyA}};
    case Action::Escalate:
    case Action::Hide:
    case Action::Unhide:
    case Action::RevealIdentity:
    case Action::StepBack:
        return {{u"reason"_s, u"Lý do"_s}};
    case Action::ReturnNotCompetent:
        return {{u"reason"_s, u"Không thuộc thẩm quyền"_s}, {u"suggested_unit"_s, u"Điện lực"_s}};
    case Action::DeclineInsufficient:
        return {{u"reply"_s, u"Hình ảnh không đủ"_s}, {u"guidance"_s, u"Gửi lại với ảnh rõ"_s}};
    case Action::ProposeExtension:
        return {{u"ground"_s, u"complex"_s},
                {u"reason"_s, u"Vụ việc phức tạp"_s},
                {u"new_due"_s, u"2030-01-01T08:00:00+07:00"_s}};
    case Action::Extend:
        return {{u"approve"_s, true}};
    case Action::Cancel:
        return {{u"reason"_s, u"Người phản ánh gọi đường dây nóng xin hủy"_s}, {u"requested_via"_s, u"hotline"_s}};
    case Action::NotifyStatus:
        return {{u"text"_s, u"Đơn vị đang khảo sát, dự kiến hoàn thành trong tuần sau"_s}};
    case Action::FollowSanctionProcedure:
        return {{u"legal_basis"_s, u"Nghị định 100/2019/NĐ-CP"_s}};
    case Action::MarkInteractionNotLegitimate:
        return {{u"reason"_s, u"Nội dung không liên quan đến kết quả xử lý"_s}};
    case Action::MarkRepeat:
        return {{u"repeat_of"_s, u"report-earlier"_s}};
    case Action::SubmitResult:
    case Action::LeaderEditApprove:
    case Action::Resubmit:
        return {{u"result"_s, u"Đã xử lý xong"_s}};
    case Action::LeaderReturn:
        return {{u"comment"_s, u"Bổ sung ảnh"_s}};
    case Action::RequestTemplateFix:
    case Action::RequestResultFix:
        return {{u"note"_s, u"Thiếu lời cảm ơn"_s}};
    case Action::AgreementAnswer:
        return {{u"agree"_s, true}};
    case Action::Rate:
        return {{u"level"_s, u"satisfied"_s}};
    case Action::Interact:
    case Action::AnswerInteraction:
    case Action::AddNote:
        return {{u"text"_s, u"Nội dung"_s}};
    case Action::LogCall:
        return {{u"agency_id"_s, agencyA}, {u"answered"_s, true}};
    default:
        return {};
    }
}

// A report in `state` whose preconditions let `action` by `actor` succeed.
Report fixture(ReportState state, Action action, const Actor &actor)
{
    Report report;
    report.id = u"r1"_s;
    report.state = state;
    report.version = 3;
    report.urgent = true;
    report.title = u"Ổ gà"_s;
    report.content = u"Ổ gà lớn trên đường Hùng Vương"_s;
    report.reporter.accountId = citizenId;
    report.leadAgencyId = agencyA;
    report.coordinatorAgencyId = agencyA;
    report.agreement = Agreement::Agreed;
    report.consents.shareWithAgency = true;
    switch (action) {
    case Action::Release:
        report.claimedBy = actor.userId;
        break;
    case Action::Unhide:
        report.hidden = true;
        break;
    case Action::RequestAgreement:
        report.agreement = Agreement::NotRequired;
        break;
    case Action::AgreementAnswer:
        report.agreement = Agreement::Pending;
        break;
    case Action::AnswerInteraction:
    case Action::MarkInteractionNotLegitimate:
        report.interactions.append({QDateTime::currentDateTimeUtc(), u"Hỏi"_s, {}, {}, {}});
        break;
    case Action::Publish:
        // On the Phụ lục 1 template, with a photo: what the server's gate lets through.
        report.resultText = publication::composeResult(report, u"UBND phường Đông Hà"_s,
                                                       u"Đã vá ổ gà trên đường Hùng Vương, thông xe an toàn."_s);
        report.resultAttachments = {u"0123456789abcdef"_s};
        break;
    case Action::Extend:
        report.extensionProposal = {ExtensionGround::Complex,
                                    u"Vụ việc phức tạp"_s,
                                    QDateTime(QDate(2030, 1, 1), QTime(1, 0), QTimeZone::utc()),
                                    {},
                                    u"staff"_s,
                                    QDateTime::currentDateTimeUtc()};
        break;
    default:
        break;
    }
    return report;
}

class Fixture
{
public:
    Fixture()
    {
        Agency a;
        a.id = agencyA;
        a.name = u"UBND phường Đông Hà"_s;
        directory.addAgency(a);
        context.policy = &SlaPolicy::defaults();
        context.calendar = &calendar;
        context.directory = &directory;
    }
    Directory directory;
    WorkingCalendar calendar;
    WorkflowContext context;
};

} // namespace

class TestWorkflow final : public QObject
{
    Q_OBJECT

private slots:
    // At the limits is fine, a character over is not, whatever the letters (composed Vietnamese).
    void textLengthsAreLimited()
    {
        QVERIFY(!checkTextLengths(QString(maxTitleLength, u'ộ'), QString(maxContentLength, u'ữ')).isError());
        const WorkflowError title = checkTextLengths(QString(maxTitleLength + 1, u'ộ'), {});
        QCOMPARE(title.code(), QStringLiteral("text_too_long"));
        QCOMPARE(title.field(), QStringLiteral("title"));
        QCOMPARE(title.category(), ErrorCategory::OverLimit);
        QCOMPARE(checkTextLengths({}, QString(maxContentLength + 1, u'ữ')).field(), QStringLiteral("content"));
    }

    void everyActionIsInTheExpectedTable()
    {
        QStringList expected;
        for (const Expected &e : expectedTable) {
            expected.append(QString::fromLatin1(e.action));
        }
        for (const Action action : allActions()) {
            if (action != Action::Create) {
                QVERIFY2(expected.contains(actionName(action)), qPrintable(actionName(action)));
            }
        }
        QCOMPARE(expected.size(), allActions().size() - 1);
    }

    void canonicalNamesRoundTrip()
    {
        for (const Action action : allActions()) {
            QCOMPARE(actionFromName(actionName(action)), action);
        }
        for (const ReportState state : allReportStates()) {
            QCOMPARE(reportStateFromName(reportStateName(state)), state);
        }
        QCOMPARE(allReportStates().size(), 16);
        QVERIFY(!actionFromName(u"delete"_s).has_value());
    }

    // Every (state, action, role): the allowed ones succeed with the expected state, every other
    // one is refused, and the refusal tells a role that may never act from a state that forbids it.
    void stateActionRoleMatrix()
    {
        Fixture f;
        int allowed = 0;
        int roleDenied = 0;
        int stateDenied = 0;
        for (const Expected &e : expectedTable) {
            const Action action = *actionFromName(QString::fromLatin1(e.action));
            const QStringList roles = words(e.roles);
            const QList<ReportState> from = expandStates(e.from);
            for (const ReportState state : allReportStates()) {
                for (const Role role : allRoles()) {
                    const Actor actor = actorFor(role);
                    const Report report = fixture(state, action, actor);
                    const auto result =
                        applyAction(report, actor, action, samplePayload(action),
                                    QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()), f.context);
                    const QString where =
                        u"%1 by %2 in %3"_s.arg(QString::fromLatin1(e.action), roleName(role), reportStateName(state));
                    if (!roles.contains(roleName(role))) {
                        QVERIFY2(result.error().code() == u"role_not_allowed"_s,
                                 qPrintable(where + u": "_s + result.error().code()));
                        QCOMPARE(result.error().category(), ErrorCategory::Forbidden);
                        ++roleDenied;
                    } else if (!from.contains(state)) {
                        const bool cancelAfterStart = action == Action::Cancel && !isTerminalState(state);
                        const QString expected =
                            cancelAfterStart ? u"processing_started"_s : u"transition_not_allowed"_s;
                        QVERIFY2(result.error().code() == expected,
                                 qPrintable(where + u": "_s + result.error().code()));
                        QCOMPARE(result.error().category(), ErrorCategory::Conflict);
                        ++stateDenied;
                    } else {
                        QVERIFY2(result.ok(),
                                 qPrintable(where + u": "_s + result.error().code() + u' ' + result.error().field()));
                        const QString to = QString::fromLatin1(e.to);
                        QCOMPARE(reportStateName(result.value().report.state),
                                 to.isEmpty() ? reportStateName(state) : to);
                        QCOMPARE(result.value().event.action, QString::fromLatin1(e.action));
                        QCOMPARE(result.value().event.fromState, state);
                        ++allowed;
                    }
                }
            }
        }
        QVERIFY(allowed > 150);
        QVERIFY(roleDenied > 3000);
        QVERIFY(stateDenied > 400);
    }

    void onlyTheSixQuietActionsLeaveTheVersion()
    {
        const QList<Action> quiet{Action::AddNote, Action::RevealIdentity, Action::Remind,
                                  Action::LogCall, Action::Claim,          Action::Release};
        for (const Action action : allActions()) {
            QCOMPARE(actionSpec(action).bumpsVersion, !quiet.contains(action));
        }
        Fixture f;
        const Actor officer = actorFor(Role::DutyOfficer);
        const QDateTime at(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
        const Report report = fixture(ReportState::Received, Action::AddNote, officer);
        QCOMPARE(applyAction(report, officer, Action::AddNote, samplePayload(Action::AddNote), at, f.context)
                     .value()
                     .report.version,
                 report.version);
        QCOMPARE(applyAction(report, officer, Action::Accept, {}, at, f.context).value().report.version,
                 report.version + 1);
    }

    void rejectNeedsReasonsAndReply()
    {
        Fixture f;
        const Actor officer = actorFor(Role::DutyOfficer);
        const QDateTime at(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
        const Report report = fixture(ReportState::Received, Action::Reject, officer);
        const auto check = [&](const QJsonObject &payload, const QString &code, const QString &field) {
            const auto result = applyAction(report, officer, Action::Reject, payload, at, f.context);
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code(), code);
            QCOMPARE(result.error().field(), field);
        };
        check({{u"reply"_s, u"x"_s}}, u"reject_needs_reason"_s, u"reasons"_s);
        check({{u"reasons"_s, QJsonArray{}}, {u"reply"_s, u"x"_s}}, u"reject_needs_reason"_s, u"reasons"_s);
        check({{u"reasons"_s, QJsonArray{u"bogus"_s}}, {u"reply"_s, u"x"_s}}, u"unknown_reason"_s, u"bogus"_s);
        check({{u"reasons"_s, QJsonArray{u"no_media"_s}}, {u"reply"_s, u"  "_s}}, u"reject_needs_reply"_s, u"reply"_s);
        check({{u"reasons"_s, QJsonArray{u"no_media"_s}}}, u"reject_needs_reply"_s, u"reply"_s);
        check({{u"reasons"_s, QJsonArray{u"duplicate"_s}}, {u"reply"_s, u"Trùng"_s}}, u"duplicate_needs_original"_s,
              u"duplicate_of"_s);
        check({{u"reasons"_s, QJsonArray{u"duplicate"_s}}, {u"reply"_s, u"Trùng"_s}, {u"duplicate_of"_s, u"r1"_s}},
              u"duplicate_of_itself"_s, u"duplicate_of"_s);
        check({{u"reasons"_s, u"no_media"_s}, {u"reply"_s, u"x"_s}}, u"wrong_type"_s, u"reasons"_s);
        check({{u"reasons"_s, QJsonArray{u"no_media"_s}}, {u"reply"_s, u"x"_s}, {u"extra"_s, 1}}, u"unknown_field"_s,
              u"extra"_s);

        const auto ok = applyAction(report, officer, Action::Reject,
                                    {{u"reasons"_s, QJsonArray{u"duplicate"_s, u"no_media"_s}},
                                     {u"reply"_s, u"Phản ánh trùng"_s},
                                     {u"duplicate_of"_s, u"r0"_s}},
                                    at, f.context);
        QVERIFY(ok.ok());
        QCOMPARE(ok.value().report.rejectReasons,
                 (QList<RejectReason>{RejectReason::Duplicate, RejectReason::NoMedia}));
        QCOMPARE(ok.value().report.duplicateOf, u"r0"_s);
    }

    void distributeNeedsAKnownLeadAgency()
    {
        Fixture f;
        const Actor officer = actorFor(Role::DutyOfficer);
        const QDateTime at(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
        const Report report = fixture(ReportState::Verified, Action::Distribute, officer);
        auto result = applyAction(report, officer, Action::Distribute, {}, at, f.context);
        QCOMPARE(result.error().code(), u"distribute_needs_lead_agency"_s);
        result = applyAction(report, officer, Action::Distribute, {{u"lead_agency_id"_s, u""_s}}, at, f.context);
        QCOMPARE(result.error().code(), u"distribute_needs_lead_agency"_s);
        result = applyAction(report, officer, Action::Distribute, {{u"lead_agency_id"_s, 7}}, at, f.context);
        QCOMPARE(result.error().code(), u"wrong_type"_s);
        result = applyAction(report, officer, Action::Distribute, {{u"lead_agency_id"_s, u"nowhere"_s}}, at, f.context);
        QCOMPARE(result.error().code(), u"unknown_agency"_s);
        result = applyAction(report, officer, Action::Distribute,
                             {{u"lead_agency_id"_s, agencyA}, {u"coordinating_agency_ids"_s, QJsonArray{agencyA}}}, at,
                             f.context);
        QCOMPARE(result.error().code(), u"lead_also_coordinating"_s);
    }

    void agencyRolesActOnlyForTheirAgency()
    {
        Fixture f;
        const QDateTime at(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
        const Actor other{u"staff-b"_s, Role::AgencyStaff, u"agency-b"_s};
        Report report = fixture(ReportState::Distributed, Action::AgencyAccept, other);
        const auto result = applyAction(report, other, Action::AgencyAccept, {}, at, f.context);
        QCOMPARE(result.error().code(), u"agency_not_allowed"_s);
        QCOMPARE(result.error().category(), ErrorCategory::Forbidden);
        // The designated coordinator answers coordination; the lead may not.
        report = fixture(ReportState::Coordinating, Action::CoordinationAnswer, other);
        report.coordinatorAgencyId = u"agency-c"_s;
        QCOMPARE(applyAction(report, actorFor(Role::AgencyStaff), Action::CoordinationAnswer,
                             samplePayload(Action::CoordinationAnswer), at, f.context)
                     .error()
                     .code(),
                 u"agency_not_allowed"_s);
    }

    void citizensActOnTheirOwnReportsOnly()
    {
        Fixture f;
        const QDateTime at(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
        const Actor stranger{u"citizen-2"_s, Role::Citizen, {}};
        const Report report = fixture(ReportState::Received, Action::Cancel, stranger);
        QCOMPARE(applyAction(report, stranger, Action::Cancel, {}, at, f.context).error().code(),
                 u"report_not_visible"_s);
        f.context.reporterAccountLocked = true;
        QCOMPARE(applyAction(report, actorFor(Role::Citizen), Action::Cancel, {}, at, f.context).error().code(),
                 u"account_locked"_s);
    }

    void urgentOnlySteps()
    {
        Fixture f;
        const QDateTime at(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
        const Actor staff = actorFor(Role::AgencyStaff);
        Report report = fixture(ReportState::InProgress, Action::Dispatch, staff);
        report.urgent = false;
        QCOMPARE(applyAction(report, staff, Action::Dispatch, {}, at, f.context).error().code(), u"not_urgent"_s);
        QCOMPARE(applyAction(report, staff, Action::ResultObtained, {}, at, f.context).error().code(), u"not_urgent"_s);
        report.urgent = true;
        const auto once = applyAction(report, staff, Action::Dispatch, {}, at, f.context);
        QVERIFY(once.ok());
        QCOMPARE(applyAction(once.value().report, staff, Action::Dispatch, {}, at, f.context).error().code(),
                 u"already_dispatched"_s);
    }

    void claimsExpireAndBelongToOneOfficer()
    {
        Fixture f;
        const QDateTime at(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
        const Actor first{u"officer-1"_s, Role::DutyOfficer, {}};
        const Actor second{u"officer-2"_s, Role::DutyOfficer, {}};
        Report report = fixture(ReportState::Received, Action::Claim, first);
        report = applyAction(report, first, Action::Claim, {}, at, f.context).value().report;
        QCOMPARE(report.claimedBy, u"officer-1"_s);
        QCOMPARE(applyAction(report, second, Action::Claim, {}, at.addSecs(60), f.context).error().code(),
                 u"claimed_by_other"_s);
        QCOMPARE(applyAction(report, second, Action::Release, {}, at.addSecs(60), f.context).error().code(),
                 u"not_claimed_by_you"_s);
        // Idle for longer than the timeout: the claim lapses.
        const auto taken = applyAction(report, second, Action::Claim, {}, at.addSecs(16 * 60), f.context);
        QVERIFY(taken.ok());
        QCOMPARE(taken.value().report.claimedBy, u"officer-2"_s);
    }

    void editKeepsTheOriginalText()
    {
        Fixture f;
        const QDateTime at(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
        const Actor officer = actorFor(Role::DutyOfficer);
        const Report report = fixture(ReportState::Verified, Action::EditText, officer);
        const auto first = applyAction(report, officer, Action::EditText,
                                       {{u"content"_s, u"Ổ gà lớn trên đường Hùng Vương."_s}}, at, f.context);
        QVERIFY(first.ok());
        const auto second = applyAction(first.value().report, officer, Action::EditText,
                                        {{u"content"_s, u"Ổ gà rất lớn trên đường Hùng Vương."_s}}, at, f.context);
        QCOMPARE(second.value().report.originalContent, u"Ổ gà lớn trên đường Hùng Vương"_s);
        QCOMPARE(second.value().report.content, u"Ổ gà rất lớn trên đường Hùng Vương."_s);
        QCOMPARE(applyAction(second.value().report, officer, Action::EditText,
                             {{u"content"_s, u"Ổ gà rất lớn trên đường Hùng Vương."_s}}, at, f.context)
                     .error()
                     .code(),
                 u"text_unchanged"_s);
    }

    void supplementAddsMediaButNotClaimedFacts()
    {
        Fixture f;
        const QDateTime at(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
        const Actor officer = actorFor(Role::DutyOfficer);
        const Report report = fixture(ReportState::AwaitingSupplement, Action::Supplement, officer);
        const QJsonObject photo{{u"sha256"_s, u"ab"_s.repeated(32)},
                                {u"mime_type"_s, u"image/jpeg"_s},
                                {u"size"_s, 1234},
                                {u"file_name"_s, u"o-ga.jpg"_s}};
        const auto added =
            applyAction(report, officer, Action::Supplement, {{u"media"_s, QJsonArray{photo, photo}}}, at, f.context);
        QVERIFY(added.ok());
        QCOMPARE(added.value().report.media.size(), report.media.size() + 1); // the same file once
        QCOMPARE(added.value().report.media.last().fileName, u"o-ga.jpg"_s);
        QVERIFY(!added.value().report.media.last().facts.known);
        // What the server reads from a file cannot be stated by the sender.
        QJsonObject forged = photo;
        forged.insert(u"facts"_s, QJsonObject{{u"software"_s, QString()}});
        QCOMPARE(applyAction(report, officer, Action::Supplement, {{u"media"_s, QJsonArray{forged}}}, at, f.context)
                     .error()
                     .code(),
                 u"unknown_field"_s);
    }

    void publishWaitsForTheCoordinatorsAgreement()
    {
        Fixture f;
        const QDateTime at(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
        const Actor officer = actorFor(Role::DutyOfficer);
        Report report = fixture(ReportState::Approved, Action::Publish, officer);
        report.agreement = Agreement::Pending;
        QCOMPARE(applyAction(report, officer, Action::Publish, {}, at, f.context).error().code(),
                 u"agreement_pending"_s);
        // Disagreement sends the report back to the IOC, which distributes it again (Điều 16 B4.b:
        // "thực hiện lại Bước 3"), to the same agency or another.
        const auto answer = applyAction(report, actorFor(Role::AgencyLeader), Action::AgreementAnswer,
                                        {{u"agree"_s, false}, {u"comment"_s, u"Chưa triệt để"_s}}, at, f.context);
        QVERIFY(answer.ok());
        QCOMPARE(answer.value().report.state, ReportState::Verified);
        QCOMPARE(answer.value().report.agreement, Agreement::Disagreed);
        QVERIFY(answer.value().report.leadAgencyId.isEmpty());
        QCOMPARE(answer.value().report.suggestedAgencyId, agencyA);
        QCOMPARE(applyAction(report, actorFor(Role::AgencyLeader), Action::AgreementAnswer, {{u"agree"_s, false}}, at,
                             f.context)
                     .error()
                     .code(),
                 u"reason_required"_s);
        // Without Điều 16 there is nothing to wait for.
        report.coordinatorAgencyId.clear();
        report.agreement = Agreement::NotRequired;
        QVERIFY(applyAction(report, officer, Action::Publish, {}, at, f.context).ok());
    }

    // The IOC's gate runs in the rules, so the server refuses what the console's dialog would.
    void publishPassesTheGateWhicheverClientAsks()
    {
        Fixture f;
        const QDateTime at(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
        const Actor officer = actorFor(Role::DutyOfficer);
        Report report = fixture(ReportState::Approved, Action::Publish, officer);
        report.coordinatorAgencyId.clear();
        report.reporter.fullName = u"Nguyễn Văn An"_s;
        report.reporter.phone = u"0912345678"_s;

        Report bare = report;
        bare.resultText = u"Đã vá ổ gà."_s;
        bare.resultAttachments.clear();
        const WorkflowError refused = applyAction(bare, officer, Action::Publish, {}, at, f.context).error();
        QCOMPARE(refused.code(), u"publication_gate_failed"_s);
        QCOMPARE(refused.category(), ErrorCategory::OverLimit); // 422
        QCOMPARE(refused.field(), u"addressee,agency,thanks,photos"_s);

        // A reply that names the reporter is published without them (5.6).
        const QString named = report.resultText + u" Liên hệ ông Nguyễn Văn An, 0912 345 678."_s;
        const auto published = applyAction(report, officer, Action::Publish,
                                           {{u"reply"_s, named}, {u"confidential"_s, false}}, at, f.context);
        QVERIFY2(published.ok(), qPrintable(published.error().code() + u' ' + published.error().field()));
        QCOMPARE(published.value().report.replyText, named);
        QVERIFY(!published.value().report.publicText.contains(u"Nguyễn Văn An"_s));
        QVERIFY(!published.value().report.publicText.contains(u"345 678"_s));
        QVERIFY(!published.value().report.confidentialPublication);
        QCOMPARE(published.value().report.publishedAt, at);

        // The reporter's 12.3 request is not overridden by `confidential: false`.
        report.consents.confidentialResult = true;
        const auto asked = applyAction(report, officer, Action::Publish, {{u"confidential"_s, false}}, at, f.context);
        QVERIFY(asked.ok());
        QVERIFY(asked.value().report.confidentialPublication);

        // State-secret wording (12.4) makes it confidential instead of refusing it.
        report.consents.confidentialResult = false;
        const QString secret = report.resultText + u" Nội dung thuộc bí mật nhà nước."_s;
        const auto secretOne = applyAction(report, officer, Action::Publish,
                                           {{u"reply"_s, secret}, {u"confidential"_s, false}}, at, f.context);
        QVERIFY2(secretOne.ok(), qPrintable(secretOne.error().field()));
        QVERIFY(secretOne.value().report.confidentialPublication);
    }

    // 14.3.d: how a call went, from its outcome or, for older events, its `answered`.
    void callOutcomes()
    {
        QCOMPARE(callOutcome({{u"outcome"_s, u"busy"_s}}), CallOutcome::Busy);
        QCOMPARE(callOutcome({{u"outcome"_s, u"not_answered"_s}}), CallOutcome::NotAnswered);
        QCOMPARE(callOutcome({{u"answered"_s, true}}), CallOutcome::Answered);
        QCOMPARE(callOutcome({{u"answered"_s, false}}), CallOutcome::NotAnswered);
        QVERIFY(!callOutcome({{u"outcome"_s, u"voicemail"_s}}).has_value());
        QVERIFY(!callOutcome({}).has_value());
        QVERIFY(isMissedCall(CallOutcome::Busy));
        QVERIFY(!isMissedCall(CallOutcome::Answered));

        Fixture f;
        const QDateTime at(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
        const Actor officer = actorFor(Role::DutyOfficer);
        const Report report = fixture(ReportState::Distributed, Action::LogCall, officer);
        const auto call = [&](const QJsonObject &payload) {
            QJsonObject full = payload;
            full.insert(u"agency_id"_s, agencyA);
            return applyAction(report, officer, Action::LogCall, full, at, f.context).error();
        };
        QVERIFY(!call({{u"outcome"_s, u"busy"_s}, {u"callee"_s, u"Văn phòng"_s}}).isError());
        QCOMPARE(call({{u"outcome"_s, u"voicemail"_s}}).code(), u"invalid_value"_s);
        QCOMPARE(call({}).field(), u"outcome"_s);
        QCOMPARE(call({{u"outcome"_s, u"busy"_s}, {u"answered"_s, true}}).field(), u"answered"_s);
    }

    void errorsHaveBothLanguages()
    {
        for (const QString &code : allWorkflowErrorCodes()) {
            const WorkflowError error(code);
            QVERIFY(!error.message(Language::Vietnamese).isEmpty());
            QVERIFY(!error.message(Language::English).isEmpty());
            QVERIFY2(error.message(Language::Vietnamese) != error.message(Language::English), qPrintable(code));
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "testworkflow.moc"

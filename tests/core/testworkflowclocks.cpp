#include "core/publication.h"
#include "core/vntime.h"
#include "core/workflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ioc::core;
using namespace Qt::StringLiterals;

namespace {

QDateTime vn(int y, int mo, int d, int h, int mi)
{
    return vntime::fromLocal(QDate(y, mo, d), QTime(h, mi));
}

const Actor officer{u"truc1"_s, Role::DutyOfficer, {}};
const Actor staffA{u"xuly-a"_s, Role::AgencyStaff, u"agency-a"_s};
const Actor leaderA{u"lanhdao-a"_s, Role::AgencyLeader, u"agency-a"_s};
const Actor staffB{u"xuly-b"_s, Role::AgencyStaff, u"agency-b"_s};
const Actor citizen{u"citizen-1"_s, Role::Citizen, {}};

QJsonObject newReport(bool urgent)
{
    return {
        {u"title"_s, u"Cháy nhà dân"_s},
        {u"content"_s, u"Cháy tại số 10 đường Lê Duẩn"_s},
        {u"category_id"_s, urgent ? u"fire"_s : u"road"_s},
        {u"channel"_s, u"mobile_app"_s},
        {u"position"_s, QJsonObject{{u"latitude"_s, 16.816}, {u"longitude"_s, 107.1}, {u"source"_s, u"device_gps"_s}}},
        {u"reporter"_s, QJsonObject{{u"kind"_s, u"person"_s}, {u"full_name"_s, u"Nguyễn Văn A"_s}}}};
}

} // namespace

// The clocks of §16 through whole scenarios, in Vietnamese working time.
class TestWorkflowClocks final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_directory = Directory();
        for (const char *id : {"agency-a", "agency-b"}) {
            Agency agency;
            agency.id = QString::fromLatin1(id);
            agency.name = u"Đơn vị "_s + agency.id;
            m_directory.addAgency(agency);
        }
        m_directory.addCategory({u"road"_s, u"GT"_s, u"Giao thông"_s, false, true, {}, {}, {}});
        m_directory.addCategory({u"fire"_s, u"PCCC"_s, u"Cháy nổ"_s, true, true, {}, {}, {}});
        m_context = WorkflowContext{&SlaPolicy::defaults(), &m_calendar, &m_directory, {}, 15 * 60, false, false};
    }

    void createStartsDistributeAndTheJudgingReplyClock()
    {
        const Report r = create(false, vn(2026, 12, 1, 9, 0)); // Tuesday
        QCOMPARE(r.state, ReportState::Received);
        QCOMPARE(r.version, 1);
        QCOMPARE(r.runningClock(ClockStep::Distribute)->dueAt, vn(2026, 12, 1, 10, 0));
        // 1 working day = 8 working hours: 6 h on Tuesday (lunch excluded), 2 h on Wednesday.
        QCOMPARE(r.runningClock(ClockStep::ReplyInvalid)->dueAt, vn(2026, 12, 2, 9, 0));
        // The judging clock is never what the queue shows.
        QCOMPARE(r.nextDueClock()->step, ClockStep::Distribute);
        QVERIFY(!r.urgent);
    }

    void urgentCategoryMakesAnUrgentReport()
    {
        const Report r = create(true, vn(2026, 12, 1, 9, 0));
        QVERIFY(r.urgent);
        QCOMPARE(r.runningClock(ClockStep::Distribute)->dueAt, vn(2026, 12, 1, 9, 30));
    }

    void nightIntakeStartsAtSeven()
    {
        // Điều 4.2: a non-urgent report received between 00:00 and 07:00 starts at 07:00.
        Report r = create(false, vn(2026, 12, 1, 2, 15));
        QCOMPARE(r.runningClock(ClockStep::Distribute)->startedAt, vn(2026, 12, 1, 7, 0));
        QCOMPARE(r.runningClock(ClockStep::Distribute)->dueAt, vn(2026, 12, 1, 8, 0));
        // An urgent one runs at once, in calendar time.
        r = create(true, vn(2026, 12, 1, 2, 15));
        QCOMPARE(r.runningClock(ClockStep::Distribute)->startedAt, vn(2026, 12, 1, 2, 15));
        QCOMPARE(r.runningClock(ClockStep::Distribute)->dueAt, vn(2026, 12, 1, 2, 45));
        // 07:00 itself and 23:30 are not night intake.
        QCOMPARE(create(false, vn(2026, 12, 1, 7, 0)).runningClock(ClockStep::Distribute)->dueAt,
                 vn(2026, 12, 1, 8, 0));
        QCOMPARE(create(false, vn(2026, 12, 1, 23, 30)).runningClock(ClockStep::Distribute)->dueAt,
                 vn(2026, 12, 2, 8, 0));
    }

    void supplementPausesAndRestartsDistribution()
    {
        Report r = create(false, vn(2026, 12, 1, 9, 0));
        r = act(r, officer, Action::RequestSupplement, {{u"message"_s, u"Cần ảnh rõ"_s}}, vn(2026, 12, 1, 9, 20));
        QCOMPARE(r.runningClock(ClockStep::Distribute), nullptr);
        QCOMPARE(r.latestClock(ClockStep::Distribute)->status, ClockStatus::Done);
        QCOMPARE(r.runningClock(ClockStep::Supplement)->dueAt, vn(2026, 12, 3, 9, 20)); // 48 h, calendar time
        r = act(r, citizen, Action::Supplement, {{u"content"_s, u"Đã thêm ảnh"_s}}, vn(2026, 12, 2, 14, 0));
        QCOMPARE(r.state, ReportState::Received);
        QCOMPARE(r.latestClock(ClockStep::Supplement)->onTime, true);
        QCOMPARE(r.runningClock(ClockStep::Distribute)->startedAt, vn(2026, 12, 2, 14, 0));
        QCOMPARE(r.runningClock(ClockStep::Distribute)->dueAt, vn(2026, 12, 2, 15, 0));
    }

    void acceptClosesTheJudgingClockSilentlyAndRejectJudgesIt()
    {
        Report r = create(false, vn(2026, 12, 1, 9, 0));
        const Report accepted = act(r, officer, Action::Accept, {}, vn(2026, 12, 1, 9, 10));
        QCOMPARE(accepted.latestClock(ClockStep::ReplyInvalid)->status, ClockStatus::Closed);
        QVERIFY(!accepted.latestClock(ClockStep::ReplyInvalid)->onTime.has_value());
        QVERIFY(accepted.runningClock(ClockStep::Distribute) != nullptr);

        const Report late =
            act(r, officer, Action::Reject, {{u"reasons"_s, QJsonArray{u"no_media"_s}}, {u"reply"_s, u"Thiếu ảnh"_s}},
                vn(2026, 12, 3, 9, 0));
        QCOMPARE(late.latestClock(ClockStep::ReplyInvalid)->status, ClockStatus::Done);
        QCOMPARE(late.latestClock(ClockStep::ReplyInvalid)->onTime, false);
        QCOMPARE(late.nextDueClock(), nullptr); // reject closes every clock
    }

    void distributionStartsTheAgencyClocksAtOnce()
    {
        Report r = create(true, vn(2026, 12, 1, 9, 0));
        r = act(r, officer, Action::Accept, {}, vn(2026, 12, 1, 9, 5));
        r = act(r, officer, Action::Distribute, {{u"lead_agency_id"_s, u"agency-a"_s}}, vn(2026, 12, 1, 9, 10));
        QCOMPARE(r.latestClock(ClockStep::Distribute)->onTime, true);
        for (const ClockStep step :
             {ClockStep::Accept, ClockStep::Return, ClockStep::Decline, ClockStep::Process, ClockStep::Dispatch}) {
            QVERIFY2(r.runningClock(step) != nullptr, qPrintable(clockStepName(step)));
            QCOMPARE(r.runningClock(step)->agencyId, u"agency-a"_s);
        }
        QCOMPARE(r.runningClock(ClockStep::Accept)->dueAt, vn(2026, 12, 1, 9, 40));   // urgent: 30 min
        QCOMPARE(r.runningClock(ClockStep::Dispatch)->dueAt, vn(2026, 12, 1, 9, 40)); // 15 B3
        QCOMPARE(r.runningClock(ClockStep::Return)->dueAt, vn(2026, 12, 1, 10, 10));  // 60 wm
        QCOMPARE(r.runningClock(ClockStep::Process)->dueAt, vn(2026, 12, 9, 9, 10));  // 6 wd

        r = act(r, staffA, Action::AgencyAccept, {}, vn(2026, 12, 1, 9, 20));
        QCOMPARE(r.latestClock(ClockStep::Accept)->onTime, true);
        // Accepting does not end the duty to return a report it is not competent for: the return
        // clock still judges a later return (11.2.a, 14.3.e).
        QCOMPARE(r.latestClock(ClockStep::Return)->status, ClockStatus::Running);
        r = act(r, staffA, Action::Dispatch, {}, vn(2026, 12, 1, 9, 50));
        QCOMPARE(r.latestClock(ClockStep::Dispatch)->onTime, false);
    }

    void normalReportsHaveNoDispatchClock()
    {
        Report r = distributed(false);
        QCOMPARE(r.runningClock(ClockStep::Dispatch), nullptr);
        QCOMPARE(r.runningClock(ClockStep::Accept)->dueAt, vn(2026, 12, 1, 9, 40)); // 30 wm
    }

    void returnClosesTheAgencysClocksAndRestartsDistribution()
    {
        Report r = distributed(false);
        r = act(r, staffA, Action::ReturnNotCompetent,
                {{u"reason"_s, u"Thuộc ngành điện"_s}, {u"suggested_agency_id"_s, u"agency-b"_s}},
                vn(2026, 12, 1, 9, 50));
        QCOMPARE(r.state, ReportState::Returned);
        QCOMPARE(r.latestClock(ClockStep::Return)->onTime, true);
        for (const ReportClock &clock : r.clocks) {
            if (isAgencyClock(clock.step)) {
                QVERIFY2(clock.status != ClockStatus::Running, qPrintable(clockStepName(clock.step)));
            }
        }
        QVERIFY(r.leadAgencyId.isEmpty());
        QCOMPARE(r.suggestedAgencyId, u"agency-b"_s);
        QCOMPARE(r.runningClock(ClockStep::Distribute)->dueAt, vn(2026, 12, 1, 10, 50));
        r = act(r, officer, Action::Distribute, {{u"lead_agency_id"_s, u"agency-b"_s}}, vn(2026, 12, 1, 10, 0));
        QCOMPARE(r.runningClock(ClockStep::Accept)->agencyId, u"agency-b"_s);
    }

    void redistributionMovesTheClocksToTheNewAgency()
    {
        Report r = distributed(false);
        r = act(r, officer, Action::Distribute, {{u"lead_agency_id"_s, u"agency-b"_s}}, vn(2026, 12, 1, 9, 30));
        int running = 0;
        for (const ReportClock &clock : r.clocks) {
            if (clock.status == ClockStatus::Running && isAgencyClock(clock.step)) {
                QCOMPARE(clock.agencyId, u"agency-b"_s);
                ++running;
            }
        }
        QCOMPARE(running, 5); // accept, return, decline, process, status_notice
        QCOMPARE(refusal(r, staffA, Action::AgencyAccept, {}, vn(2026, 12, 1, 9, 40)), u"agency_not_allowed"_s);
    }

    // 11.2.b: the staff propose on a ground, the leader decides; the extended time is its own
    // clock (14.2.a's second kind), and an extension before the 6 days leaves `process` on time.
    void extensionIsProposedThenApproved()
    {
        Report r = act(distributed(false), staffA, Action::AgencyAccept, {}, vn(2026, 12, 1, 9, 20));
        const QDateTime due = r.runningClock(ClockStep::Process)->dueAt;
        const QJsonObject proposal{{u"ground"_s, u"several_agencies"_s},
                                   {u"reason"_s, u"Liên quan nhiều cơ quan"_s},
                                   {u"new_due"_s, u"2026-12-18T17:00:00+07:00"_s},
                                   {u"commitment"_s, u"Hoàn thành trước 18/12/2026"_s}};
        QJsonObject early = proposal;
        early.insert(u"new_due"_s, vntime::toIso8601(due.addSecs(-60)));
        QCOMPARE(refusal(r, staffA, Action::ProposeExtension, early, vn(2026, 12, 2, 9, 0)),
                 u"extension_due_not_later"_s);
        QJsonObject groundless = proposal;
        groundless.insert(u"ground"_s, u"busy"_s);
        QCOMPARE(refusal(r, staffA, Action::ProposeExtension, groundless, vn(2026, 12, 2, 9, 0)),
                 u"unknown_extension_ground"_s);
        groundless.remove(u"ground"_s);
        QCOMPARE(refusal(r, staffA, Action::ProposeExtension, groundless, vn(2026, 12, 2, 9, 0)),
                 u"extension_needs_ground"_s);
        QCOMPARE(refusal(r, leaderA, Action::Extend, {{u"approve"_s, true}}, vn(2026, 12, 2, 9, 0)),
                 u"no_extension_proposal"_s);

        r = act(r, staffA, Action::ProposeExtension, proposal, vn(2026, 12, 2, 9, 0));
        QCOMPARE(r.runningClock(ClockStep::Process)->dueAt, due); // nothing moves before the leader decides
        QCOMPARE(refusal(r, staffA, Action::Extend, {{u"approve"_s, true}}, vn(2026, 12, 2, 10, 0)),
                 u"role_not_allowed"_s);
        QCOMPARE(refusal(r, staffA, Action::ProposeExtension, proposal, vn(2026, 12, 2, 10, 0)),
                 u"extension_pending"_s);
        // Refused: nothing changes, and the staff may propose again.
        const Report refused =
            act(r, leaderA, Action::Extend, {{u"approve"_s, false}, {u"comment"_s, u"Không đủ căn cứ"_s}},
                vn(2026, 12, 2, 10, 0));
        QVERIFY(!refused.extensionProposal.isValid());
        QCOMPARE(refused.runningClock(ClockStep::Process)->dueAt, due);

        r = act(r, leaderA, Action::Extend, {{u"approve"_s, true}}, vn(2026, 12, 2, 10, 0));
        QVERIFY(!r.extensionProposal.isValid());
        QCOMPARE(r.latestClock(ClockStep::Process)->onTime, true);
        QCOMPARE(r.runningClock(ClockStep::Commitment)->dueAt, vn(2026, 12, 18, 17, 0));
        QCOMPARE(r.commitmentText, u"Hoàn thành trước 18/12/2026"_s);
        QCOMPARE(r.state, ReportState::InProgress);
        // The result after the committed date is the second kind of 14.2.a violation.
        r = act(r, staffA, Action::SubmitResult, {{u"result"_s, u"Đã xử lý"_s}}, vn(2026, 12, 21, 9, 0));
        QCOMPARE(r.latestClock(ClockStep::Commitment)->onTime, false);
        QCOMPARE(r.latestClock(ClockStep::Process)->onTime, true);
    }

    // 11.2.b "quá 06 ngày": the product reads the 6 working days of the same sentence; a policy
    // that reads calendar days ("every": "6d") schedules the notice two days earlier here.
    void statusNoticeReadsEitherWay()
    {
        Report r = distributed(false); // Tuesday 1 December, 09:10
        QCOMPARE(r.runningClock(ClockStep::StatusNotice)->startedAt, vn(2026, 12, 9, 9, 10));
        QCOMPARE(r.runningClock(ClockStep::StatusNotice)->dueAt, vn(2026, 12, 10, 9, 10));

        QJsonObject root = SlaPolicy::defaults().toJson();
        QJsonObject steps = root.value(u"steps"_s).toObject();
        QJsonObject notice = steps.value(u"status_notice"_s).toObject();
        notice.insert(u"every"_s, u"6d"_s);
        steps.insert(u"status_notice"_s, notice);
        root.insert(u"steps"_s, steps);
        QString error;
        const auto literal = SlaPolicy::fromJson(QJsonDocument(root).toJson(), &error);
        QVERIFY2(literal.has_value(), qPrintable(error));
        m_context.policy = &*literal;
        r = distributed(false);
        QCOMPARE(r.runningClock(ClockStep::StatusNotice)->startedAt, vn(2026, 12, 7, 9, 10));
        QCOMPARE(r.runningClock(ClockStep::StatusNotice)->dueAt, vn(2026, 12, 8, 9, 10));
        m_context.policy = &SlaPolicy::defaults();
    }

    // The edges of the paused reply_invalid clock (9.1): resumed with 7 h 30 working left it is
    // due at 08:30 on 4 December, a rejection at that minute is on time and one a minute later
    // late; a clock paused after its due was late already and stays so.
    void pausedReplyClockAtItsEdges()
    {
        const QJsonObject reject{{u"reasons"_s, QJsonArray{u"out_of_scope"_s}}, {u"reply"_s, u"Ngoài phạm vi"_s}};
        Report r = create(false, vn(2026, 12, 1, 9, 0));
        r = act(r, officer, Action::RequestSupplement, {{u"message"_s, u"Bổ sung ảnh"_s}}, vn(2026, 12, 1, 9, 30));
        QCOMPARE(r.latestClock(ClockStep::ReplyInvalid)->status, ClockStatus::Paused);
        r = act(r, officer, Action::Supplement, {{u"content"_s, u"Ảnh chụp rõ vị trí"_s}}, vn(2026, 12, 3, 9, 0));
        QCOMPARE(r.runningClock(ClockStep::ReplyInvalid)->dueAt, vn(2026, 12, 4, 8, 30));
        QCOMPARE(act(r, officer, Action::Reject, reject, vn(2026, 12, 4, 8, 30))
                     .latestClock(ClockStep::ReplyInvalid)
                     ->onTime,
                 true);
        QCOMPARE(act(r, officer, Action::Reject, reject, vn(2026, 12, 4, 8, 31))
                     .latestClock(ClockStep::ReplyInvalid)
                     ->onTime,
                 false);

        Report late = create(false, vn(2026, 12, 1, 9, 0)); // due 09:00 on 2 December
        late =
            act(late, officer, Action::RequestSupplement, {{u"message"_s, u"Bổ sung ảnh"_s}}, vn(2026, 12, 2, 10, 0));
        late = act(late, officer, Action::Supplement, {{u"content"_s, u"Ảnh"_s}}, vn(2026, 12, 3, 9, 0));
        QCOMPARE(late.runningClock(ClockStep::ReplyInvalid)->dueAt, vn(2026, 12, 2, 9, 0));
        late = act(late, officer, Action::Reject, reject, vn(2026, 12, 3, 9, 5));
        QCOMPARE(late.latestClock(ClockStep::ReplyInvalid)->onTime, false);
    }

    // An extension approved at the very minute processing falls due leaves it on time; a minute
    // later, the overrun is on record (11.2.b, 14.2.a).
    void extensionAtTheMinuteOfTheDue()
    {
        Report r = act(distributed(false), staffA, Action::AgencyAccept, {}, vn(2026, 12, 1, 9, 20));
        const QDateTime due = r.runningClock(ClockStep::Process)->dueAt;
        r = act(
            r, staffA, Action::ProposeExtension,
            {{u"ground"_s, u"complex"_s}, {u"reason"_s, u"Phức tạp"_s}, {u"new_due"_s, u"2026-12-31T17:00:00+07:00"_s}},
            due.addSecs(-3600));
        QCOMPARE(act(r, leaderA, Action::Extend, {{u"approve"_s, true}}, due).latestClock(ClockStep::Process)->onTime,
                 true);
        QCOMPARE(act(r, leaderA, Action::Extend, {{u"approve"_s, true}}, due.addSecs(60))
                     .latestClock(ClockStep::Process)
                     ->onTime,
                 false);
    }

    // A status notice given the minute its period starts counts; one a minute before changes
    // no clock (11.2.b).
    void statusNoticeAtTheStartOfItsPeriod()
    {
        Report r = act(distributed(false), staffA, Action::AgencyAccept, {}, vn(2026, 12, 1, 9, 20));
        const QDateTime start = r.runningClock(ClockStep::StatusNotice)->startedAt;
        const QJsonObject notice{{u"text"_s, u"Đang chờ vật tư"_s}};
        const Report early = act(r, staffA, Action::NotifyStatus, notice, start.addSecs(-60));
        QCOMPARE(early.runningClock(ClockStep::StatusNotice)->startedAt, start);
        const Report given = act(r, staffA, Action::NotifyStatus, notice, start);
        QCOMPARE(given.latestClock(ClockStep::StatusNotice)->startedAt, vn(2026, 12, 17, 9, 10));
        bool judged = false;
        for (const ReportClock &clock : given.clocks) {
            judged = judged || (clock.step == ClockStep::StatusNotice && clock.startedAt == start &&
                                clock.status == ClockStatus::Done && clock.onTime == true);
        }
        QVERIFY(judged);
    }

    void leaderReturnReopensProcessingWithItsOriginalDue()
    {
        Report r = act(distributed(false), staffA, Action::AgencyAccept, {}, vn(2026, 12, 1, 9, 20));
        const QDateTime due = r.runningClock(ClockStep::Process)->dueAt;
        r = act(r, staffA, Action::SubmitResult, {{u"result"_s, u"Đã vá ổ gà"_s}}, vn(2026, 12, 3, 9, 0));
        QCOMPARE(r.latestClock(ClockStep::Process)->onTime, true);
        QCOMPARE(r.latestClock(ClockStep::Decline)->status, ClockStatus::Closed);
        QCOMPARE(r.runningClock(ClockStep::Approve)->dueAt, vn(2026, 12, 4, 9, 0));
        r = act(r, leaderA, Action::LeaderReturn, {{u"comment"_s, u"Thiếu ảnh"_s}}, vn(2026, 12, 3, 10, 0));
        QCOMPARE(r.runningClock(ClockStep::Process)->dueAt, due);
        QCOMPARE(r.runningClock(ClockStep::Approve), nullptr);
    }

    void publicationClosesAllButTheInteractionClock()
    {
        Report r = approved(false);
        r = act(r, officer, Action::Publish, {}, vn(2026, 12, 4, 9, 30));
        QCOMPARE(r.state, ReportState::Published);
        QCOMPARE(r.latestClock(ClockStep::Publish)->onTime, true);
        QCOMPARE(r.nextDueClock(), nullptr);
        // "Không hài lòng" flags; it starts no clock (the regulation sets none).
        r = act(r, citizen, Action::Rate, {{u"level"_s, u"not_satisfied"_s}}, vn(2026, 12, 4, 10, 0));
        QCOMPARE(r.runningClock(ClockStep::Interaction), nullptr);
        QVERIFY(r.interactions.isEmpty());
        QCOMPARE(refusal(r, citizen, Action::Rate, {{u"level"_s, u"satisfied"_s}}, vn(2026, 12, 4, 10, 0)),
                 u"already_rated"_s);
        r = act(r, citizen, Action::Interact, {{u"text"_s, u"Ổ gà vẫn còn"_s}}, vn(2026, 12, 4, 10, 0));
        QCOMPARE(r.runningClock(ClockStep::Interaction)->dueAt, vn(2026, 12, 7, 10, 0)); // 1 wd over a weekend
        r = act(r, staffA, Action::AnswerInteraction, {{u"text"_s, u"Đã làm rõ"_s}}, vn(2026, 12, 7, 8, 0));
        QCOMPARE(r.latestClock(ClockStep::Interaction)->onTime, true);
        QVERIFY(!r.hasOpenInteraction());
        // A new interaction opens the clock again; it survives nothing but its answer.
        r = act(r, citizen, Action::Interact, {{u"text"_s, u"Còn chưa rõ"_s}}, vn(2026, 12, 7, 9, 0));
        QVERIFY(r.runningClock(ClockStep::Interaction) != nullptr);
        m_context.reporterInteractionsLocked = true;
        QCOMPARE(refusal(r, citizen, Action::Interact, {{u"text"_s, u"…"_s}}, vn(2026, 12, 7, 9, 0)),
                 u"interactions_locked"_s);
    }

    void urgencyChangeRecomputesRunningClocks()
    {
        Report r = create(false, vn(2026, 12, 1, 9, 0));
        r = act(r, officer, Action::SetUrgent, {{u"urgent"_s, true}, {u"reason"_s, u"Nguy hiểm"_s}},
                vn(2026, 12, 1, 9, 5));
        QCOMPARE(r.runningClock(ClockStep::Distribute)->dueAt, vn(2026, 12, 1, 9, 30));
        QCOMPARE(
            refusal(r, officer, Action::SetUrgent, {{u"urgent"_s, true}, {u"reason"_s, u"x"_s}}, vn(2026, 12, 1, 9, 6)),
            u"flag_unchanged"_s);
        // Made urgent after distribution: the dispatch clock starts.
        Report d = distributed(false);
        d = act(d, officer, Action::SetUrgent, {{u"urgent"_s, true}, {u"reason"_s, u"Nguy hiểm"_s}},
                vn(2026, 12, 1, 9, 30));
        QCOMPARE(d.runningClock(ClockStep::Dispatch)->dueAt, vn(2026, 12, 1, 10, 0));
        QCOMPARE(d.runningClock(ClockStep::Accept)->dueAt, vn(2026, 12, 1, 9, 40)); // 30 min from 09:10
    }

    void hidingKeepsTheClocksRunning()
    {
        Report r = distributed(false);
        r = act(r, officer, Action::Hide, {{u"reason"_s, u"Ngôn từ xúc phạm"_s}}, vn(2026, 12, 1, 9, 30));
        QVERIFY(r.hidden);
        QVERIFY(r.runningClock(ClockStep::Process) != nullptr);
        QCOMPARE(r.nextDueClock()->step, ClockStep::Accept);
    }

    void coordinationProcess()
    {
        Report r = act(create(false, vn(2026, 12, 1, 9, 0)), officer, Action::Accept, {}, vn(2026, 12, 1, 9, 5));
        r = act(r, officer, Action::StartCoordination, {{u"coordinator_agency_id"_s, u"agency-b"_s}},
                vn(2026, 12, 1, 9, 10));
        QCOMPARE(r.runningClock(ClockStep::Coordination)->agencyId, u"agency-b"_s);
        QCOMPARE(r.runningClock(ClockStep::Coordination)->dueAt, vn(2026, 12, 2, 9, 10));
        r = act(r, staffB, Action::CoordinationAnswer, {{u"competent_agency_id"_s, u"agency-a"_s}},
                vn(2026, 12, 1, 14, 0));
        QCOMPARE(r.state, ReportState::Verified);
        QCOMPARE(r.suggestedAgencyId, u"agency-a"_s);
        QCOMPARE(r.runningClock(ClockStep::Distribute)->dueAt, vn(2026, 12, 1, 15, 0));
    }

    void readingAClock()
    {
        const QDateTime start = vn(2026, 12, 4, 16, 0); // Friday
        const QDateTime due = vn(2026, 12, 7, 8, 0);    // 2 working hours later, Monday
        ClockReading reading = readClock(start, due, vn(2026, 12, 5, 12, 0), true, m_calendar);
        QCOMPARE(reading.totalSeconds, 2 * 3600);
        QCOMPARE(reading.remainingSeconds, 3600);
        QCOMPARE(reading.shareLeft(), 0.5);
        QVERIFY(!reading.isOverdue());
        reading = readClock(start, due, vn(2026, 12, 7, 9, 10), true, m_calendar);
        QVERIFY(reading.isOverdue());
        QCOMPARE(reading.overrunSeconds, 70 * 60);
        QCOMPARE(reading.remainingSeconds, 0);
        reading = readClock(start, due, vn(2026, 12, 7, 9, 10), false, m_calendar);
        QCOMPARE(reading.overrunSeconds, 70 * 60);
        QCOMPARE(reading.totalSeconds, (2 * 24 + 16) * 3600);
    }

private:
    Report create(bool urgent, const QDateTime &at)
    {
        const auto result = createReport(u"r1"_s, u"PA-1"_s, citizen, newReport(urgent), at, m_context);
        if (!result.ok()) {
            qFatal("create failed: %s", qPrintable(result.error().code()));
        }
        return result.value().report;
    }

    Report act(const Report &report, const Actor &actor, Action action, const QJsonObject &payload, const QDateTime &at)
    {
        const auto result = applyAction(report, actor, action, payload, at, m_context);
        if (!result.ok()) {
            qFatal("%s failed: %s %s", qPrintable(actionName(action)), qPrintable(result.error().code()),
                   qPrintable(result.error().field()));
        }
        return result.value().report;
    }

    // The error code of an action expected to fail (empty if it succeeded).
    QString refusal(const Report &report, const Actor &actor, Action action, const QJsonObject &payload,
                    const QDateTime &at)
    {
        return applyAction(report, actor, action, payload, at, m_context).error().code();
    }

    Report distributed(bool urgent)
    {
        Report r = act(create(urgent, vn(2026, 12, 1, 9, 0)), officer, Action::Accept, {}, vn(2026, 12, 1, 9, 5));
        return act(r, officer, Action::Distribute, {{u"lead_agency_id"_s, u"agency-a"_s}}, vn(2026, 12, 1, 9, 10));
    }

    Report approved(bool urgent)
    {
        Report r = act(distributed(urgent), staffA, Action::AgencyAccept, {}, vn(2026, 12, 1, 9, 20));
        // On the Phụ lục 1 template with a photo, so that the IOC's gate lets it be published.
        const QString result = publication::composeResult(r, m_directory.agency(u"agency-a"_s)->name,
                                                          u"Đã vá ổ gà, thông xe an toàn trên tuyến đường."_s);
        r = act(r, staffA, Action::SubmitResult,
                {{u"result"_s, result}, {u"attachments"_s, QJsonArray{u"0123456789abcdef"_s}}}, vn(2026, 12, 3, 9, 0));
        return act(r, leaderA, Action::LeaderApprove, {}, vn(2026, 12, 4, 9, 0));
    }

    WorkingCalendar m_calendar;
    Directory m_directory;
    WorkflowContext m_context;
};

QTEST_GUILESS_MAIN(TestWorkflowClocks)
#include "testworkflowclocks.moc"

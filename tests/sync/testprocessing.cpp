#include "core/publication.h"
#include "core/reportjson.h"
#include "core/vntime.h"
#include "storage/identityrepository.h"
#include "storage/referencerepository.h"
#include "support/apifixtures.h"
#include "support/hostprocess.h"
#include "support/photos.h"
#include "support/syncclient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <QUuid>

#include <map>

using namespace ioc;
using namespace Qt::StringLiterals;
namespace pub = ioc::core::publication;

namespace {

const QString dongHa = u"ubnd-dong-ha"_s;
const QString dienLuc = u"dien-luc"_s;

QString isoIn(int days)
{
    return core::vntime::toIso8601(QDateTime::currentDateTimeUtc().addDays(days));
}

QStringList actionsOf(const QJsonObject &report)
{
    QStringList actions;
    for (const QJsonValue &event : report.value(u"events"_s).toArray()) {
        actions.append(event.toObject().value(u"action"_s).toString());
    }
    return actions;
}

} // namespace

// The regulation's five steps end to end (Điều 10–17, Phụ lục 2), each officer with the console's
// own sync stack (encrypted replica, outbox, engine) against the real ioc-server over TLS: what
// each action does to the server's state and clocks, who can see the report afterwards (lead,
// coordinating and upper-level agencies; removals after reassignment), what the citizen reads,
// and the audit chain after all of it. The citizen's app is played with plain API calls.
class TestProcessing final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server.start();
        m_http = std::make_unique<test::HttpClient>(m_server.url());
        m_fixtures = std::make_unique<test::ApiFixtures>(*m_http);
    }

    void normalReportThroughTheFiveSteps()
    {
        const QString id = m_fixtures->reportIn(u"received"_s);
        // Step 1: the IOC verifies and distributes, with a coordinating agency.
        QVERIFY(step(u"truc1"_s, id, u"accept"_s));
        QVERIFY(step(u"truc1"_s, id, u"distribute"_s,
                     {{u"lead_agency_id"_s, dongHa},
                      {u"coordinating_agency_ids"_s, QJsonArray{dienLuc}},
                      {u"note"_s, u"Đề nghị xử lý trong ngày"_s}}));
        core::Report r = server(id);
        QCOMPARE(r.state, core::ReportState::Distributed);
        for (const core::ClockStep s :
             {core::ClockStep::Accept, core::ClockStep::Return, core::ClockStep::Decline, core::ClockStep::Process}) {
            QVERIFY2(r.runningClock(s) && r.runningClock(s)->agencyId == dongHa, qPrintable(core::clockStepName(s)));
        }
        QVERIFY(sees(u"xuly1"_s, id));         // lead
        QVERIFY(sees(u"xl.dien-luc"_s, id));   // coordinating
        QVERIFY(!sees(u"xl.nuoc-sach"_s, id)); // not involved

        // Step 2: the agency accepts within 30 minutes.
        QVERIFY(step(u"xuly1"_s, id, u"agency_accept"_s, {{u"note"_s, u"Giao tổ công trình"_s}}));
        r = server(id);
        QCOMPARE(r.state, core::ReportState::InProgress);
        QCOMPARE(r.latestClock(core::ClockStep::Accept)->onTime, std::optional(true));
        QVERIFY(r.runningClock(core::ClockStep::Return)); // a later return is still judged (11.2.a)

        // Step 3: the result on the Phụ lục 1 template, with a result photo sent by the console.
        const QString photo = resultPhoto(u"xuly1"_s, Qt::darkGreen);
        const QString result =
            pub::composeResult(r, u"UBND thành phố Đông Hà"_s, u"Đã vá ổ gà bằng bê tông nhựa, thông xe lúc 15 giờ."_s);
        QVERIFY(step(u"xuly1"_s, id, u"submit_result"_s, {{u"result"_s, result}}, {photo}));
        r = server(id);
        QCOMPARE(r.state, core::ReportState::AwaitingApproval);
        QCOMPARE(r.resultAttachments, QStringList{photo});
        QVERIFY(r.runningClock(core::ClockStep::Approve));
        QCOMPARE(m_http->get(u"/v1/media/"_s + photo, m_fixtures->token(u"duty_officer"_s)).status, 200);

        // Step 4: the leader approves.
        QVERIFY(step(u"lanhdao1"_s, id, u"leader_approve"_s));
        r = server(id);
        QCOMPARE(r.state, core::ReportState::Approved);
        QVERIFY(r.runningClock(core::ClockStep::Publish));

        // Step 5: the IOC's gate passes, and the public version is published.
        const pub::Gate gate = gateOf(id);
        QVERIFY(gate.passes());
        QVERIFY(!gate.publicText.contains(u"Võ Thị Mai"_s));
        QVERIFY(step(u"truc1"_s, id, u"publish"_s, {{u"public_text"_s, gate.publicText}, {u"reply"_s, result}}));
        r = server(id);
        QCOMPARE(r.state, core::ReportState::Published);
        QCOMPARE(r.publicText, gate.publicText);
        QVERIFY(!r.nextDueClock());

        // The reporter's timeline: the steps of Điều 17.2, none of the officers' own.
        const QJsonObject mine = m_http->get(u"/v1/citizen/reports/"_s + id, m_fixtures->token(u"citizen"_s))
                                     .json.value(u"report"_s)
                                     .toObject();
        QCOMPARE(mine.value(u"public_text"_s).toString(), gate.publicText);
        QCOMPARE(mine.value(u"reply_text"_s).toString(), result); // addressed to the reporter by name
        // Composed by the agency, which was never given the identity (PRODUCT.md §17): addressed
        // to the reporter without the name.
        QVERIFY2(result.startsWith(u"Kính gửi: Ông/Bà đã phản ánh"_s), qPrintable(result));
        QCOMPARE(actionsOf(mine), (QStringList{u"create"_s, u"accept"_s, u"distribute"_s, u"agency_accept"_s,
                                               u"submit_result"_s, u"leader_approve"_s, u"publish"_s}));
        // Anyone else reads it without the reporter's identity.
        const QJsonObject seen =
            m_http->get(u"/v1/citizen/reports/"_s + id, otherCitizen()).json.value(u"report"_s).toObject();
        QCOMPARE(seen.value(u"public_text"_s).toString(), gate.publicText);
        QVERIFY(!seen.contains(u"reply_text"_s));
        QVERIFY(!QJsonDocument(seen).toJson().contains("Võ Thị Mai"));
        QVERIFY(!QJsonDocument(seen).toJson().contains("0912345678"));
        // Every involved agency's replica has the outcome.
        QVERIFY(sees(u"xuly1"_s, id));
        QCOMPARE(as(u"xuly1"_s).reports().report(id)->state, core::ReportState::Published);
    }

    void urgentReportIsDispatchedAndUpdatedWithinTheHour()
    {
        test::ApiFixtures::Options urgent;
        urgent.urgent = true;
        const QString id = m_fixtures->reportIn(u"received"_s, urgent);
        QVERIFY(step(u"truc1"_s, id, u"accept"_s));
        QVERIFY(step(u"truc1"_s, id, u"distribute"_s, {{u"lead_agency_id"_s, u"pccc"_s}}));
        core::Report r = server(id);
        const core::ReportClock *dispatch = r.runningClock(core::ClockStep::Dispatch);
        QVERIFY(dispatch && dispatch->urgent);
        QCOMPARE(dispatch->startedAt.secsTo(dispatch->dueAt), 30 * 60); // calendar time, 24/7
        QVERIFY(sees(u"xl.pccc"_s, id));
        QVERIFY(sees(u"xl.cong-an"_s, id)); // the upper-level agency follows it (10.3)

        QVERIFY(step(u"xl.pccc"_s, id, u"agency_accept"_s));
        QVERIFY(step(u"xl.pccc"_s, id, u"dispatch"_s, {{u"note"_s, u"Hai xe chữa cháy xuất phát"_s}}));
        r = server(id);
        QCOMPARE(r.latestClock(core::ClockStep::Dispatch)->onTime, std::optional(true));
        QVERIFY(r.dispatched);
        QVERIFY(step(u"xl.pccc"_s, id, u"result_obtained"_s, {{u"note"_s, u"Đã dập tắt đám cháy"_s}}));
        r = server(id);
        const core::ReportClock *update = r.runningClock(core::ClockStep::ResultUpdate);
        QVERIFY(update);
        QCOMPARE(update->startedAt.secsTo(update->dueAt), 60 * 60);

        const QString photo = resultPhoto(u"xl.pccc"_s, Qt::darkRed);
        QVERIFY(step(u"xl.pccc"_s, id, u"submit_result"_s,
                     {{u"result"_s, pub::composeResult(r, u"Phòng Cảnh sát PCCC và CNCH – Công an tỉnh"_s,
                                                       u"Đã dập tắt đám cháy lúc 14 giờ 20, không có thương vong."_s)}},
                     {photo}));
        QVERIFY(step(u"ld.pccc"_s, id, u"leader_approve"_s));
        r = server(id);
        QCOMPARE(r.latestClock(core::ClockStep::ResultUpdate)->status, core::ClockStatus::Done);
        QCOMPARE(r.latestClock(core::ClockStep::ResultUpdate)->onTime, std::optional(true));
        QVERIFY(step(u"truc1"_s, id, u"publish"_s));
        QCOMPARE(server(id).state, core::ReportState::Published);
    }

    void returnedAsNotCompetentThenRedistributed()
    {
        const QString id = m_fixtures->reportIn(u"verified"_s);
        QVERIFY(step(u"truc1"_s, id, u"distribute"_s, {{u"lead_agency_id"_s, dongHa}}));
        QVERIFY(sees(u"xuly1"_s, id));
        QVERIFY(step(u"xuly1"_s, id, u"return_not_competent"_s,
                     {{u"reason"_s, u"Đèn chiếu sáng thuộc Điện lực quản lý"_s}, {u"suggested_agency_id"_s, dienLuc}}));
        core::Report r = server(id);
        QCOMPARE(r.state, core::ReportState::Returned);
        QCOMPARE(r.suggestedAgencyId, dienLuc);
        QCOMPARE(r.latestClock(core::ClockStep::Return)->onTime, std::optional(true));
        QVERIFY(r.runningClock(core::ClockStep::Distribute)); // the IOC's hour starts again
        QVERIFY(!sees(u"xuly1"_s, id));                       // gone from the returning agency's replica

        QVERIFY(step(u"truc1"_s, id, u"distribute"_s, {{u"lead_agency_id"_s, dienLuc}}));
        r = server(id);
        QCOMPARE(r.leadAgencyId, dienLuc);
        for (const core::ReportClock &clock : r.clocks) {
            QVERIFY2(clock.agencyId != dongHa || clock.status != core::ClockStatus::Running,
                     qPrintable(core::clockStepName(clock.step)));
        }
        QVERIFY(r.runningClock(core::ClockStep::Accept)->agencyId == dienLuc);
        QVERIFY(sees(u"xl.dien-luc"_s, id));
        QVERIFY(!sees(u"xuly1"_s, id));
    }

    void declinedForInsufficientContent()
    {
        const QString id = m_fixtures->reportIn(u"distributed"_s);
        QVERIFY(step(u"xuly1"_s, id, u"agency_accept"_s));
        QVERIFY(step(u"xuly1"_s, id, u"decline_insufficient"_s,
                     {{u"reply"_s, u"Không xác định được vị trí ổ gà."_s},
                      {u"guidance"_s, u"Vui lòng gửi lại phản ánh kèm ảnh chụp và số nhà gần nhất."_s}}));
        const core::Report r = server(id);
        QCOMPARE(r.state, core::ReportState::Declined);
        QCOMPARE(r.latestClock(core::ClockStep::Decline)->onTime, std::optional(true));
        QVERIFY(!r.nextDueClock());
        const QJsonObject mine = m_http->get(u"/v1/citizen/reports/"_s + id, m_fixtures->token(u"citizen"_s))
                                     .json.value(u"report"_s)
                                     .toObject();
        QVERIFY(mine.value(u"reply_text"_s).toString().contains(u"số nhà gần nhất"_s));
    }

    void extensionPublishesACommitment()
    {
        const QString id = m_fixtures->reportIn(u"in_progress"_s);
        const QDateTime before = server(id).runningClock(core::ClockStep::Process)->dueAt;
        const QString newDue = isoIn(40);
        const QString commitment = u"UBND thành phố Đông Hà cam kết hoàn thành sửa chữa trước ngày 31/12."_s;
        // 11.2.b: the staff propose on one of the grounds, the leader approves.
        QVERIFY(step(u"xuly1"_s, id, u"propose_extension"_s,
                     {{u"ground"_s, u"complex"_s},
                      {u"reason"_s, u"Cần dự toán kinh phí sửa chữa"_s},
                      {u"new_due"_s, newDue},
                      {u"commitment"_s, commitment}}));
        QCOMPARE(server(id).runningClock(core::ClockStep::Process)->dueAt, before); // not before the leader decides
        QVERIFY(step(u"lanhdao1"_s, id, u"extend"_s, {{u"approve"_s, true}}));
        const core::Report r = server(id);
        QCOMPARE(r.state, core::ReportState::InProgress); // stays open until the promised result
        QCOMPARE(r.latestClock(core::ClockStep::Process)->onTime, std::optional(true));
        const QDateTime due = r.runningClock(core::ClockStep::Commitment)->dueAt;
        QVERIFY(due > before);
        QCOMPARE(due, *core::vntime::parseIso8601(newDue));
        const QJsonObject mine = m_http->get(u"/v1/citizen/reports/"_s + id, m_fixtures->token(u"citizen"_s))
                                     .json.value(u"report"_s)
                                     .toObject();
        QCOMPARE(mine.value(u"commitment_text"_s).toString(), commitment);
        QVERIFY(actionsOf(mine).contains(u"extend"_s));
    }

    // 11.2.b: the agency tells the reporter how processing stands; the reporter reads the text
    // on their timeline, while the officers' notes stay off it.
    void statusNoticeReachesTheReporter()
    {
        const QString id = m_fixtures->reportIn(u"in_progress"_s);
        const QString text = u"Đơn vị đang chờ vật tư, dự kiến hoàn thành trước ngày 20/12."_s;
        QVERIFY(step(u"xuly1"_s, id, u"notify_status"_s, {{u"text"_s, text}}));
        QVERIFY(step(u"xuly1"_s, id, u"add_note"_s, {{u"text"_s, u"Ghi chú nội bộ"_s}}));
        const auto noticeIn = [](const QJsonObject &report) {
            for (const QJsonValue &event : report.value(u"events"_s).toArray()) {
                if (event.toObject().value(u"action"_s) == u"notify_status"_s) {
                    return event.toObject();
                }
            }
            return QJsonObject();
        };
        const QJsonObject mine = m_http->get(u"/v1/citizen/reports/"_s + id, m_fixtures->token(u"citizen"_s))
                                     .json.value(u"report"_s)
                                     .toObject();
        QCOMPARE(noticeIn(mine).value(u"text"_s).toString(), text);
        QVERIFY(!actionsOf(mine).contains(u"add_note"_s));
    }

    void leaderReturnsThenEditsAndApproves()
    {
        const QString id = m_fixtures->reportIn(u"in_progress"_s);
        const QString photo = resultPhoto(u"xuly1"_s, Qt::darkBlue);
        QVERIFY(step(u"xuly1"_s, id, u"submit_result"_s, {{u"result"_s, u"Đã xử lý."_s}}, {photo}));
        QVERIFY(step(u"lanhdao1"_s, id, u"leader_return"_s, {{u"comment"_s, u"Ghi rõ thời gian thông xe"_s}}));
        core::Report r = server(id);
        QCOMPARE(r.state, core::ReportState::InProgress);
        QVERIFY(r.runningClock(core::ClockStep::Process));
        QVERIFY(!r.runningClock(core::ClockStep::Approve));

        QVERIFY(step(u"xuly1"_s, id, u"submit_result"_s, {{u"result"_s, u"Đã xử lý, thông xe."_s}}));
        const QString edited =
            pub::composeResult(r, u"UBND thành phố Đông Hà"_s, u"Đã vá ổ gà, thông xe lúc 16 giờ ngày hôm nay."_s);
        QVERIFY(step(u"lanhdao1"_s, id, u"leader_edit_approve"_s, {{u"result"_s, edited}}));
        r = server(id);
        QCOMPARE(r.state, core::ReportState::Approved);
        QCOMPARE(r.resultText, edited);
        QCOMPARE(r.resultAttachments, QStringList{photo}); // kept from the first submission
    }

    void stepBackAfterApproval()
    {
        const QString id = m_fixtures->reportIn(u"approved"_s);
        // After approval the agency cannot change the result itself (11.4.c) …
        const test::HttpResponse refused = m_http->act(m_fixtures->token(u"agency_staff"_s), id, u"submit_result"_s,
                                                       {{u"result"_s, u"Sửa"_s}}, m_fixtures->version(id));
        QCOMPARE(refused.status, 409);
        // … the IOC steps the report back and processing goes on.
        QVERIFY(step(u"truc1"_s, id, u"step_back"_s, {{u"reason"_s, u"Đơn vị đề nghị cập nhật kết quả"_s}}));
        core::Report r = server(id);
        QCOMPARE(r.state, core::ReportState::InProgress);
        // No deadline for the update (11.4.c): the processing clock keeps its earlier record.
        QVERIFY(!r.runningClock(core::ClockStep::Process));
        QCOMPARE(r.latestClock(core::ClockStep::Process)->status, core::ClockStatus::Done);
        QVERIFY(!r.runningClock(core::ClockStep::Publish));
        const QString photo = resultPhoto(u"xuly1"_s, Qt::darkCyan);
        QVERIFY(step(u"xuly1"_s, id, u"submit_result"_s,
                     {{u"result"_s, pub::composeResult(r, u"UBND thành phố Đông Hà"_s, u"Đã thảm lại mặt đường."_s)}},
                     {photo}));
        QVERIFY(step(u"lanhdao1"_s, id, u"leader_approve"_s));
        QVERIFY(step(u"truc1"_s, id, u"publish"_s));
        QCOMPARE(server(id).state, core::ReportState::Published);
    }

    void templateAndResultFixesBeforePublication()
    {
        // A bare result without a photo, approved by the leader.
        const QString id = m_fixtures->reportIn(u"in_progress"_s);
        QVERIFY(step(u"xuly1"_s, id, u"submit_result"_s, {{u"result"_s, u"Đã xử lý xong"_s}}));
        QVERIFY(step(u"lanhdao1"_s, id, u"leader_approve"_s));
        const test::HttpResponse refused =
            m_http->act(m_fixtures->token(u"duty_officer"_s), id, u"publish"_s, {}, m_fixtures->version(id));
        QCOMPARE(refused.status, 422); // the server runs the same gate as the console
        QCOMPARE(refused.errorCode(), u"publication_gate_failed"_s);
        QCOMPARE(refused.json.value(u"error"_s).toObject().value(u"field"_s).toString(),
                 u"addressee,agency,thanks,photos"_s);
        pub::Gate gate = gateOf(id);
        QCOMPARE(gate.proposedFix, std::optional(core::Action::RequestResultFix)); // no photo

        // The form first (30 minutes), then the result and its photo (60 minutes).
        QVERIFY(step(u"truc1"_s, id, u"request_template_fix"_s, {{u"note"_s, u"Trình bày theo Phụ lục 1"_s}}));
        core::Report r = server(id);
        QCOMPARE(r.state, core::ReportState::TemplateFix);
        const core::ReportClock *fix = r.runningClock(core::ClockStep::TemplateFix);
        QVERIFY(fix && fix->agencyId == dongHa);
        const QString text = pub::composeResult(r, u"UBND thành phố Đông Hà"_s, u"Đã vá ổ gà, thông xe."_s);
        QVERIFY(step(u"xuly1"_s, id, u"resubmit"_s, {{u"result"_s, text}}));
        QCOMPARE(server(id).state, core::ReportState::Approved);
        QVERIFY(step(u"truc1"_s, id, u"request_result_fix"_s, {{u"note"_s, u"Thiếu hình ảnh kết quả"_s}}));
        r = server(id);
        QCOMPARE(r.state, core::ReportState::ResultFix);
        QVERIFY(r.runningClock(core::ClockStep::ResultFix));
        const QString photo = resultPhoto(u"xuly1"_s, Qt::darkMagenta);
        QVERIFY(step(u"xuly1"_s, id, u"resubmit"_s, {{u"result"_s, text}}, {photo}));
        r = server(id);
        QCOMPARE(r.state, core::ReportState::Approved);
        QCOMPARE(r.resultAttachments, QStringList{photo});
        QCOMPARE(r.latestClock(core::ClockStep::ResultFix)->onTime, std::optional(true));

        gate = gateOf(id);
        QVERIFY(gate.passes());
        QVERIFY(step(u"truc1"_s, id, u"publish"_s, {{u"public_text"_s, gate.publicText}}));
        QCOMPARE(server(id).state, core::ReportState::Published);
    }

    void confidentialResultGoesToTheReporterOnly()
    {
        test::ApiFixtures::Options confidential;
        confidential.confidential = true;
        const QString id = m_fixtures->reportIn(u"approved"_s, confidential);
        const pub::Gate gate = gateOf(id);
        QVERIFY(gate.confidential);
        QVERIFY(step(u"truc1"_s, id, u"publish"_s, {{u"public_text"_s, gate.publicText}, {u"confidential"_s, true}}));
        QVERIFY(server(id).confidentialPublication);
        const test::HttpResponse mine = m_http->get(u"/v1/citizen/reports/"_s + id, m_fixtures->token(u"citizen"_s));
        QCOMPARE(mine.status, 200);
        QCOMPARE(mine.json.value(u"report"_s).toObject().value(u"public_text"_s).toString(), gate.publicText);
        QCOMPARE(m_http->get(u"/v1/citizen/reports/"_s + id, otherCitizen()).status, 404);
    }

    void coordinationWithDisagreementThenAgreement()
    {
        const QString id = m_fixtures->reportIn(u"received"_s);
        QVERIFY(step(u"truc1"_s, id, u"accept"_s));
        // No competent agency known: Điều 16's coordinator names one.
        QVERIFY(step(u"truc1"_s, id, u"start_coordination"_s, {{u"coordinator_agency_id"_s, dongHa}}));
        QCOMPARE(server(id).state, core::ReportState::Coordinating);
        QVERIFY(server(id).runningClock(core::ClockStep::Coordination));
        QVERIFY(sees(u"xuly1"_s, id));
        QVERIFY(step(u"xuly1"_s, id, u"coordination_answer"_s,
                     {{u"competent_agency_id"_s, dienLuc}, {u"note"_s, u"Thuộc lưới điện"_s}}));
        core::Report r = server(id);
        QCOMPARE(r.state, core::ReportState::Verified);
        QCOMPARE(r.suggestedAgencyId, dienLuc);
        QVERIFY(step(u"truc1"_s, id, u"distribute"_s, {{u"lead_agency_id"_s, dienLuc}}));
        QVERIFY(step(u"xl.dien-luc"_s, id, u"agency_accept"_s));
        const QString photo = resultPhoto(u"xl.dien-luc"_s, Qt::darkYellow);
        const QString dienLucName = u"Công ty Điện lực Quảng Trị"_s;
        QVERIFY(step(u"xl.dien-luc"_s, id, u"submit_result"_s,
                     {{u"result"_s, pub::composeResult(r, dienLucName, u"Đã thay bóng đèn."_s)}}, {photo}));
        QVERIFY(step(u"ld.dien-luc"_s, id, u"leader_approve"_s));

        // The coordinator's agreement comes before publication.
        const test::HttpResponse early =
            m_http->act(m_fixtures->token(u"duty_officer"_s), id, u"publish"_s, {}, m_fixtures->version(id));
        QCOMPARE(early.status, 409);
        QCOMPARE(early.errorCode(), u"agreement_pending"_s);
        QVERIFY(step(u"truc1"_s, id, u"request_agreement"_s));
        QVERIFY(step(u"xuly1"_s, id, u"agreement_answer"_s,
                     {{u"agree"_s, false}, {u"comment"_s, u"Chưa kiểm tra cột điện số 12"_s}}));
        // Điều 16 B4.b "thực hiện lại Bước 3": back to the IOC, which distributes again.
        r = server(id);
        QCOMPARE(r.state, core::ReportState::Verified);
        QCOMPARE(r.agreement, core::Agreement::Disagreed);
        QCOMPARE(r.suggestedAgencyId, dienLuc);
        QVERIFY(r.runningClock(core::ClockStep::Distribute));
        QCOMPARE(r.latestClock(core::ClockStep::Process)->onTime, std::optional(true)); // its record stays
        QVERIFY(step(u"truc1"_s, id, u"distribute"_s, {{u"lead_agency_id"_s, dienLuc}}));
        QVERIFY(step(u"xl.dien-luc"_s, id, u"agency_accept"_s));
        QVERIFY(
            step(u"xl.dien-luc"_s, id, u"submit_result"_s,
                 {{u"result"_s, pub::composeResult(r, dienLucName, u"Đã thay bóng đèn và kiểm tra cột điện số 12."_s)}},
                 {photo}));
        QVERIFY(step(u"ld.dien-luc"_s, id, u"leader_approve"_s));
        QVERIFY(step(u"truc1"_s, id, u"request_agreement"_s));
        QVERIFY(step(u"xuly1"_s, id, u"agreement_answer"_s, {{u"agree"_s, true}}));
        QCOMPARE(server(id).agreement, core::Agreement::Agreed);
        QVERIFY(step(u"truc1"_s, id, u"publish"_s));
        QCOMPARE(server(id).state, core::ReportState::Published);
    }

    void escalationToTheProvince()
    {
        const QString id = m_fixtures->reportIn(u"coordinating"_s);
        QVERIFY(step(u"truc1"_s, id, u"escalate"_s, {{u"reason"_s, u"Các cơ quan không thống nhất (Điều 3.8)"_s}}));
        const core::Report r = server(id);
        QVERIFY(r.escalated);
        QCOMPARE(r.state, core::ReportState::Coordinating);
    }

    void ratingsAndInteractions()
    {
        const QString id = m_fixtures->reportIn(u"published"_s);
        m_fixtures->must(u"citizen"_s, id, u"rate"_s, {{u"level"_s, u"not_satisfied"_s}});
        core::Report r = server(id);
        QCOMPARE(r.rating, std::optional(core::Satisfaction::NotSatisfied));
        QVERIFY(!r.runningClock(core::ClockStep::Interaction)); // 13.3 sets no deadline for a rating
        m_fixtures->must(u"citizen"_s, id, u"interact"_s, {{u"text"_s, u"Mặt đường vẫn còn gồ ghề."_s}});
        r = server(id);
        const core::ReportClock *interaction = r.runningClock(core::ClockStep::Interaction);
        QVERIFY(interaction && interaction->agencyId == dongHa); // 13.2: the agency must clarify
        QVERIFY(step(u"xuly1"_s, id, u"answer_interaction"_s, {{u"text"_s, u"Đơn vị sẽ kiểm tra lại trong tuần."_s}}));
        QCOMPARE(server(id).latestClock(core::ClockStep::Interaction)->onTime, std::optional(true));

        m_fixtures->must(u"citizen"_s, id, u"interact"_s, {{u"text"_s, u"Khi nào thảm lại cả đoạn đường?"_s}});
        QVERIFY(server(id).runningClock(core::ClockStep::Interaction));
        QVERIFY(step(u"xuly1"_s, id, u"answer_interaction"_s, {{u"text"_s, u"Dự kiến quý I năm sau."_s}}));
        r = server(id);
        QVERIFY(!r.runningClock(core::ClockStep::Interaction));
        QCOMPARE(r.interactions.size(), 2);
        QCOMPARE(r.interactions.first().answer, u"Đơn vị sẽ kiểm tra lại trong tuần."_s);
        QCOMPARE(r.interactions.last().text, u"Khi nào thảm lại cả đoạn đường?"_s);
        QCOMPARE(r.interactions.last().answer, u"Dự kiến quý I năm sau."_s);
    }

    void remindersAndCallsAreRecorded()
    {
        const QString id = m_fixtures->reportIn(u"distributed"_s);
        QVERIFY(
            step(u"truc1"_s, id, u"remind"_s, {{u"agency_id"_s, dongHa}, {u"text"_s, u"Đề nghị tiếp nhận ngay"_s}}));
        // An older client's call (answered: false), and one with its outcome and callee (14.3.d).
        QVERIFY(step(u"giamsat1"_s, id, u"log_call"_s,
                     {{u"agency_id"_s, dongHa}, {u"answered"_s, false}, {u"note"_s, u"Không nghe máy"_s}}));
        QVERIFY(step(
            u"truc1"_s, id, u"log_call"_s,
            {{u"agency_id"_s, dongHa}, {u"outcome"_s, u"busy"_s}, {u"callee"_s, u"Văn phòng UBND, 0233 385 2123"_s}}));
        const test::HttpResponse unknown = m_http->act(m_fixtures->token(u"duty_officer"_s), id, u"log_call"_s,
                                                       {{u"agency_id"_s, dongHa}, {u"outcome"_s, u"voicemail"_s}});
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.json.value(u"error"_s).toObject().value(u"field"_s).toString(), u"outcome"_s);
        const test::HttpResponse silent =
            m_http->act(m_fixtures->token(u"duty_officer"_s), id, u"log_call"_s, {{u"agency_id"_s, dongHa}});
        QCOMPARE(silent.status, 400); // how the call went is what counts
        const QJsonObject full = m_fixtures->report(id, u"supervisor"_s);
        QJsonObject remind;
        QList<QJsonObject> calls;
        for (const QJsonValue &event : full.value(u"events"_s).toArray()) {
            const QJsonObject e = event.toObject();
            if (e.value(u"action"_s) == u"remind"_s) {
                remind = e;
            } else if (e.value(u"action"_s) == u"log_call"_s) {
                calls.append(e);
            }
        }
        QCOMPARE(remind.value(u"payload"_s).toObject().value(u"agency_id"_s).toString(), dongHa);
        QCOMPARE(calls.size(), 2);
        QCOMPARE(core::callOutcome(calls.at(0).value(u"payload"_s).toObject()), core::CallOutcome::NotAnswered);
        QCOMPARE(core::callOutcome(calls.at(1).value(u"payload"_s).toObject()), core::CallOutcome::Busy);
        QVERIFY(core::isMissedCall(core::CallOutcome::Busy)); // busy counts as not answered
        QCOMPARE(calls.at(1).value(u"payload"_s).toObject().value(u"callee"_s).toString(),
                 u"Văn phòng UBND, 0233 385 2123"_s);
        QCOMPARE(server(id).version, m_fixtures->version(id)); // neither changes the report
        const QJsonObject mine = m_http->get(u"/v1/citizen/reports/"_s + id, m_fixtures->token(u"citizen"_s))
                                     .json.value(u"report"_s)
                                     .toObject();
        QVERIFY(!actionsOf(mine).contains(u"remind"_s));
        QVERIFY(!actionsOf(mine).contains(u"log_call"_s));
    }

    // A reveal an earlier version queued in the outbox is sent like any action; its answer's
    // identity goes into the identity store (with who and why), never into the outbox's record of
    // answers, and the replica's report stays masked (PRODUCT.md §17).
    void aQueuedRevealKeepsTheIdentityInItsStore()
    {
        const QString id = m_fixtures->reportIn(u"received"_s);
        test::SyncClient &ioc = as(u"truc1"_s);
        ioc.syncOnce();
        storage::IdentityRepository identities(ioc.profile().replica());
        QVERIFY(!identities.identityOf(id).has_value());
        const auto queued = ioc.act(id, u"reveal_identity"_s, {{u"reason"_s, u"Gọi lại xác minh"_s}});
        QVERIFY(queued.has_value());
        ioc.syncOnce();
        const auto revealed = identities.identityOf(id);
        QVERIFY(revealed.has_value());
        QCOMPARE(revealed->phone, u"0912345678"_s);
        QCOMPARE(revealed->fullName, u"Võ Thị Mai"_s);
        QCOMPARE(identities.lookups().last().reason, u"Gọi lại xác minh"_s);
        QCOMPARE(identities.lookups().last().userId, u"u-truc1"_s);
        for (const storage::OutboxEntry &entry : ioc.outbox().entries()) {
            QVERIFY(!QJsonDocument(entry.result).toJson().contains("0912345678"));
        }
        QVERIFY(ioc.reports().report(id)->reporter.phone.isEmpty());
    }

    void accountSanctionsAreAppliedAndLifted()
    {
        const auto [userId, token] = m_fixtures->newCitizen();
        // Three submissions rejected for offensive language (14.1.a).
        for (int i = 0; i < 3; ++i) {
            const QString id = m_fixtures->submitAs(token);
            QVERIFY(!id.isEmpty());
            if (i == 2) {
                // Not yet flagged after two: the lock is refused.
                const QJsonObject early = accountAction(u"truc1"_s, userId, u"lock_account"_s, u"Vi phạm"_s);
                QCOMPARE(early.value(u"error"_s).toObject().value(u"code"_s).toString(), u"not_flagged"_s);
            }
            QVERIFY(step(
                u"truc1"_s, id, u"reject"_s,
                {{u"reasons"_s, QJsonArray{u"violation"_s}}, {u"reply"_s, u"Nội dung có câu từ không chuẩn mực."_s}}));
        }
        QJsonObject status = accountStatus(u"truc1"_s, userId);
        QCOMPARE(status.value(u"violations"_s).toInt(), 3);
        QVERIFY(status.value(u"account_flagged"_s).toBool());
        status = accountAction(u"truc1"_s, userId, u"lock_account"_s, u"Gửi nội dung vi phạm 3 lần"_s);
        QVERIFY(status.value(u"locked"_s).toBool());
        QVERIFY(m_fixtures->submitAs(token).isEmpty()); // the locked account cannot send
        // Only with a reason, and by an authorised role.
        QCOMPARE(accountAction(u"giamsat1"_s, userId, u"unlock_account"_s, {})
                     .value(u"error"_s)
                     .toObject()
                     .value(u"code"_s)
                     .toString(),
                 u"reason_required"_s);
        status = accountAction(u"giamsat1"_s, userId, u"unlock_account"_s, u"Công dân cam kết không tái phạm"_s);
        QVERIFY(!status.value(u"locked"_s).toBool());
        QVERIFY(!m_fixtures->submitAs(token).isEmpty());

        // Interactions (14.1.b): three violations within a month lock them for a month.
        for (int i = 0; i < 3; ++i) {
            accountAction(u"truc1"_s, userId, u"record_interaction_violation"_s, u"Tương tác xúc phạm"_s);
        }
        status = accountAction(u"truc1"_s, userId, u"lock_interactions"_s, u"Vi phạm tương tác 3 lần"_s);
        const QDateTime until = *core::vntime::parseIso8601(status.value(u"interactions_locked_until"_s).toString());
        QVERIFY(until > QDateTime::currentDateTimeUtc().addDays(27));
    }

    void hiddenReportsKeepTheirClocks()
    {
        const QString id = m_fixtures->reportIn(u"in_progress"_s);
        QVERIFY(step(u"truc1"_s, id, u"hide"_s, {{u"reason"_s, u"Nội dung phản cảm"_s}}));
        const core::Report r = server(id);
        QVERIFY(r.hidden);
        QVERIFY(r.runningClock(core::ClockStep::Process)); // hiding never stops processing
        QVERIFY(sees(u"xuly1"_s, id));
        QVERIFY(sees(u"giamsat1"_s, id));
    }

    void auditChainIsIntactAfterEverything()
    {
        if (test::PostgresCluster::inUse()) {
            QSKIP("the embedded database only");
        }
        m_clients.clear();
        m_server.stop();
        // `ioc-admin audit` works on a server's database: the build machine's ioc-admin.
        const test::HostProcess::Result audit = test::HostProcess::run(
            qEnvironmentVariable("IOC_HOST_ADMIN"),
            {u"audit"_s, u"verify"_s, u"--audit-key-file"_s, test::TestCertificates::instance().auditKeyFile(),
             u"--data"_s, m_server.dataDirectory()},
            {}, 120000);
        const QString out = QString::fromUtf8(audit.output).trimmed();
        QVERIFY2(audit.finished && audit.exitCode == 0 && out.startsWith(u"audit chain intact: "_s), qPrintable(out));
        // Every action of this test is in it: far more than the demo's own seeding would need.
        QVERIFY2(out.section(u' ', 3, 3).toInt() > 100, qPrintable(out));
    }

private:
    test::SyncClient &as(const QString &user)
    {
        auto it = m_clients.find(user);
        if (it == m_clients.end()) {
            it = m_clients.emplace(user, std::make_unique<test::SyncClient>(m_server.url(), user)).first;
            // The photos this test "took"; the console reads them from its encrypted media cache.
            it->second->engine().setMediaSource([this](const QString &sha) -> std::optional<QByteArray> {
                const auto found = m_files.find(sha);
                return found == m_files.end() ? std::nullopt : std::optional(found->second);
            });
        }
        return *it->second;
    }

    // One action by this officer through the console's outbox; true once the server applied it.
    bool step(const QString &user, const QString &id, const QString &action, const QJsonObject &payload = {},
              const QStringList &media = {})
    {
        test::SyncClient &client = as(user);
        client.syncOnce();
        const auto entry = client.act(id, action, payload, media);
        if (!entry) {
            return false;
        }
        client.syncOnce();
        const auto after = client.outbox().entry(entry->seq);
        if (after && after->state != storage::OutboxState::Sent) {
            qWarning("%s by %s: %s %s", qPrintable(action), qPrintable(user),
                     qPrintable(storage::outboxStateName(after->state)), qPrintable(after->lastError));
            return false;
        }
        return true;
    }

    // The report as the server holds it (the duty officer's full view).
    core::Report server(const QString &id)
    {
        const auto report = core::json::toReport(m_fixtures->report(id));
        if (!report.ok()) {
            qFatal("unreadable report %s", qPrintable(id));
        }
        return report.value();
    }

    // Whether this officer's replica holds the report after a sync.
    bool sees(const QString &user, const QString &id)
    {
        as(user).syncOnce();
        return as(user).reports().report(id).has_value();
    }

    // The IOC's publication gate on the duty officer's replica, with the reporter's identity from
    // the workstation's identity store (as the console's gate reads it).
    pub::Gate gateOf(const QString &id)
    {
        test::SyncClient &ioc = as(u"truc1"_s);
        ioc.syncOnce();
        core::Report local = *ioc.reports().report(id);
        if (const auto reporter = storage::IdentityRepository(ioc.profile().replica()).identityOf(id)) {
            local.reporter = *reporter;
        }
        const core::Directory directory = storage::ReferenceRepository(ioc.profile().replica()).directory();
        return pub::check(local, directory, local.resultText);
    }

    // A result photo taken by the agency: a real JPEG the engine uploads before the action.
    QString resultPhoto(const QString &user, Qt::GlobalColor colour)
    {
        const QByteArray jpeg = test::jpegPhoto(user + QUuid::createUuid().toString(), colour);
        const QString sha = test::sha256Hex(jpeg);
        m_files[sha] = jpeg;
        return sha;
    }

    QByteArray otherCitizen()
    {
        if (m_other.isEmpty()) {
            m_other = m_fixtures->newCitizen().second;
        }
        return m_other;
    }

    // The account API as the console calls it: through the officer's own API client.
    QJsonObject accountCall(const QString &user, const QByteArray &method, const QString &path, const QJsonObject &body)
    {
        sync::ApiRequest request;
        request.method = method;
        request.path = path;
        if (method == "POST") {
            request.body = test::toJson(body);
        }
        QJsonObject answer;
        QEventLoop loop;
        as(user).client().send(request, [&](const sync::ApiResponse &response) {
            answer = response.json;
            loop.quit();
        });
        loop.exec();
        return answer;
    }
    QJsonObject accountStatus(const QString &user, const QString &accountId)
    {
        return accountCall(user, "GET", u"/v1/accounts/"_s + accountId, {}).value(u"account"_s).toObject();
    }
    QJsonObject accountAction(const QString &user, const QString &accountId, const QString &action,
                              const QString &reason)
    {
        QJsonObject payload;
        if (!reason.isEmpty()) {
            payload.insert(u"reason"_s, reason);
        }
        const QJsonObject answer = accountCall(user, "POST", u"/v1/accounts/%1/actions"_s.arg(accountId),
                                               {{u"action"_s, action}, {u"payload"_s, payload}});
        return answer.contains(u"account"_s) ? answer.value(u"account"_s).toObject() : answer;
    }

    test::TestServer m_server;
    std::unique_ptr<test::HttpClient> m_http;
    std::unique_ptr<test::ApiFixtures> m_fixtures;
    std::map<QString, std::unique_ptr<test::SyncClient>> m_clients;
    std::map<QString, QByteArray> m_files;
    QByteArray m_other;
};

QTEST_GUILESS_MAIN(TestProcessing)
#include "testprocessing.moc"

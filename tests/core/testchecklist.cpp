// The verification checklist assembled from the separate checks: one row per condition, the
// verdicts, the reasons proposed for a rejection, the corrections proposed, masking.
#include "core/checklist.h"
#include "core/rejectreply.h"

#include <QTest>
#include <QTimeZone>

using namespace ioc;
using namespace ioc::core;
using namespace Qt::StringLiterals;
using verification::Condition;
using Verdict = identity::Verdict;

namespace {

const QDateTime received(QDate(2026, 11, 20), QTime(3, 0), QTimeZone::utc());

// An eligible report: every condition passes.
verification::Input goodInput()
{
    verification::Input input;
    Report &r = input.report;
    r.id = u"r1"_s;
    r.code = u"PA-2026-000001"_s;
    r.title = u"Ổ gà lớn trên đường Hùng Vương"_s;
    r.content = u"Mặt đường bị hư hỏng nặng, nhiều ổ gà sâu gây nguy hiểm cho người đi xe máy."_s;
    r.receivedAt = received;
    r.state = ReportState::Received;
    r.position = {16.8, 107.1, u"Hùng Vương, Đông Hà"_s, u"dong-ha"_s, PositionSource::DeviceGps};
    r.reporter = {ReporterKind::Person,
                  u"u-congdan1"_s,
                  u"Nguyễn Văn An"_s,
                  u"12 Hùng Vương, Phường 1"_s,
                  u"0912345678"_s,
                  u"045090001234"_s,
                  {},
                  {},
                  {},
                  {},
                  {},
                  {}};
    MediaItem photo;
    photo.sha256 = u"aa"_s;
    photo.mimeType = u"image/jpeg"_s;
    photo.fileName = u"IMG_1.jpg"_s;
    photo.facts.known = true;
    photo.facts.hasExif = true;
    photo.facts.exifCapturedAt = received.addSecs(-3600);
    photo.facts.exifTimeHasOffset = true;
    photo.facts.exifLatitude = 16.8001;
    photo.facts.exifLongitude = 107.1;
    r.media = {photo};
    input.today = QDate(2026, 11, 20);
    input.now = received.addSecs(600);
    input.spelling = QList<verification::Misspelling>{};
    return input;
}

Verdict verdictOf(const verification::Checklist &list, Condition condition)
{
    const verification::Row *row = list.row(condition);
    return row != nullptr ? row->verdict : Verdict::Fail;
}

bool hasCode(const verification::Checklist &list, Condition condition, const QString &code)
{
    const verification::Row *row = list.row(condition);
    if (row == nullptr) {
        return false;
    }
    return std::any_of(row->findings.cbegin(), row->findings.cend(),
                       [&](const identity::Finding &f) { return f.code == code; });
}

} // namespace

class TestChecklist final : public QObject
{
    Q_OBJECT

private slots:
    void eligibleReportPassesEveryRow()
    {
        const verification::Checklist list = verification::evaluate(goodInput());
        QList<Condition> conditions;
        for (const verification::Row &row : list.rows) {
            conditions.append(row.condition);
            QVERIFY2(row.verdict == Verdict::Pass, qPrintable(verification::conditionName(row.condition)));
            QVERIFY(!row.findings.isEmpty()); // a pass says why too
            QVERIFY(!row.label.isEmpty() && !row.article.isEmpty());
        }
        QCOMPARE(conditions, (QList<Condition>{Condition::Identity, Condition::Media, Condition::CaptureTime,
                                               Condition::Editing, Condition::Position, Condition::Duplicates,
                                               Condition::SenderHistory, Condition::Language, Condition::Scope}));
        QCOMPARE(list.overall, Verdict::Pass);
        QVERIFY(list.suggestedReasons.isEmpty());
        QVERIFY(list.duplicateOf.isEmpty());
        QVERIFY(list.proposedContent.isEmpty());
    }

    void oldPhotoProposesMediaNotRecent()
    {
        verification::Input input = goodInput();
        input.report.media[0].facts.exifCapturedAt = received.addDays(-5);
        const verification::Checklist list = verification::evaluate(input);
        QCOMPARE(verdictOf(list, Condition::CaptureTime), Verdict::NeedsLook);
        QVERIFY(hasCode(list, Condition::CaptureTime, u"exif_old"_s));
        QCOMPARE(list.suggestedReasons, QList<RejectReason>{RejectReason::MediaNotRecent});
        QCOMPARE(list.overall, Verdict::NeedsLook);
    }

    void noMediaFailsAndSkipsThePhotoRows()
    {
        verification::Input input = goodInput();
        input.report.media.clear();
        const verification::Checklist list = verification::evaluate(input);
        QCOMPARE(verdictOf(list, Condition::Media), Verdict::Fail);
        QVERIFY(list.row(Condition::CaptureTime) == nullptr);
        QVERIFY(list.row(Condition::Editing) == nullptr);
        QCOMPARE(list.suggestedReasons, QList<RejectReason>{RejectReason::NoMedia});
        QCOMPARE(list.overall, Verdict::Fail);
    }

    void editedPhotoAndAbbreviations()
    {
        verification::Input input = goodInput();
        input.report.media[0].facts.software = u"Adobe Photoshop 25.0"_s;
        input.report.content = u"Đường ko đi dc, ổ gà rất sâu, đề nghị sửa gấp."_s;
        input.spelling = QList<verification::Misspelling>{{u"đuờng"_s, {u"đường"_s}}};
        const verification::Checklist list = verification::evaluate(input);
        QCOMPARE(verdictOf(list, Condition::Editing), Verdict::NeedsLook);
        QVERIFY(list.suggestedReasons.contains(RejectReason::EditedMedia));
        QCOMPARE(verdictOf(list, Condition::Language), Verdict::NeedsLook);
        QVERIFY(hasCode(list, Condition::Language, u"abbreviations"_s));
        QVERIFY(hasCode(list, Condition::Language, u"misspelt"_s));
        QVERIFY(list.proposedContent.contains(u"không"_s));
        QVERIFY(list.proposedContent.contains(u"được"_s));
        QVERIFY(!list.proposedContent.contains(u" ko "_s));
    }

    void duplicatesAboveTheThresholdOnly()
    {
        verification::Input input = goodInput();
        duplicates::Candidate weak;
        weak.id = u"r9"_s;
        weak.score = 0.3;
        input.duplicates = {weak};
        verification::Checklist list = verification::evaluate(input);
        QCOMPARE(verdictOf(list, Condition::Duplicates), Verdict::Pass);
        QVERIFY(list.duplicateOf.isEmpty());

        duplicates::Candidate strong;
        strong.id = u"r2"_s;
        strong.score = 0.8;
        strong.reasons = {u"40 m away"_s};
        input.duplicates = {strong, weak};
        input.codes.insert(u"r2"_s, u"PA-2026-000002"_s);
        list = verification::evaluate(input);
        QCOMPARE(verdictOf(list, Condition::Duplicates), Verdict::NeedsLook);
        QCOMPARE(list.duplicateOf, u"r2"_s);
        QVERIFY(list.suggestedReasons.contains(RejectReason::Duplicate));
        QVERIFY(list.row(Condition::Duplicates)->findings.first().evidence.contains(u"PA-2026-000002"_s));
    }

    void invalidIdentityAndOutOfScope()
    {
        verification::Input input = goodInput();
        input.report.reporter.phone = u"12345"_s;
        input.report.content = u"Tôi làm đơn khiếu nại quyết định của UBND xã về việc thu hồi đất."_s;
        const verification::Checklist list = verification::evaluate(input);
        QCOMPARE(verdictOf(list, Condition::Identity), Verdict::Fail);
        QCOMPARE(verdictOf(list, Condition::Scope), Verdict::NeedsLook);
        QCOMPARE(list.suggestedReasons,
                 (QList<RejectReason>{RejectReason::IdentityUnverified, RejectReason::OutOfScope}));
    }

    void sameSenderStillOpen()
    {
        verification::Input input = goodInput();
        input.sameSender = {{u"PA-2026-000050"_s, ReportState::InProgress, 16.8002, 107.1, u"Ổ gà"_s}};
        verification::Checklist list = verification::evaluate(input);
        QCOMPARE(verdictOf(list, Condition::SenderHistory), Verdict::NeedsLook);
        QVERIFY(list.suggestedReasons.contains(RejectReason::PendingPrevious));
        input.senderKnown = false;
        input.sameSender.clear();
        list = verification::evaluate(input);
        QVERIFY(hasCode(list, Condition::SenderHistory, u"sender_unknown"_s));
    }

    void withoutDictionaryTheSpellingNeedsALook()
    {
        verification::Input input = goodInput();
        input.spelling.reset();
        const verification::Checklist list = verification::evaluate(input);
        QVERIFY(hasCode(list, Condition::Language, u"no_dictionary"_s));
    }

    void supplementExpiredAfter48Hours()
    {
        verification::Input input = goodInput();
        input.report.state = ReportState::AwaitingSupplement;
        input.report.supplementRequest = u"Đề nghị bổ sung hình ảnh."_s;
        ReportClock clock;
        clock.step = ClockStep::Supplement;
        clock.startedAt = received;
        clock.dueAt = received.addSecs(48 * 3600);
        input.report.clocks = {clock};
        input.now = received.addSecs(47 * 3600);
        verification::Checklist list = verification::evaluate(input);
        QCOMPARE(list.rows.first().condition, Condition::Supplement);
        QCOMPARE(list.rows.first().verdict, Verdict::NeedsLook);
        QVERIFY(!list.suggestedReasons.contains(RejectReason::SupplementExpired));
        input.now = received.addSecs(49 * 3600);
        list = verification::evaluate(input);
        QCOMPARE(list.rows.first().verdict, Verdict::Fail);
        QVERIFY(list.suggestedReasons.contains(RejectReason::SupplementExpired));
    }

    void identityMaskedInEvidence()
    {
        const Reporter reporter = goodInput().report.reporter;
        const QString text = u"Mobile number 0912345678. +84 912345678. ID 045090001234 of Nguyễn Văn An."_s;
        const QString masked = verification::maskIdentity(text, reporter);
        QVERIFY(!masked.contains(u"0912345678"_s));
        QVERIFY(!masked.contains(u"045090001234"_s));
        QVERIFY(!masked.contains(u"Nguyễn Văn An"_s));
        QVERIFY(masked.contains(u"091****678"_s));
    }

    void supplementRequestNamesWhatIsMissing()
    {
        Report report = goodInput().report;
        const QString text = composeSupplementRequest(report, {u"media"_s, u"position"_s});
        QVERIFY(text.contains(report.code));
        QVERIFY(text.contains(u"hình ảnh hoặc video"_s));
        QVERIFY(text.contains(u"GPS"_s));
        QVERIFY(!text.contains(u"số định danh"_s)); // identity was not named
        QVERIFY(text.contains(u"48 giờ"_s));
        // Nothing named: at least ask for a clear description.
        QVERIFY(composeSupplementRequest(report, {}).contains(u"mô tả rõ ràng"_s));
    }

    void replyForAnOldPhoto()
    {
        const QString reply = composeRejectReply(goodInput().report, {RejectReason::MediaNotRecent});
        QVERIFY(reply.contains(u"24 giờ"_s));
        QVERIFY(reply.contains(u"Điều 7.6.1.b"_s));
    }
};

QTEST_GUILESS_MAIN(TestChecklist)
#include "testchecklist.moc"

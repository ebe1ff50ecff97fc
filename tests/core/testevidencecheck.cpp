#include "core/evidencecheck.h"
#include "core/rejectreply.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace ioc::core;
using namespace Qt::StringLiterals;

namespace {

QStringList codes(const QList<identity::Finding> &findings, identity::Verdict verdict)
{
    QStringList result;
    for (const identity::Finding &finding : findings) {
        if (finding.verdict == verdict) {
            result.append(finding.code);
        }
    }
    return result;
}

} // namespace

// The evidence conditions of Điều 7.6 on reports built with known facts.
class TestEvidenceCheck final : public QObject
{
    Q_OBJECT

private slots:
    void photosPositionAndSource()
    {
        const QDateTime received(QDate(2026, 11, 24), QTime(3, 0), QTimeZone::utc());
        const QJsonObject province{
            {u"type"_s, u"Polygon"_s},
            {u"coordinates"_s,
             // QJsonValue(…) around the lone ring: QJsonArray{ring} copies it under clang and MSVC.
             QJsonArray{QJsonValue(QJsonArray{QJsonArray{106.5, 16.3}, QJsonArray{107.4, 16.3}, QJsonArray{107.4, 17.2},
                                              QJsonArray{106.5, 17.2}, QJsonArray{106.5, 16.3}})}}};
        Report report;
        report.receivedAt = received;
        report.position.latitude = 16.8163;
        report.position.longitude = 107.1003;
        report.position.source = PositionSource::DeviceGps;
        MediaItem recent;
        recent.fileName = u"a.jpg"_s;
        recent.mimeType = u"image/jpeg"_s;
        recent.facts.known = true;
        recent.facts.hasExif = true;
        recent.facts.exifCapturedAt = received.addSecs(-3 * 3600);
        recent.facts.exifLatitude = 16.8170;
        recent.facts.exifLongitude = 107.1010;
        report.media = {recent};
        const evidence::Context context{province, 500};
        auto findings = evidence::check(report, context);
        QCOMPARE(codes(findings, identity::Verdict::NeedsLook), QStringList());
        QCOMPARE(codes(findings, identity::Verdict::Pass),
                 (QStringList{u"media_present"_s, u"exif_recent"_s, u"exif_gps_near"_s, u"inside_province"_s,
                              u"position_gps"_s}));

        // An old photo, edited, taken 2 km away, a position typed in outside the province.
        MediaItem old = recent;
        old.facts.exifCapturedAt = received.addDays(-3);
        old.facts.exifModifiedAt = received.addDays(-1);
        old.facts.software = u"Adobe Photoshop 25.0"_s;
        old.facts.exifLatitude = 16.8343;
        report.media = {old};
        report.position.latitude = 15.9;
        report.position.source = PositionSource::Address;
        findings = evidence::check(report, context);
        QCOMPARE(codes(findings, identity::Verdict::NeedsLook),
                 (QStringList{u"exif_old"_s, u"exif_modified"_s, u"edited"_s, u"exif_gps_far"_s, u"outside_province"_s,
                              u"position_not_gps"_s}));
        QCOMPARE(codes(findings, identity::Verdict::Fail), QStringList()); // heuristics never fail

        // No EXIF (Zalo): a look, not a failure. No file at all: a failure, except urgent hotline.
        MediaItem zalo = recent;
        zalo.facts.hasExif = false;
        zalo.facts.exifCapturedAt = QDateTime();
        zalo.facts.exifLatitude.reset();
        report.media = {zalo};
        QVERIFY(codes(evidence::check(report, context), identity::Verdict::NeedsLook).contains(u"exif_missing"_s));
        report.media.clear();
        QCOMPARE(codes(evidence::check(report, context), identity::Verdict::Fail), QStringList{u"media_missing"_s});
        report.urgent = true;
        report.channel = Channel::Hotline;
        QVERIFY(codes(evidence::check(report, context), identity::Verdict::NeedsLook)
                    .contains(u"media_missing_urgent_hotline"_s));
    }

    void theSendersOtherReports()
    {
        Report report;
        report.title = u"Ổ gà lớn trên đường Lê Duẩn"_s;
        report.content = u"Ổ gà sâu gây nguy hiểm cho xe máy"_s;
        report.position.latitude = 16.8163;
        report.position.longitude = 107.1003;
        const QList<evidence::SenderReport> history{
            {u"PA-1"_s, ReportState::InProgress, 16.8165, 107.1004, u"Ổ gà đường Lê Duẩn"_s},     // near: open
            {u"PA-2"_s, ReportState::Published, 16.90, 107.20, u"Ổ gà lớn trên đường Lê Duẩn"_s}, // alike: resolved
            {u"PA-3"_s, ReportState::Rejected, 16.8163, 107.1003, u"Ổ gà"_s},                     // closed: ignored
            {u"PA-4"_s, ReportState::InProgress, 16.95, 107.25, u"Cháy cỏ gần khu dân cư"_s},     // other matter
        };
        const auto findings = evidence::checkSenderHistory(report, history);
        QCOMPARE(codes(findings, identity::Verdict::NeedsLook),
                 (QStringList{u"sender_open_same_matter"_s, u"sender_resolved_same_matter"_s}));
        QVERIFY(findings.at(0).evidence.contains(u"PA-1"_s) && !findings.at(0).evidence.contains(u"PA-4"_s));
        QVERIFY(findings.at(1).evidence.contains(u"PA-2"_s));
        QCOMPARE(codes(evidence::checkSenderHistory(report, {}), identity::Verdict::Pass),
                 QStringList{u"sender_history"_s});
    }

    // Điều 8.2: the citizen gets the precise reason and how to resubmit, in Vietnamese.
    void rejectReplies()
    {
        Report report;
        report.code = u"PA-2026-000077"_s;
        report.title = u"Ổ gà trên đường Lê Duẩn"_s;
        report.receivedAt = QDateTime(QDate(2026, 11, 23), QTime(18, 30), QTimeZone::utc()); // 24/11 in Vietnam
        const QString duplicate = composeRejectReply(report, {RejectReason::Duplicate}, u"PA-2026-000042"_s);
        QVERIFY2(duplicate.contains(u"PA-2026-000077 ngày 24/11/2026 về việc “Ổ gà trên đường Lê Duẩn”"_s),
                 qPrintable(duplicate));
        QVERIFY(duplicate.contains(u"trùng với phản ánh PA-2026-000042"_s));
        QVERIFY(duplicate.contains(u"theo dõi kết quả xử lý của phản ánh PA-2026-000042"_s));
        QVERIFY(duplicate.contains(u"Điều 7.6.2.e"_s));
        QVERIFY(!duplicate.contains(u"{"_s)); // every placeholder filled

        // Several reasons: each once, in the regulation's order, with their guidance.
        const QString two =
            composeRejectReply(report, {RejectReason::EditedMedia, RejectReason::NoMedia, RejectReason::EditedMedia});
        QCOMPARE(two.count(u"\n- "_s), 2);
        QVERIFY(two.indexOf(u"7.6.2.a"_s) < two.indexOf(u"7.6.2.b"_s));
        QVERIFY(two.contains(u"ít nhất một hình ảnh"_s) && two.contains(u"không qua chỉnh sửa"_s));
        QVERIFY(two.endsWith(u"Trân trọng cảm ơn Quý Ông/Bà đã phản ánh."_s));
    }

    void editors()
    {
        QVERIFY(evidence::isEditor(u"Snapseed 2.0"_s));
        QVERIFY(evidence::isEditor(u"PicsArt Photo Studio"_s));
        QVERIFY(!evidence::isEditor(u"HDR+ 1.0.2"_s)); // a phone's camera app
        QVERIFY(!evidence::isEditor(QString()));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceCheck)
#include "testevidencecheck.moc"

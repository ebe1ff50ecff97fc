#include "core/reportjson.h"
#include "core/vntime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ioc::core;
using namespace Qt::StringLiterals;

class TestReportJson final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        Report r;
        r.id = u"r-1"_s;
        r.code = u"PA-2026-000001"_s;
        r.version = 4;
        r.state = ReportState::InProgress;
        r.title = u"Cháy rừng"_s;
        r.content = u"Cháy rừng thông ở Cam Lộ"_s;
        r.originalContent = u"chay rung thong o cam lo"_s;
        r.categoryId = u"fire"_s;
        r.position = {16.8, 106.985, u"Cam Lộ"_s, u"cam-lo"_s, PositionSource::Exif};
        r.receivedAt = *vntime::parseIso8601(u"2026-11-28T09:15:30.250"_s);
        r.channel = Channel::Hotline;
        r.urgent = true;
        r.reporter = {ReporterKind::Organisation,
                      u"acc"_s,
                      u"HTX Cam Thành"_s,
                      u"Cam Lộ"_s,
                      u"0233 3861 234"_s,
                      {},
                      u"htx@example.vn"_s,
                      u"Lê Thị B"_s,
                      {},
                      {},
                      {},
                      {}};
        r.consents = {true, false, true};
        MediaFacts facts;
        facts.known = true;
        facts.hasExif = true;
        facts.exifCapturedAt = r.receivedAt.addSecs(-700);
        facts.exifTimeHasOffset = true;
        facts.exifLatitude = 16.81;
        facts.exifLongitude = 106.98;
        facts.software = u"Snapseed"_s;
        facts.width = 4000;
        facts.height = 3000;
        facts.perceptualHash = u"0f0f0f0f0f0f0f0f"_s;
        r.media = {{u"ab"_s.repeated(32), u"image/jpeg"_s, 123456, u"a.jpg"_s, r.receivedAt.addSecs(-600), facts},
                   {u"cd"_s.repeated(32), u"video/mp4"_s, 9, u"b.mp4"_s, {}, {}}};
        r.leadAgencyId = u"kiem-lam"_s;
        r.coordinatingAgencyIds = {u"pccc"_s};
        r.agreement = Agreement::Pending;
        r.rejectReasons = {RejectReason::Duplicate};
        r.rating = Satisfaction::Acceptable;
        r.ratings = {{r.receivedAt.addDays(3), Satisfaction::NotSatisfied, u"Chưa xong"_s},
                     {r.receivedAt.addDays(9), Satisfaction::Acceptable, {}}};
        r.publishedAt = r.receivedAt.addDays(8);
        r.sanctionProcedure = u"Nghị định 100/2019/NĐ-CP"_s;
        r.extensionProposal = {ExtensionGround::SeveralAgencies,
                               u"Liên quan nhiều đơn vị"_s,
                               r.receivedAt.addDays(20),
                               u"Cam kết hoàn thành"_s,
                               u"xuly1"_s,
                               r.receivedAt.addDays(5)};
        r.interactions = {{r.receivedAt, u"Hỏi"_s, {}, {}, u"Không liên quan"_s}};
        ReportClock clock;
        clock.step = ClockStep::Process;
        clock.startedAt = r.receivedAt;
        clock.dueAt = r.receivedAt.addDays(8);
        clock.status = ClockStatus::Done;
        clock.stoppedAt = r.receivedAt.addDays(2);
        clock.onTime = true;
        clock.agencyId = u"kiem-lam"_s;
        ReportClock paused;
        paused.step = ClockStep::ReplyInvalid;
        paused.status = ClockStatus::Paused;
        paused.startedAt = r.receivedAt;
        paused.dueAt = r.receivedAt.addDays(1);
        paused.pausedAt = r.receivedAt.addSecs(3600);
        r.clocks = {clock, paused};

        const auto back = json::toReport(json::fromReport(r, json::Identity::Include));
        QVERIFY2(back.ok(), qPrintable(back.error().field()));
        QCOMPARE(json::fromReport(back.value(), json::Identity::Include), json::fromReport(r, json::Identity::Include));
        QCOMPARE(back.value().reporter.representative, u"Lê Thị B"_s);
        QCOMPARE(back.value().clocks.first().onTime, true);
        QCOMPARE(back.value().receivedAt, r.receivedAt);
        QCOMPARE(back.value().media.first().facts.software, u"Snapseed"_s);
        QCOMPARE(*back.value().media.first().facts.exifLongitude, 106.98);
        QVERIFY(!back.value().media.last().facts.known);
        QCOMPARE(back.value().clocks.last().status, ClockStatus::Paused);
        QCOMPARE(back.value().clocks.last().pausedAt, paused.pausedAt);
        QCOMPARE(back.value().ratings.size(), 2);
        QCOMPARE(back.value().extensionProposal.ground, ExtensionGround::SeveralAgencies);
        QCOMPARE(back.value().interactions.first().notLegitimateReason, u"Không liên quan"_s);
        QVERIFY(!back.value().hasOpenInteraction());
    }

    void identityCanBeWithheld()
    {
        Report r;
        r.id = u"r"_s;
        r.reporter = {
            ReporterKind::Person, u"acc"_s, u"Trần C"_s, u"x"_s, u"0912345678"_s, u"045095001234"_s, {}, {}, {}, {}, {},
            u"zalo-user-55"_s};
        const QJsonObject object = json::fromReport(r, json::Identity::Withhold);
        const QJsonObject reporter = object.value(u"reporter"_s).toObject();
        QCOMPARE(reporter.value(u"identity_withheld"_s).toBool(), true);
        QCOMPARE(reporter.keys(), (QStringList{u"identity_withheld"_s, u"kind"_s}));
        // The Zalo user travels with the raw identity only (docs/channels.md): never masked, never
        // to a reader who did not reveal it.
        const QJsonObject masked = json::fromReport(r, json::Identity::Mask).value(u"reporter"_s).toObject();
        QVERIFY(!QJsonDocument(masked).toJson().contains("zalo-user-55"));
        const auto back = json::toReport(json::fromReport(r, json::Identity::Include));
        QCOMPARE(back.value().reporter.zaloUserId, u"zalo-user-55"_s);
    }

    void malformedDataNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("path");
        QTest::newRow("version") << u"version"_s << QJsonValue(u"3"_s) << u"version"_s;
        QTest::newRow("state") << u"state"_s << QJsonValue(u"lost"_s) << u"state"_s;
        QTest::newRow("time") << u"received_at"_s << QJsonValue(u"yesterday"_s) << u"received_at"_s;
        QTest::newRow("clocks") << u"clocks"_s << QJsonValue(QJsonArray{QJsonObject{{u"step"_s, u"nap"_s}}})
                                << u"clocks[0].step"_s;
        QTest::newRow("position") << u"position"_s << QJsonValue(QJsonObject{{u"latitude"_s, u"north"_s}})
                                  << u"position.latitude"_s;
        QTest::newRow("urgent") << u"urgent"_s << QJsonValue(1) << u"urgent"_s;
    }

    void malformedDataNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, path);
        Report r;
        r.id = u"r"_s;
        QJsonObject object = json::fromReport(r, json::Identity::Include);
        object.insert(field, value);
        const auto parsed = json::toReport(object);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code(), u"invalid_value"_s);
        QCOMPARE(parsed.error().field(), path);
    }

    void unknownFieldsAreIgnored()
    {
        Report r;
        r.id = u"r"_s;
        QJsonObject object = json::fromReport(r, json::Identity::Include);
        object.insert(u"added_in_a_later_version"_s, 42);
        QVERIFY(json::toReport(object).ok());
    }
};

QTEST_GUILESS_MAIN(TestReportJson)
#include "testreportjson.moc"

#include "core/vntime.h"
#include "support/apifixtures.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace ioc;
using namespace Qt::StringLiterals;

// acted_at may not lie (PRODUCT.md §16): the review accepted a report 11 hours after its deadline
// with an acted_at inside it and got on_time:true, and had an acted_at of 2020-01-01 taken. Against
// the real server over TLS.
class TestDeadlineRecords final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::TestServer::Options options;
        // The scheduler passes often: its flags land between the test's actions.
        options.extraArguments = {u"--demo-reports"_s, u"3"_s, u"--scheduler-interval-ms"_s, u"200"_s};
        m_server = std::make_unique<test::TestServer>(options);
        m_server->start();
        m_client = std::make_unique<test::HttpClient>(m_server->url());
        m_token = m_client->login(u"truc1"_s);
    }

    // Taken offline 11 hours ago, within the 30-minute clock, received now: beyond the 10-minute
    // grace the clock is judged on the receipt, and the event keeps both times.
    void lateActionsAreJudgedOnTheirReceipt()
    {
        const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-11 * 3600);
        const QString id = createFire(past);
        QCOMPARE(act(id, u"accept"_s, {}, past.addSecs(60)).status, 200);
        const QDateTime claimed = past.addSecs(120);
        const test::HttpResponse distributed = act(
            id, u"distribute"_s, {{u"lead_agency_id"_s, QString::fromLatin1(test::ApiFixtures::agency())}}, claimed);
        QCOMPARE(distributed.status, 200);
        const QJsonObject report = distributed.json.value(u"report"_s).toObject();
        const QJsonObject clock = clockOf(report, u"distribute"_s);
        QCOMPARE(clock.value(u"on_time"_s).toBool(true), false);
        const QJsonObject event = distributed.json.value(u"event"_s).toObject();
        QVERIFY(qAbs(core::vntime::parseIso8601(event.value(u"acted_at"_s).toString())->msecsTo(claimed)) < 1000);
        QVERIFY(core::vntime::parseIso8601(event.value(u"received_at"_s).toString())
                    ->secsTo(QDateTime::currentDateTimeUtc()) < 60);
    }

    void actedAtOlderThanTheOfflineWindowIsRefused_data()
    {
        QTest::addColumn<QDateTime>("actedAt");
        QTest::newRow("2020-01-01") << QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());
        QTest::newRow("13 hours ago") << QDateTime::currentDateTimeUtc().addSecs(-13 * 3600);
    }

    void actedAtOlderThanTheOfflineWindowIsRefused()
    {
        QFETCH(QDateTime, actedAt);
        const QString id = createFire(QDateTime::currentDateTimeUtc().addSecs(-3600));
        const test::HttpResponse refused = act(id, u"add_note"_s, {{u"text"_s, u"Ghi chú"_s}}, actedAt);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), u"acted_at_too_old"_s);
        // With the report as it is, for the console to show beside the refused action.
        QCOMPARE(refused.json.value(u"report"_s).toObject().value(u"id"_s).toString(), id);
        // Not kept under its key: the same key is free for the action confirmed again, dated now.
        QCOMPARE(eventsOf(id, u"add_note"_s), 0);
        // Nor may a report be created with such a time.
        const test::HttpResponse created =
            m_client->post(u"/v1/reports"_s, test::toJson(fire(actedAt)), m_token, {{"Idempotency-Key", newKey()}});
        QCOMPARE(created.status, 422);
        QCOMPARE(created.errorCode(), u"acted_at_too_old"_s);
    }

    // An action cannot be dated before what already happened to the report.
    void actedAtBeforeThePreviousEventIsRefused()
    {
        const QDateTime created = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const QString id = createFire(created);
        QCOMPARE(act(id, u"accept"_s, {}, created.addSecs(600)).status, 200);
        // Nine minutes before the acceptance (clocks may disagree by five, not more).
        const test::HttpResponse refused = act(id, u"add_note"_s, {{u"text"_s, u"Ghi chú"_s}}, created.addSecs(60));
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), u"acted_at_before_previous"_s);
        const test::HttpResponse beforeReport =
            act(id, u"add_note"_s, {{u"text"_s, u"Ghi chú"_s}}, created.addSecs(-600));
        QCOMPARE(beforeReport.errorCode(), u"acted_at_before_previous"_s);
        QCOMPARE(act(id, u"add_note"_s, {{u"text"_s, u"Ghi chú"_s}}, created.addSecs(400)).status, 200); // within 5
        QCOMPARE(act(id, u"add_note"_s, {{u"text"_s, u"Ghi chú"_s}}, created.addSecs(601)).status, 200);
    }

    // The server's own flags record time passing, not an act on the report: an action taken
    // offline before the scheduler flagged the report's clock is not dated "before" anything.
    void serverFlagsDoNotDateActionsBefore()
    {
        const QDateTime created = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
        const QString id = createFire(created); // its 30-minute clock ran out long ago
        QTRY_COMPARE_WITH_TIMEOUT(eventsOf(id, u"clock_overdue"_s), 1, 10000);
        const test::HttpResponse noted =
            act(id, u"add_note"_s, {{u"text"_s, u"Ghi khi mất mạng"_s}}, created.addSecs(1800));
        QVERIFY2(noted.status == 200, noted.body.constData());
    }

private:
    static QByteArray newKey() { return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1(); }

    static QJsonObject fire(const QDateTime &actedAt)
    {
        return {
            {u"title"_s, u"Cháy kho"_s},
            {u"content"_s, u"Cháy nhà kho gần chợ"_s},
            {u"category_id"_s, u"fire"_s},
            {u"channel"_s, u"hotline"_s},
            {u"acted_at"_s, core::vntime::toIso8601(actedAt)},
            {u"position"_s, QJsonObject{{u"latitude"_s, 16.8}, {u"longitude"_s, 107.1}, {u"source"_s, u"address"_s}}},
            {u"reporter"_s, QJsonObject{{u"kind"_s, u"person"_s}, {u"full_name"_s, u"Lê Văn C"_s}}}};
    }

    // An urgent hotline report taken at `actedAt` (its distribution clock: 30 minutes).
    QString createFire(const QDateTime &actedAt)
    {
        const test::HttpResponse created =
            m_client->post(u"/v1/reports"_s, test::toJson(fire(actedAt)), m_token, {{"Idempotency-Key", newKey()}});
        if (created.status != 201) {
            qFatal("create: %d %s", created.status, created.body.constData());
        }
        return created.json.value(u"report"_s).toObject().value(u"id"_s).toString();
    }

    test::HttpResponse act(const QString &id, const QString &action, const QJsonObject &payload,
                           const QDateTime &actedAt)
    {
        const int version = m_client->get(u"/v1/reports/"_s + id, m_token)
                                .json.value(u"report"_s)
                                .toObject()
                                .value(u"version"_s)
                                .toInt();
        return m_client->post(
            u"/v1/reports/%1/actions"_s.arg(id),
            test::toJson(
                {{u"action"_s, action}, {u"payload"_s, payload}, {u"acted_at"_s, core::vntime::toIso8601(actedAt)}}),
            m_token, {{"If-Match", '"' + QByteArray::number(version) + '"'}, {"Idempotency-Key", newKey()}});
    }

    int eventsOf(const QString &id, const QString &action)
    {
        int n = 0;
        for (const QJsonValue &event : m_client->get(u"/v1/reports/"_s + id, m_token)
                                           .json.value(u"report"_s)
                                           .toObject()
                                           .value(u"events"_s)
                                           .toArray()) {
            n += event.toObject().value(u"action"_s).toString() == action ? 1 : 0;
        }
        return n;
    }

    static QJsonObject clockOf(const QJsonObject &report, const QString &step)
    {
        for (const QJsonValue &clock : report.value(u"clocks"_s).toArray()) {
            if (clock.toObject().value(u"step"_s).toString() == step) {
                return clock.toObject();
            }
        }
        return {};
    }

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::HttpClient> m_client;
    QByteArray m_token;
};

QTEST_GUILESS_MAIN(TestDeadlineRecords)
#include "testdeadlinerecords.moc"

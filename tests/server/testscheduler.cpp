#include "core/vntime.h"
#include "support/apifixtures.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace ioc;
using namespace Qt::StringLiterals;

// The system actor flags clocks that ran out, once each, and decides nothing.
class TestScheduler final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::TestServer>(
            test::TestServer::Options{true, {}, {u"--scheduler-interval-ms"_s, u"200"_s}, {}, {}});
        m_server->start();
        m_client = std::make_unique<test::HttpClient>(m_server->url());
        m_token = m_client->login(u"truc1"_s);
        // Clocks of days are run out by actions dated days ago: here an action taken offline may
        // arrive up to three days later and keep its time (policy), not the default 12 hours and
        // 10 minutes.
        const QByteArray admin = m_client->login(u"quantri"_s);
        QJsonObject policy = m_client->get(u"/v1/sla-policy"_s, admin).json;
        QJsonObject offline = policy.value(u"offline_actions"_s).toObject();
        offline.insert(u"window"_s, u"3d"_s);
        offline.insert(u"grace"_s, u"3d"_s);
        policy.insert(u"offline_actions"_s, offline);
        const test::HttpResponse put = m_client->put(u"/v1/sla-policy"_s, test::toJson(policy), admin);
        QVERIFY2(put.status == 200, put.body.constData());
    }

    void overdueClocksAreFlaggedOnce()
    {
        // An urgent hotline report taken two hours ago: its 30-minute distribution clock ran out.
        const QString id = create(u"fire"_s, QDateTime::currentDateTimeUtc().addSecs(-2 * 3600));
        QTRY_COMPARE_WITH_TIMEOUT(count(id, u"clock_overdue"_s), 1, 5000);
        QTest::qWait(800); // several more passes
        QCOMPARE(count(id, u"clock_overdue"_s), 1);
        const QJsonObject report = get(id);
        QCOMPARE(report.value(u"state"_s).toString(), u"received"_s); // nothing decided
        const QJsonObject flag = event(id, u"clock_overdue"_s);
        QCOMPARE(flag.value(u"actor_role"_s).toString(), u"system"_s);
        QCOMPARE(flag.value(u"payload"_s).toObject().value(u"step"_s).toString(), u"distribute"_s);
    }

    void anExpiredSupplementWindowIsFlagged()
    {
        const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-50 * 3600);
        const QString id = create(u"road"_s, past);
        const test::HttpResponse asked =
            m_client->post(u"/v1/reports/%1/actions"_s.arg(id),
                           test::toJson({{u"action"_s, u"request_supplement"_s},
                                         {u"payload"_s, QJsonObject{{u"message"_s, u"Cần ảnh"_s}}},
                                         {u"acted_at"_s, core::vntime::toIso8601(past.addSecs(600))}}),
                           m_token, {{"If-Match", "\"1\""}});
        QCOMPARE(asked.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(count(id, u"supplement_expired"_s), 1, 5000);
        QCOMPARE(get(id).value(u"state"_s).toString(), u"awaiting_supplement"_s); // the IOC rejects, not the system
    }

    // An urgent report distributed 25 minutes ago: the agency's 30 minutes to accept (Điều
    // 11.1.a) end in 5, inside the last quarter. The flag is raised once, and the agency's contact
    // person and leader are told, in the same transaction, once (docs/channels.md).
    void anAgencyClockAboutToRunOutTellsTheAgencyOnce()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString id = create(u"fire"_s, now.addSecs(-40 * 60));
        act(id, u"accept"_s, {}, now.addSecs(-36 * 60));
        act(id, u"distribute"_s, {{u"lead_agency_id"_s, u"ubnd-dong-ha"_s}}, now.addSecs(-25 * 60));
        QTRY_COMPARE_WITH_TIMEOUT(count(id, u"clock_due_soon"_s), 1, 5000);
        QTest::qWait(800); // several more passes
        QCOMPARE(count(id, u"clock_due_soon"_s), 1);
        const QJsonObject payload = event(id, u"clock_due_soon"_s).value(u"payload"_s).toObject();
        QCOMPARE(payload.value(u"step"_s).toString(), u"accept"_s);
        QCOMPARE(payload.value(u"agency_id"_s).toString(), u"ubnd-dong-ha"_s);
        QCOMPARE(count(id, u"clock_overdue"_s), 0);
        // UBND thành phố Đông Hà: the contact person by SMS and e-mail, the leader by SMS (this
        // server has no channels configured: the messages are kept, given up, on the report).
        const QJsonArray messages =
            m_client->get(u"/v1/reports/%1/notifications"_s.arg(id), m_token).json.value(u"items"_s).toArray();
        int due = 0;
        for (const QJsonValue &message : messages) {
            if (message[u"template"_s].toString() != u"agency_clock_due"_s) {
                continue;
            }
            ++due;
            const QString body = message[u"body"_s].toString();
            QVERIFY2(body.contains(u"tiếp nhận"_s), qPrintable(body));
            QVERIFY2(body.contains(core::vntime::formatLocal(
                         *core::vntime::parseIso8601(payload.value(u"due_at"_s).toString()), u"HH:mm"_s)),
                     qPrintable(body));
        }
        QCOMPARE(due, 3);
    }

private:
    void act(const QString &id, const QString &action, const QJsonObject &payload, const QDateTime &actedAt)
    {
        const int version = get(id).value(u"version"_s).toInt();
        const test::HttpResponse done = m_client->post(
            u"/v1/reports/%1/actions"_s.arg(id),
            test::toJson(
                {{u"action"_s, action}, {u"payload"_s, payload}, {u"acted_at"_s, core::vntime::toIso8601(actedAt)}}),
            m_token, {{"If-Match", QByteArray("\"") + QByteArray::number(version) + '"'}});
        QVERIFY2(done.status == 200, done.body.constData());
    }

    QString create(const QString &category, const QDateTime &actedAt)
    {
        const test::HttpResponse created = m_client->post(
            u"/v1/reports"_s,
            test::toJson({{u"title"_s, u"Cháy"_s},
                          {u"content"_s, u"Cháy nhà kho"_s},
                          {u"category_id"_s, category},
                          {u"channel"_s, u"hotline"_s},
                          {u"acted_at"_s, core::vntime::toIso8601(actedAt)},
                          {u"position"_s,
                           QJsonObject{{u"latitude"_s, 16.8}, {u"longitude"_s, 107.1}, {u"source"_s, u"address"_s}}},
                          {u"reporter"_s, QJsonObject{{u"kind"_s, u"person"_s}, {u"full_name"_s, u"Lê Văn C"_s}}}}),
            m_token, {{"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}});
        if (created.status != 201) {
            qFatal("create: %d %s", created.status, created.body.constData());
        }
        return created.json.value(u"report"_s).toObject().value(u"id"_s).toString();
    }

    QJsonObject get(const QString &id)
    {
        return m_client->get(u"/v1/reports/"_s + id, m_token).json.value(u"report"_s).toObject();
    }

    int count(const QString &id, const QString &action)
    {
        int n = 0;
        for (const QJsonValue &e : get(id).value(u"events"_s).toArray()) {
            n += e.toObject().value(u"action"_s).toString() == action ? 1 : 0;
        }
        return n;
    }

    QJsonObject event(const QString &id, const QString &action)
    {
        for (const QJsonValue &e : get(id).value(u"events"_s).toArray()) {
            if (e.toObject().value(u"action"_s).toString() == action) {
                return e.toObject();
            }
        }
        return {};
    }

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::HttpClient> m_client;
    QByteArray m_token;
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "testscheduler.moc"

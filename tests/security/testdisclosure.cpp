#include "support/apifixtures.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace ioc;
using namespace Qt::StringLiterals;

// Who learns who reported (Điều 5.6, PRODUCT.md §17), against the real server over TLS. The
// review read every report with its reporter's identity as the demo's connected system, and, as
// an agency officer, named a reporter who had not consented: the events carried the citizen's
// account id, and the accounts list mapped it to a name.
class TestDisclosure final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::TestServer::Options options;
        options.extraArguments = {u"--demo-reports"_s, u"3"_s};
        m_server = std::make_unique<test::TestServer>(options);
        m_server->start();
        m_client = std::make_unique<test::HttpClient>(m_server->url());
        m_fixtures = std::make_unique<test::ApiFixtures>(*m_client);
        m_citizenId = m_client->get(u"/v1/me"_s, m_fixtures->token(u"citizen"_s))
                          .json.value(u"user"_s)
                          .toObject()
                          .value(u"id"_s)
                          .toString();
        QVERIFY(!m_citizenId.isEmpty());
    }

    // The demo's 1022 switchboard files reports and follows the ones it filed: nothing else.
    void aConnectedSystemReadsOnlyWhatItFiled()
    {
        const QByteArray system = m_client->login(u"ketnoi1022"_s);
        QCOMPARE(m_client->get(u"/v1/changes?limit=1000"_s, system).status, 403);
        QCOMPARE(m_client->get(u"/v1/changes/wait?cursor=0&timeout=0"_s, system).status, 403);
        QCOMPARE(m_client->get(u"/v1/users"_s, system).status, 403);
        const QString others = m_fixtures->reportIn(u"received"_s);
        QCOMPARE(m_client->get(u"/v1/reports/"_s + others, system).status, 404);

        const test::HttpResponse created = m_client->post(u"/v1/reports"_s, test::toJson(switchboardReport()), system,
                                                          {{"Idempotency-Key", newKey()}});
        QCOMPARE(created.status, 201);
        const QString id = created.json.value(u"report"_s).toObject().value(u"id"_s).toString();
        const test::HttpResponse own = m_client->get(u"/v1/reports/"_s + id, system);
        QCOMPARE(own.status, 200);
        QCOMPARE(own.json.value(u"report"_s).toObject().value(u"state"_s).toString(), u"received"_s);
        QVERIFY2(!own.body.contains("0912345678") && !own.body.contains("Đặng Thị Mai"), own.body.constData());
        QCOMPARE(m_client->act(system, id, u"add_note"_s, {{u"text"_s, u"Ghi chú"_s}}).status, 403);

        // Filed by the `system` actor on behalf of the account, which the timeline names.
        const QJsonObject first = m_client->get(u"/v1/reports/"_s + id, m_fixtures->token(u"duty_officer"_s))
                                      .json.value(u"report"_s)
                                      .toObject()
                                      .value(u"events"_s)
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(first.value(u"action"_s).toString(), u"create"_s);
        QCOMPARE(first.value(u"actor_role"_s).toString(), u"system"_s);
        QCOMPARE(first.value(u"actor_id"_s).toString(), u"u-ketnoi1022"_s);
    }

    // No account becomes the server's own actor.
    void noAccountIsTheSystemActor()
    {
        const test::HttpResponse refused = m_client->post(u"/v1/users"_s,
                                                          test::toJson({{u"username"_s, u"gia-mao"_s},
                                                                        {u"display_name"_s, u"Giả mạo"_s},
                                                                        {u"role"_s, u"system"_s},
                                                                        {u"password"_s, u"mat-khau-dai-du"_s}}),
                                                          m_fixtures->token(u"admin"_s));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), u"invalid_value"_s);
    }

    // The reporter did not consent to share their identity with the agency: the agency reads the
    // report, its timeline and the staff list, and none of it names the reporter.
    void anAgencyCannotIdentifyAWithheldReporter()
    {
        const QString id = m_fixtures->reportIn(u"published"_s);
        const QJsonObject full = m_fixtures->report(id);
        const QString name = full.value(u"reporter"_s).toObject().value(u"full_name"_s).toString();
        QVERIFY(!name.isEmpty());
        QVERIFY(!full.value(u"reply_text"_s).toString().isEmpty());

        const QByteArray agency = m_fixtures->token(u"agency_staff"_s);
        const test::HttpResponse read = m_client->get(u"/v1/reports/"_s + id, agency);
        QCOMPARE(read.status, 200);
        const QJsonObject report = read.json.value(u"report"_s).toObject();
        QCOMPARE(report.value(u"reporter"_s).toObject().value(u"identity_withheld"_s).toBool(), true);
        QVERIFY(!report.contains(u"reply_text"_s));
        int citizenEvents = 0;
        for (const QJsonValue &value : report.value(u"events"_s).toArray()) {
            const QJsonObject event = value.toObject();
            if (event.value(u"actor_role"_s).toString() == u"citizen"_s) {
                ++citizenEvents;
                QVERIFY(event.value(u"actor_id"_s).isNull());
            }
            QVERIFY2(!event.value(u"payload"_s).toObject().contains(u"reply"_s),
                     qPrintable(event.value(u"action"_s).toString()));
        }
        QVERIFY(citizenEvents > 0);
        QVERIFY(!read.body.contains(m_citizenId.toUtf8()));
        QVERIFY(!read.body.contains(name.toUtf8()));

        // The change feed says no more than the report.
        const test::HttpResponse feed = m_client->get(u"/v1/changes?limit=1000"_s, agency);
        QCOMPARE(feed.status, 200);
        QVERIFY(feed.body.contains(id.toUtf8()));
        QVERIFY(!feed.body.contains(m_citizenId.toUtf8()));
        QVERIFY(!feed.body.contains(name.toUtf8()));

        // The accounts list names no citizen to an agency; the IOC's list still does.
        QVERIFY(!usersOf(u"agency_staff"_s).contains(m_citizenId));
        QVERIFY(!usersOf(u"agency_leader"_s).contains(m_citizenId));
        QVERIFY(usersOf(u"duty_officer"_s).contains(m_citizenId));
    }

    // With the reporter's consent the agency reads who reported and the reply addressed to them.
    void consentLetsTheAgencyKnow()
    {
        test::ApiFixtures::Options options;
        options.consentToShare = true;
        const QString id = m_fixtures->reportIn(u"published"_s, options);
        const QJsonObject report = m_fixtures->report(id, u"agency_staff"_s);
        QVERIFY(!report.value(u"reporter"_s).toObject().contains(u"identity_withheld"_s));
        QVERIFY(!report.value(u"reply_text"_s).toString().isEmpty());
        bool named = false;
        for (const QJsonValue &value : report.value(u"events"_s).toArray()) {
            named = named || value.toObject().value(u"actor_id"_s).toString() == m_citizenId;
        }
        QVERIFY(named);
    }

private:
    static QByteArray newKey() { return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1(); }

    static QJsonObject switchboardReport()
    {
        return {{u"title"_s, u"Đèn đường hỏng"_s},
                {u"content"_s, u"Đèn đường trước số 12 Lê Duẩn không sáng"_s},
                {u"category_id"_s, u"lighting"_s},
                {u"channel"_s, u"connected_system"_s},
                {u"position"_s,
                 QJsonObject{{u"latitude"_s, 16.8163}, {u"longitude"_s, 107.1003}, {u"source"_s, u"address"_s}}},
                {u"reporter"_s, QJsonObject{{u"kind"_s, u"person"_s},
                                            {u"full_name"_s, u"Đặng Thị Mai"_s},
                                            {u"phone"_s, u"0912345678"_s}}}};
    }

    QStringList usersOf(const QString &role)
    {
        QStringList ids;
        for (const QJsonValue &user :
             m_client->get(u"/v1/users"_s, m_fixtures->token(role)).json.value(u"items"_s).toArray()) {
            ids.append(user.toObject().value(u"id"_s).toString());
        }
        return ids;
    }

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::HttpClient> m_client;
    std::unique_ptr<test::ApiFixtures> m_fixtures;
    QString m_citizenId;
};

QTEST_GUILESS_MAIN(TestDisclosure)
#include "testdisclosure.moc"

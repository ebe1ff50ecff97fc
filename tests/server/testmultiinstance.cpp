#include "core/vntime.h"
#include "support/apifixtures.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace ioc;
using namespace Qt::StringLiterals;

// Two ioc-server instances on one PostgreSQL database, as behind a load balancer: writes through
// either land once and in one order, the feed reads the same through both, a long poll on one
// wakes for a change made through the other, and the audit chain stays whole.
class TestMultiInstance final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!test::PostgresCluster::inUse()) {
            QSKIP("needs the PostgreSQL cluster of the test run (ctest fixture postgres)");
        }
        m_a = std::make_unique<test::TestServer>();
        m_a->start(); // migrates and seeds
        m_b = std::make_unique<test::TestServer>(test::TestServer::Options{true, {}, {}, m_a->postgresUrl(), {}});
        m_b->start();
        m_clientA = std::make_unique<test::HttpClient>(m_a->url());
        m_clientB = std::make_unique<test::HttpClient>(m_b->url());
        m_fixtures = std::make_unique<test::ApiFixtures>(*m_clientA);
        // Sessions live in the database: a token from one instance works on the other.
        m_token = m_fixtures->token(u"duty_officer"_s);
        QCOMPARE(m_clientB->get(u"/v1/me"_s, m_token).status, 200);
    }

    void concurrentWritersThroughBothInstances()
    {
        QStringList ids;
        for (int i = 0; i < 20; ++i) {
            ids.append(m_fixtures->reportIn(u"received"_s));
        }
        // Every report accepted, half through each instance, all at once.
        QList<QNetworkReply *> replies;
        for (int i = 0; i < ids.size(); ++i) {
            test::HttpClient &client = i % 2 == 0 ? *m_clientA : *m_clientB;
            replies.append(client.send("POST", u"/v1/reports/%1/actions"_s.arg(ids.at(i)),
                                       test::toJson({{u"action"_s, u"accept"_s}}), m_token,
                                       {{"If-Match", "\"1\""}, {"Idempotency-Key", newKey()}}));
        }
        for (QNetworkReply *reply : replies) {
            const test::HttpResponse response = test::HttpClient::wait(reply);
            QVERIFY2(response.status == 200, response.body.constData());
        }
        // The feed is the same through both instances: no gap, no duplicate, every report at its
        // latest version.
        const QList<QJsonObject> throughA = readFeed(*m_clientA);
        const QList<QJsonObject> throughB = readFeed(*m_clientB);
        QCOMPARE(throughA.size(), throughB.size());
        for (int i = 0; i < throughA.size(); ++i) {
            QCOMPARE(throughA.at(i).value(u"id"_s), throughB.at(i).value(u"id"_s));
        }
        QSet<QString> seen;
        for (const QJsonObject &change : throughA) {
            const QString id = change.value(u"id"_s).toString();
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
            if (ids.contains(id)) {
                QCOMPARE(change.value(u"version"_s).toInt(), 2);
                QCOMPARE(change.value(u"data"_s).toObject().value(u"state"_s).toString(), u"verified"_s);
            }
        }
        for (const QString &id : ids) {
            QVERIFY(seen.contains(id));
        }
    }

    void oneRequestSentToBothIsAppliedOnce()
    {
        const QString id = m_fixtures->reportIn(u"received"_s);
        const QByteArray key = newKey();
        const QByteArray body = test::toJson({{u"action"_s, u"accept"_s}});
        const QList<QPair<QByteArray, QByteArray>> headers{{"If-Match", "\"1\""}, {"Idempotency-Key", key}};
        QNetworkReply *first = m_clientA->send("POST", u"/v1/reports/%1/actions"_s.arg(id), body, m_token, headers);
        QNetworkReply *second = m_clientB->send("POST", u"/v1/reports/%1/actions"_s.arg(id), body, m_token, headers);
        const test::HttpResponse a = test::HttpClient::wait(first);
        const test::HttpResponse b = test::HttpClient::wait(second);
        // Both answer as the one that was applied; exactly one of them is a replay.
        QCOMPARE(a.status, 200);
        QCOMPARE(b.status, 200);
        QCOMPARE(int(a.headers.contains("idempotent-replay")) + int(b.headers.contains("idempotent-replay")), 1);
        QCOMPARE(a.json.value(u"version"_s).toInt(), 2);
        QCOMPARE(b.json.value(u"version"_s).toInt(), 2);
        QCOMPARE(m_fixtures->report(id).value(u"events"_s).toArray().size(), 2); // create, accept
    }

    void staleWritesLoseOnEitherInstance()
    {
        const QString id = m_fixtures->reportIn(u"received"_s);
        const QByteArray body = test::toJson({{u"action"_s, u"accept"_s}});
        QNetworkReply *first = m_clientA->send("POST", u"/v1/reports/%1/actions"_s.arg(id), body, m_token,
                                               {{"If-Match", "\"1\""}, {"Idempotency-Key", newKey()}});
        QNetworkReply *second = m_clientB->send("POST", u"/v1/reports/%1/actions"_s.arg(id), body, m_token,
                                                {{"If-Match", "\"1\""}, {"Idempotency-Key", newKey()}});
        QList<int> statuses{test::HttpClient::wait(first).status, test::HttpClient::wait(second).status};
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int>{200, 412}));
        QCOMPARE(m_fixtures->version(id), 2);
    }

    // Claim and release change no version, so the version guard alone let a concurrent write on
    // the other instance (here set_urgent, which read the report before the claim) erase them.
    // Every write to a report row takes the row's lock first: none is lost.
    void claimsAreNeverLostToAWriteOnTheOtherInstance()
    {
        const QString id = m_fixtures->reportIn(u"received"_s);
        const QByteArray other = m_clientB->login(u"truc2"_s);
        const QString path = u"/v1/reports/%1/actions"_s.arg(id);
        int lostClaims = 0;
        int lostReleases = 0;
        bool urgent = false;
        for (int round = 0; round < 40; ++round) {
            const int version = m_fixtures->version(id);
            const bool claiming = round % 2 == 0;
            urgent = !urgent;
            QNetworkReply *claim =
                m_clientA->send("POST", path, test::toJson({{u"action"_s, claiming ? u"claim"_s : u"release"_s}}),
                                m_token, {{"Idempotency-Key", newKey()}});
            QNetworkReply *flag = m_clientB->send(
                "POST", path,
                test::toJson(
                    {{u"action"_s, u"set_urgent"_s},
                     {u"payload"_s, QJsonObject{{u"urgent"_s, urgent}, {u"reason"_s, u"Lượt %1"_s.arg(round)}}}}),
                other, {{"If-Match", '"' + QByteArray::number(version) + '"'}, {"Idempotency-Key", newKey()}});
            const test::HttpResponse claimed = test::HttpClient::wait(claim);
            const test::HttpResponse flagged = test::HttpClient::wait(flag);
            QVERIFY2(claimed.status == 200, claimed.body.constData());
            QVERIFY2(flagged.status == 200, flagged.body.constData());
            const QJsonObject report = m_fixtures->report(id);
            QCOMPARE(report.value(u"urgent"_s).toBool(), urgent);
            const bool held = !report.value(u"claimed_by"_s).toString().isEmpty();
            lostClaims += claiming && !held ? 1 : 0;
            lostReleases += !claiming && held ? 1 : 0;
        }
        QCOMPARE(lostClaims, 0);
        QCOMPARE(lostReleases, 0);
    }

    // An agency added through one instance is known to the other at once: a distribution to it is
    // judged with the directory as stored, not as that instance loaded it at start. And a refusal
    // that names reference data is never kept as the request's answer.
    void referenceDataChangedOnOneInstanceJudgesOnTheOther()
    {
        const QByteArray admin = m_fixtures->token(u"admin"_s);
        const auto addAgency = [&](const QString &agencyId) {
            const test::HttpResponse put =
                m_clientA->put(u"/v1/agencies/"_s + agencyId,
                               test::toJson({{u"name"_s, u"Ban Quản lý dự án %1"_s.arg(agencyId)},
                                             {u"area_ids"_s, QJsonArray{u"dong-ha"_s}},
                                             {u"category_ids"_s, QJsonArray{u"road"_s}}}),
                               admin);
            QVERIFY2(put.status == 200, put.body.constData());
        };
        const auto distribute = [&](const QString &reportId, const QString &agencyId, const QByteArray &key) {
            return m_clientB->post(u"/v1/reports/%1/actions"_s.arg(reportId),
                                   test::toJson({{u"action"_s, u"distribute"_s},
                                                 {u"payload"_s, QJsonObject{{u"lead_agency_id"_s, agencyId}}}}),
                                   m_token,
                                   {{"If-Match", '"' + QByteArray::number(m_fixtures->version(reportId)) + '"'},
                                    {"Idempotency-Key", key}});
        };
        QCOMPARE(m_clientB->get(u"/v1/agencies"_s, m_token).status, 200); // B has loaded its directory

        const QString agency = u"bqlda-"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
        addAgency(agency);
        const QString first = m_fixtures->reportIn(u"verified"_s);
        const test::HttpResponse distributed = distribute(first, agency, newKey());
        QVERIFY2(distributed.status == 200, distributed.body.constData());
        QCOMPARE(m_fixtures->report(first).value(u"lead_agency_id"_s).toString(), agency);

        // Refused while the agency does not exist; the same request succeeds once it does.
        const QString later = agency + u"-2"_s;
        const QString second = m_fixtures->reportIn(u"verified"_s);
        const QByteArray key = newKey();
        const test::HttpResponse refused = distribute(second, later, key);
        QVERIFY2(refused.status >= 400 && refused.errorCode() == u"unknown_agency"_s, refused.body.constData());
        addAgency(later);
        const test::HttpResponse resent = distribute(second, later, key);
        QVERIFY2(resent.status == 200, resent.body.constData());
        QVERIFY(!resent.headers.contains("idempotent-replay"));
    }

    // Time-driven flags raised by one instance's scheduler while officers act on the same reports
    // through another: each flag commits with its event and audit entry, numbered under the
    // report's lock, so none is recorded without its event and no action fails.
    void flagsRaceNothingAway()
    {
        test::TestServer scheduler(
            test::TestServer::Options{true, {}, {u"--scheduler-interval-ms"_s, u"20"_s}, m_a->postgresUrl(), {}});
        scheduler.start();
        QStringList ids;
        QList<QNetworkReply *> notes;
        for (int i = 0; i < 20; ++i) {
            // An urgent report received 40 minutes ago: its 30-minute distribution clock ran out.
            const QString id = createUrgent(QDateTime::currentDateTimeUtc().addSecs(-40 * 60));
            ids.append(id);
            for (int n = 0; n < 4; ++n) {
                notes.append(
                    m_clientB->send("POST", u"/v1/reports/%1/actions"_s.arg(id),
                                    test::toJson({{u"action"_s, u"add_note"_s},
                                                  {u"payload"_s, QJsonObject{{u"text"_s, u"Ghi chú %1"_s.arg(n)}}}}),
                                    m_token, {{"Idempotency-Key", newKey()}}));
            }
        }
        for (QNetworkReply *reply : notes) {
            const test::HttpResponse response = test::HttpClient::wait(reply);
            QVERIFY2(response.status == 200, response.body.constData());
        }
        for (const QString &id : ids) {
            QTRY_VERIFY_WITH_TIMEOUT(countEvents(id, u"clock_overdue"_s) >= 1, 10000);
            QCOMPARE(countEvents(id, u"add_note"_s), 4);
        }
        scheduler.stop();
        const QByteArray lost = test::PostgresCluster::psql(
            m_a->postgresUrl(),
            u"SELECT count(*) FROM system_flags f WHERE f.flag = 'clock_overdue' AND NOT EXISTS ("
            "SELECT 1 FROM report_events e WHERE e.report_id = f.report_id AND e.data LIKE '%clock_overdue%')"_s);
        QCOMPARE(lost.trimmed(), QByteArray("0"));
        for (const QString &id : ids) {
            QCOMPARE(countEvents(id, u"clock_overdue"_s), 1);
        }
    }

    void longPollOnOneInstanceWakesForAChangeOnTheOther()
    {
        // The head cursor, read through B.
        QString cursor = u"0"_s;
        for (;;) {
            const test::HttpResponse page = m_clientB->get(u"/v1/changes?cursor=%1&limit=1000"_s.arg(cursor), m_token);
            cursor = page.json.value(u"next_cursor"_s).toString();
            if (!page.json.value(u"has_more"_s).toBool()) {
                break;
            }
        }
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *wait =
            m_clientB->send("GET", u"/v1/changes/wait?cursor=%1&timeout=25"_s.arg(cursor), {}, m_token);
        QTest::qWait(300);                   // the poll is parked on B
        m_fixtures->reportIn(u"received"_s); // through A
        const test::HttpResponse woken = test::HttpClient::wait(wait);
        QCOMPARE(woken.status, 200);
        QVERIFY(woken.json.value(u"changes_waiting"_s).toBool());
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    void auditChainStaysWhole()
    {
        m_a->stop();
        m_b->stop();
        QProcess process;
        process.start(qEnvironmentVariable("IOC_ADMIN"),
                      {u"audit"_s, u"verify"_s, u"--audit-key-file"_s,
                       test::TestCertificates::instance().auditKeyFile(), u"--db-url"_s, m_a->postgresUrl()});
        QVERIFY(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.exitCode() == 0 && out.startsWith(u"audit chain intact"_s),
                 qPrintable(out + QString::fromUtf8(process.readAllStandardError())));
    }

private:
    QString createUrgent(const QDateTime &actedAt)
    {
        const test::HttpResponse created = m_clientA->post(
            u"/v1/reports"_s,
            test::toJson({{u"title"_s, u"Cháy"_s},
                          {u"content"_s, u"Cháy kho hàng gần chợ"_s},
                          {u"category_id"_s, u"fire"_s},
                          {u"channel"_s, u"hotline"_s},
                          {u"acted_at"_s, core::vntime::toIso8601(actedAt)},
                          {u"position"_s,
                           QJsonObject{{u"latitude"_s, 16.8}, {u"longitude"_s, 107.1}, {u"source"_s, u"address"_s}}},
                          {u"reporter"_s, QJsonObject{{u"kind"_s, u"person"_s}, {u"full_name"_s, u"Lê Văn C"_s}}}}),
            m_token, {{"Idempotency-Key", newKey()}});
        if (created.status != 201) {
            qFatal("create: %d %s", created.status, created.body.constData());
        }
        return created.json.value(u"report"_s).toObject().value(u"id"_s).toString();
    }

    int countEvents(const QString &id, const QString &action)
    {
        int n = 0;
        for (const QJsonValue &e : m_fixtures->report(id).value(u"events"_s).toArray()) {
            n += e.toObject().value(u"action"_s).toString() == action ? 1 : 0;
        }
        return n;
    }

    static QByteArray newKey() { return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1(); }

    QList<QJsonObject> readFeed(test::HttpClient &client)
    {
        QList<QJsonObject> changes;
        QString cursor = u"0"_s;
        for (;;) {
            const test::HttpResponse page = client.get(u"/v1/changes?cursor=%1&limit=7"_s.arg(cursor), m_token);
            if (page.status != 200) {
                qFatal("feed: %d %s", page.status, page.body.constData());
            }
            if (page.json.value(u"next_cursor"_s).toString().toLongLong() <= cursor.toLongLong()) {
                qFatal("the feed cursor did not advance past %s", qPrintable(cursor));
            }
            for (const QJsonValue &value : page.json.value(u"changes"_s).toArray()) {
                changes.append(value.toObject());
            }
            cursor = page.json.value(u"next_cursor"_s).toString();
            if (!page.json.value(u"has_more"_s).toBool()) {
                return changes;
            }
        }
    }

    std::unique_ptr<test::TestServer> m_a;
    std::unique_ptr<test::TestServer> m_b;
    std::unique_ptr<test::HttpClient> m_clientA;
    std::unique_ptr<test::HttpClient> m_clientB;
    std::unique_ptr<test::ApiFixtures> m_fixtures;
    QByteArray m_token;
};

QTEST_GUILESS_MAIN(TestMultiInstance)
#include "testmultiinstance.moc"

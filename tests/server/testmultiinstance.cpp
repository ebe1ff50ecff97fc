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
        m_b = std::make_unique<test::TestServer>(test::TestServer::Options{false, {}, {}, m_a->postgresUrl()});
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
        process.start(qEnvironmentVariable("IOC_ADMIN"), {u"audit"_s, u"verify"_s, u"--db-url"_s, m_a->postgresUrl()});
        QVERIFY(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.exitCode() == 0 && out.startsWith(u"audit chain intact"_s),
                 qPrintable(out + QString::fromUtf8(process.readAllStandardError())));
    }

private:
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

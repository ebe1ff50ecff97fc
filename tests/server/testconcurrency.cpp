#include "support/apifixtures.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace ioc;
using namespace Qt::StringLiterals;

// Ten clients, each with its own connections, act on one report at the same moment.
class TestConcurrency final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server.start();
        m_client = std::make_unique<test::HttpClient>(m_server.url());
        m_fixtures = std::make_unique<test::ApiFixtures>(*m_client);
        for (int i = 0; i < 10; ++i) {
            m_clients.push_back(std::make_unique<test::HttpClient>(m_server.url()));
            m_tokens.append(m_clients.back()->login(u"truc1"_s));
        }
    }

    void exactlyOneStateChangeWins()
    {
        const QString id = m_fixtures->reportIn(u"received"_s);
        const int version = m_fixtures->version(id);
        const int eventsBefore = events(id);
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 10; ++i) {
            replies.append(m_clients[std::size_t(i)]->send(
                "POST", u"/v1/reports/%1/actions"_s.arg(id), test::toJson({{u"action"_s, u"accept"_s}}), m_tokens.at(i),
                {{"If-Match", '"' + QByteArray::number(version) + '"'},
                 {"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}}));
        }
        int won = 0;
        int stale = 0;
        for (QNetworkReply *reply : replies) {
            const test::HttpResponse response = test::HttpClient::wait(reply);
            if (response.status == 200) {
                ++won;
            } else {
                QCOMPARE(response.status, 412);
                QCOMPARE(response.errorCode(), u"version_mismatch"_s);
                QCOMPARE(response.json.value(u"current_version"_s).toInt(), version + 1);
                ++stale;
            }
        }
        QCOMPARE(won, 1);
        QCOMPARE(stale, 9);
        QCOMPARE(m_fixtures->version(id), version + 1);
        QCOMPARE(events(id), eventsBefore + 1); // applied once
        QCOMPARE(m_fixtures->report(id).value(u"state"_s).toString(), u"verified"_s);
    }

    void notesFromEveryoneLand()
    {
        const QString id = m_fixtures->reportIn(u"received"_s);
        const int eventsBefore = events(id);
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 10; ++i) {
            replies.append(m_clients[std::size_t(i)]->send(
                "POST", u"/v1/reports/%1/actions"_s.arg(id),
                test::toJson(
                    {{u"action"_s, u"add_note"_s}, {u"payload"_s, QJsonObject{{u"text"_s, u"Ghi chú %1"_s.arg(i)}}}}),
                m_tokens.at(i), {{"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}}));
        }
        for (QNetworkReply *reply : replies) {
            QCOMPARE(test::HttpClient::wait(reply).status, 200);
        }
        QCOMPARE(events(id), eventsBefore + 10);
        QCOMPARE(m_fixtures->version(id), 1); // notes do not bump the version
    }

private:
    int events(const QString &id) { return int(m_fixtures->report(id).value(u"events"_s).toArray().size()); }

    test::TestServer m_server;
    std::unique_ptr<test::HttpClient> m_client;
    std::unique_ptr<test::ApiFixtures> m_fixtures;
    std::vector<std::unique_ptr<test::HttpClient>> m_clients;
    QList<QByteArray> m_tokens;
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "testconcurrency.moc"

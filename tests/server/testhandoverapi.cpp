#include "support/testserver.h"

#include <QJsonArray>
#include <QTest>

using namespace ioc::test;
using namespace Qt::StringLiterals;

// Shift handover notes (/v1/handovers) on the real server: written by one officer, pending for
// the others until one acknowledges it, once; only the IOC's roles.
class TestHandoverApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server.start();
        m_http = std::make_unique<HttpClient>(m_server.url());
        m_truc1 = m_http->login(u"truc1"_s);
        m_truc2 = m_http->login(u"truc2"_s);
    }

    void writeAcknowledgeOnce()
    {
        const HttpResponse written =
            m_http->post(u"/v1/handovers"_s, R"({"text": "  Hẹn gọi lại bà Lan lúc 9 giờ.  "})", m_truc1);
        QCOMPARE(written.status, 201);
        const QJsonObject note = written.json.value(u"handover"_s).toObject();
        const QString id = note.value(u"id"_s).toString();
        QCOMPARE(note.value(u"text"_s).toString(), u"Hẹn gọi lại bà Lan lúc 9 giờ."_s);
        QVERIFY(!note.contains(u"acknowledged_by"_s));

        // Pending for the next officer, not for its author.
        QVERIFY(idsOf(m_http->get(u"/v1/handovers/pending"_s, m_truc2)).contains(id));
        QVERIFY(!idsOf(m_http->get(u"/v1/handovers/pending"_s, m_truc1)).contains(id));

        const HttpResponse acknowledged = m_http->post(u"/v1/handovers/%1/acknowledge"_s.arg(id), {}, m_truc2);
        QCOMPARE(acknowledged.status, 200);
        QVERIFY(!acknowledged.json.value(u"handover"_s).toObject().value(u"acknowledged_at"_s).toString().isEmpty());
        QVERIFY(!idsOf(m_http->get(u"/v1/handovers/pending"_s, m_truc2)).contains(id));
        const HttpResponse again = m_http->post(u"/v1/handovers/%1/acknowledge"_s.arg(id), {}, m_truc2);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), u"already_acknowledged"_s);
        // The history keeps it.
        QVERIFY(idsOf(m_http->get(u"/v1/handovers"_s, m_truc1)).contains(id));
    }

    void badInputAndRoles()
    {
        const HttpResponse empty = m_http->post(u"/v1/handovers"_s, R"({"text": "   "})", m_truc1);
        QCOMPARE(empty.status, 400);
        QCOMPARE(empty.errorCode(), u"text_required"_s);
        QCOMPARE(m_http->post(u"/v1/handovers"_s, "not json", m_truc1).status, 400);
        const QByteArray huge = "{\"text\": \"" + QByteArray(10001, 'a') + "\"}";
        QCOMPARE(m_http->post(u"/v1/handovers"_s, huge, m_truc1).status, 400);
        QCOMPARE(
            m_http->post(u"/v1/handovers/%1/acknowledge"_s.arg(u"00000000-0000-0000-0000-000000000000"_s), {}, m_truc1)
                .status,
            404);
        // Agency staff and citizens have no handover notes.
        QCOMPARE(m_http->get(u"/v1/handovers/pending"_s, m_http->login(u"xuly1"_s)).status, 403);
        QCOMPARE(m_http->post(u"/v1/handovers"_s, R"({"text": "x"})", m_http->login(u"congdan1"_s)).status, 403);
        QCOMPARE(m_http->get(u"/v1/handovers"_s).status, 401);
    }

private:
    static QStringList idsOf(const HttpResponse &response)
    {
        QStringList ids;
        for (const QJsonValue &item : response.json.value(u"items"_s).toArray()) {
            ids.append(item.toObject().value(u"id"_s).toString());
        }
        return ids;
    }

    TestServer m_server;
    std::unique_ptr<HttpClient> m_http;
    QByteArray m_truc1;
    QByteArray m_truc2;
};

QTEST_GUILESS_MAIN(TestHandoverApi)
#include "testhandoverapi.moc"

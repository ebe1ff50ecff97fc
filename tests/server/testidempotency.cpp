#include "support/apifixtures.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace ioc;
using namespace Qt::StringLiterals;

// A request is applied once, whatever happens to its idempotency record: resent after the record
// expired it is recognised by the event it made; a record that cannot be written lets nothing
// commit; and a client can ask which of its requests the server knows (after a restore).
class TestIdempotency final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server.start();
        m_http = std::make_unique<test::HttpClient>(m_server.url());
        m_fixtures = std::make_unique<test::ApiFixtures>(*m_http);
        m_token = m_fixtures->token(u"duty_officer"_s);
    }

    // Actions without If-Match (a note, a reminder, a call) would otherwise be applied again.
    void resentAfterTheRecordExpiredIsNotAppliedAgain()
    {
        const QString id = m_fixtures->reportIn(u"received"_s);
        const QByteArray key = newKey();
        const QByteArray body =
            test::toJson({{u"action"_s, u"add_note"_s}, {u"payload"_s, QJsonObject{{u"text"_s, u"Một lần"_s}}}});
        QCOMPARE(post(id, body, key).status, 200);
        // 45 days later the record is gone (the scheduler's expiry does exactly this delete).
        m_server.execSql(u"DELETE FROM idempotency WHERE key = '%1'"_s.arg(QString::fromLatin1(key)));
        const test::HttpResponse again = post(id, body, key);
        QCOMPARE(again.status, 200);
        QVERIFY(again.headers.contains("idempotent-replay"));
        QCOMPARE(again.json.value(u"event"_s).toObject().value(u"request_key"_s).toString(), QString::fromLatin1(key));
        QCOMPARE(countEvents(id, u"add_note"_s), 1);
        // A version-bumping action resent with its old If-Match: the same, not a 412.
        const QByteArray urgentKey = newKey();
        const QByteArray urgent =
            test::toJson({{u"action"_s, u"set_urgent"_s},
                          {u"payload"_s, QJsonObject{{u"urgent"_s, true}, {u"reason"_s, u"Khẩn"_s}}}});
        QCOMPARE(post(id, urgent, urgentKey, 1).status, 200);
        m_server.execSql(u"DELETE FROM idempotency WHERE key = '%1'"_s.arg(QString::fromLatin1(urgentKey)));
        const test::HttpResponse urgentAgain = post(id, urgent, urgentKey, 1);
        QCOMPARE(urgentAgain.status, 200);
        QVERIFY(urgentAgain.headers.contains("idempotent-replay"));
        QCOMPARE(countEvents(id, u"set_urgent"_s), 1);
        // Another user's key is not theirs to replay.
        const test::HttpResponse stolen = m_http->post(u"/v1/reports/%1/actions"_s.arg(id), body,
                                                       m_http->login(u"truc2"_s), {{"Idempotency-Key", key}});
        QCOMPARE(stolen.status, 422);
        QCOMPARE(stolen.errorCode(), u"idempotency_key_reused"_s);
    }

    void aCreateResentAfterTheRecordExpiredIsAnsweredNotRefused()
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray key = newKey();
        const QByteArray body = test::toJson(
            {{u"id"_s, id},
             {u"title"_s, u"Đèn đường hỏng"_s},
             {u"content"_s, u"Đèn đường trước số 12 Lê Duẩn không sáng"_s},
             {u"category_id"_s, u"road"_s},
             {u"channel"_s, u"hotline"_s},
             {u"position"_s, QJsonObject{{u"latitude"_s, 16.81}, {u"longitude"_s, 107.1}, {u"source"_s, u"address"_s}}},
             {u"reporter"_s, QJsonObject{{u"kind"_s, u"person"_s}, {u"full_name"_s, u"Phan Văn E"_s}}}});
        QCOMPARE(m_http->post(u"/v1/reports"_s, body, m_token, {{"Idempotency-Key", key}}).status, 201);
        m_server.execSql(u"DELETE FROM idempotency WHERE key = '%1'"_s.arg(QString::fromLatin1(key)));
        const test::HttpResponse again = m_http->post(u"/v1/reports"_s, body, m_token, {{"Idempotency-Key", key}});
        QCOMPARE(again.status, 201);
        QVERIFY(again.headers.contains("idempotent-replay"));
        // Another request naming the same id is still refused.
        const test::HttpResponse other = m_http->post(u"/v1/reports"_s, body, m_token, {{"Idempotency-Key", newKey()}});
        QCOMPARE(other.status, 409);
    }

    // The idempotency record is written in the action's transaction; if it cannot be, nothing of
    // the action commits (the client sends it again later), rather than an action applied
    // without the record that would stop its resending from applying it twice.
    void aRecordThatCannotBeWrittenCommitsNothing()
    {
        const QString id = m_fixtures->reportIn(u"received"_s);
        const QByteArray key = newKey();
        m_server.execSql(
            u"CREATE TRIGGER refuse_key BEFORE INSERT ON idempotency WHEN NEW.key = '%1' "
            "BEGIN SELECT RAISE(ABORT, 'injected'); END"_s.arg(QString::fromLatin1(key)),
            u"CREATE FUNCTION refuse_key() RETURNS trigger AS $$ BEGIN IF NEW.key = '%1' THEN "
            "RAISE EXCEPTION 'injected'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql; "
            "CREATE TRIGGER refuse_key BEFORE INSERT ON idempotency FOR EACH ROW EXECUTE FUNCTION refuse_key()"_s.arg(
                QString::fromLatin1(key)));
        const QByteArray body =
            test::toJson({{u"action"_s, u"add_note"_s}, {u"payload"_s, QJsonObject{{u"text"_s, u"Ghi chú"_s}}}});
        QCOMPARE(post(id, body, key).status, 500);
        QCOMPARE(countEvents(id, u"add_note"_s), 0);
        m_server.execSql(u"DROP TRIGGER refuse_key"_s,
                         u"DROP TRIGGER refuse_key ON idempotency; DROP FUNCTION refuse_key()"_s);
        QCOMPARE(post(id, body, key).status, 200);
        QCOMPARE(post(id, body, key).status, 200);
        QCOMPARE(countEvents(id, u"add_note"_s), 1);
    }

    void theServerTellsWhichOfYourRequestsItKnows()
    {
        const QString id = m_fixtures->reportIn(u"received"_s);
        const QByteArray applied = newKey();
        const QByteArray expired = newKey();
        const QByteArray unknown = newKey();
        const QByteArray note =
            test::toJson({{u"action"_s, u"add_note"_s}, {u"payload"_s, QJsonObject{{u"text"_s, u"A"_s}}}});
        QCOMPARE(post(id, note, applied).status, 200);
        QCOMPARE(post(id, note, expired).status, 200);
        m_server.execSql(u"DELETE FROM idempotency WHERE key = '%1'"_s.arg(QString::fromLatin1(expired)));
        const auto ask = [&](const QByteArray &token) {
            const test::HttpResponse answer = m_http->post(
                u"/v1/requests/known"_s,
                test::toJson({{u"keys"_s, QJsonArray{QString::fromLatin1(applied), QString::fromLatin1(expired),
                                                     QString::fromLatin1(unknown)}}}),
                token);
            if (answer.status != 200) {
                qFatal("known: %d %s", answer.status, answer.body.constData());
            }
            QStringList known;
            for (const QJsonValue &value : answer.json.value(u"known"_s).toArray()) {
                known.append(value.toString());
            }
            return known;
        };
        QCOMPARE(ask(m_token), (QStringList{QString::fromLatin1(applied), QString::fromLatin1(expired)}));
        QCOMPARE(ask(m_http->login(u"truc2"_s)), QStringList{}); // not theirs
        const test::HttpResponse bad =
            m_http->post(u"/v1/requests/known"_s, test::toJson({{u"keys"_s, QJsonArray{u"not-a-key"_s}}}), m_token);
        QCOMPARE(bad.status, 400);
    }

private:
    static QByteArray newKey() { return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1(); }

    test::HttpResponse post(const QString &id, const QByteArray &body, const QByteArray &key,
                            std::optional<int> version = std::nullopt)
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Idempotency-Key", key}};
        if (version) {
            headers.append({"If-Match", '"' + QByteArray::number(*version) + '"'});
        }
        return m_http->post(u"/v1/reports/%1/actions"_s.arg(id), body, m_token, headers);
    }

    int countEvents(const QString &id, const QString &action)
    {
        int n = 0;
        for (const QJsonValue &e : m_fixtures->report(id).value(u"events"_s).toArray()) {
            n += e.toObject().value(u"action"_s).toString() == action ? 1 : 0;
        }
        return n;
    }

    test::TestServer m_server;
    std::unique_ptr<test::HttpClient> m_http;
    std::unique_ptr<test::ApiFixtures> m_fixtures;
    QByteArray m_token;
};

QTEST_GUILESS_MAIN(TestIdempotency)
#include "testidempotency.moc"

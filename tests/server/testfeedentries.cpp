#include "support/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace ioc;
using namespace Qt::StringLiterals;

// The change feed's stored entries (migration 0014, server/feedentries.cpp): the IOC's roles read
// each report's change as bytes made when it was written. These tests hold those bytes equal to
// the change the server builds from the report, for every demo report, after actions, after an
// event's form was made for another identity; and they check that an entry left behind by a
// writer that made none, or made in another format, is never sent, and that no other role reads
// entries.
class TestFeedEntries final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::TestServer>();
        m_server->start();
        m_client = std::make_unique<test::HttpClient>(m_server->url());
        m_officer = m_client->login(u"truc1"_s);
        m_supervisor = m_client->login(u"giamsat1"_s);
        // Actions after seeding, so that entries written by actions are compared too.
        const QJsonObject page = m_client->get(u"/v1/changes?limit=1000"_s, m_officer).json;
        for (const QJsonValue &change : page.value(u"changes"_s).toArray()) {
            if (change[u"kind"_s].toString() == u"report"_s && m_acted.size() < 3) {
                const QString id = change[u"id"_s].toString();
                const bool isPublic = change[u"data"_s][u"public"_s].toBool();
                int version = change[u"version"_s].toInt();
                for (int i = 0; i < 2; ++i) {
                    const test::HttpResponse answer = m_client->act(
                        m_officer, id, u"set_public"_s,
                        {{u"public"_s, i == 0 ? !isPublic : isPublic}, {u"reason"_s, u"kiểm tra bản ghi"_s}}, version);
                    QCOMPARE(answer.status, 200);
                    version = answer.json.value(u"version"_s).toInt();
                    // The answer's report is the entry's view (made once for both): the report
                    // as the officer reads it.
                    QJsonObject read =
                        m_client->get(u"/v1/reports/"_s + id, m_officer).json.value(u"report"_s).toObject();
                    read.remove(u"events"_s);
                    QCOMPARE(answer.json.value(u"report"_s).toObject(), read);
                }
                m_acted.append(id);
            }
        }
        QCOMPARE(m_acted.size(), 3);
        // A hotline intake with the caller's identity, named in the title and the content too:
        // its creation event repeats them, which both forms must mask.
        m_intake = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray body = test::toJson(
            {{u"id"_s, m_intake},
             {u"title"_s, u"Ông Phan Văn Em báo đèn đường hỏng"_s},
             {u"content"_s, u"Gọi lại số 0912345678 khi sửa xong"_s},
             {u"category_id"_s, u"road"_s},
             {u"channel"_s, u"hotline"_s},
             {u"position"_s, QJsonObject{{u"latitude"_s, 16.81}, {u"longitude"_s, 107.1}, {u"source"_s, u"address"_s}}},
             {u"reporter"_s, QJsonObject{{u"kind"_s, u"person"_s},
                                         {u"full_name"_s, u"Phan Văn Em"_s},
                                         {u"phone"_s, u"0912345678"_s}}}});
        QCOMPARE(m_client
                     ->post(u"/v1/reports"_s, body, m_officer,
                            {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}})
                     .status,
                 201);
    }

    // Every report's stored change is the change the server builds for the same reader: read
    // with entries, then with every entry out of date (so built), as JSON.
    void storedEqualsBuilt_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("duty officer") << u"truc1"_s;
        QTest::newRow("supervisor") << u"giamsat1"_s;
    }

    void storedEqualsBuilt()
    {
        QFETCH(QString, user);
        const QByteArray token = user == u"truc1"_s ? m_officer : m_supervisor;
        // Every report, seeded or acted on, has its current entry.
        const int reports = m_server->querySql(u"SELECT count(*) FROM changes WHERE kind = 'report'"_s).toInt();
        QVERIFY(reports >= 30);
        QCOMPARE(m_server
                     ->querySql(u"SELECT count(*) FROM changes WHERE kind = 'report' AND entry IS NOT NULL AND "
                                u"entry_seq = seq AND entry_format = 1"_s)
                     .toInt(),
                 reports);
        const QHash<QString, QJsonObject> fromEntries = feed(token);
        m_server->execSql(u"UPDATE changes SET entry_format = entry_format + 1000"_s);
        const QHash<QString, QJsonObject> built = feed(token);
        m_server->execSql(u"UPDATE changes SET entry_format = entry_format - 1000"_s);
        QCOMPARE(fromEntries.size(), built.size());
        int withEvents = 0;
        int masked = 0;
        for (auto it = built.cbegin(); it != built.cend(); ++it) {
            QVERIFY2(fromEntries.value(it.key()) == it.value(), qPrintable(it.key()));
            if (it.key().startsWith(u"report/"_s)) {
                const QJsonObject data = it.value().value(u"data"_s).toObject();
                withEvents += data.value(u"events"_s).toArray().isEmpty() ? 0 : 1;
                masked += data[u"reporter"_s][u"masked"_s][u"full_name"_s].toString().isEmpty() ? 0 : 1;
                // Masked, never whole.
                QVERIFY(!data[u"reporter"_s].toObject().contains(u"full_name"_s));
            }
        }
        // The comparison met events and masked identities, not only bare reports.
        QCOMPARE(withEvents, reports);
        QVERIFY2(masked >= 5, qPrintable(QString::number(masked)));
        // The intake's creation event repeats the texts, masked; name and phone are nowhere whole.
        const QJsonObject intake = fromEntries.value(u"report/"_s + m_intake);
        const QJsonObject created = intake[u"data"_s][u"events"_s][0].toObject();
        QCOMPARE(created[u"action"_s].toString(), u"create"_s);
        QCOMPARE(created[u"payload"_s][u"title"_s].toString(), u"Ông P. V. E. báo đèn đường hỏng"_s);
        QVERIFY(!QJsonDocument(intake).toJson().contains("0912345678"));
        QVERIFY(!QJsonDocument(intake).toJson().contains("Phan Văn Em"));
        for (const QString &id : m_acted) {
            const QJsonObject change = fromEntries.value(u"report/"_s + id);
            QVERIFY(change[u"data"_s][u"events"_s].toArray().size() >= 3);
            QCOMPARE(change[u"version"_s].toInt(), change[u"data"_s][u"version"_s].toInt());
        }
    }

    // An entry is sent only while its row's sequence and the format are the ones it was made for.
    void onlyCurrentEntriesAreSent()
    {
        const QString id = m_acted.first();
        const QString where = u" WHERE kind = 'report' AND entity_id = '%1'"_s.arg(id);
        const QString marker = u"{\"kind\":\"report\",\"id\":\"%1\",\"version\":999,\"deleted\":false,"
                               u"\"data\":{\"id\":\"%1\",\"version\":999,\"title\":\"MARKER\"}}"_s.arg(id);
        const auto title = [&] {
            return feed(m_officer).value(u"report/"_s + id)[u"data"_s][u"title"_s].toString();
        };
        const QString real = title();
        QVERIFY(!real.isEmpty() && real != u"MARKER"_s);
        const auto setEntry = [&](const QString &rest) {
            m_server->execSql(u"UPDATE changes SET entry = %1, %2%3"_s.arg(blob(marker), rest, where));
        };
        // Current: sent as stored (which shows that entries are what the feed sends).
        setEntry(u"entry_seq = seq, entry_format = 1"_s);
        QCOMPARE(title(), u"MARKER"_s);
        // Made before the row's last change by a writer that made none.
        setEntry(u"entry_seq = seq - 1, entry_format = 1"_s);
        QCOMPARE(title(), real);
        // Made in another format.
        setEntry(u"entry_seq = seq, entry_format = 0"_s);
        QCOMPARE(title(), real);
        // None.
        m_server->execSql(u"UPDATE changes SET entry = NULL, entry_seq = NULL, entry_format = NULL"_s + where);
        QCOMPARE(title(), real);
        // The next action on the report makes it again.
        QCOMPARE(togglePublic(id), 200);
        QCOMPARE(m_server->querySql(u"SELECT count(*) FROM changes"_s + where +
                                    u" AND entry IS NOT NULL AND entry_seq = seq AND entry_format = 1"_s),
                 u"1"_s);
    }

    // An event's stored form made for another identity (or by an older server) is made again
    // when the report is next written, and the entry equals the built change again.
    void eventFormsOfAnotherIdentityAreRemade()
    {
        const QString id = m_acted.at(1);
        const QString events = u" FROM report_events WHERE report_id = '%1'"_s.arg(id);
        m_server->execSql(u"UPDATE report_events SET entry = %1, entry_key = %2 WHERE report_id = '%3'"_s.arg(
            blob(u"{\"bogus\":1}"_s), blob(u"other"_s), id));
        QCOMPARE(togglePublic(id), 200);
        QCOMPARE(m_server->querySql(u"SELECT count(*)"_s + events + u" AND entry_key = "_s + blob(u"other"_s)), u"0"_s);
        const QJsonObject stored = feed(m_officer).value(u"report/"_s + id);
        QVERIFY(!QJsonDocument(stored).toJson().contains("bogus"));
        m_server->execSql(u"UPDATE changes SET entry_format = entry_format + 1000"_s);
        const QJsonObject built = feed(m_officer).value(u"report/"_s + id);
        m_server->execSql(u"UPDATE changes SET entry_format = entry_format - 1000"_s);
        QCOMPARE(stored, built);
    }

    // Agencies read their own view (identity as the reporter's consent allows) and administrators
    // no report: neither is ever sent a stored entry.
    void otherRolesNeverReadEntries()
    {
        m_server->execSql(u"UPDATE changes SET entry = %1 WHERE kind = 'report'"_s.arg(
            blob(u"{\"kind\":\"report\",\"id\":\"x\",\"MARKER\":1}"_s)));
        const QByteArray agency = m_client->login(u"xuly1"_s);
        const QByteArray admin = m_client->login(u"quantri"_s);
        int agencyReports = 0;
        for (const QByteArray &token : {agency, admin}) {
            QString cursor = u"0"_s;
            for (;;) {
                const test::HttpResponse page = m_client->get(u"/v1/changes?limit=1000&cursor="_s + cursor, token);
                QCOMPARE(page.status, 200);
                QVERIFY(!page.body.contains("MARKER"));
                for (const QJsonValue &change : page.json.value(u"changes"_s).toArray()) {
                    if (change[u"kind"_s].toString() == u"report"_s) {
                        QVERIFY2(token == agency, "an administrator was sent a report");
                        agencyReports += change[u"deleted"_s].toBool() ? 0 : 1;
                    }
                }
                cursor = page.json.value(u"next_cursor"_s).toString();
                if (!page.json.value(u"has_more"_s).toBool()) {
                    break;
                }
            }
        }
        QVERIFY(agencyReports > 0);
        // The IOC reads the marker: the entries were in place while the others read.
        QVERIFY(m_client->get(u"/v1/changes?limit=1000"_s, m_officer).body.contains("MARKER"));
    }

    // Reports written before the entries existed (or by an older server) get theirs in the
    // background, in place: the changes keep their sequence, so consoles fetch nothing again.
    void missingEntriesAreMadeInPlace()
    {
        m_server->stop();
        m_server->execSql(u"UPDATE changes SET entry = NULL, entry_seq = NULL, entry_format = NULL"_s);
        m_server->execSql(u"UPDATE report_events SET entry = NULL, entry_key = NULL"_s);
        const qint64 head = m_server->querySql(u"SELECT max(seq) FROM changes"_s).toLongLong();
        const int reports = m_server->querySql(u"SELECT count(*) FROM changes WHERE kind = 'report'"_s).toInt();
        const QString unmoved = u"SELECT count(*) FROM changes WHERE kind = 'report' AND seq <= %1"_s.arg(head);
        // The same data, with a scheduler that runs five times a second.
        test::TestServer server(test::TestServer::Options{
            true, m_server->dataDirectory(), {u"--scheduler-interval-ms"_s, u"200"_s}, m_server->postgresUrl(), {}});
        server.start();
        const QString current = u" AND entry IS NOT NULL AND entry_seq = seq AND entry_format = 1"_s;
        QTRY_COMPARE_WITH_TIMEOUT(
            server.querySql(u"SELECT count(*) FROM changes WHERE kind = 'report'"_s + current).toInt(), reports, 60000);
        // Most kept their place (the scheduler's flags move a few, with entries of their own).
        const int inPlace = server.querySql(unmoved + current).toInt();
        QCOMPARE(inPlace, server.querySql(unmoved).toInt());
        QVERIFY2(inPlace >= reports * 3 / 4, qPrintable(u"%1 of %2"_s.arg(inPlace).arg(reports)));
        QCOMPARE(server.querySql(u"SELECT count(*) FROM report_events WHERE entry IS NULL"_s), u"0"_s);
        // And they are the changes the server builds.
        test::HttpClient client(server.url());
        const QByteArray token = client.login(u"truc1"_s);
        const QHash<QString, QJsonObject> stored = feed(client, token);
        server.execSql(u"UPDATE changes SET entry_format = entry_format + 1000"_s);
        const QHash<QString, QJsonObject> built = feed(client, token);
        server.execSql(u"UPDATE changes SET entry_format = entry_format - 1000"_s);
        const QHash<QString, QJsonObject> again = feed(client, token);
        int compared = 0;
        for (auto it = built.cbegin(); it != built.cend(); ++it) {
            if (stored.value(it.key()) == again.value(it.key())) { // not changed by a flag meanwhile
                QVERIFY2(stored.value(it.key()) == it.value(), qPrintable(it.key()));
                ++compared;
            }
        }
        QVERIFY(compared >= reports * 3 / 4);
    }

private:
    // `text` as a bytes literal in the server database's SQL.
    QString blob(const QString &text) const
    {
        return (m_server->postgresUrl().isEmpty() ? u"CAST('%1' AS BLOB)"_s : u"convert_to('%1', 'UTF8')"_s).arg(text);
    }

    // Turns the report's public flag over as the duty officer: an action that writes the report.
    int togglePublic(const QString &id)
    {
        const QJsonObject change = feed(m_officer).value(u"report/"_s + id);
        return m_client
            ->act(m_officer, id, u"set_public"_s,
                  {{u"public"_s, !change[u"data"_s][u"public"_s].toBool()}, {u"reason"_s, u"kiểm tra"_s}},
                  change[u"version"_s].toInt())
            .status;
    }

    // The whole feed as `token` reads it, by "kind/id".
    QHash<QString, QJsonObject> feed(const QByteArray &token) { return feed(*m_client, token); }

    static QHash<QString, QJsonObject> feed(test::HttpClient &client, const QByteArray &token)
    {
        QHash<QString, QJsonObject> changes;
        QString cursor = u"0"_s;
        for (;;) {
            const test::HttpResponse page = client.get(u"/v1/changes?limit=1000&cursor="_s + cursor, token);
            if (page.status != 200) {
                qFatal("the feed answered %d", page.status);
            }
            for (const QJsonValue &change : page.json.value(u"changes"_s).toArray()) {
                changes.insert(change[u"kind"_s].toString() + u'/' + change[u"id"_s].toString(), change.toObject());
            }
            cursor = page.json.value(u"next_cursor"_s).toString();
            if (!page.json.value(u"has_more"_s).toBool()) {
                return changes;
            }
        }
    }

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::HttpClient> m_client;
    QByteArray m_officer;
    QByteArray m_supervisor;
    QStringList m_acted;
    QString m_intake;
};

QTEST_GUILESS_MAIN(TestFeedEntries)
#include "testfeedentries.moc"

#include "support/apifixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace ioc;
using namespace Qt::StringLiterals;

namespace {

struct Page
{
    QList<QJsonObject> changes;
    QString next;
    bool hasMore = false;
    QString epoch;
    int status = 0;
};

} // namespace

// The change feed: what each reader receives, removals, cursors, epochs, the live channel and
// idempotency.
class TestFeedApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server.start();
        m_client = std::make_unique<test::HttpClient>(m_server.url());
        m_fixtures = std::make_unique<test::ApiFixtures>(*m_client);
    }

    void eachReaderSeesWhatTheRulesAllow()
    {
        m_fixtures->reportIn(u"distributed"_s, {false, false, true, true, {}, false});  // the reporter consents
        m_fixtures->reportIn(u"distributed"_s, {false, false, true, false, {}, false}); // no consent
        const QList<QJsonObject> officer = all(u"duty_officer"_s);
        const QList<QJsonObject> staff = all(u"agency_staff"_s);
        const auto reports = [](const QList<QJsonObject> &changes) {
            QList<QJsonObject> list;
            for (const QJsonObject &c : changes) {
                if (c.value(u"kind"_s).toString() == u"report"_s && !c.value(u"deleted"_s).toBool()) {
                    list.append(c.value(u"data"_s).toObject());
                }
            }
            return list;
        };
        const QList<QJsonObject> officerReports = reports(officer);
        const QList<QJsonObject> staffReports = reports(staff);
        QVERIFY(officerReports.size() > staffReports.size());
        QVERIFY(!staffReports.isEmpty());
        int withIdentity = 0;
        int withheld = 0;
        for (const QJsonObject &r : staffReports) {
            QCOMPARE(r.value(u"lead_agency_id"_s).toString(), QString::fromLatin1(test::ApiFixtures::agency()));
            const QJsonObject reporter = r.value(u"reporter"_s).toObject();
            const bool consent = r.value(u"consents"_s).toObject().value(u"share_with_agency"_s).toBool();
            // Masked with the reporter's consent (whole only on a reveal), withheld without it.
            QVERIFY(!reporter.contains(u"phone"_s));
            QCOMPARE(reporter.contains(u"masked"_s), consent);
            QCOMPARE(reporter.value(u"identity_withheld"_s).toBool(), !consent);
            (consent ? withIdentity : withheld)++;
            QVERIFY(r.value(u"events"_s).isArray());
        }
        QVERIFY(withIdentity > 0 && withheld > 0);
        for (const QJsonObject &r : officerReports) {
            // IOC roles see the identity masked, with the server's checks and sender keys.
            const QJsonObject reporter = r.value(u"reporter"_s).toObject();
            QVERIFY(!reporter.contains(u"phone"_s));
            QVERIFY(!reporter.value(u"masked"_s).toObject().value(u"phone"_s).toString().isEmpty());
            QVERIFY(!reporter.value(u"sender_keys"_s).toArray().isEmpty());
            QVERIFY(!reporter.value(u"checks"_s).toArray().isEmpty());
        }
        // Reference data reaches every staff reader; kinds are the documented ones.
        QSet<QString> kinds;
        for (const QJsonObject &c : officer) {
            kinds.insert(c.value(u"kind"_s).toString());
        }
        QVERIFY(kinds.contains(u"area"_s) && kinds.contains(u"agency"_s) && kinds.contains(u"category"_s) &&
                kinds.contains(u"user"_s));
        const QJsonObject area = [&] {
            for (const QJsonObject &c : officer) {
                if (c.value(u"kind"_s).toString() == u"area"_s) {
                    return c.value(u"data"_s).toObject();
                }
            }
            return QJsonObject();
        }();
        // Areas carry their GeoJSON boundary (the province: mainland and island).
        QVERIFY(QStringList({u"Polygon"_s, u"MultiPolygon"_s})
                    .contains(area.value(u"boundary"_s).toObject().value(u"type"_s).toString()));
        QVERIFY(!area.value(u"boundary"_s).toObject().value(u"coordinates"_s).toArray().isEmpty());
        // Citizens have no feed.
        QCOMPARE(m_client->get(u"/v1/changes"_s, m_fixtures->token(u"citizen"_s)).status, 403);
    }

    void aReportThatLeavesAnAgencyIsRemovedFromItsFeed()
    {
        const QString id = m_fixtures->reportIn(u"distributed"_s);
        const QString cursor = headCursor(u"agency_staff"_s);
        m_fixtures->must(u"agency_staff"_s, id, u"return_not_competent"_s,
                         {{u"reason"_s, u"Thuộc ngành điện"_s}, {u"suggested_agency_id"_s, u"dien-luc"_s}});
        const Page after = page(u"agency_staff"_s, cursor, 1000);
        bool removed = false;
        for (const QJsonObject &c : after.changes) {
            if (c.value(u"id"_s).toString() == id) {
                QVERIFY(c.value(u"deleted"_s).toBool());
                QVERIFY(c.value(u"data"_s).isNull());
                removed = true;
            }
        }
        QVERIFY(removed);
        QCOMPARE(m_client->get(u"/v1/reports/"_s + id, m_fixtures->token(u"agency_staff"_s)).status, 404);
        // Back to the agency: it reappears, and the removal is gone.
        m_fixtures->must(u"duty_officer"_s, id, u"distribute"_s, {{u"lead_agency_id"_s, u"ubnd-dong-ha"_s}});
        const Page back = page(u"agency_staff"_s, cursor, 1000);
        int seen = 0;
        for (const QJsonObject &c : back.changes) {
            if (c.value(u"id"_s).toString() == id) {
                QVERIFY(!c.value(u"deleted"_s).toBool());
                ++seen;
            }
        }
        QCOMPARE(seen, 1);
    }

    void cursors()
    {
        const Page first = page(u"duty_officer"_s, u"0"_s, 5);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.changes.size(), 5);
        QVERIFY(first.hasMore);
        const Page second = page(u"duty_officer"_s, first.next, 5);
        QVERIFY(second.changes.first().value(u"id"_s) != first.changes.last().value(u"id"_s));
        // A cursor beyond the head belongs to another timeline: 410 with the epoch.
        const test::HttpResponse gone =
            m_client->get(u"/v1/changes?cursor=999999999"_s, m_fixtures->token(u"duty_officer"_s));
        QCOMPARE(gone.status, 410);
        QCOMPARE(gone.errorCode(), u"cursor_too_old"_s);
        QCOMPARE(gone.json.value(u"epoch"_s).toString(), first.epoch);
        QCOMPARE(m_client->get(u"/v1/changes?cursor=abc"_s, m_fixtures->token(u"duty_officer"_s)).status, 400);
        QCOMPARE(m_client->get(u"/v1/changes?limit=0"_s, m_fixtures->token(u"duty_officer"_s)).status, 400);
        // The limit is honoured up to 1000.
        QVERIFY(page(u"duty_officer"_s, u"0"_s, 5000).changes.size() <= 1000);
    }

    void idempotentRequests()
    {
        const QString id = m_fixtures->reportIn(u"received"_s);
        const QByteArray token = m_fixtures->token(u"duty_officer"_s);
        const QByteArray key = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
        const QByteArray body = test::toJson({{u"action"_s, u"accept"_s}});
        const QList<QPair<QByteArray, QByteArray>> headers{{"Idempotency-Key", key}, {"If-Match", "\"1\""}};
        const test::HttpResponse first = m_client->post(u"/v1/reports/%1/actions"_s.arg(id), body, token, headers);
        QCOMPARE(first.status, 200);
        const test::HttpResponse again = m_client->post(u"/v1/reports/%1/actions"_s.arg(id), body, token, headers);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, first.body);
        QCOMPARE(again.headers.value("idempotent-replay"), QByteArray("true"));
        QCOMPARE(m_fixtures->version(id), 2); // applied once
        const test::HttpResponse reused =
            m_client->post(u"/v1/reports/%1/actions"_s.arg(id),
                           test::toJson({{u"action"_s, u"hide"_s}, {u"payload"_s, QJsonObject{{u"reason"_s, u"x"_s}}}}),
                           token, headers);
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.errorCode(), u"idempotency_key_reused"_s);
        QCOMPARE(m_client
                     ->post(u"/v1/reports/%1/actions"_s.arg(id), body, token,
                            {{"Idempotency-Key", "x"}, {"If-Match", "\"2\""}})
                     .errorCode(),
                 u"idempotency_key_invalid"_s);
    }

    void theLiveChannelWakesWaitingClients()
    {
        const QString cursor = headCursor(u"duty_officer"_s);
        test::HttpClient listener(m_server.url());
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *wait = listener.send("GET", u"/v1/changes/wait?cursor=%1&timeout=20"_s.arg(cursor), {},
                                            m_fixtures->token(u"duty_officer"_s));
        QTest::qWait(300);
        QVERIFY(!wait->isFinished());
        const QString id = m_fixtures->reportIn(u"received"_s);
        Q_UNUSED(id);
        const test::HttpResponse woken = test::HttpClient::wait(wait);
        QCOMPARE(woken.status, 200);
        QVERIFY(woken.json.value(u"changes_waiting"_s).toBool());
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        // Nothing new: the poll times out saying so.
        const test::HttpResponse idle =
            listener.get(u"/v1/changes/wait?cursor=%1&timeout=1"_s.arg(headCursor(u"duty_officer"_s)),
                         m_fixtures->token(u"duty_officer"_s));
        QCOMPARE(idle.status, 200);
        QVERIFY(!idle.json.value(u"changes_waiting"_s).toBool());
    }

    void aRestoredDatabaseGetsANewEpoch()
    {
        const Page before = page(u"duty_officer"_s, u"0"_s, 1);
        // Back up the database, make changes, stop, put the old database back.
        Backup backup(m_server);
        m_server.stop();
        backup.take();
        m_server.start();
        m_client = std::make_unique<test::HttpClient>(m_server.url());
        m_fixtures = std::make_unique<test::ApiFixtures>(*m_client);
        m_fixtures->reportIn(u"verified"_s);
        const QString cursor = headCursor(u"duty_officer"_s);
        m_server.stop();
        backup.restore();
        m_server.start();
        m_client = std::make_unique<test::HttpClient>(m_server.url());
        m_fixtures = std::make_unique<test::ApiFixtures>(*m_client);
        const Page after = page(u"duty_officer"_s, u"0"_s, 1);
        QVERIFY(after.epoch != before.epoch);
        // The cursor from the lost timeline is refused: the client resynchronises.
        QCOMPARE(m_client->get(u"/v1/changes?cursor="_s + cursor, m_fixtures->token(u"duty_officer"_s)).status, 410);
    }

private:
    // A copy of a stopped server's database: the file (embedded), or a database made from it as
    // a template (PostgreSQL), as an administrator's backup would be.
    class Backup
    {
    public:
        explicit Backup(const test::TestServer &server)
            : m_file(server.dataDirectory() + u"/server.db"_s)
            , m_url(server.postgresUrl())
        {}
        void take()
        {
            if (m_url.isEmpty()) {
                QFile::remove(m_file + u".backup"_s);
                QVERIFY(QFile::copy(m_file, m_file + u".backup"_s));
            } else {
                test::PostgresCluster::psql(m_url, u"CREATE DATABASE %1_backup TEMPLATE %1"_s.arg(name()));
            }
        }
        void restore()
        {
            if (m_url.isEmpty()) {
                QFile::remove(m_file);
                QFile::remove(m_file + u"-wal"_s);
                QFile::remove(m_file + u"-shm"_s);
                QVERIFY(QFile::copy(m_file + u".backup"_s, m_file));
            } else {
                const QString other = test::PostgresCluster::withDatabase(m_url, u"postgres"_s);
                test::PostgresCluster::psql(other, u"DROP DATABASE %1"_s.arg(name()));
                test::PostgresCluster::psql(other, u"CREATE DATABASE %1 TEMPLATE %1_backup"_s.arg(name()));
            }
        }

    private:
        QString name() const { return QUrl(m_url).path().mid(1); }
        QString m_file;
        QString m_url;
    };

    Page page(const QString &role, const QString &cursor, int limit)
    {
        const test::HttpResponse response =
            m_client->get(u"/v1/changes?cursor=%1&limit=%2"_s.arg(cursor).arg(limit), m_fixtures->token(role));
        Page p;
        p.status = response.status;
        for (const QJsonValue &v : response.json.value(u"changes"_s).toArray()) {
            p.changes.append(v.toObject());
        }
        p.next = response.json.value(u"next_cursor"_s).toString();
        p.hasMore = response.json.value(u"has_more"_s).toBool();
        p.epoch = response.json.value(u"epoch"_s).toString();
        return p;
    }

    QList<QJsonObject> all(const QString &role)
    {
        QList<QJsonObject> changes;
        QString cursor = u"0"_s;
        for (;;) {
            const Page p = page(role, cursor, 100);
            changes += p.changes;
            cursor = p.next;
            if (!p.hasMore) {
                return changes;
            }
        }
    }

    QString headCursor(const QString &role)
    {
        QString cursor = u"0"_s;
        for (;;) {
            const Page p = page(role, cursor, 1000);
            cursor = p.next;
            if (!p.hasMore) {
                return cursor;
            }
        }
    }

    test::TestServer m_server;
    std::unique_ptr<test::HttpClient> m_client;
    std::unique_ptr<test::ApiFixtures> m_fixtures;
};

QTEST_GUILESS_MAIN(TestFeedApi)
#include "testfeedapi.moc"

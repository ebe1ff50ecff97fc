#include "support/apifixtures.h"
#include "support/hostprocess.h"
#include "support/open311testing.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace ioc;
using namespace ioc::test::open311;
using namespace Qt::StringLiterals;

// Who may use Open311 and how much (docs/open311.md), on the real server over TLS, on both
// databases: connected systems' keys from the command line and the administrators' API, their
// rotation and revocation; an officer entering a report for a system; the audit of every request;
// pictures by their address and what is refused; the rate limit per key.
class TestOpen311Access final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::TestServer>();
        m_server->start();
        m_http = std::make_unique<test::HttpClient>(m_server->url());
        m_fixtures = std::make_unique<test::ApiFixtures>(*m_http);
        m_system = addSystem(*m_http, m_fixtures->token(u"admin"_s), u"cong-dvc-dong-ha"_s,
                             u"Cổng dịch vụ công thành phố Đông Hà"_s);
        QVERIFY(m_system.key.startsWith(u"ioc311_"_s));
        // Only its hash is kept.
        QVERIFY(!m_server->querySql(u"SELECT key_hash FROM api_keys"_s).contains(m_system.key));
    }

    // An officer enters a report a connected system could not send: it names that system, and
    // only a connected system's account.
    void anOfficerEntersAReportForAConnectedSystem()
    {
        QJsonObject report = test::ApiFixtures::rubbishReport();
        report.insert(u"channel"_s, u"connected_system"_s);
        const auto create = [this](const QJsonObject &body) {
            return m_http->post(u"/v1/reports"_s, test::toJson(body), m_fixtures->token(u"duty_officer"_s),
                                {{"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}});
        };
        QCOMPARE(create(report).status, 400); // which system?
        report.insert(u"source_system_id"_s, m_server->querySql(u"SELECT id FROM users WHERE username = 'truc2'"_s));
        QCOMPARE(create(report).status, 400); // not a connected system
        report.insert(u"source_system_id"_s, m_system.id);
        const test::HttpResponse made = create(report);
        QCOMPARE(made.status, 201);
        QCOMPARE(made.json.value(u"report"_s).toObject().value(u"source_system_id"_s).toString(), m_system.id);
        // Another channel names no system.
        report.insert(u"channel"_s, u"hotline"_s);
        QCOMPARE(create(report).status, 400);
    }

    void keysFromTheCommandLineAndTheirRevocation()
    {
        // While the server runs, as an administrator would.
        const test::HostProcess::Result added =
            admin({u"server"_s, u"system"_s, u"add"_s, u"--name"_s, u"Phần mềm quản lý đô thị Hải Lăng"_s});
        QVERIFY2(added.finished && added.exitCode == 0, added.errors.constData());
        const QRegularExpressionMatch line =
            QRegularExpression(u"^api_key: (ioc311_\\S+)$"_s, QRegularExpression::MultilineOption)
                .match(QString::fromUtf8(added.output));
        QVERIFY2(line.hasMatch(), added.output.constData());
        const QString key = line.captured(1);
        QVERIFY(added.output.contains("phan-mem-quan-ly-do-thi-hai-lang"));
        const QByteArray body = form({{u"api_key"_s, key},
                                      {u"service_code"_s, u"trees"_s},
                                      {u"lat"_s, u"16.75"_s},
                                      {u"long"_s, u"107.18"_s},
                                      {u"description"_s, u"Cây đổ chắn đường"_s}});
        QCOMPARE(m_http->post(u"/open311/v2/requests.json"_s, body, {}, formType).status, 200);
        const test::HostProcess::Result listed = admin({u"server"_s, u"system"_s, u"list"_s});
        QVERIFY(listed.output.contains("phan-mem-quan-ly-do-thi-hai-lang\t-\t1 working keys"));
        const test::HostProcess::Result revoked =
            admin({u"server"_s, u"system"_s, u"revoke"_s, u"--username"_s, u"phan-mem-quan-ly-do-thi-hai-lang"_s});
        QVERIFY2(revoked.exitCode == 0 && revoked.output.contains("1 keys"), revoked.output.constData());
        QCOMPARE(m_http->post(u"/open311/v2/requests.json"_s, body, {}, formType).status, 403);
        QCOMPARE(get(u"servicerequestupdates.json?api_key=%1"_s.arg(key)).status, 403);

        // Through the administrators' API: a new key, then every key revoked.
        const test::HttpResponse rotated =
            m_http->post(u"/v1/systems/%1/keys"_s.arg(m_system.id), {}, m_fixtures->token(u"admin"_s));
        QCOMPARE(rotated.status, 201);
        const QString newKey = rotated.json.value(u"api_key"_s).toString();
        QCOMPARE(get(u"servicerequestupdates.json?api_key=%1"_s.arg(newKey)).status, 200);
        QCOMPARE(get(u"servicerequestupdates.json?api_key=%1"_s.arg(m_system.key)).status, 200); // until revoked
        const test::HttpResponse gone = test::HttpClient::wait(
            m_http->send("DELETE", u"/v1/systems/%1/keys"_s.arg(m_system.id), {}, m_fixtures->token(u"admin"_s)));
        QCOMPARE(gone.status, 200);
        QCOMPARE(gone.json.value(u"revoked"_s).toInt(), 2);
        QCOMPARE(get(u"servicerequestupdates.json?api_key=%1"_s.arg(newKey)).status, 403);
        QCOMPARE(get(u"servicerequestupdates.json?api_key=%1"_s.arg(m_system.key)).status, 403);
        // Only administrators manage systems; a connected system is no staff.
        QCOMPARE(m_http->get(u"/v1/systems"_s, m_fixtures->token(u"duty_officer"_s)).status, 403);
        m_system.key = m_http->post(u"/v1/systems/%1/keys"_s.arg(m_system.id), {}, m_fixtures->token(u"admin"_s))
                           .json.value(u"api_key"_s)
                           .toString();
    }

    void everyRequestIsAudited()
    {
        const QString countSql = u"SELECT count(*) FROM audit_log WHERE entity_kind = 'open311'"_s;
        const int before = m_server->querySql(countSql).toInt();
        QCOMPARE(get(u"services.json"_s).status, 200);
        QCOMPARE(get(u"requests/PA-1999-000001.json?api_key=%1"_s.arg(m_system.key)).status, 404);
        QCOMPARE(m_server->querySql(countSql).toInt(), before + 2);
        const QString last = m_server->querySql(
            u"SELECT after_data FROM audit_log WHERE entity_kind = 'open311' ORDER BY seq DESC LIMIT 1"_s);
        const QJsonObject entry = QJsonDocument::fromJson(last.toUtf8()).object();
        QCOMPARE(entry.value(u"status"_s).toInt(), 404);
        QVERIFY(!entry.value(u"key_id"_s).toString().isEmpty());
        QVERIFY2(!last.contains(m_system.key), qPrintable(last)); // never the key
        QVERIFY(m_server->querySql(u"SELECT actor_id FROM audit_log WHERE entity_kind = 'open311' ORDER BY seq DESC "
                                   "LIMIT 1"_s) == m_system.id);
    }

    // media_url: fetched over HTTPS with limits on where from, how large and what. The picture is a
    // published demo report's public copy on this test's server; a second server, allowed to
    // fetch from loopback (tests only) and trusting the test CA, files with it.
    void aPictureByItsAddress()
    {
        QString picture;
        for (const QJsonValue &request : QJsonDocument::fromJson(get(u"requests.json?status=closed"_s).body).array()) {
            if (picture.isEmpty()) {
                picture = request.toObject().value(u"media_url"_s).toString();
            }
        }
        QVERIFY2(!picture.isEmpty(), "no published demo report with a picture");
        QUrl address = m_server->url();
        address.setHost(u"127.0.0.1"_s);
        address.setPath(QUrl(picture).path());
        const auto filing = [](const QString &key, const QString &mediaUrl) {
            return form({{u"api_key"_s, key},
                         {u"service_code"_s, u"garbage"_s},
                         {u"lat"_s, u"16.8161"_s},
                         {u"long"_s, u"107.1011"_s},
                         {u"description"_s, u"Bãi rác tự phát, ảnh: "_s + mediaUrl.right(20)},
                         {u"media_url"_s, mediaUrl}});
        };
        // This server fetches nothing from a private or loopback address, nor over plain HTTP.
        test::HttpResponse refused =
            m_http->post(u"/open311/v2/requests.xml"_s, filing(m_system.key, address.toString()), {}, formType);
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.body.contains("private"), refused.body.constData());
        QUrl plain = address;
        plain.setScheme(u"http"_s);
        refused = m_http->post(u"/open311/v2/requests.xml"_s, filing(m_system.key, plain.toString()), {}, formType);
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.body.contains("https://"), refused.body.constData());

        test::TestServer::Options options;
        options.extraArguments = {u"--open311-media-from-private-addresses"_s, u"--open311-media-ca"_s,
                                  test::TestCertificates::instance().caFile()};
        test::TestServer second(options);
        second.start();
        test::HttpClient http(second.url());
        const QByteArray admin = http.login(u"quantri"_s);
        const QString key =
            http.post(u"/v1/systems"_s,
                      test::toJson({{u"username"_s, u"he-thong-anh"_s}, {u"display_name"_s, u"Hệ thống có ảnh"_s}}),
                      admin)
                .json.value(u"api_key"_s)
                .toString();
        const auto reports = [&second] {
            return second.querySql(u"SELECT count(*) FROM reports"_s).toInt();
        };
        const int before = reports();

        const test::HttpResponse filed =
            http.post(u"/open311/v2/requests.json"_s, filing(key, address.toString()), {}, formType);
        QVERIFY2(filed.status == 200, filed.body.constData());
        const QString code = filedId(filed);
        const QJsonObject stored =
            QJsonDocument::fromJson(second.querySql(u"SELECT data FROM reports WHERE code = '%1'"_s.arg(code)).toUtf8())
                .object();
        const QJsonArray media = stored.value(u"media"_s).toArray();
        QCOMPARE(media.size(), 1);
        QCOMPARE(media.first().toObject().value(u"mime_type"_s).toString(), u"image/jpeg"_s);
        // Its public copy, as the filing system reads its own request.
        const QString copy =
            QJsonDocument::fromJson(http.get(u"/open311/v2/requests/%1.json?api_key=%2"_s.arg(code, key)).body)
                .array()
                .first()
                .toObject()
                .value(u"media_url"_s)
                .toString();
        QVERIFY2(copy.contains(u"/open311/v2/media/"_s), qPrintable(copy));
        QCOMPARE(http.get(QUrl(copy).path() + u"?api_key="_s + key).status, 200);

        // Not a picture; nowhere; too large for the policy: refused, and nothing filed.
        QUrl health = address;
        health.setPath(u"/v1/health"_s);
        test::HttpResponse wrong =
            http.post(u"/open311/v2/requests.xml"_s, filing(key, health.toString()), {}, formType);
        QCOMPARE(wrong.status, 400);
        QVERIFY2(wrong.body.contains("JPEG"), wrong.body.constData());
        QUrl missing = address;
        missing.setPath(u"/open311/v2/media/%1.jpg"_s.arg(QString(64, u'0')));
        wrong = http.post(u"/open311/v2/requests.xml"_s, filing(key, missing.toString()), {}, formType);
        QCOMPARE(wrong.status, 400);
        QVERIFY2(wrong.body.contains("404"), wrong.body.constData());
        QJsonObject policy = http.get(u"/v1/sla-policy"_s, admin).json;
        QJsonObject limits = policy.value(u"open311"_s).toObject();
        limits.insert(u"media_max_kb"_s, 1);
        policy.insert(u"open311"_s, limits);
        QCOMPARE(test::HttpClient::wait(http.send("PUT", u"/v1/sla-policy"_s, test::toJson(policy), admin)).status,
                 200);
        QUrl again = address;
        again.setQuery(u"v=2"_s); // another request by its content
        wrong = http.post(u"/open311/v2/requests.xml"_s, filing(key, again.toString()), {}, formType);
        QCOMPARE(wrong.status, 400);
        QVERIFY2(wrong.body.contains("1 KB"), wrong.body.constData());
        QCOMPARE(reports(), before + 1);
    }

    // Last: it lowers the limits of this server's policy.
    void theRateLimitCountsPerKey()
    {
        QJsonObject policy = m_http->get(u"/v1/sla-policy"_s, m_fixtures->token(u"admin"_s)).json;
        policy.remove(u"updated_at"_s);
        if (policy.contains(u"policy"_s)) {
            policy = policy.value(u"policy"_s).toObject();
        }
        policy.insert(
            u"open311"_s,
            QJsonObject{{u"posts_per_minute"_s, 3}, {u"gets_per_minute"_s, 4}, {u"duplicate_window"_s, u"10min"_s}});
        const test::HttpResponse put = test::HttpClient::wait(
            m_http->send("PUT", u"/v1/sla-policy"_s, test::toJson(policy), m_fixtures->token(u"admin"_s)));
        QVERIFY2(put.status == 200, put.body.constData());
        // A fresh key: its counts start at nothing.
        const QString key = m_http->post(u"/v1/systems/%1/keys"_s.arg(m_system.id), {}, m_fixtures->token(u"admin"_s))
                                .json.value(u"api_key"_s)
                                .toString();
        // Counted in windows of a minute: start with most of one ahead.
        const qint64 intoMinute = QDateTime::currentMSecsSinceEpoch() % 60000;
        if (intoMinute > 40000) {
            QTest::qWait(int(60000 - intoMinute + 200));
        }
        for (int i = 0; i < 3; ++i) {
            const test::HttpResponse filed = m_http->post(u"/open311/v2/requests.json"_s,
                                                          form({{u"api_key"_s, key},
                                                                {u"service_code"_s, u"garbage"_s},
                                                                {u"lat"_s, u"16.81"_s},
                                                                {u"long"_s, u"107.09"_s},
                                                                {u"description"_s, u"Rác số %1"_s.arg(i)}}),
                                                          {}, formType);
            QCOMPARE(filed.status, 200);
        }
        const test::HttpResponse refused = m_http->post(u"/open311/v2/requests.json"_s,
                                                        form({{u"api_key"_s, key},
                                                              {u"service_code"_s, u"garbage"_s},
                                                              {u"lat"_s, u"16.81"_s},
                                                              {u"long"_s, u"107.09"_s},
                                                              {u"description"_s, u"Rác số 4"_s}}),
                                                        {}, formType);
        QCOMPARE(refused.status, 429);
        const int wait = refused.headers.value("retry-after").toInt();
        QVERIFY(wait >= 1 && wait <= 60);
        // GETs count apart; another key (and the public, by address) has its own count.
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(get(u"services.json?api_key=%1"_s.arg(key)).status, 200);
        }
        QCOMPARE(get(u"services.json?api_key=%1"_s.arg(key)).status, 429);
        QCOMPARE(get(u"services.json?api_key=%1"_s.arg(
                         addSystem(*m_http, m_fixtures->token(u"admin"_s), u"he-thong-thu-hai"_s, u"Hệ thống thứ hai"_s)
                             .key))
                     .status,
                 200);
    }

private:
    test::HttpResponse get(const QString &resource) { return m_http->get(u"/open311/v2/"_s + resource); }

    test::HostProcess::Result admin(QStringList arguments) const
    {
        arguments << u"--audit-key-file"_s << test::TestCertificates::instance().auditKeyFile();
        if (test::PostgresCluster::inUse()) {
            arguments << u"--db-url"_s << m_server->postgresUrl();
        } else {
            arguments << u"--data"_s << m_server->dataDirectory();
        }
        return test::HostProcess::run(qEnvironmentVariable("IOC_HOST_ADMIN"), arguments);
    }

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::HttpClient> m_http;
    std::unique_ptr<test::ApiFixtures> m_fixtures;
    System m_system; // the connected system filing the tests' requests
};

QTEST_GUILESS_MAIN(TestOpen311Access)
#include "testopen311access.moc"

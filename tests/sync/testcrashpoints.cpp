#include "core/crashpoint.h"
#include "core/vntime.h"
#include "keyring/keychainsecretstore.h"
#include "storage/mediacache.h"
#include "storage/outboxrepository.h"
#include "storage/profile.h"
#include "storage/reportrepository.h"
#include "support/adminprofile.h"
#include "support/apifixtures.h"
#include "support/hostprocess.h"
#include "support/photos.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ioc;
using namespace Qt::StringLiterals;

namespace {

QString nameOf(const core::crash::Point &point)
{
    return QString::fromLatin1(point.name.data(), qsizetype(point.name.size()));
}

bool startsWith(const core::crash::Point &point, const char *prefix)
{
    return point.name.starts_with(prefix);
}

// Which scenario stops at a point.
enum class Suite
{
    Console,     // the console's work through ioc-admin against a running server
    Rekey,       // a key change of a profile whose key is in the OS keyring
    Server,      // a running server stops while the console works through it
    FreshServer, // a server starting on an empty data folder or database
};

Suite suiteOf(const core::crash::Point &point)
{
    if (startsWith(point, "rekey.")) {
        return Suite::Rekey;
    }
    if (startsWith(point, "server.key.") || startsWith(point, "server.migration.")) {
        return Suite::FreshServer;
    }
    return point.side == core::crash::Side::Server ? Suite::Server : Suite::Console;
}

QByteArray json(const QJsonObject &object)
{
    return test::toJson(object);
}

} // namespace

// Every crash point of core/crashpoint.h, reached on purpose: the process stops there (as if
// killed), is started again, and the work goes on. Afterwards the promises hold: every action
// the outbox holds was applied on the server exactly once, in the order taken; the replica equals
// what the server shows; the profile opens with its key and passes its checks (the search index
// in FTS5's rank form); the next sync succeeds. A point that no scenario reaches fails its row.
// Each point is hit once; with IOC_LONG_TESTS=1 also its 2nd and 3rd pass in one process.
// Runs against the embedded database, and as testcrashpoints.postgres against PostgreSQL (the
// server's points only).
class TestCrashPoints final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_password = write(u"password"_s, "demo\n");
        m_photo = m_dir.filePath(u"hien-truong.jpg"_s);
        QFile photo(m_photo);
        QVERIFY(photo.open(QIODevice::WriteOnly));
        photo.write(test::jpegPhoto(u"điểm dừng"_s));
        photo.close();
        m_trace = m_dir.filePath(u"trace.txt"_s);
    }

    void everyPointIsDocumentedAndHasAScenario()
    {
        QFile doc(qEnvironmentVariable("IOC_SOURCE_DIR") + u"/docs/reliability.md"_s);
        QVERIFY2(doc.open(QIODevice::ReadOnly), "docs/reliability.md");
        // The table of crash points: "| `name` | …".
        static const QRegularExpression row(QStringLiteral(R"(^\| `([a-z0-9_.]+)` \|)"),
                                            QRegularExpression::MultilineOption);
        QStringList documented;
        for (auto it = row.globalMatch(QString::fromUtf8(doc.readAll())); it.hasNext();) {
            documented.append(it.next().captured(1));
        }
        QStringList registered;
        for (const core::crash::Point &point : core::crash::points) {
            registered.append(nameOf(point));
        }
        QCOMPARE(documented, registered);
        QCOMPARE(QSet<QString>(registered.cbegin(), registered.cend()).size(), registered.size());
    }

    void consolePoints_data() { rows(Suite::Console); }

    // The console's path: profile created, initial sync, actions queued and sent, a conflict
    // confirmed again, a refusal dropped, a report taken in with a photo, and for the resync
    // points a server restored from a backup.
    void consolePoints()
    {
        QFETCH(QString, point);
        QFETCH(int, hit);
        if (test::PostgresCluster::inUse()) {
            QSKIP("the console's points run against the embedded database");
        }
        requireKeyring();
        startConsoleServer();
        QTemporaryDir dir;
        test::AdminProfile admin(dir.filePath(u"profile"_s), {}); // keyed from the OS keyring
        admin.setServer(m_consoleServer->url(), u"truc1"_s, m_password, test::TestCertificates::instance().caFile());
        admin.setTraceFile(m_trace);
        admin.arm(hit > 1 ? u"%1:%2"_s.arg(point).arg(hit) : point);
        const QString id = m_consoleFixtures->reportIn(u"received"_s);
        const QString created = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const bool restore = point.startsWith(u"resync."_s);

        QCOMPARE(admin.run({u"db"_s, u"init"_s}).exitCode, 0);
        QCOMPARE(admin.sync().exitCode, 0);
        admin.act(id, u"add_note"_s, json({{u"text"_s, u"Ghi chú thứ nhất"_s}}));
        admin.act(id, u"set_urgent"_s, json({{u"urgent"_s, true}, {u"reason"_s, u"Nguy hiểm"_s}}));
        admin.act(id, u"add_note"_s, json({{u"text"_s, u"Ghi chú thứ hai"_s}}));
        QCOMPARE(admin.sync().exitCode, 0);
        // Another officer changes the report: the next version-bumping action conflicts.
        const int version = m_consoleFixtures->version(id);
        const test::HttpResponse foreign =
            m_consoleHttp->act(m_consoleHttp->login(u"truc2"_s), id, u"set_public"_s,
                               {{u"public"_s, false}, {u"reason"_s, u"Có thông tin cá nhân"_s}}, version);
        QCOMPARE(foreign.status, 200);
        admin.act(id, u"set_urgent"_s, json({{u"urgent"_s, false}, {u"reason"_s, u"Đã xử lý xong"_s}}));
        admin.act(id, u"add_note"_s, json({{u"text"_s, u"Ghi chú thứ ba"_s}}));
        QCOMPARE(admin.sync().exitCode, 0);
        // The officer confirms the conflict again; if the console stopped before that was
        // saved, the conflict is still there after the restart and the officer confirms again.
        for (int look = 0; look < 2; ++look) {
            for (const qint64 seq : admin.entriesIn(u"conflict"_s)) {
                const test::AdminRun confirmed =
                    admin.run({u"outbox"_s, u"confirm"_s, u"--seq"_s, QString::number(seq)}, false);
                QVERIFY2(confirmed.exitCode == 0 || confirmed.crashed(), confirmed.output.constData());
            }
        }
        QCOMPARE(admin.sync().exitCode, 0);
        // Refused by the server (an agency's step): parked, then dropped by the officer.
        admin.act(id, u"agency_accept"_s, {});
        QCOMPARE(admin.sync().exitCode, 0);
        for (int look = 0; look < 2; ++look) {
            for (const qint64 seq : admin.entriesIn(u"failed"_s)) {
                const test::AdminRun dropped =
                    admin.run({u"outbox"_s, u"drop"_s, u"--seq"_s, QString::number(seq)}, false);
                QVERIFY2(dropped.exitCode == 0 || dropped.crashed(), dropped.output.constData());
            }
        }
        // A report taken in by phone, with a photo.
        admin.act(created, u"create"_s, intake(), {m_photo});
        if (restore) {
            backUpConsoleServer();
            admin.setServer(m_consoleServer->url(), u"truc1"_s, m_password,
                            test::TestCertificates::instance().caFile());
        }
        QCOMPARE(admin.sync().exitCode, 0);
        if (restore) {
            restoreConsoleServer(); // without the report taken in: the console sends it again
            admin.setServer(m_consoleServer->url(), u"truc1"_s, m_password,
                            test::TestCertificates::instance().caFile());
        }
        const test::AdminRun last = admin.sync();
        QVERIFY2(last.exitCode == 0, last.output.constData());

        if (!admin.crashed()) {
            if (hit > 1) {
                QSKIP("passed fewer times than this in one process");
            }
            QFAIL(qPrintable(u"no step of the console's scenario reaches %1: add one"_s.arg(point)));
        }
        expectConsistent(admin, *m_consoleHttp, *m_consoleFixtures);
    }

    void rekeyPoints_data() { rows(Suite::Rekey); }

    // A profile keyed from the OS keyring gets a new key; stopped at any step, the next open
    // (here `db check`) finishes the change: the profile opens with the keyring's key and holds
    // what it held.
    void rekeyPoints()
    {
        QFETCH(QString, point);
        QFETCH(int, hit);
        if (test::PostgresCluster::inUse()) {
            QSKIP("the console's points run against the embedded database");
        }
        requireKeyring();
        QTemporaryDir dir;
        test::AdminProfile admin(dir.filePath(u"profile"_s), {});
        admin.setTraceFile(m_trace);
        QCOMPARE(admin.run({u"db"_s, u"init"_s}).exitCode, 0);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(admin.act(id, u"create"_s, intake(), {m_photo}).exitCode, 0);
        admin.arm(hit > 1 ? u"%1:%2"_s.arg(point).arg(hit) : point);
        admin.run({u"db"_s, u"rekey"_s}, false);
        if (!admin.crashed()) {
            if (hit > 1) {
                QSKIP("passed fewer times than this in one process");
            }
            QFAIL(qPrintable(u"db rekey does not reach %1"_s.arg(point)));
        }
        const test::AdminRun check = admin.run({u"db"_s, u"check"_s});
        QVERIFY2(check.exitCode == 0, check.output.constData());
        QCOMPARE(check.output.count(": ok"), 5);
        const test::AdminRun listed = admin.run({u"outbox"_s, u"list"_s});
        QVERIFY2(listed.output.contains("1 entries") && listed.output.contains(id.toLatin1()),
                 listed.output.constData());
        // Once finished, a new change goes through whole.
        QCOMPARE(admin.run({u"db"_s, u"rekey"_s}).exitCode, 0);
        QCOMPARE(admin.run({u"db"_s, u"check"_s}).exitCode, 0);
    }

    void serverPoints_data() { rows(Suite::Server); }

    // The server stops at the point while the console works through it; it is started again and
    // the console carries on, resending what got no answer.
    void serverPoints()
    {
        QFETCH(QString, point);
        QFETCH(int, hit);
        requireKeyring();
        startCrashServer();
        test::ApiFixtures before(*m_crashHttp);
        const QString id = before.reportIn(u"received"_s);
        const QString verified = before.reportIn(u"verified"_s);
        // That report was verified by this officer through the API, before the profile existed.
        const QString me = m_crashHttp->get(u"/v1/me"_s, m_crashHttp->login(u"truc1"_s))
                               .json.value(u"user"_s)
                               .toObject()
                               .value(u"id"_s)
                               .toString();
        QHash<QString, int> earlier;
        for (const QJsonValue &event : before.report(verified).value(u"events"_s).toArray()) {
            earlier[verified] += event.toObject().value(u"actor_id"_s).toString() == me ? 1 : 0;
        }
        QVERIFY(earlier.value(verified) > 0);
        QTemporaryDir dir;
        test::AdminProfile admin(dir.filePath(u"profile"_s), {}); // keyed from the OS keyring
        admin.setTraceFile(m_trace);
        admin.setServer(m_crashServer->url(), u"truc1"_s, m_password, test::TestCertificates::instance().caFile());
        QCOMPARE(admin.run({u"db"_s, u"init"_s}).exitCode, 0);
        QCOMPARE(admin.sync().exitCode, 0);

        m_crashServer->stop();
        m_crashServer->setEnvironment(
            {u"IOC_CRASH_AT="_s + (hit > 1 ? u"%1:%2"_s.arg(point).arg(hit) : point), u"IOC_CRASH_TRACE="_s + m_trace});
        bool crashed = !m_crashServer->tryStart(); // a flag may be raised at once
        const auto revive = [&] {
            if (m_crashServer->isRunning() && test::HttpClient(m_crashServer->url()).get(u"/v1/health"_s).status == 0) {
                // Stopped at a crash point but not gone yet: its listening socket is closed before
                // the process ends. Wait for the end (its exit code tells a crash), then start again.
                QDeadlineTimer deadline(10000);
                while (m_crashServer->isRunning() && !deadline.hasExpired()) {
                    QTest::qWait(50);
                }
                if (m_crashServer->isRunning()) {
                    m_crashServer->stop(); // hung: not a state a later row may start from
                }
            }
            if (!m_crashServer->isRunning()) {
                crashed = crashed || m_crashServer->exitCode() == 137;
                m_crashServer->setEnvironment({u"IOC_CRASH_TRACE="_s + m_trace});
                m_crashServer->start();
            }
            admin.setServer(m_crashServer->url(), u"truc1"_s, m_password, test::TestCertificates::instance().caFile());
        };
        // Until nothing is pending: an entry whose request got no answer waits out its backoff.
        const auto syncThrough = [&] {
            for (int attempt = 0; attempt < 6; ++attempt) {
                revive();
                const test::AdminRun run = admin.sync();
                if (run.exitCode == 0 && m_crashServer->isRunning() && run.output.contains("outbox 0 pending")) {
                    return;
                }
                QTest::qWait(300 * (attempt + 1));
            }
        };
        revive();
        admin.act(id, u"add_note"_s, json({{u"text"_s, u"Ghi chú khi máy chủ dừng"_s}}));
        admin.act(id, u"set_urgent"_s, json({{u"urgent"_s, true}, {u"reason"_s, u"Nguy hiểm"_s}}));
        syncThrough();
        admin.act(id, u"agency_accept"_s, {});
        syncThrough();
        for (const qint64 seq : admin.entriesIn(u"failed"_s)) {
            QCOMPARE(admin.run({u"outbox"_s, u"drop"_s, u"--seq"_s, QString::number(seq)}).exitCode, 0);
        }
        const QString created = QUuid::createUuid().toString(QUuid::WithoutBraces);
        // A photo the server has not seen: its upload goes part by part.
        const QString photo = dir.filePath(u"anh.jpg"_s);
        QFile file(photo);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::jpegPhoto(QUuid::createUuid().toString(), QColor(0x80, 0x40, 0x20)));
        file.close();
        admin.act(created, u"create"_s, intake(), {photo});
        syncThrough();
        // An admin adds an agency; the officer distributes a report to it.
        const QString agency = u"bql-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
        bool added = false;
        QByteArray tried;
        for (int attempt = 0; attempt < 4 && !added; ++attempt) {
            revive();
            test::HttpClient http(m_crashServer->url());
            const test::HttpResponse signedIn =
                http.post(u"/v1/auth/token"_s, json({{u"username"_s, u"quantri"_s}, {u"password"_s, u"demo"_s}}));
            const QByteArray token =
                signedIn.status == 200 ? signedIn.json.value(u"access_token"_s).toString().toLatin1() : QByteArray();
            if (token.isEmpty()) {
                tried += "sign-in " + QByteArray::number(signedIn.status) + ' ' + signedIn.body + ' ' +
                         signedIn.errorString.toUtf8() + " (server " +
                         (m_crashServer->isRunning() ? "running" : "stopped") + "); ";
                continue;
            }
            const test::HttpResponse put = http.put(u"/v1/agencies/"_s + agency,
                                                    json({{u"name"_s, u"Ban Quản lý %1"_s.arg(agency)},
                                                          {u"area_ids"_s, QJsonArray{u"dong-ha"_s}},
                                                          {u"category_ids"_s, QJsonArray{u"road"_s}}}),
                                                    token);
            added = put.status == 200;
            tried += QByteArray::number(put.status) + ' ' + put.body + "; ";
        }
        QVERIFY2(added, tried.constData());
        admin.act(verified, u"distribute"_s, json({{u"lead_agency_id"_s, agency}}));
        syncThrough();
        // An urgent report received 40 minutes ago: its 30-minute clock ran out, the scheduler
        // flags it.
        const QByteArray key = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
        // The same request each time, as a client resends it: a body made anew (another time in
        // it) under the same key is another request, refused as idempotency_key_reused.
        const QByteArray body = json(urgentReport(QDateTime::currentDateTimeUtc().addSecs(-40 * 60)));
        QString overdue;
        QByteArray answers;
        for (int attempt = 0; attempt < 6 && overdue.isEmpty(); ++attempt) {
            revive();
            test::HttpClient http(m_crashServer->url());
            const QByteArray token = tryLogin(http);
            if (token.isEmpty()) {
                continue; // it stopped meanwhile (a flag raised)
            }
            const test::HttpResponse made = http.post(u"/v1/reports"_s, body, token, {{"Idempotency-Key", key}});
            if (made.status == 201) {
                overdue = made.json.value(u"report"_s).toObject().value(u"id"_s).toString();
            }
            answers += QByteArray::number(made.status) + ' ' + made.body + '\n';
        }
        QVERIFY2(!overdue.isEmpty(), answers.constData());
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 3000 && m_crashServer->isRunning() && countEvents(overdue, u"clock_overdue"_s) == 0) {
            QTest::qWait(100);
        }
        revive();
        QTRY_COMPARE_WITH_TIMEOUT(countEvents(overdue, u"clock_overdue"_s), 1, 5000);
        m_crashHttp = std::make_unique<test::HttpClient>(m_crashServer->url());

        if (!crashed) {
            if (hit > 1) {
                QSKIP("passed fewer times than this in one process");
            }
            QFAIL(qPrintable(u"no step of the server's scenario reaches %1: add one"_s.arg(point)));
        }
        test::HttpClient http(m_crashServer->url());
        test::ApiFixtures fixtures(http);
        expectConsistent(admin, http, fixtures, earlier);
        QTest::qWait(500); // the scheduler's next passes raise nothing twice
        QCOMPARE(countEvents(overdue, u"clock_overdue"_s), 1);
    }

    void freshServerPoints_data() { rows(Suite::FreshServer); }

    // A server starting on an empty data folder (embedded) or database (PostgreSQL) stops at
    // the point; started again it completes its set-up, and works.
    void freshServerPoints()
    {
        QFETCH(QString, point);
        QFETCH(int, hit);
        const bool postgres = test::PostgresCluster::inUse();
        if (point.startsWith(u"server.migration."_s) && !postgres) {
            QSKIP("PostgreSQL's migrations: in testcrashpoints.postgres");
        }
        if ((point.startsWith(u"server.key."_s) || point.startsWith(u"migration."_s)) && postgres) {
            QSKIP("the embedded database's set-up: in testcrashpoints");
        }
        QTemporaryDir dir;
        test::TestServer server(test::TestServer::Options{
            true, dir.filePath(u"data"_s), {}, {}, {u"IOC_CRASH_AT="_s + u"%1:%2"_s.arg(point).arg(hit)}});
        if (server.tryStart()) {
            if (hit > 1) {
                QSKIP("passed fewer times than this in one process");
            }
            QFAIL(qPrintable(u"starting a server does not reach %1"_s.arg(point)));
        }
        QCOMPARE(server.exitCode(), 137);
        server.setEnvironment({});
        server.start();
        test::HttpClient http(server.url());
        test::ApiFixtures fixtures(http);
        const QString id = fixtures.reportIn(u"verified"_s);
        QCOMPARE(fixtures.report(id).value(u"state"_s).toString(), u"verified"_s);
        server.stop();
        const test::HostProcess::Result audit = hostAdmin(
            postgres
                ? QStringList{u"audit"_s, u"verify"_s, u"--audit-key-file"_s,
                              test::TestCertificates::instance().auditKeyFile(), u"--db-url"_s, server.postgresUrl()}
                : QStringList{u"audit"_s, u"verify"_s, u"--audit-key-file"_s,
                              test::TestCertificates::instance().auditKeyFile(), u"--data"_s, dir.filePath(u"data"_s)});
        QVERIFY2(audit.finished && audit.exitCode == 0 && audit.output.contains("audit chain intact"),
                 QByteArray(audit.output + audit.errors).constData());
    }

    void cleanupTestCase()
    {
        // What the cases passed, for docs/reliability.md.
        QFile trace(m_trace);
        if (trace.open(QIODevice::ReadOnly)) {
            QMap<QByteArray, int> passes;
            for (const QByteArray &line : trace.readAll().split('\n')) {
                if (!line.isEmpty()) {
                    ++passes[line];
                }
            }
            qInfo("%lld of %lld crash points passed", qint64(passes.size()), qint64(core::crash::points.size()));
        }
        if (m_crashServer) {
            m_crashServer->stop();
            const test::HostProcess::Result audit = hostAdmin(
                test::PostgresCluster::inUse() ? QStringList{u"audit"_s, u"verify"_s, u"--audit-key-file"_s,
                                                             test::TestCertificates::instance().auditKeyFile(),
                                                             u"--db-url"_s, m_crashServer->postgresUrl()}
                                               : QStringList{u"audit"_s, u"verify"_s, u"--audit-key-file"_s,
                                                             test::TestCertificates::instance().auditKeyFile(),
                                                             u"--data"_s, m_crashServer->dataDirectory()});
            QVERIFY2(audit.finished && audit.exitCode == 0 && audit.output.contains("audit chain intact"),
                     QByteArray(audit.output + audit.errors).constData());
        }
    }

private:
    // `ioc-admin server` and `ioc-admin audit` work on a server's database: the build machine's
    // ioc-admin (the Windows one has neither).
    static test::HostProcess::Result hostAdmin(const QStringList &arguments)
    {
        return test::HostProcess::run(qEnvironmentVariable("IOC_HOST_ADMIN"), arguments);
    }

    static void requireKeyring()
    {
#ifndef Q_OS_WIN // Windows' Credential Manager needs no session
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            QFAIL("needs the keyring session of tests/storage/with-keyring.sh (ctest runs it so)");
        }
#endif
    }

    static void rows(Suite suite)
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<int>("hit");
        const int hits = qEnvironmentVariableIntValue("IOC_LONG_TESTS") > 0 ? 3 : 1;
        for (const core::crash::Point &point : core::crash::points) {
            const bool here =
                suiteOf(point) == suite || (point.side == core::crash::Side::Both && suite == Suite::FreshServer);
            for (int hit = 1; here && hit <= hits; ++hit) {
                const QString name = nameOf(point);
                QTest::addRow("%s:%d", qPrintable(name), hit) << name << hit;
            }
        }
    }

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly)) {
            qFatal("cannot write %s", qPrintable(name));
        }
        file.write(content);
        return file.fileName();
    }

    static QByteArray intake()
    {
        return json({{u"title"_s, u"Cây đổ chắn đường"_s},
                     {u"content"_s, u"Cây lớn đổ chắn ngang đường Lê Duẩn, xe không qua được."_s},
                     {u"category_id"_s, u"road"_s},
                     {u"channel"_s, u"hotline"_s},
                     {u"position"_s,
                      QJsonObject{{u"latitude"_s, 16.816}, {u"longitude"_s, 107.1}, {u"source"_s, u"address"_s}}},
                     {u"reporter"_s, QJsonObject{{u"kind"_s, u"person"_s}, {u"full_name"_s, u"Trần Thị D"_s}}}});
    }

    static QJsonObject urgentReport(const QDateTime &actedAt)
    {
        return {
            {u"title"_s, u"Cháy kho"_s},
            {u"content"_s, u"Cháy kho hàng gần chợ Đông Hà"_s},
            {u"category_id"_s, u"fire"_s},
            {u"channel"_s, u"hotline"_s},
            {u"acted_at"_s, core::vntime::toIso8601(actedAt)},
            {u"position"_s, QJsonObject{{u"latitude"_s, 16.8}, {u"longitude"_s, 107.1}, {u"source"_s, u"address"_s}}},
            {u"reporter"_s, QJsonObject{{u"kind"_s, u"person"_s}, {u"full_name"_s, u"Lê Văn C"_s}}}};
    }

    static bool copyFolder(const QString &from, const QString &to)
    {
        if (!QDir().mkpath(to)) {
            return false;
        }
        for (const QString &name : QDir(from).entryList(QDir::Files | QDir::Hidden)) {
            QFile::remove(QDir(to).filePath(name));
            if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name))) {
                return false;
            }
        }
        return true;
    }

    void startConsoleServer()
    {
        if (m_consoleServer) {
            return;
        }
        m_consoleServer = std::make_unique<test::TestServer>(
            test::TestServer::Options{true, m_dir.filePath(u"console-server"_s), {}, {}, {}});
        m_consoleServer->start();
        m_consoleHttp = std::make_unique<test::HttpClient>(m_consoleServer->url());
        m_consoleFixtures = std::make_unique<test::ApiFixtures>(*m_consoleHttp);
    }

    void backUpConsoleServer()
    {
        m_consoleServer->stop();
        QDir(m_dir.filePath(u"console-backup"_s)).removeRecursively();
        QVERIFY(copyFolder(m_consoleServer->dataDirectory(), m_dir.filePath(u"console-backup"_s)));
        m_consoleServer->start();
        m_consoleHttp = std::make_unique<test::HttpClient>(m_consoleServer->url());
        m_consoleFixtures = std::make_unique<test::ApiFixtures>(*m_consoleHttp);
    }

    // Restored from the backup, with a new epoch, as docs/server.md says to.
    void restoreConsoleServer()
    {
        m_consoleServer->stop();
        QVERIFY(QDir(m_consoleServer->dataDirectory()).removeRecursively());
        QVERIFY(copyFolder(m_dir.filePath(u"console-backup"_s), m_consoleServer->dataDirectory()));
        // `ioc-admin server` works on a server's database: the build machine's ioc-admin.
        const test::HostProcess::Result epoch =
            hostAdmin({u"server"_s, u"new-epoch"_s, u"--data"_s, m_consoleServer->dataDirectory()});
        QVERIFY2(epoch.finished && epoch.exitCode == 0, epoch.errors.constData());
        m_consoleServer->start();
        m_consoleHttp = std::make_unique<test::HttpClient>(m_consoleServer->url());
        m_consoleFixtures = std::make_unique<test::ApiFixtures>(*m_consoleHttp);
    }

    // The server the server's points stop, and a profile synchronised with it, copied per case.
    void startCrashServer()
    {
        if (m_crashServer) {
            return;
        }
        m_crashServer = std::make_unique<test::TestServer>(test::TestServer::Options{
            true, m_dir.filePath(u"crash-server"_s), {u"--scheduler-interval-ms"_s, u"100"_s}, {}, {}});
        m_crashServer->start();
        m_crashHttp = std::make_unique<test::HttpClient>(m_crashServer->url());
    }

    // Signs in as truc1; empty if the server is gone (it may stop at any moment here).
    static QByteArray tryLogin(test::HttpClient &http, const QString &user = u"truc1"_s)
    {
        const test::HttpResponse response =
            http.post(u"/v1/auth/token"_s, json({{u"username"_s, user}, {u"password"_s, u"demo"_s}}));
        return response.status == 200 ? response.json.value(u"access_token"_s).toString().toLatin1() : QByteArray();
    }

    int countEvents(const QString &id, const QString &action)
    {
        if (!m_crashServer->isRunning()) {
            return 0;
        }
        test::HttpClient http(m_crashServer->url());
        const QByteArray token = tryLogin(http);
        if (token.isEmpty()) {
            return 0;
        }
        const test::HttpResponse read = http.get(u"/v1/reports/"_s + id, token);
        int n = 0;
        for (const QJsonValue &event : read.json.value(u"report"_s).toObject().value(u"events"_s).toArray()) {
            n += event.toObject().value(u"action"_s).toString() == action ? 1 : 0;
        }
        return n;
    }

    // The promises, checked against the server's own records after the work settled.
    // `before`: per report, how many events this officer had made there before the profile existed
    // (a fixture's own steps); they come first in its history and are not the outbox's.
    void expectConsistent(test::AdminProfile &admin, test::HttpClient &http, test::ApiFixtures &fixtures,
                          const QHash<QString, int> &before = {})
    {
        const test::AdminRun settled = admin.syncUntilSettled();
        QVERIFY2(settled.exitCode == 0 && settled.output.contains("0 pending, 0 in conflict, 0 failed"),
                 settled.output.constData());
        const test::AdminRun check = admin.run({u"db"_s, u"check"_s});
        QVERIFY2(check.exitCode == 0, check.output.constData());

        keyring::KeychainSecretStore keyring;
        storage::KeySource source;
        source.keyring = &keyring;
        storage::StorageError error;
        const auto profile =
            storage::Profile::open(admin.directory(), std::move(source), storage::Profile::Mode::OpenExisting, &error);
        QVERIFY2(profile, qPrintable(error.message));

        // Every action in the outbox applied once, in the order taken: the events this officer's
        // requests made, per report, are exactly the outbox's keys in its order.
        const QString me =
            http.get(u"/v1/me"_s, http.login(u"truc1"_s)).json.value(u"user"_s).toObject().value(u"id"_s).toString();
        QVERIFY(!me.isEmpty());
        QHash<QString, QStringList> queued;
        for (const storage::OutboxEntry &entry : storage::OutboxRepository(profile->replica()).entries()) {
            QCOMPARE(storage::outboxStateName(entry.state), u"sent"_s);
            queued[entry.reportId].append(entry.idempotencyKey);
        }
        for (auto it = queued.cbegin(); it != queued.cend(); ++it) {
            QStringList applied;
            for (const QJsonValue &value : fixtures.report(it.key()).value(u"events"_s).toArray()) {
                const QJsonObject event = value.toObject();
                if (event.value(u"actor_id"_s).toString() == me) {
                    applied.append(event.value(u"request_key"_s).toString());
                }
            }
            const int earlier = before.value(it.key());
            QVERIFY2(applied.size() >= earlier, qPrintable(it.key()));
            QCOMPARE(applied.mid(earlier), it.value());
        }

        // No file stays pinned in the media cache once nothing waits to upload it.
        QCOMPARE(storage::MediaCache(profile->media(), 64LL << 20).pinned(), QStringList{});

        // The replica holds what the server shows this officer, at the same versions.
        QHash<QString, int> server;
        QString cursor = u"0"_s;
        const QByteArray token = http.login(u"truc1"_s);
        for (;;) {
            const test::HttpResponse page = http.get(u"/v1/changes?cursor=%1&limit=1000"_s.arg(cursor), token);
            QCOMPARE(page.status, 200);
            for (const QJsonValue &value : page.json.value(u"changes"_s).toArray()) {
                const QJsonObject change = value.toObject();
                if (change.value(u"kind"_s).toString() != u"report"_s) {
                    continue;
                }
                if (change.value(u"deleted"_s).toBool()) {
                    server.remove(change.value(u"id"_s).toString());
                } else {
                    server.insert(change.value(u"id"_s).toString(), change.value(u"version"_s).toInt());
                }
            }
            cursor = page.json.value(u"next_cursor"_s).toString();
            if (!page.json.value(u"has_more"_s).toBool()) {
                break;
            }
        }
        QHash<QString, int> replica;
        for (const storage::QueueRow &row : storage::ReportRepository(profile->replica()).allRows()) {
            replica.insert(row.id, row.version);
        }
        QCOMPARE(replica, server);
    }

    QTemporaryDir m_dir;
    QString m_password;
    QString m_photo;
    QString m_trace;
    std::unique_ptr<test::TestServer> m_consoleServer;
    std::unique_ptr<test::HttpClient> m_consoleHttp;
    std::unique_ptr<test::ApiFixtures> m_consoleFixtures;
    std::unique_ptr<test::TestServer> m_crashServer;
    std::unique_ptr<test::HttpClient> m_crashHttp; // follows the server's port across restarts
};

QTEST_GUILESS_MAIN(TestCrashPoints)
#include "testcrashpoints.moc"

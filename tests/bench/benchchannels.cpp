// Outbound channels (docs/channels.md):
// - what writing a distribution's messages adds to the action's transaction, in process on the
//   embedded database (`channels.enqueue_overhead_ms`: the same transaction with and without them);
// - how fast two ioc-server instances on one PostgreSQL database deliver a backlog of SMS through
//   the HTTPS gateway stand-in (tests/support/smsgatewaystandin.py), each message once
//   (`channels.dispatch_per_s`).
#include "benchchannels.h"

#include "benchutil.h"
#include "core/clock.h"
#include "core/reportjson.h"
#include "demodata.h"
#include "notifications.h"
#include "referencestore.h"
#include "serverdatabase.h"
#include "support/serverdata.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ioc::bench {

namespace {

void enqueueOverhead()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(u"data"_s);
    test::prepareServerData(data, 1000);
    QString error;
    const auto database = server::ServerDatabase::openEmbedded(data, {}, &error);
    if (!database) {
        qFatal("cannot open the server's database: %s", qPrintable(error));
    }
    // The demo province's areas and agencies, as the demo server stores them.
    server::ReferenceStore reference(*database);
    for (const core::Area &area : server::demo::areas()) {
        reference.store(u"area"_s, area.id, core::json::fromArea(area), &error);
    }
    for (const core::Agency &agency : server::demo::agencies()) {
        reference.store(u"agency"_s, agency.id, core::json::fromAgency(agency), &error);
    }
    if (!reference.load(&error)) {
        qFatal("cannot load the reference data: %s", qPrintable(error));
    }
    const core::SystemClock clock;
    server::Notifications notifications(*database, reference, clock);
    notifications.setDeliverable({u"sms"_s, u"email"_s, u"in_app"_s});
    core::Report distributed;
    distributed.id = u"bench-report"_s;
    distributed.code = u"PA-2026-000081"_s;
    distributed.title = u"Ổ gà trên đường Hùng Vương"_s;
    distributed.leadAgencyId = u"ubnd-dong-ha"_s;
    distributed.position.areaId = u"dong-ha"_s;
    core::ReportEvent event;
    event.action = u"distribute"_s;
    if (server::notices::draftsFor(distributed, event, reference.directory()).size() != 3) {
        qFatal("the benchmark's distribution does not make three messages");
    }
    qint64 seq = 0;
    // The same transaction with one write of its own, then with the messages besides.
    const auto transaction = [&](bool withMessages) {
        ++seq;
        const bool ok = database->transaction(
            [&] {
                return database->setMeta(u"bench_channels"_s, QString::number(seq)) &&
                       (!withMessages || notifications.enqueue(distributed, event, seq, &error));
            },
            &error);
        if (!ok) {
            qFatal("benchmark transaction failed: %s", qPrintable(error));
        }
    };
    const double base = medianMs(501, [&] { transaction(false); });
    const double with = medianMs(501, [&] { transaction(true); });
    report("channels.action_transaction_ms", base);
    report("channels.action_transaction_with_messages_ms", with);
    report("channels.enqueue_overhead_ms", std::max(0.0, with - base));
}

void dispatchRate(const Tls &tls, const QString &postgresUrl, const QString &sourceDir)
{
    QTemporaryDir dir;
    QProcess gateway;
    gateway.start(u"python3"_s, {sourceDir + u"/tests/support/smsgatewaystandin.py"_s, tls.cert, tls.key});
    if (!gateway.waitForReadyRead(20000)) {
        qFatal("the gateway stand-in did not start: %s", gateway.readAllStandardError().constData());
    }
    const QByteArray port = gateway.readLine().trimmed().mid(5);
    QFile token(dir.filePath(u"token"_s));
    token.open(QIODevice::WriteOnly);
    token.write("bench-token\n");
    token.close();
    const QJsonObject sms{{u"url"_s, u"https://localhost:%1/api/send"_s.arg(QString::fromLatin1(port))},
                          {u"headers"_s, QJsonObject{{u"Content-Type"_s, u"application/json"_s}}},
                          {u"auth_prefix"_s, u"Bearer "_s},
                          {u"auth_value_file"_s, token.fileName()},
                          {u"body"_s, u"{\"to\": {{recipient}}, \"text\": {{body}}, \"ref\": {{id}}}"_s},
                          {u"ca_file"_s, tls.cert}};
    QFile config(dir.filePath(u"channels.json"_s));
    config.open(QIODevice::WriteOnly);
    config.write(QJsonDocument(QJsonObject{{u"sms"_s, sms}, {u"poll_ms"_s, 200}}).toJson());
    config.close();
    test::prepareServerData(dir.filePath(u"a"_s), 100, postgresUrl);
    const QStringList arguments{u"--db"_s,   u"postgres"_s,   u"--db-url"_s,
                                postgresUrl, u"--channels"_s, config.fileName()};
    const ServerProcess a(dir.filePath(u"a"_s), tls, arguments);
    const ServerProcess b(dir.filePath(u"b"_s), tls, arguments);

    QString error;
    const auto database = server::ServerDatabase::openPostgres(postgresUrl, &error);
    if (!database) {
        qFatal("cannot open the database: %s", qPrintable(error));
    }
    const int messages = qEnvironmentVariableIntValue("IOC_BENCH_MESSAGES") > 0
                             ? qEnvironmentVariableIntValue("IOC_BENCH_MESSAGES")
                             : 2000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool written = database->transaction(
        [&] {
            server::Sql sql(*database);
            for (int i = 0; i < messages; ++i) {
                if (!sql.exec(u"INSERT INTO notifications (id, report_id, event_seq, audience, channel, recipient, "
                              u"template, body, state, attempts, next_attempt_at, created_at) VALUES (?, 'bench', ?, "
                              u"'agency', 'sms', ?, 'agency_distributed', ?, 'queued', 0, ?, ?)"_s,
                              {QUuid::createUuid().toString(QUuid::WithoutBraces), i, u"0905 %1"_s.arg(100000 + i),
                               u"IOC: PA-2026-%1 \"Ổ gà trên đường Hùng Vương\" chuyển UBND-461. Tiếp nhận trong 30 "
                               u"phút."_s.arg(i, 6, 10, QLatin1Char('0')),
                               now, now})) {
                    error = sql.error();
                    return false;
                }
            }
            return true;
        },
        &error);
    if (!written) {
        qFatal("cannot queue the messages: %s", qPrintable(error));
    }
    QElapsedTimer timer;
    timer.start();
    int sent = 0;
    QByteArray requests; // the stand-in's lines, read as they come (a full pipe would stall it)
    while (sent < messages && timer.elapsed() < 120000) {
        gateway.waitForReadyRead(100);
        requests += gateway.readAllStandardOutput();
        server::Sql count(*database);
        count.exec(u"SELECT count(*) FROM notifications WHERE report_id = 'bench' AND state = 'sent'"_s);
        count.next();
        sent = count.value(0).toInt();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (sent < messages) {
        server::Sql states(*database);
        states.exec(u"SELECT state, coalesce(last_error, ''), count(*) FROM notifications WHERE report_id = 'bench' "
                    u"GROUP BY 1, 2"_s);
        while (states.next()) {
            qWarning("%s %s: %d", qPrintable(states.value(0).toString()), qPrintable(states.value(1).toString()),
                     states.value(2).toInt());
        }
        qFatal("only %d of %d messages were sent in %.0f s", sent, messages, seconds);
    }
    // Each message once at the gateway.
    while (gateway.waitForReadyRead(500)) {
        requests += gateway.readAllStandardOutput();
    }
    const QList<QByteArray> lines = requests.split('\n');
    QSet<QString> keys;
    int received = 0;
    for (const QByteArray &line : lines) {
        const QJsonObject request = QJsonDocument::fromJson(line).object();
        if (!request.isEmpty()) {
            ++received;
            keys.insert(request.value(u"idempotency_key"_s).toString());
        }
    }
    report("channels.dispatch_per_s", double(messages) / seconds);
    report("channels.dispatch_gateway_requests", received);
    report("channels.dispatch_distinct_messages", double(keys.size()));
    gateway.kill();
    gateway.waitForFinished();
}

} // namespace

void channelRounds(const Tls &tls, const QString &postgresUrl, const QString &sourceDir)
{
    enqueueOverhead();
    dispatchRate(tls, postgresUrl, sourceDir);
}

} // namespace ioc::bench

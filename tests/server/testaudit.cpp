#include "auditcheckpoint.h"
#include "auditkey.h"
#include "auditlog.h"
#include "serverdatabase.h"
#include "storage/database.h"
#include "storage/sqlcipherdriver.h"
#include "support/apifixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;
using namespace Qt::StringLiterals;

// The audit chain: every accepted action is recorded; `ioc-admin audit verify` walks the chain
// and names the first broken link after tampering.
class TestAudit final : public QObject
{
    Q_OBJECT

private slots:
    void chainVerifiesAndTamperingIsFound()
    {
        test::TestServer server;
        server.start();
        {
            test::HttpClient client(server.url());
            test::ApiFixtures fixtures(client);
            fixtures.reportIn(u"in_progress"_s);
        }
        server.stop();
        const Target target{server.dataDirectory(), server.postgresUrl()};
        QString out = verify(target, 0);
        QVERIFY2(out.startsWith(u"audit chain intact: "_s), qPrintable(out));
        const int entries = out.section(u' ', 3, 3).toInt();
        QVERIFY(entries >= 10);

        // Through the server's connection (and any other that keeps the triggers) the trail is
        // append-only.
        QVERIFY(!tryOnServerDb(target, u"UPDATE audit_log SET action = 'x' WHERE seq = 1"_s));
        QVERIFY(!tryOnServerDb(target, u"DELETE FROM audit_log WHERE seq = 1"_s));
        // The database's owner can drop the triggers; what holds then is the chain.
        dropProtection(target);
        // Change one recorded action: the chain breaks there.
        execOnServerDb(target, u"UPDATE audit_log SET after_data = replace(after_data, 'in_progress', "
                               u"'published') WHERE seq = (SELECT max(seq) FROM audit_log)"_s);
        out = verify(target, 1);
        QVERIFY2(out.contains(u"broken at entry %1"_s.arg(entries)) && out.contains(u"changed"_s), qPrintable(out));
        // Remove an entry from the middle (verify's opening put the triggers back).
        dropProtection(target);
        execOnServerDb(target, u"DELETE FROM audit_log WHERE seq = 3"_s);
        out = verify(target, 1);
        QVERIFY2(out.contains(u"broken at entry 3"_s), qPrintable(out));
    }

    // An entry records what the action changed, not two copies of the report (a report may hold
    // 5,000 characters of text and many clocks).
    void entriesHoldTheChangeNotTheReport()
    {
        test::TestServer server;
        server.start();
        {
            test::HttpClient client(server.url());
            test::ApiFixtures fixtures(client);
            const QString id = fixtures.reportIn(u"received"_s);
            fixtures.must(u"duty_officer"_s, id, u"set_urgent"_s, {{u"urgent"_s, true}, {u"reason"_s, u"Cháy lan"_s}});
        }
        server.stop();
        const Target target{server.dataDirectory(), server.postgresUrl()};
        const QString sql = u"SELECT coalesce(before_data, ''), coalesce(after_data, '') FROM audit_log WHERE action = "
                            u"'set_urgent' ORDER BY seq DESC LIMIT 1"_s;
        QByteArray before;
        QByteArray after;
        if (!target.postgresUrl.isEmpty()) {
            const QList<QByteArray> row = test::PostgresCluster::psql(target.postgresUrl, sql).split('|');
            QCOMPARE(row.size(), 2);
            before = row.at(0);
            after = row.at(1);
        } else {
            auto db = openEmbedded(target.data);
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(sql) && query.next());
            before = query.value(0).toByteArray();
            after = query.value(1).toByteArray();
        }
        const QJsonObject was = QJsonDocument::fromJson(before).object();
        const QJsonObject is = QJsonDocument::fromJson(after).object();
        QCOMPARE(was.value(u"urgent"_s).toBool(true), false);
        QCOMPARE(is.value(u"urgent"_s).toBool(), true);
        QCOMPARE(is.value(u"version"_s).toInt(), was.value(u"version"_s).toInt() + 1);
        for (const QString &unchanged : {u"title"_s, u"content"_s, u"reporter"_s, u"position"_s}) {
            QVERIFY2(!was.contains(unchanged) && !is.contains(unchanged), qPrintable(unchanged));
        }
    }

    // The review's attack: a holder of the database (and server.key) changes an entry with the
    // sqlcipher shell and chains it and every later entry again by SHA-256, as the chain was made
    // before it had a key. Without the audit key, which lives apart from the data, the chain no
    // longer holds, and verify names the changed entry. On the embedded database (the attack on
    // PostgreSQL is the same rows through another shell).
    void rechainingWithoutTheKeyIsFound()
    {
        if (test::PostgresCluster::inUse()) {
            QSKIP("the same attack as on the embedded database; run there");
        }
        test::TestServer server;
        server.start();
        {
            test::HttpClient client(server.url());
            test::ApiFixtures fixtures(client);
            fixtures.reportIn(u"in_progress"_s);
        }
        server.stop();
        const Target target{server.dataDirectory(), {}};
        const QString intact = verify(target, 0);
        QVERIFY2(intact.startsWith(u"audit chain intact"_s), qPrintable(intact));
        const qint64 entries = intact.section(u' ', 3, 3).toLongLong();
        QVERIFY(entries >= 10);
        const qint64 changed = entries - 4;

        dropProtection(target);
        auto db = openEmbedded(target.data);
        QVERIFY(db);
        QSqlQuery rows(db->connection());
        QVERIFY(rows.exec(u"SELECT seq, recorded_at, actor_id, actor_role, action, entity_kind, entity_id, "
                          u"coalesce(before_data, ''), coalesce(after_data, ''), acted_at, received_at, prev_hash "
                          u"FROM audit_log WHERE seq >= %1 ORDER BY seq"_s.arg(changed)));
        QString previous;
        int rechained = 0;
        while (rows.next()) {
            const qint64 seq = rows.value(0).toLongLong();
            QStringList fields;
            for (int column = 2; column <= 8; ++column) {
                fields.append(rows.value(column).toString());
            }
            if (seq == changed) {
                previous = rows.value(11).toString();
                fields[4] = u"khong-ai-biet"_s; // the entity the entry was about
            }
            QByteArray message = QByteArray::number(seq) + '\x1f' + rows.value(1).toByteArray() + '\x1f';
            for (const QString &field : std::as_const(fields)) {
                message += field.toUtf8() + '\x1f';
            }
            message +=
                rows.value(9).toByteArray() + '\x1f' + rows.value(10).toByteArray() + '\x1f' + previous.toLatin1();
            const QString hash =
                QString::fromLatin1(QCryptographicHash::hash(message, QCryptographicHash::Sha256).toHex());
            QSqlQuery update(db->connection());
            update.prepare(u"UPDATE audit_log SET entity_id = ?, prev_hash = ?, hash = ? WHERE seq = ?"_s);
            update.addBindValue(fields.at(4));
            update.addBindValue(previous);
            update.addBindValue(hash);
            update.addBindValue(seq);
            QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
            previous = hash;
            ++rechained;
        }
        QCOMPARE(rechained, 5);
        db.reset();
        const QString out = verify(target, 1);
        QVERIFY2(out.contains(u"broken at entry %1"_s.arg(changed)) && out.contains(u"changed"_s), qPrintable(out));

        // Without the key, nothing is said to be intact.
        QProcess keyless;
        keyless.start(qEnvironmentVariable("IOC_ADMIN"), {u"audit"_s, u"verify"_s, u"--data"_s, target.data});
        keyless.waitForFinished(60000);
        QCOMPARE(keyless.exitCode(), 2);
        QVERIFY(keyless.readAllStandardError().contains("--audit-key-file"));
    }

    // Signed checkpoints (Ed25519): the server publishes its trail's head on the change feed; a
    // checkpoint kept elsewhere catches what the key cannot: a trail rewritten by someone who
    // holds the audit key too, which chains again and holds together on its own.
    void aRewrittenTrailDisagreesWithItsCheckpoints()
    {
        if (test::PostgresCluster::inUse()) {
            QSKIP("the rewrite is shown on the embedded database; the checkpoints are the same on PostgreSQL");
        }
        test::TestServer::Options options;
        options.extraArguments = {u"--checkpoint-interval"_s, u"1"_s, u"--scheduler-interval-ms"_s, u"200"_s};
        test::TestServer server(options);
        server.start();
        QJsonObject published;
        {
            test::HttpClient client(server.url());
            test::ApiFixtures fixtures(client);
            fixtures.reportIn(u"in_progress"_s);
            const QByteArray officer = fixtures.token(u"duty_officer"_s);
            // The head signed once the trail stopped growing (the scheduler signs every second).
            QTRY_VERIFY_WITH_TIMEOUT((published = checkpointOnFeed(client, officer),
                                      !published.isEmpty() && published.value(u"seq"_s).toInteger() >= 10),
                                     20000);
        }
        server.stop();
        const auto checkpoint = server::AuditCheckpoint::fromJson(published);
        QVERIFY(checkpoint.has_value());
        const QByteArray publicKey = QByteArray::fromBase64(published.value(u"public_key"_s).toString().toLatin1());
        QVERIFY(server::CheckpointSigner::verify(*checkpoint, publicKey));
        server::AuditCheckpoint forged = *checkpoint;
        forged.hash = QString(64, u'a');
        QVERIFY(!server::CheckpointSigner::verify(forged, publicKey));

        const Target target{server.dataDirectory(), {}};
        QTemporaryDir dir;
        const QString anchors = dir.filePath(u"anchors.jsonl"_s);
        writeLines(anchors, {published});
        QString out = verify(target, 0, {u"--anchors"_s, anchors});
        QVERIFY2(out.contains(u"agreeing with 1 signed checkpoint"_s), qPrintable(out));

        // The rewrite, by a holder of the database, server.key and the audit key: the entries from
        // a few before the checkpoint on are removed and written again, chained with the key.
        const qint64 from = checkpoint->seq - 2;
        dropProtection(target);
        {
            QString error;
            auto db = server::ServerDatabase::openEmbedded(target.data, {}, &error);
            QVERIFY2(db, qPrintable(error));
            const auto key =
                server::loadAuditKey(test::TestCertificates::instance().auditKeyFile(), target.data, &error);
            QVERIFY2(key, qPrintable(error));
            server::Sql sql(*db);
            QVERIFY(sql.exec(u"DROP TRIGGER IF EXISTS audit_log_no_update"_s));
            QVERIFY(sql.exec(u"DROP TRIGGER IF EXISTS audit_log_no_delete"_s));
            QVERIFY(sql.exec(u"DELETE FROM audit_log WHERE seq >= ?"_s, {from}));
            QVERIFY(db->setMeta(u"audit_seq"_s, QString::number(from - 1)));
            server::AuditLog rewritten(*db, &*key);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QVERIFY(db->transaction(
                [&] {
                    for (int i = 0; i < 4; ++i) {
                        if (!rewritten.append({u"u-truc1"_s,
                                               u"duty_officer"_s,
                                               u"add_note"_s,
                                               u"report"_s,
                                               u"khong-co-that"_s,
                                               now,
                                               now,
                                               {},
                                               {}},
                                              now, &error)) {
                            return false;
                        }
                    }
                    return true;
                },
                &error));
        }
        out = verify(target, 0);
        QVERIFY2(out.startsWith(u"audit chain intact"_s), qPrintable(out)); // the key alone is fooled
        out = verify(target, 1, {u"--anchors"_s, anchors});
        QVERIFY2(out.contains(u"broken at entry %1"_s.arg(checkpoint->seq)) && out.contains(u"rewritten"_s),
                 qPrintable(out));

        // An anchor the server did not sign is no evidence either way.
        writeLines(anchors, {forged.toJson()});
        out = verify(target, 1, {u"--anchors"_s, anchors});
        QVERIFY2(out.contains(u"not signed by this server's key"_s), qPrintable(out));
    }

    // The key is the server's alone, and never travels with the data or its backups.
    void theKeyLivesApartAndPrivate()
    {
        const QString key = test::TestCertificates::instance().auditKeyFile();
        QVERIFY(QFile::exists(key));
        const QFileDevice::Permissions more = QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                              QFileDevice::WriteGroup | QFileDevice::ReadOther |
                                              QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(key) & more, QFileDevice::Permissions());

        QTemporaryDir dir;
        const QString data = dir.filePath(u"data"_s);
        QVERIFY(QDir().mkpath(data));
        test::TestServer::Options options;
        options.dataDirectory = data;
        options.extraArguments = {u"--audit-key-file"_s, data + u"/audit.key"_s};
        test::TestServer inside(options);
        QVERIFY(!inside.tryStart());
        QVERIFY(inside.errorOutput().contains("lies in the data directory"));

        const QString shared = dir.filePath(u"shared.key"_s);
        QVERIFY(QFile::copy(key, shared));
        QVERIFY(
            QFile::setPermissions(shared, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        options.extraArguments = {u"--audit-key-file"_s, shared};
        test::TestServer readable(options);
        QVERIFY(!readable.tryStart());
        QVERIFY(readable.errorOutput().contains("may be read by others"));
    }

private:
    static std::unique_ptr<storage::Database> openEmbedded(const QString &data)
    {
        return test::TestServer::openEmbedded(data);
    }

    struct Target
    {
        QString data;
        QString postgresUrl;
    };

    static QString verify(const Target &target, int expectedExit, const QStringList &more = {})
    {
        QProcess process;
        process.start(
            qEnvironmentVariable("IOC_ADMIN"),
            (target.postgresUrl.isEmpty()
                 ? QStringList{u"audit"_s, u"verify"_s, u"--audit-key-file"_s,
                               test::TestCertificates::instance().auditKeyFile(), u"--data"_s, target.data}
                 : QStringList{u"audit"_s, u"verify"_s, u"--audit-key-file"_s,
                               test::TestCertificates::instance().auditKeyFile(), u"--db-url"_s, target.postgresUrl}) +
                more);
        process.waitForFinished(60000);
        if (process.exitCode() != expectedExit) {
            qWarning("%s", process.readAllStandardError().constData());
        }
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

    // The audit checkpoint the change feed carries now (empty if none yet).
    static QJsonObject checkpointOnFeed(test::HttpClient &client, const QByteArray &token)
    {
        const test::HttpResponse feed = client.get(u"/v1/changes?limit=1000"_s, token);
        QJsonObject found;
        for (const QJsonValue &value : feed.json.value(u"changes"_s).toArray()) {
            if (value.toObject().value(u"kind"_s).toString() == u"audit_checkpoint"_s) {
                found = value.toObject().value(u"data"_s).toObject();
            }
        }
        return found;
    }

    static void writeLines(const QString &path, const QList<QJsonObject> &objects)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        for (const QJsonObject &object : objects) {
            file.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
        }
    }

    // Whether a statement that changes rows succeeds (false: refused) on the server's database.
    static bool tryOnServerDb(const Target &target, const QString &sql)
    {
        if (!target.postgresUrl.isEmpty()) {
            QProcess process;
            process.start(u"psql"_s,
                          {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, target.postgresUrl, u"-c"_s, sql});
            process.waitForFinished(60000);
            return process.exitCode() == 0;
        }
        auto db = openEmbedded(target.data);
        QSqlQuery query(db->connection());
        return query.exec(sql);
    }

    // What the database's owner can do: drop the triggers that keep the trail append-only.
    static void dropProtection(const Target &target)
    {
        if (!target.postgresUrl.isEmpty()) {
            test::PostgresCluster::psql(target.postgresUrl, u"DROP TRIGGER audit_log_append_only ON audit_log"_s);
            return;
        }
        auto db = openEmbedded(target.data);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(u"DROP TRIGGER audit_log_no_update"_s));
        QVERIFY(query.exec(u"DROP TRIGGER audit_log_no_delete"_s));
    }

    static void execOnServerDb(const Target &target, const QString &sql)
    {
        if (!target.postgresUrl.isEmpty()) {
            QCOMPARE(test::PostgresCluster::psql(target.postgresUrl, sql + u" RETURNING 1"_s), QByteArray("1"));
            return;
        }
        QString error;
        const auto db = test::TestServer::openEmbedded(target.data, &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(sql));
        QVERIFY(query.numRowsAffected() == 1);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "testaudit.moc"

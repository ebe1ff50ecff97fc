#include "support/testserver.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace ioc;
using namespace Qt::StringLiterals;

// The demo's simulator: off unless asked; asked, the province's people act through the real
// workflow (new reports with examined photos, agency steps), and the feed shows it.
class TestSimulator final : public QObject
{
    Q_OBJECT

private slots:
    void quietWithoutSimulate()
    {
        test::TestServer server;
        server.start();
        test::HttpClient client(server.url());
        const QByteArray token = client.login(u"truc1"_s);
        const QString head = headCursor(client, token);
        QTest::qWait(3000);
        QCOMPARE(headCursor(client, token), head);
    }

    void simulatedPeopleAct()
    {
        test::TestServer server(test::TestServer::Options{true, {}, {u"--simulate"_s, u"600"_s}, {}, {}});
        server.start();
        test::HttpClient client(server.url());
        const QByteArray token = client.login(u"truc1"_s);
        const QString start = headCursor(client, token);
        QList<QJsonObject> changed;
        QElapsedTimer timer;
        timer.start();
        bool newReport = false;
        bool agencyStep = false;
        while (timer.elapsed() < 30000 && !(newReport && agencyStep)) {
            QTest::qWait(500);
            changed = changesSince(client, token, start);
            for (const QJsonObject &change : std::as_const(changed)) {
                const QJsonObject report = change.value(u"data"_s).toObject();
                const QJsonArray events = report.value(u"events"_s).toArray();
                if (report.value(u"id"_s).toString().startsWith(u"demo-"_s)) {
                    const QString last = events.last().toObject().value(u"action"_s).toString();
                    agencyStep = agencyStep || QStringList{u"agency_accept"_s,       u"submit_result"_s, u"dispatch"_s,
                                                           u"leader_approve"_s,      u"leader_return"_s, u"extend"_s,
                                                           u"return_not_competent"_s}
                                                   .contains(last);
                } else if (change.value(u"kind"_s).toString() == u"report"_s) {
                    // A citizen's report through the app, with a photo the server examined.
                    QCOMPARE(report.value(u"channel"_s).toString(), u"mobile_app"_s);
                    const QJsonObject facts =
                        report.value(u"media"_s).toArray().first().toObject().value(u"facts"_s).toObject();
                    QVERIFY(facts.value(u"has_exif"_s).toBool());
                    newReport = true;
                }
            }
        }
        QVERIFY2(newReport, qPrintable(QString::number(changed.size())));
        QVERIFY(agencyStep);
    }

    void simulateNeedsTheDemo()
    {
        QProcess process;
        process.start(test::TestServer::binary(), {u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, m_dir.path(),
                                                   u"--insecure-loopback-for-development"_s, u"--simulate"_s, u"5"_s});
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(process.exitCode() != 0);
        QVERIFY(process.readAllStandardError().contains("--demo"));
    }

private:
    static QList<QJsonObject> changesSince(test::HttpClient &client, const QByteArray &token, QString cursor)
    {
        QList<QJsonObject> changes;
        for (;;) {
            const test::HttpResponse page = client.get(u"/v1/changes?cursor=%1&limit=1000"_s.arg(cursor), token);
            for (const QJsonValue &value : page.json.value(u"changes"_s).toArray()) {
                if (value.toObject().value(u"kind"_s).toString() == u"report"_s) {
                    changes.append(value.toObject());
                }
            }
            cursor = page.json.value(u"next_cursor"_s).toString();
            if (!page.json.value(u"has_more"_s).toBool()) {
                return changes;
            }
        }
    }

    static QString headCursor(test::HttpClient &client, const QByteArray &token)
    {
        QString cursor = u"0"_s;
        for (;;) {
            const test::HttpResponse page = client.get(u"/v1/changes?cursor=%1&limit=1000"_s.arg(cursor), token);
            cursor = page.json.value(u"next_cursor"_s).toString();
            if (!page.json.value(u"has_more"_s).toBool()) {
                return cursor;
            }
        }
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "testsimulator.moc"

#include "core/slapolicy.h"
#include "support/testserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace ioc;
using namespace Qt::StringLiterals;

namespace {

// One sample of the text format: `name{labels} value`, labels as written.
std::optional<double> sample(const QByteArray &text, const QString &nameAndLabels)
{
    for (const QByteArray &line : text.split('\n')) {
        const QString l = QString::fromUtf8(line);
        if (l.startsWith(nameAndLabels + u' ')) {
            bool ok = false;
            const double value = l.mid(nameAndLabels.size() + 1).toDouble(&ok);
            return ok ? std::optional<double>(value) : std::nullopt;
        }
    }
    return std::nullopt;
}

// Every sample of a metric, by its labels.
QHash<QString, double> samples(const QByteArray &text, const QString &name)
{
    QHash<QString, double> found;
    const QRegularExpression pattern(u"^"_s + QRegularExpression::escape(name) + u"(\\{[^}]*\\})? (\\S+)$"_s);
    for (const QByteArray &line : text.split('\n')) {
        const auto match = pattern.match(QString::fromUtf8(line));
        if (match.hasMatch()) {
            found.insert(match.captured(1), match.captured(2).toDouble());
        }
    }
    return found;
}

// The running countdown clocks past due at `now`, by step and agency as the metric labels them, and how
// many reports have one.
std::pair<QHash<QString, double>, double> overdueAt(const QList<QJsonObject> &reports, const QDateTime &now)
{
    QHash<QString, double> overdue;
    double late = 0;
    for (const QJsonObject &report : reports) {
        bool any = false;
        for (const QJsonValue &c : report.value(u"clocks"_s).toArray()) {
            const QJsonObject clock = c.toObject();
            const QDateTime due = QDateTime::fromString(clock.value(u"due_at"_s).toString(), Qt::ISODateWithMs);
            // Countdowns only (core::clockKind): a judging clock is never late (§16).
            const auto step = core::clockStepFromName(clock.value(u"step"_s).toString());
            if (clock.value(u"status"_s).toString() == u"running"_s && step &&
                core::clockKind(*step) == core::ClockKind::Countdown && due.isValid() && due < now) {
                overdue[u"{step=\"%1\",agency=\"%2\"}"_s.arg(clock.value(u"step"_s).toString(),
                                                             clock.value(u"agency_id"_s).toString())] += 1;
                any = true;
            }
        }
        late += any ? 1 : 0;
    }
    return {overdue, late};
}

} // namespace

// /v1/metrics on the real server over TLS: who may read it, requests counted and timed as they
// are answered, and the figures read from the database equal to what the change feed shows.
class TestMetrics final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server.start();
        m_client = std::make_unique<test::HttpClient>(m_server.url());
        m_admin = m_client->login(u"quantri"_s);
        m_supervisor = m_client->login(u"giamsat1"_s); // sees every report (an administrator none)
    }

    void onlyAnAdministratorOrAConfiguredAddressReads()
    {
        QCOMPARE(m_client->get(u"/v1/metrics"_s).status, 401);
        QCOMPARE(m_client->get(u"/v1/metrics"_s, "not-a-token").status, 401);
        QCOMPARE(m_client->get(u"/v1/metrics"_s, m_client->login(u"truc1"_s)).status, 403);
        QCOMPARE(m_client->get(u"/v1/metrics"_s, m_client->login(u"giamsat1"_s)).status, 403);
        const test::HttpResponse scrape = m_client->get(u"/v1/metrics"_s, m_admin);
        QCOMPARE(scrape.status, 200);
        QVERIFY(scrape.headers.value("content-type").startsWith("text/plain; version=0.0.4"));

        // A monitoring host named by --metrics-from needs no token; others still do.
        test::TestServer open(test::TestServer::Options{false, {}, {u"--metrics-from"_s, u"127.0.0.0/8"_s}, {}, {}});
        open.start();
        test::HttpClient anonymous(open.url());
        QCOMPARE(anonymous.get(u"/v1/metrics"_s).status, 200);
        test::TestServer elsewhere(
            test::TestServer::Options{false, {}, {u"--metrics-from"_s, u"10.20.0.0/16"_s}, {}, {}});
        elsewhere.start();
        QCOMPARE(test::HttpClient(elsewhere.url()).get(u"/v1/metrics"_s).status, 401);
    }

    void requestsAreCountedAndTimedByRoute()
    {
        const QString health = u"ioc_http_requests_total{route=\"/v1/health\",method=\"GET\",code=\"200\"}"_s;
        const QByteArray before = m_client->get(u"/v1/metrics"_s, m_admin).body;
        const double healthBefore = sample(before, health).value_or(0);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(m_client->get(u"/v1/health"_s).status, 200);
        }
        QCOMPARE(m_client->get(u"/v1/reports/r-nowhere"_s, m_admin).status, 404);
        QCOMPARE(m_client->get(u"/v1/no/such/path/x7"_s).status, 404);
        const QByteArray after = m_client->get(u"/v1/metrics"_s, m_admin).body;
        QCOMPARE(sample(after, health).value_or(-1), healthBefore + 3);
        // By the route's pattern, never the path a client made up.
        QVERIFY(sample(after, u"ioc_http_requests_total{route=\"/v1/reports/{id}\",method=\"GET\",code=\"404\"}"_s));
        QVERIFY(sample(after, u"ioc_http_requests_total{route=\"unmatched\",method=\"GET\",code=\"404\"}"_s));
        QVERIFY(!after.contains("x7"));
        QVERIFY(!after.contains("r-nowhere"));

        // The histogram agrees with the counters: cumulative buckets, +Inf = count.
        const QString labels = u"route=\"/v1/health\",method=\"GET\""_s;
        const double count = sample(after, u"ioc_http_request_duration_seconds_count{"_s + labels + u'}').value_or(-1);
        QCOMPARE(count, healthBefore + 3);
        QCOMPARE(sample(after, u"ioc_http_request_duration_seconds_bucket{"_s + labels + u",le=\"+Inf\"}"_s),
                 std::optional<double>(count));
        double previous = 0;
        for (const char *le : {"0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10", "30"}) {
            const auto bucket = sample(after, u"ioc_http_request_duration_seconds_bucket{"_s + labels + u",le=\""_s +
                                                  QString::fromLatin1(le) + u"\"}"_s);
            QVERIFY2(bucket && *bucket >= previous && *bucket <= count, le);
            previous = *bucket;
        }
        QVERIFY(sample(after, u"ioc_http_request_duration_seconds_sum{"_s + labels + u'}').value_or(-1) > 0);
    }

    // The queue depths and the overdue clocks, as the server counts them, equal what the change
    // feed shows a supervisor, counted here from the reports' own clocks.
    void figuresEqualTheReportsInTheFeed()
    {
        // A clock may fall due between reading the feed and the scrape: then read both again.
        for (int attempt = 0; attempt < 3; ++attempt) {
            const QDateTime before = QDateTime::currentDateTimeUtc();
            QList<QJsonObject> reports;
            QString cursor = u"0"_s;
            for (;;) {
                const test::HttpResponse page =
                    m_client->get(u"/v1/changes?cursor=%1&limit=1000"_s.arg(cursor), m_supervisor);
                QCOMPARE(page.status, 200);
                for (const QJsonValue &value : page.json.value(u"changes"_s).toArray()) {
                    const QJsonObject change = value.toObject();
                    if (change.value(u"kind"_s).toString() == u"report"_s && !change.value(u"deleted"_s).toBool()) {
                        reports.append(change.value(u"data"_s).toObject());
                    }
                }
                cursor = page.json.value(u"next_cursor"_s).toString();
                if (!page.json.value(u"has_more"_s).toBool()) {
                    break;
                }
            }
            const test::HttpResponse scrape = m_client->get(u"/v1/metrics"_s, m_admin);
            const QDateTime after = QDateTime::currentDateTimeUtc();
            QCOMPARE(scrape.status, 200);
            const auto [overdueBefore, lateBefore] = overdueAt(reports, before);
            const auto [overdueAfter, lateAfter] = overdueAt(reports, after);
            if (overdueBefore != overdueAfter) {
                continue;
            }
            QHash<QString, double> states;
            for (const QJsonObject &report : std::as_const(reports)) {
                states[u"{state=\"%1\"}"_s.arg(report.value(u"state"_s).toString())] += 1;
            }
            QCOMPARE(samples(scrape.body, u"ioc_reports"_s), states);
            QVERIFY2(lateBefore > 0, "the demo has overdue reports: otherwise this compares nothing");
            QCOMPARE(samples(scrape.body, u"ioc_clocks_overdue"_s), overdueBefore);
            QCOMPARE(sample(scrape.body, u"ioc_reports_overdue"_s), std::optional<double>(lateBefore));
            QCOMPARE(sample(scrape.body, u"ioc_feed_head_cursor"_s), std::optional<double>(cursor.toDouble()));
            QCOMPARE(sample(scrape.body, u"ioc_ready"_s), std::optional<double>(1));
            return;
        }
        QFAIL("clocks kept falling due between the feed and the scrape");
    }

    void cleanupTestCase() { m_server.stop(); }

private:
    test::TestServer m_server;
    std::unique_ptr<test::HttpClient> m_client;
    QByteArray m_admin;
    QByteArray m_supervisor;
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "testmetrics.moc"

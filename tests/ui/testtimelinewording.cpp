// The console's wording (issue "Wave 2 · 10", §6 and §8): what a person reads is Vietnamese and
// never an internal identifier. The real console, signed in as a duty officer (truc1) to the real
// ioc-server over TLS, in its default language: before any report is chosen the detail says so in
// Vietnamese, and the timeline of a report whose clock ran out (the server's own `clock_overdue`
// event, raised by its scheduler) names the event and the clock in words.
#include "consoleapplication.h"
#include "consolecontroller.h"
#include "core/vntime.h"
#include "support/apifixtures.h"
#include "support/consolegui.h"
#include "support/testserver.h"
#include "ui/mainwindow.h"
#include "ui/report/reportdetail.h"

#include <QJsonArray>
#include <QLabel>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUuid>

using namespace ioc;
using namespace Qt::StringLiterals;

class TestTimelineWording final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::useTestSettings(u"testtimelinewording"_s);
        m_server.start();
        m_http = std::make_unique<test::HttpClient>(m_server.url());
        m_fixtures = std::make_unique<test::ApiFixtures>(*m_http);
        // An urgent hotline report taken two hours ago: its 30 minutes to distribute ran out.
        const test::HttpResponse created = m_http->post(
            u"/v1/reports"_s,
            test::toJson({{u"title"_s, u"Cháy kho hàng"_s},
                          {u"content"_s, u"Cháy kho hàng gần chợ Đông Hà"_s},
                          {u"category_id"_s, u"fire"_s},
                          {u"channel"_s, u"hotline"_s},
                          {u"acted_at"_s, core::vntime::toIso8601(QDateTime::currentDateTimeUtc().addSecs(-7200))},
                          {u"position"_s, QJsonObject{{u"latitude"_s, 16.8165},
                                                      {u"longitude"_s, 107.1002},
                                                      {u"area_id"_s, u"dong-ha"_s},
                                                      {u"source"_s, u"address"_s}}},
                          {u"reporter"_s, QJsonObject{{u"kind"_s, u"person"_s}, {u"full_name"_s, u"Lê Văn C"_s}}}}),
            m_fixtures->token(u"duty_officer"_s),
            {{"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}});
        QVERIFY2(created.status == 201, created.body.constData());
        m_id = created.json.value(u"report"_s).toObject().value(u"id"_s).toString();
        QTRY_VERIFY_WITH_TIMEOUT(hasEvent(u"clock_overdue"_s), 10000);
        m_window = test::startConsole(m_console, m_dir.path(), m_server.url(), u"truc1"_s);
        QVERIFY(m_window);
    }

    void cleanupTestCase()
    {
        m_window->close();
        m_server.stop();
    }

    // Before a report is chosen: Vietnamese (the panel is built before the translator is
    // installed, and says it again when the language arrives).
    void nothingChosenIsSaidInVietnamese()
    {
        const auto *heading = m_window->findChild<QLabel *>(u"reportHeading"_s);
        QVERIFY(heading);
        QCOMPARE(heading->text(), u"<i>Chưa chọn phản ánh.</i>"_s);
    }

    // The timeline: the server's event and its clock in words; no identifier anywhere in the
    // detail.
    void theServersEventsAreNamedInWords()
    {
        QVERIFY(test::selectInQueue(m_console, m_id));
        auto *browser = m_window->findChild<QTextBrowser *>(u"reportBrowser"_s);
        QVERIFY(browser);
        QTRY_VERIFY(browser->toPlainText().contains(u"Quá hạn: Phân phối"_s));
        const QString text = browser->toPlainText();
        const QRegularExpression identifier(u"\\b[a-z]+(_[a-z]+)+\\b"_s);
        const QRegularExpressionMatch found = identifier.match(text);
        QVERIFY2(!found.hasMatch(), qPrintable(u"\"%1\" in:\n%2"_s.arg(found.captured(), text)));
        QVERIFY2(!text.contains(u"system"_s), qPrintable(text));
    }

private:
    bool hasEvent(const QString &action)
    {
        const QJsonArray events = m_http->get(u"/v1/reports/"_s + m_id, m_fixtures->token(u"duty_officer"_s))
                                      .json.value(u"report"_s)
                                      .toObject()
                                      .value(u"events"_s)
                                      .toArray();
        return std::any_of(events.begin(), events.end(),
                           [&](const QJsonValue &e) { return e[u"action"_s].toString() == action; });
    }

    QTemporaryDir m_dir;
    test::TestServer m_server{{.demo = true,
                               .dataDirectory = {},
                               .extraArguments = {u"--demo-reports"_s, u"20"_s, u"--scheduler-interval-ms"_s, u"200"_s},
                               .postgresUrl = {},
                               .environment = {}}};
    std::unique_ptr<test::HttpClient> m_http;
    std::unique_ptr<test::ApiFixtures> m_fixtures;
    ConsoleApplication m_console;
    ui::MainWindow *m_window = nullptr;
    QString m_id;
};

QTEST_MAIN(TestTimelineWording)
#include "testtimelinewording.moc"

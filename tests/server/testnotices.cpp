#include "core/sms.h"
#include "demodata.h"
#include "dispatcher.h"
#include "notices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;
using namespace Qt::StringLiterals;

// Who is told what (server/notices.h, docs/channels.md), without a server: the lead agency's
// contact person and leader on distribution and reminders, by SMS and e-mail, never naming a
// reporter who did not agree to it; the reporter on the channel the report came by, and a call
// back where there is no channel to send on.
class TestNotices final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const core::Area &a : server::demo::areas()) {
            m_directory.addArea(a);
        }
        for (const core::Agency &a : server::demo::agencies()) {
            m_directory.addAgency(a);
        }
    }

    void distributionGoesToTheContactAndTheLeader()
    {
        core::Report report = sample(core::Channel::MobileApp);
        const auto drafts = server::notices::draftsFor(report, event(u"distribute"_s), m_directory);
        const core::Agency *agency = m_directory.agency(u"ubnd-dong-ha"_s);
        QVERIFY(agency != nullptr);
        QStringList sent;
        for (const auto &d : drafts) {
            QCOMPARE(d.audience, u"agency"_s);
            QCOMPARE(d.templateName, u"agency_distributed"_s);
            sent.append(d.channel + u' ' + d.recipient);
            QVERIFY2(d.body.contains(report.code), qPrintable(d.body));
        }
        sent.sort();
        QStringList expected{u"sms "_s + agency->contact.phone, u"sms "_s + agency->leader.phone,
                             u"email "_s + agency->contact.email};
        expected.sort();
        QCOMPARE(sent, expected);
    }

    // Vietnamese SMS go as UCS-2: the agency's texts take at most two parts (134 characters)
    // for every agency of the province and a title of any length (shortened to 40 characters).
    void agencySmsFitTwoParts()
    {
        core::Report report = sample(core::Channel::MobileApp);
        report.title = QString(200, u'ư');
        report.code = u"PA-2026-1234567"_s;
        for (const core::Agency &agency : server::demo::agencies()) {
            report.leadAgencyId = agency.id;
            QList<core::ReportEvent> events{event(u"distribute"_s), event(u"remind"_s)};
            // A clock about to run out, for every agency clock (the duty's words differ in length).
            for (const core::ClockStep step : core::allClockSteps()) {
                if (core::isAgencyClock(step) && core::clockKind(step) == core::ClockKind::Countdown) {
                    core::ReportEvent due = event(u"clock_due_soon"_s);
                    due.payload = {{u"step"_s, core::clockStepName(step)},
                                   {u"due_at"_s, u"2026-12-05T14:30:00+07:00"_s},
                                   {u"agency_id"_s, agency.id}};
                    events.append(due);
                }
            }
            for (const core::ReportEvent &e : events) {
                const auto drafts = server::notices::draftsFor(report, e, m_directory);
                QVERIFY2(!drafts.isEmpty(), qPrintable(e.action + u' ' + agency.id));
                for (const auto &d : drafts) {
                    if (d.channel == u"sms"_s) {
                        const core::sms::Encoding encoding = core::sms::encode(d.body);
                        QVERIFY2(encoding.ucs2 && encoding.parts <= 2,
                                 qPrintable(u"%1 units: %2"_s.arg(encoding.units).arg(d.body)));
                    }
                }
            }
        }
    }

    // The caller named in the title: masked for the agency, unless the reporter agreed to share.
    void agenciesReadNoIdentityWithoutConsent()
    {
        core::Report report = sample(core::Channel::Hotline);
        report.title = u"Ông Phan Văn Em báo đèn đường hỏng"_s;
        for (const bool consent : {false, true}) {
            report.consents.shareWithAgency = consent;
            const auto drafts = server::notices::draftsFor(report, event(u"distribute"_s), m_directory);
            QVERIFY(!drafts.isEmpty());
            for (const auto &d : drafts) {
                QCOMPARE(d.body.contains(u"Phan Văn Em"_s), consent);
            }
        }
    }

    void theReporterIsToldOnTheirChannel_data()
    {
        QTest::addColumn<int>("channel");
        QTest::addColumn<bool>("account");
        QTest::addColumn<QString>("expected"); // channel and recipient, or empty for nothing
        QTest::newRow("app") << int(core::Channel::MobileApp) << true << u"in_app acc-7"_s;
        QTest::newRow("portal") << int(core::Channel::WebPortal) << true << u"in_app acc-7"_s;
        QTest::newRow("e-mail") << int(core::Channel::Email) << false << u"email an@example.vn"_s;
        QTest::newRow("hotline") << int(core::Channel::Hotline) << false << u"callback 0912345678"_s;
        QTest::newRow("facebook") << int(core::Channel::Facebook) << false << u"callback 0912345678"_s;
        QTest::newRow("zalo") << int(core::Channel::Zalo) << false << u"callback 0912345678"_s;
        QTest::newRow("connected system") << int(core::Channel::ConnectedSystem) << false << QString();
    }

    void theReporterIsToldOnTheirChannel()
    {
        QFETCH(int, channel);
        QFETCH(bool, account);
        QFETCH(QString, expected);
        core::Report report = sample(core::Channel(channel));
        if (!account) {
            report.reporter.accountId.clear();
        }
        core::ReportEvent reject = event(u"reject"_s);
        reject.payload.insert(u"reply"_s, u"Phản ánh không thuộc phạm vi tiếp nhận."_s);
        const auto drafts = server::notices::draftsFor(report, reject, m_directory);
        if (expected.isEmpty()) {
            QVERIFY(drafts.isEmpty());
            return;
        }
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().audience, u"citizen"_s);
        QCOMPARE(drafts.first().templateName, u"citizen_rejected"_s);
        QCOMPARE(drafts.first().channel + u' ' + drafts.first().recipient, expected);
        QCOMPARE(drafts.first().body, u"Phản ánh không thuộc phạm vi tiếp nhận."_s);
    }

    void aConfidentialResultIsMarked()
    {
        core::Report report = sample(core::Channel::MobileApp);
        core::ReportEvent publish = event(u"publish"_s);
        publish.payload.insert(u"confidential"_s, true);
        publish.payload.insert(u"reply"_s, u"Kết quả gửi riêng Ông/Bà."_s);
        const auto drafts = server::notices::draftsFor(report, publish, m_directory);
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().templateName, u"citizen_result_confidential"_s);
    }

    // Actions that concern nobody outside the console send nothing.
    void otherActionsSendNothing()
    {
        const core::Report report = sample(core::Channel::MobileApp);
        for (const QString &action : {u"claim"_s, u"add_note"_s, u"accept"_s, u"set_urgent"_s}) {
            QVERIFY2(server::notices::draftsFor(report, event(action), m_directory).isEmpty(), qPrintable(action));
        }
    }

    // A wrong channels file stops the server with one line that says what is wrong.
    void aWrongChannelsFileIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QString body = u"{\"to\": {{recipient}}, \"text\": {{body}}}"_s;
        const auto sms = [&body](QJsonObject channel, QJsonObject root = {}) {
            if (!channel.contains(u"body"_s)) {
                channel.insert(u"body"_s, body);
            }
            root.insert(u"sms"_s, channel);
            return QJsonDocument(root).toJson();
        };
        const QString https = u"https://sms.example.vn/send"_s;
        QTest::newRow("not JSON") << QByteArray("{sms:") << u"not a JSON object"_s;
        QTest::newRow("plain http") << sms({{u"url"_s, u"http://sms.example.vn/send"_s}})
                                    << u"\"url\" must be an https:// address"_s;
        QTest::newRow("no body placeholder") << sms({{u"url"_s, https}, {u"body"_s, u"{\"to\": {{recipient}}}"_s}})
                                             << u"must hold {{recipient}} and {{body}}"_s;
        QTest::newRow("missing secret") << sms({{u"url"_s, https}, {u"auth_value_file"_s, u"/nonexistent/token"_s}})
                                        << u"/nonexistent/token"_s;
        QTest::newRow("lease within timeout")
            << sms({{u"url"_s, https}, {u"timeout_seconds"_s, 10}}, {{u"lease_seconds"_s, 10}})
            << u"lease_seconds (10) must exceed"_s;
        QTest::newRow("e-mail over HTTP")
            << QJsonDocument(QJsonObject{{u"email"_s, QJsonObject{{u"url"_s, u"http://mail.example.vn"_s},
                                                                  {u"from"_s, u"ioc@example.vn"_s}}}})
                   .toJson()
            << u"must be smtp://host:port"_s;
        QTest::newRow("e-mail without a sender")
            << QJsonDocument(QJsonObject{{u"email"_s, QJsonObject{{u"url"_s, u"smtp://mail.example.vn:587"_s}}}})
                   .toJson()
            << u"\"from\" must be an e-mail address"_s;
        QTest::newRow("no attempts") << QByteArray("{\"attempts\": 0}") << u"must be positive"_s;
    }

    void aWrongChannelsFileIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"channels.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(json) == json.size());
        file.close();
        QString problem;
        QVERIFY(!server::ChannelsConfig::fromFile(file.fileName(), &problem));
        QVERIFY2(problem.contains(error) && problem.startsWith(u"--channels "_s), qPrintable(problem));
    }

    void aGoodChannelsFileIsRead()
    {
        QTemporaryDir dir;
        QFile token(dir.filePath(u"token"_s));
        QVERIFY(token.open(QIODevice::WriteOnly) && token.write("s3cret\n") > 0);
        token.close();
        QFile file(dir.filePath(u"channels.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QJsonObject sms{{u"url"_s, u"https://sms.example.vn/send"_s},
                              {u"auth_prefix"_s, u"Bearer "_s},
                              {u"auth_value_file"_s, token.fileName()},
                              {u"body"_s, u"{\"to\": {{recipient}}, \"text\": {{body}}, \"ref\": {{id}}}"_s}};
        file.write(QJsonDocument(QJsonObject{{u"sms"_s, sms}, {u"retry_seconds"_s, QJsonArray{5, 60}}}).toJson());
        file.close();
        QString problem;
        const auto config = server::ChannelsConfig::fromFile(file.fileName(), &problem);
        QVERIFY2(config, qPrintable(problem));
        QCOMPARE(config->channels(), (QSet<QString>{u"in_app"_s, u"sms"_s}));
        QCOMPARE(config->http.value(u"sms"_s).authValue, QByteArray("Bearer s3cret"));
        QCOMPARE(config->retrySeconds, (QList<int>{5, 60}));
        // The template's placeholders become JSON strings: quotes and line breaks escaped.
        server::Notification message;
        message.id = u"m-1"_s;
        message.draft.recipient = u"0905 101101"_s;
        message.draft.body = u"Dòng \"một\"\nDòng hai"_s;
        const QByteArray body =
            server::NotificationDispatcher::requestBody(config->http.value(u"sms"_s).bodyTemplate, message);
        const QJsonObject parsed = QJsonDocument::fromJson(body).object();
        QCOMPARE(parsed.value(u"to"_s).toString(), message.draft.recipient);
        QCOMPARE(parsed.value(u"text"_s).toString(), message.draft.body);
        QCOMPARE(parsed.value(u"ref"_s).toString(), u"m-1"_s);
    }

private:
    static core::Report sample(core::Channel channel)
    {
        core::Report report;
        report.id = u"r-1"_s;
        report.code = u"PA-2026-000081"_s;
        report.title = u"Ổ gà trên đường Hùng Vương"_s;
        report.channel = channel;
        report.leadAgencyId = u"ubnd-dong-ha"_s;
        report.position.areaId = u"dong-ha"_s;
        report.reporter.fullName = u"Phan Văn Em"_s;
        report.reporter.phone = u"0912345678"_s;
        report.reporter.email = u"an@example.vn"_s;
        report.reporter.accountId = u"acc-7"_s;
        return report;
    }

    static core::ReportEvent event(const QString &action)
    {
        core::ReportEvent e;
        e.action = action;
        return e;
    }

    core::Directory m_directory;
};

QTEST_GUILESS_MAIN(TestNotices)
#include "testnotices.moc"

#include "support/apifixtures.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace ioc::test;
using namespace Qt::StringLiterals;

// The supervision records on the real server: reminder letters (/v1/letters, Điều 14.3.a)
// numbered per year by the server, for the IOC to issue and the agency concerned to read; and
// cooperation assessments (/v1/assessments, 14.2.c), one per agency and period, recorded by a
// supervisor. Both reach the replicas through the change feed, an agency's only its own.
class TestSupervisionApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server.start();
        m_http = std::make_unique<HttpClient>(m_server.url());
        m_fixtures = std::make_unique<ApiFixtures>(*m_http);
        m_truc1 = m_http->login(u"truc1"_s);
        m_giamsat1 = m_http->login(u"giamsat1"_s);
        m_xuly1 = m_http->login(u"xuly1"_s); // UBND thành phố Đông Hà
        m_report = m_fixtures->reportIn(u"distributed"_s);
    }

    void lettersAreNumberedPerYear()
    {
        const QJsonObject first = issue(u"ubnd-dong-ha"_s, {m_report});
        const QJsonObject second = issue(u"so-tnmt"_s, {m_report});
        QCOMPARE(first.value(u"number"_s).toString(), u"01/NN-TTCNTT"_s);
        QCOMPARE(second.value(u"number"_s).toString(), u"02/NN-TTCNTT"_s);
        QCOMPARE(first.value(u"year"_s).toInt(), QDate::currentDate().year());
        QCOMPARE(first.value(u"issued_by"_s).toString(), u"u-truc1"_s);
        QCOMPARE(first.value(u"report_ids"_s).toArray(), QJsonArray{m_report});
        m_ownLetter = first.value(u"id"_s).toString();
        m_otherLetter = second.value(u"id"_s).toString();
    }

    // The agency reads its own letters, in the list and in its change feed; the IOC all.
    void anAgencyReadsOnlyItsOwnLetters()
    {
        QStringList agency = idsOf(m_http->get(u"/v1/letters"_s, m_xuly1));
        QVERIFY(agency.contains(m_ownLetter));
        QVERIFY(!agency.contains(m_otherLetter));
        const QStringList ioc = idsOf(m_http->get(u"/v1/letters"_s, m_giamsat1));
        QVERIFY(ioc.contains(m_ownLetter) && ioc.contains(m_otherLetter));
        QCOMPARE(feedIds(m_xuly1, u"letter"_s), QStringList{m_ownLetter});
        QStringList all = feedIds(m_truc1, u"letter"_s);
        all.sort();
        QStringList both{m_ownLetter, m_otherLetter};
        both.sort();
        QCOMPARE(all, both);
    }

    void badLettersAreRefused()
    {
        const auto post = [this](const QJsonObject &body, const QByteArray &token) {
            return m_http->post(u"/v1/letters"_s, QJsonDocument(body).toJson(), token);
        };
        QJsonObject good{{u"agency_id"_s, u"ubnd-dong-ha"_s},
                         {u"report_ids"_s, QJsonArray{m_report}},
                         {u"subject"_s, u"V/v chậm xử lý"_s},
                         {u"body"_s, u"Đề nghị khẩn trương xử lý."_s},
                         {u"signatory"_s, u"Nguyễn Văn Giám"_s}};
        QJsonObject bad = good;
        bad.insert(u"agency_id"_s, u"no-such-agency"_s);
        QCOMPARE(post(bad, m_truc1).errorCode(), u"unknown_agency"_s);
        bad = good;
        bad.insert(u"report_ids"_s, QJsonArray{});
        QCOMPARE(post(bad, m_truc1).errorCode(), u"reports_required"_s);
        bad.insert(u"report_ids"_s, QJsonArray{u"00000000-0000-0000-0000-000000000000"_s});
        QCOMPARE(post(bad, m_truc1).errorCode(), u"unknown_report"_s);
        bad = good;
        bad.insert(u"body"_s, u"   "_s);
        QCOMPARE(post(bad, m_truc1).errorCode(), u"text_required"_s);
        bad = good;
        bad.remove(u"signatory"_s);
        QCOMPARE(post(bad, m_truc1).errorCode(), u"signatory_required"_s);
        // Agencies and citizens issue no letters.
        QCOMPARE(post(good, m_xuly1).status, 403);
        QCOMPARE(post(good, m_http->login(u"congdan1"_s)).status, 403);
        // None of these took a number.
        QCOMPARE(issue(u"ubnd-dong-ha"_s, {m_report}).value(u"number"_s).toString(), u"03/NN-TTCNTT"_s);
    }

    // One assessment per agency and period: recording it again replaces it (same id).
    void assessmentsOnePerAgencyAndPeriod()
    {
        const QJsonObject body{{u"agency_id"_s, u"ubnd-dong-ha"_s},
                               {u"from"_s, u"2026-10-15"_s},
                               {u"to"_s, u"2026-11-14"_s},
                               {u"level"_s, u"fair"_s},
                               {u"text"_s, u"Hai lần không nghe máy đường dây nóng."_s}};
        const HttpResponse first = m_http->post(u"/v1/assessments"_s, QJsonDocument(body).toJson(), m_giamsat1);
        QCOMPARE(first.status, 201);
        QJsonObject changed = body;
        changed.insert(u"level"_s, u"poor"_s);
        const HttpResponse second = m_http->post(u"/v1/assessments"_s, QJsonDocument(changed).toJson(), m_giamsat1);
        QCOMPARE(second.status, 201);
        const QString id = first.json.value(u"assessment"_s).toObject().value(u"id"_s).toString();
        QCOMPARE(second.json.value(u"assessment"_s).toObject().value(u"id"_s).toString(), id);
        QCOMPARE(feedIds(m_xuly1, u"assessment"_s), QStringList{id});
        // Only a supervisor assesses; the level is one of three; the period is a real one.
        QCOMPARE(m_http->post(u"/v1/assessments"_s, QJsonDocument(body).toJson(), m_truc1).status, 403);
        changed.insert(u"level"_s, u"excellent"_s);
        QCOMPARE(m_http->post(u"/v1/assessments"_s, QJsonDocument(changed).toJson(), m_giamsat1).errorCode(),
                 u"invalid_value"_s);
        changed.insert(u"level"_s, u"good"_s);
        changed.insert(u"to"_s, u"2026-10-01"_s);
        QCOMPARE(m_http->post(u"/v1/assessments"_s, QJsonDocument(changed).toJson(), m_giamsat1).errorCode(),
                 u"invalid_value"_s);
    }

    // 14.3.f: a repeat is linked only to a report already handled (published), and only by the
    // IOC; the link is the report's, in its JSON and its feed.
    void aRepeatLinksOnlyAHandledReport()
    {
        const QString earlier = m_fixtures->reportIn(u"published"_s);
        const QString open = m_fixtures->reportIn(u"in_progress"_s);
        const QString repeat = m_fixtures->reportIn(u"verified"_s);
        const auto mark = [this, &repeat](const QString &original, const QByteArray &token) {
            return m_http->post(u"/v1/reports/%1/actions"_s.arg(repeat),
                                QJsonDocument(QJsonObject{{u"action"_s, u"mark_repeat"_s},
                                                          {u"payload"_s, QJsonObject{{u"repeat_of"_s, original}}}})
                                    .toJson(),
                                token,
                                {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)},
                                 {"If-Match", '"' + QByteArray::number(m_fixtures->version(repeat)) + '"'}});
        };
        const HttpResponse notHandled = mark(open, m_truc1);
        QCOMPARE(notHandled.status, 422);
        QCOMPARE(notHandled.errorCode(), u"repeat_original_not_handled"_s);
        QCOMPARE(mark(u"00000000-0000-0000-0000-000000000000"_s, m_truc1).errorCode(), u"unknown_report"_s);
        // An agency does not even see a report not distributed to it (the role is refused anyway:
        // tests/data/cases/dieu-14.3.f-a-repeat-of-a-handled-report.json).
        QCOMPARE(mark(earlier, m_xuly1).status, 404);
        const HttpResponse linked = mark(earlier, m_truc1);
        QCOMPARE(linked.status, 200);
        QCOMPARE(m_fixtures->report(repeat).value(u"repeat_of"_s).toString(), earlier);
    }

private:
    QJsonObject issue(const QString &agencyId, const QStringList &reports)
    {
        const QJsonObject body{{u"agency_id"_s, agencyId},
                               {u"report_ids"_s, QJsonArray::fromStringList(reports)},
                               {u"subject"_s, u"V/v chậm xử lý phản ánh hiện trường"_s},
                               {u"body"_s, u"Đề nghị đơn vị khẩn trương xử lý các phản ánh nêu trên."_s},
                               {u"signatory"_s, u"Nguyễn Văn Giám"_s},
                               {u"signatory_title"_s, u"GIÁM ĐỐC"_s}};
        const HttpResponse response = m_http->post(u"/v1/letters"_s, QJsonDocument(body).toJson(), m_truc1);
        if (response.status != 201) {
            qWarning("issue: %d %s", response.status, response.body.constData());
        }
        return response.json.value(u"letter"_s).toObject();
    }

    QStringList feedIds(const QByteArray &token, const QString &kind)
    {
        QStringList ids;
        QString cursor = u"0"_s;
        for (int page = 0; page < 200; ++page) {
            const HttpResponse response = m_http->get(u"/v1/changes?cursor=%1&limit=1000"_s.arg(cursor), token);
            for (const QJsonValue &change : response.json.value(u"changes"_s).toArray()) {
                if (change.toObject().value(u"kind"_s).toString() == kind) {
                    ids.append(change.toObject().value(u"id"_s).toString());
                }
            }
            cursor = response.json.value(u"next_cursor"_s).toString();
            if (!response.json.value(u"has_more"_s).toBool()) {
                break;
            }
        }
        return ids;
    }

    static QStringList idsOf(const HttpResponse &response)
    {
        QStringList ids;
        for (const QJsonValue &item : response.json.value(u"items"_s).toArray()) {
            ids.append(item.toObject().value(u"id"_s).toString());
        }
        return ids;
    }

    TestServer m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<ApiFixtures> m_fixtures;
    QByteArray m_truc1;
    QByteArray m_giamsat1;
    QByteArray m_xuly1;
    QString m_report;
    QString m_ownLetter;
    QString m_otherLetter;
};

QTEST_GUILESS_MAIN(TestSupervisionApi)
#include "testsupervisionapi.moc"

#include "apiserver.h"
#include "support/apifixtures.h"
#include "support/hostprocess.h"
#include "support/open311testing.h"
#include "support/testserver.h"

#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using namespace ioc;
using namespace ioc::test::open311;
using namespace Qt::StringLiterals;

namespace {

const QStringList requestElements{u"service_request_id"_s,
                                  u"status"_s,
                                  u"status_notes"_s,
                                  u"service_name"_s,
                                  u"service_code"_s,
                                  u"description"_s,
                                  u"agency_responsible"_s,
                                  u"service_notice"_s,
                                  u"requested_datetime"_s,
                                  u"updated_datetime"_s,
                                  u"expected_datetime"_s,
                                  u"address"_s,
                                  u"address_id"_s,
                                  u"zipcode"_s,
                                  u"lat"_s,
                                  u"long"_s,
                                  u"media_url"_s};
const QStringList updateElements{u"update_id"_s,           u"service_request_id"_s, u"status"_s,
                                 u"updated_datetime"_s,    u"description"_s,        u"media_url"_s,
                                 u"external_status_code"_s};

} // namespace

// Open311 GeoReport v2 (docs/open311.md) on the real server over TLS, on the embedded database and
// on PostgreSQL: every resource in both formats, checked against the specification's structure by
// a strict parser; filing, following and the public's view as the workflow moves; errors and
// repeats; a second, independent client. Keys, limits, the audit and pictures: testopen311access.
class TestOpen311 final : public QObject
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
        m_other = addSystem(*m_http, m_fixtures->token(u"admin"_s), u"he-thong-thu-hai"_s, u"Hệ thống thứ hai"_s);
    }

    // docs/open311.md is the contract: every route the server answers is in its table, and no
    // other one.
    void theContractListsEveryRoute()
    {
        QFile file(qEnvironmentVariable("IOC_SOURCE_DIR") + u"/docs/open311.md"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString contract = QString::fromUtf8(file.readAll());
        QSet<QString> documented;
        static const QRegularExpression row(u"^\\| `(GET|POST) ([^`]+)` \\|"_s, QRegularExpression::MultilineOption);
        for (auto it = row.globalMatch(contract); it.hasNext();) {
            const auto match = it.next();
            documented.insert(match.captured(1) + u' ' + match.captured(2));
        }
        QSet<QString> served;
        for (const server::Route &route : server::ApiServer::open311Routes()) {
            QString path = route.pattern.mid(u"/open311/v2/"_s.size());
            path.replace(u".{format}"_s, path.startsWith(u"media/"_s) ? u".jpg"_s : u".{xml,json}"_s);
            served.insert(QString::fromLatin1(route.method) + u' ' + path);
        }
        QCOMPARE(documented, served);
    }

    void everyResourceInBothFormats()
    {
        Element root;
        QString problem;
        const test::HttpResponse discovery = get(u"discovery.xml"_s);
        QCOMPARE(discovery.status, 200);
        QCOMPARE(discovery.headers.value("content-type"), QByteArray("text/xml; charset=utf-8"));
        QVERIFY2(parseStrictXml(discovery.body, &root, &problem), qPrintable(problem));
        QCOMPARE(root.name, u"discovery"_s);
        QCOMPARE(root.names(), (QStringList{u"changeset"_s, u"contact"_s, u"key_service"_s, u"endpoints"_s}));
        const Element endpoint = root.child(u"endpoints"_s).child(u"endpoint"_s);
        QCOMPARE(endpoint.value(u"specification"_s), u"http://wiki.open311.org/GeoReport_v2"_s);
        QVERIFY(endpoint.value(u"url"_s).endsWith(u"/open311/v2"_s));
        QCOMPARE(endpoint.child(u"formats"_s).children.size(), 2);
        const QJsonObject discoveryJson = QJsonDocument::fromJson(get(u"discovery.json"_s).body).object();
        QCOMPARE(discoveryJson.value(u"endpoints"_s).toArray().first().toObject().value(u"formats"_s).toArray(),
                 (QJsonArray{u"text/xml"_s, u"application/json"_s}));

        const test::HttpResponse services = get(u"services.xml"_s);
        QCOMPARE(services.status, 200);
        QVERIFY2(parseStrictXml(services.body, &root, &problem), qPrintable(problem));
        QCOMPARE(root.name, u"services"_s);
        QCOMPARE(root.children.size(), 13); // the demo's active categories
        bool road = false;
        for (const Element &service : root.children) {
            QCOMPARE(service.name, u"service"_s);
            QCOMPARE(service.names(), (QStringList{u"service_code"_s, u"service_name"_s, u"description"_s,
                                                   u"metadata"_s, u"type"_s, u"keywords"_s, u"group"_s}));
            QCOMPARE(service.value(u"type"_s), u"realtime"_s);
            QCOMPARE(service.value(u"metadata"_s), u"true"_s);
            QVERIFY(!service.value(u"description"_s).isEmpty() && !service.value(u"keywords"_s).isEmpty());
            if (service.value(u"service_code"_s) == u"road"_s) {
                road = true;
                QCOMPARE(service.value(u"service_name"_s), u"Giao thông, hạ tầng đường bộ"_s);
                QCOMPARE(service.value(u"group"_s), u"Hạ tầng đô thị"_s);
            }
        }
        QVERIFY(road);
        const test::HttpResponse servicesJson = get(u"services.json"_s);
        QCOMPARE(servicesJson.headers.value("content-type"), QByteArray("application/json; charset=utf-8"));
        const QJsonArray list = QJsonDocument::fromJson(servicesJson.body).array();
        QCOMPARE(list.size(), 13);
        QCOMPARE(list.first().toObject().keys().size(), 7);

        const test::HttpResponse definition = get(u"services/road.xml"_s);
        QCOMPARE(definition.status, 200);
        QVERIFY2(parseStrictXml(definition.body, &root, &problem), qPrintable(problem));
        QCOMPARE(root.name, u"service_definition"_s);
        QCOMPARE(root.names(), (QStringList{u"service_code"_s, u"attributes"_s}));
        QStringList codes;
        for (const Element &attribute : root.child(u"attributes"_s).children) {
            QCOMPARE(attribute.name, u"attribute"_s);
            codes.append(attribute.value(u"code"_s));
            QCOMPARE(attribute.value(u"variable"_s), u"true"_s);
            QCOMPARE(attribute.value(u"required"_s), u"false"_s);
            if (attribute.value(u"datatype"_s) == u"singlevaluelist"_s) {
                QCOMPARE(attribute.child(u"values"_s).child(u"value"_s).names(), (QStringList{u"key"_s, u"name"_s}));
            } else {
                QCOMPARE(attribute.value(u"datatype"_s), u"string"_s);
            }
        }
        QCOMPARE(codes, (QStringList{u"reporter_kind"_s, u"share_identity_with_agency"_s, u"confidential_result"_s,
                                     u"reporter_address"_s, u"citizen_id"_s, u"representative"_s}));
        const QJsonObject definitionJson = QJsonDocument::fromJson(get(u"services/road.json"_s).body).object();
        QCOMPARE(definitionJson.value(u"attributes"_s).toArray().size(), 6);

        // The list of requests in XML: the demo's public reports, each with every element.
        const test::HttpResponse requests = get(u"requests.xml?status=open,closed"_s);
        QCOMPARE(requests.status, 200);
        QVERIFY2(parseStrictXml(requests.body, &root, &problem), qPrintable(problem));
        QCOMPARE(root.name, u"service_requests"_s);
        QVERIFY2(root.children.size() > 10, qPrintable(QString::number(root.children.size())));
        for (const Element &request : std::as_const(root.children)) {
            QCOMPARE(request.name, u"request"_s);
            QCOMPARE(request.names(), requestElements);
        }
        QCOMPARE(QJsonDocument::fromJson(get(u"requests.json?status=open,closed"_s).body).array().size(),
                 root.children.size());
    }

    void filingFollowsTheWorkflow()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
        const QString description = u"Rác thải đổ trộm ven đường Lê Duẩn. Đã ba ngày chưa được thu gom."_s;
        const test::HttpResponse filed =
            m_http->post(u"/open311/v2/requests.xml"_s,
                         form({{u"api_key"_s, m_system.key},
                               {u"service_code"_s, u"environment"_s},
                               {u"lat"_s, u"16.8165"_s},
                               {u"long"_s, u"107.1002"_s},
                               {u"address_string"_s, u"Đường Lê Duẩn, phường Đông Hà"_s},
                               {u"description"_s, description},
                               {u"first_name"_s, u"Văn An"_s},
                               {u"last_name"_s, u"Nguyễn"_s},
                               {u"phone"_s, u"0912345678"_s},
                               {u"email"_s, u"an.nguyen@example.vn"_s},
                               {u"attribute[citizen_id]"_s, u"045190001234"_s},
                               {u"attribute[reporter_address]"_s, u"12 Lê Duẩn, Đông Hà"_s},
                               {u"attribute[share_identity_with_agency]"_s, u"true"_s}}),
                         {}, formType);
        QCOMPARE(filed.status, 200);
        Element root;
        QString problem;
        QVERIFY2(parseStrictXml(filed.body, &root, &problem), qPrintable(problem));
        QCOMPARE(root.name, u"service_requests"_s);
        QCOMPARE(root.child(u"request"_s).names(),
                 (QStringList{u"service_request_id"_s, u"service_notice"_s, u"account_id"_s}));
        const QString code = root.child(u"request"_s).value(u"service_request_id"_s);
        QVERIFY2(QRegularExpression(u"^PA-\\d{4}-\\d{6}$"_s).match(code).hasMatch(), qPrintable(code));

        // What the server stored: the system's intake, the reporter in Vietnamese order, consent.
        const QJsonObject stored =
            QJsonDocument::fromJson(
                m_server->querySql(u"SELECT data FROM reports WHERE code = '%1'"_s.arg(code)).toUtf8())
                .object();
        QCOMPARE(stored.value(u"channel"_s).toString(), u"connected_system"_s);
        QCOMPARE(stored.value(u"title"_s).toString(), u"Rác thải đổ trộm ven đường Lê Duẩn"_s);
        QCOMPARE(stored.value(u"content"_s).toString(), description);
        const QJsonObject reporter = stored.value(u"reporter"_s).toObject();
        QCOMPARE(reporter.value(u"full_name"_s).toString(), u"Nguyễn Văn An"_s);
        QCOMPARE(reporter.value(u"citizen_id"_s).toString(), u"045190001234"_s);
        QCOMPARE(reporter.value(u"address"_s).toString(), u"12 Lê Duẩn, Đông Hà"_s);
        QVERIFY(stored.value(u"consents"_s).toObject().value(u"share_with_agency"_s).toBool());
        QCOMPARE(stored.value(u"position"_s).toObject().value(u"area_id"_s).toString(), u"dong-ha"_s);
        QCOMPARE(stored.value(u"source_system_id"_s).toString(), m_system.id); // which system filed it
        const QString id = stored.value(u"id"_s).toString();

        // Before verification only the system that filed it sees it.
        QCOMPARE(get(u"requests/%1.json"_s.arg(code)).status, 404);
        QCOMPARE(QJsonDocument::fromJson(get(u"requests.json?service_request_id=%1"_s.arg(code)).body).array().size(),
                 0);
        const test::HttpResponse own = get(u"requests/%1.json?api_key=%2"_s.arg(code, m_system.key));
        QCOMPARE(own.status, 200);
        QJsonObject request = QJsonDocument::fromJson(own.body).array().first().toObject();
        QCOMPARE(request.value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(request.value(u"description"_s).toString(), description); // Vietnamese round trip
        QCOMPARE(request.value(u"lat"_s).toDouble(), 16.8165);
        QCOMPARE(request.value(u"long"_s).toDouble(), 107.1002);
        QCOMPARE(request.value(u"service_name"_s).toString(), u"Ô nhiễm môi trường"_s);
        QVERIFY(!own.body.contains("Nguyễn") && !own.body.contains("0912345678") && !own.body.contains("045190001234"));

        // The workflow moves; the public follows from verification on.
        m_fixtures->must(u"duty_officer"_s, id, u"accept"_s);
        QCOMPARE(get(u"requests/%1.json"_s.arg(code)).status, 200);
        m_fixtures->must(u"duty_officer"_s, id, u"distribute"_s, {{u"lead_agency_id"_s, u"ubnd-dong-ha"_s}});
        m_fixtures->must(u"agency_staff"_s, id, u"agency_accept"_s);
        request = QJsonDocument::fromJson(get(u"requests/%1.json"_s.arg(code)).body).array().first().toObject();
        QCOMPARE(request.value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(request.value(u"agency_responsible"_s).toString(), u"UBND thành phố Đông Hà"_s);
        QVERIFY(!request.value(u"expected_datetime"_s).toString().isEmpty());
        m_fixtures->must(u"agency_staff"_s, id, u"submit_result"_s,
                         {{u"result"_s, test::ApiFixtures::resultText()},
                          {u"attachments"_s, QJsonArray{m_fixtures->resultPhoto()}}});
        m_fixtures->must(u"agency_leader"_s, id, u"leader_approve"_s);
        m_fixtures->must(u"duty_officer"_s, id, u"publish"_s);

        const test::HttpResponse published = get(u"requests/%1.xml"_s.arg(code));
        QVERIFY2(parseStrictXml(published.body, &root, &problem), qPrintable(problem));
        const Element element = root.child(u"request"_s);
        QCOMPARE(element.names(), requestElements);
        QCOMPARE(element.value(u"status"_s), u"closed"_s);
        QVERIFY(element.value(u"status_notes"_s).contains(u"Đã vá ổ gà"_s));
        QVERIFY(!published.body.contains("Nguyễn Văn An"));
        QVERIFY(QDateTime::fromString(element.value(u"requested_datetime"_s), Qt::ISODate).isValid());
        // W3C, to the second, in Vietnam's time.
        const QRegularExpression w3c(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00$"_s);
        QVERIFY2(w3c.match(element.value(u"requested_datetime"_s)).hasMatch(),
                 qPrintable(element.value(u"requested_datetime"_s)));
        QVERIFY(w3c.match(element.value(u"updated_datetime"_s)).hasMatch());

        // The updates over the window: each public step once, in order, closed at publication.
        const QString window = u"start_date=%1&end_date=%2"_s.arg(
            QString::fromLatin1(QUrl::toPercentEncoding(before.toOffsetFromUtc(7 * 3600).toString(Qt::ISODate))),
            QString::fromLatin1(
                QUrl::toPercentEncoding(QDateTime::currentDateTimeUtc().addSecs(5).toString(Qt::ISODate))));
        const test::HttpResponse updates = get(u"servicerequestupdates.xml?api_key=%1&%2"_s.arg(m_system.key, window));
        QCOMPARE(updates.status, 200);
        QVERIFY2(parseStrictXml(updates.body, &root, &problem), qPrintable(problem));
        QCOMPARE(root.name, u"service_request_updates"_s);
        QStringList steps;
        QString photo;
        for (const Element &update : root.children) {
            QCOMPARE(update.name, u"request_update"_s);
            QCOMPARE(update.names(), updateElements);
            if (update.value(u"service_request_id"_s) != code) {
                continue;
            }
            steps.append(update.value(u"external_status_code"_s) + u'/' + update.value(u"status"_s));
            if (update.value(u"external_status_code"_s) == u"published"_s) {
                photo = update.value(u"media_url"_s);
                QVERIFY(update.value(u"description"_s).startsWith(u"Kết quả xử lý: "_s));
            }
        }
        QCOMPARE(steps,
                 (QStringList{u"received/open"_s, u"verified/open"_s, u"distributed/open"_s, u"in_progress/open"_s,
                              u"awaiting_approval/open"_s, u"approved/open"_s, u"published/closed"_s}));
        // Anyone sees the public steps only: no intake.
        const test::HttpResponse otherSystem =
            get(u"servicerequestupdates.json?api_key=%1&%2"_s.arg(m_other.key, window));
        QStringList publicSteps;
        for (const QJsonValue &update : QJsonDocument::fromJson(otherSystem.body).array()) {
            if (update.toObject().value(u"service_request_id"_s) == code) {
                publicSteps.append(update.toObject().value(u"external_status_code"_s).toString());
            }
        }
        QCOMPARE(publicSteps.first(), u"verified"_s);
        QCOMPARE(publicSteps.size(), 6);

        // The result photo, without its metadata, to anyone.
        QVERIFY2(photo.contains(u"/open311/v2/media/"_s), qPrintable(photo));
        const test::HttpResponse picture = m_http->get(QUrl(photo).path());
        QCOMPARE(picture.status, 200);
        QCOMPARE(picture.headers.value("content-type"), QByteArray("image/jpeg"));
        QVERIFY(!QImage::fromData(picture.body).isNull());
        QVERIFY(!picture.body.contains("Exif"));
        QCOMPARE(m_http->get(u"/open311/v2/media/%1.jpg"_s.arg(QString(64, u'a'))).status, 404);
    }

    void onlyWhatThePublicMaySee()
    {
        const QString inProgress = codeOf(m_fixtures->reportIn(u"in_progress"_s));
        const QString received = codeOf(m_fixtures->reportIn(u"received"_s));
        const QString rejected = codeOf(m_fixtures->reportIn(u"rejected"_s));
        const QString hiddenId = m_fixtures->reportIn(u"in_progress"_s);
        m_fixtures->must(u"duty_officer"_s, hiddenId, u"hide"_s, {{u"reason"_s, u"Ngôn từ xúc phạm"_s}});
        const QString nonPublicId = m_fixtures->reportIn(u"verified"_s);
        m_fixtures->must(u"duty_officer"_s, nonPublicId, u"set_public"_s,
                         {{u"public"_s, false}, {u"reason"_s, u"Tố cáo cán bộ (Điều 9.2)"_s}});
        test::ApiFixtures::Options confidential;
        confidential.confidential = true;
        const QString secret = codeOf(m_fixtures->reportIn(u"published"_s, confidential));
        const QString hidden = codeOf(hiddenId);
        const QString nonPublic = codeOf(nonPublicId);

        QCOMPARE(get(u"requests/%1.json"_s.arg(inProgress)).status, 200);
        for (const QString &code : {received, rejected, hidden, nonPublic, secret}) {
            QCOMPARE(get(u"requests/%1.json"_s.arg(code)).status, 404);
            // Nor to a connected system that did not file it.
            QCOMPARE(get(u"requests/%1.json?api_key=%2"_s.arg(code, m_system.key)).status, 404);
        }
        const QString all = QStringList{inProgress, received, rejected, hidden, nonPublic, secret}.join(u',');
        const QJsonArray listed =
            QJsonDocument::fromJson(get(u"requests.json?service_request_id=%1"_s.arg(all)).body).array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value(u"service_request_id"_s).toString(), inProgress);
        // The window's list and the updates hold none of them either.
        const QByteArray window = get(u"requests.json?status=open,closed"_s).body;
        const QByteArray updates = get(u"servicerequestupdates.json?api_key=%1"_s.arg(m_system.key)).body;
        QVERIFY2(window.contains(inProgress.toLatin1()),
                 qPrintable(inProgress + u' ' + QString::fromUtf8(window.left(300))));
        QVERIFY2(updates.contains(inProgress.toLatin1()),
                 qPrintable(inProgress + u' ' + QString::fromUtf8(updates.left(300))));
        for (const QString &code : {received, rejected, hidden, nonPublic, secret}) {
            QVERIFY2(!window.contains(code.toLatin1()), qPrintable(code));
            QVERIFY2(!updates.contains(code.toLatin1()), qPrintable(code));
        }
        // The status filter.
        QVERIFY(!get(u"requests.json?status=closed"_s).body.contains(inProgress.toLatin1()));
        // The fixtures' reports are potholes (road).
        QVERIFY(get(u"requests.json?service_code=road"_s).body.contains(inProgress.toLatin1()));
        QVERIFY(!get(u"requests.json?service_code=environment"_s).body.contains(inProgress.toLatin1()));
    }

    void errorsFollowTheSpecification()
    {
        const auto errorsOf = [](const test::HttpResponse &response) {
            Element root;
            QString problem;
            if (!parseStrictXml(response.body, &root, &problem) || root.name != u"errors"_s) {
                return QStringList{u"not an error list: "_s + problem + QString::fromUtf8(response.body.left(200))};
            }
            QStringList codes;
            for (const Element &error : root.children) {
                if (error.names() != QStringList{u"code"_s, u"description"_s} ||
                    error.value(u"description"_s).isEmpty()) {
                    return QStringList{u"malformed error"_s};
                }
                codes.append(error.value(u"code"_s));
            }
            return codes;
        };
        const auto post = [this](const QByteArray &body) {
            return m_http->post(u"/open311/v2/requests.xml"_s, body, {}, formType);
        };
        test::HttpResponse response = post(form({{u"service_code"_s, u"road"_s}, {u"lat"_s, u"16.8"_s}}));
        QCOMPARE(response.status, 400);
        QCOMPARE(errorsOf(response), QStringList{u"400"_s});
        QVERIFY(response.body.contains("api_key"));
        response = post(form({{u"api_key"_s, m_system.key}}));
        QCOMPARE(response.status, 400);
        QCOMPARE(errorsOf(response), (QStringList{u"400"_s, u"400"_s})); // service_code and a location
        response = post(form({{u"api_key"_s, m_system.key},
                              {u"service_code"_s, u"khong-co"_s},
                              {u"lat"_s, u"16.8"_s},
                              {u"long"_s, u"107.1"_s}}));
        QCOMPARE(response.status, 400);
        QVERIFY(response.body.contains("khong-co"));
        response = post(form({{u"api_key"_s, m_system.key},
                              {u"service_code"_s, u"road"_s},
                              {u"lat"_s, u"north"_s},
                              {u"long"_s, u"107.1"_s}}));
        QCOMPARE(response.status, 400);
        response = post(form({{u"api_key"_s, u"ioc311_not-a-key-of-this-server"_s},
                              {u"service_code"_s, u"road"_s},
                              {u"lat"_s, u"16.8"_s},
                              {u"long"_s, u"107.1"_s}}));
        QCOMPARE(response.status, 403);
        QCOMPARE(errorsOf(response), QStringList{u"403"_s});
        QCOMPARE(get(u"services/khong-co.xml"_s).status, 404);
        const test::HttpResponse json = get(u"services/khong-co.json"_s);
        QCOMPARE(json.status, 404);
        QCOMPARE(QJsonDocument::fromJson(json.body).array().first().toObject().value(u"code"_s).toInt(), 404);
        QCOMPARE(get(u"services.html"_s).status, 404);
        // The router's own refusals under /open311/ are the specification's list too.
        response = get(u"nowhere.xml"_s);
        QCOMPARE(response.status, 404);
        QCOMPARE(errorsOf(response), QStringList{u"404"_s});
        response = get(u"requests/PA%202026.xml"_s);
        QCOMPARE(response.status, 400);
        QCOMPARE(errorsOf(response), QStringList{u"400"_s});
        response = test::HttpClient::wait(m_http->send("DELETE", u"/open311/v2/services.xml"_s, {}, {}));
        QCOMPARE(response.status, 405);
        QCOMPARE(errorsOf(response), QStringList{u"405"_s});
        QCOMPARE(get(u"servicerequestupdates.xml"_s).status, 400); // the key is required
        QCOMPARE(get(u"requests.xml?start_date=yesterday"_s).status, 400);
        // A text longer than the workflow allows: its reason, in the specification's list.
        response = post(form({{u"api_key"_s, m_system.key},
                              {u"service_code"_s, u"road"_s},
                              {u"lat"_s, u"16.8"_s},
                              {u"long"_s, u"107.1"_s},
                              {u"description"_s, QString(6000, u'x')}}));
        QCOMPARE(response.status, 400);
        QCOMPARE(errorsOf(response), QStringList{u"400"_s});
    }

    void anAddressAloneIsEnough()
    {
        const test::HttpResponse filed =
            m_http->post(u"/open311/v2/requests.json"_s,
                         form({{u"api_key"_s, m_system.key},
                               {u"service_code"_s, u"lighting"_s},
                               {u"address_string"_s, u"Kiệt 5 Hùng Vương, phuong Dong Ha"_s},
                               {u"description"_s, u"Đèn đường tắt cả tuần"_s}}),
                         {}, formType);
        QCOMPARE(filed.status, 200);
        const QJsonObject answer = QJsonDocument::fromJson(filed.body).array().first().toObject();
        QVERIFY(!answer.value(u"service_notice"_s).toString().isEmpty()); // the position is an estimate
        const QJsonObject position =
            QJsonDocument::fromJson(m_server
                                        ->querySql(u"SELECT data FROM reports WHERE code = '%1'"_s.arg(
                                            answer.value(u"service_request_id"_s).toString()))
                                        .toUtf8())
                .object()
                .value(u"position"_s)
                .toObject();
        QCOMPARE(position.value(u"source"_s).toString(), u"address"_s);
        QCOMPARE(position.value(u"area_id"_s).toString(), u"dong-ha"_s);
    }

    void aRepeatedRequestIsOneReport()
    {
        const QByteArray body = form({{u"api_key"_s, m_system.key},
                                      {u"service_code"_s, u"road"_s},
                                      {u"lat"_s, u"16.8170001"_s},
                                      {u"long"_s, u"107.1010001"_s},
                                      {u"description"_s, u"Ổ gà  lớn trước  số 20 Trần Hưng Đạo"_s}});
        const QString first = filedId(m_http->post(u"/open311/v2/requests.json"_s, body, {}, formType));
        QVERIFY(!first.isEmpty());
        // The same again, the white space and the seventh decimal changed: the first report.
        const QByteArray again = form({{u"api_key"_s, m_system.key},
                                       {u"service_code"_s, u"road"_s},
                                       {u"lat"_s, u"16.8170004"_s},
                                       {u"long"_s, u"107.1010003"_s},
                                       {u"description"_s, u"Ổ gà lớn trước số 20 Trần Hưng Đạo "_s},
                                       {u"first_name"_s, u"Bình"_s}});
        QCOMPARE(filedId(m_http->post(u"/open311/v2/requests.json"_s, again, {}, formType)), first);
        // Two at the same moment: one report.
        const QByteArray other = form({{u"api_key"_s, m_system.key},
                                       {u"service_code"_s, u"road"_s},
                                       {u"lat"_s, u"16.8180"_s},
                                       {u"long"_s, u"107.1020"_s},
                                       {u"description"_s, u"Nắp cống vỡ"_s}});
        QNetworkReply *one = m_http->send("POST", u"/open311/v2/requests.json"_s, other, {}, formType);
        QNetworkReply *two = m_http->send("POST", u"/open311/v2/requests.json"_s, other, {}, formType);
        const QString a = filedId(test::HttpClient::wait(one));
        const QString b = filedId(test::HttpClient::wait(two));
        QVERIFY(!a.isEmpty() && a != first);
        QCOMPARE(a, b);
        const auto count = [this](const QString &code) {
            return m_server->querySql(
                u"SELECT count(*) FROM reports WHERE data LIKE '%Nắp cống vỡ%' AND code <= '%1'"_s.arg(code));
        };
        QCOMPARE(count(a), u"1"_s);
        // Another description is another report; so is the same one after the window.
        const QString different = filedId(m_http->post(u"/open311/v2/requests.json"_s,
                                                       form({{u"api_key"_s, m_system.key},
                                                             {u"service_code"_s, u"road"_s},
                                                             {u"lat"_s, u"16.8180"_s},
                                                             {u"long"_s, u"107.1020"_s},
                                                             {u"description"_s, u"Nắp cống vỡ, nguy hiểm"_s}}),
                                                       {}, formType));
        QVERIFY(!different.isEmpty() && different != a);
        m_server->execSql(u"UPDATE report_events SET received_at = received_at - 660000 WHERE report_id = "
                          "(SELECT id FROM reports WHERE code = '%1')"_s.arg(a));
        const QString later = filedId(m_http->post(u"/open311/v2/requests.json"_s, other, {}, formType));
        QVERIFY(!later.isEmpty() && later != a);
        QCOMPARE(filedId(m_http->post(u"/open311/v2/requests.json"_s, other, {}, formType)), later);
    }

    // A second, independent client (Python's standard library) files a report in XML, reads it in
    // JSON and follows its updates while the IOC and the agency move it to publication.
    void aSecondClientFilesAndFollows()
    {
        test::HostProcess client;
        QVERIFY(
            client.start(u"python3"_s, {qEnvironmentVariable("IOC_SOURCE_DIR") + u"/tests/server/open311client.py"_s,
                                        u"--base"_s, m_server->url().toString() + u"/open311/v2"_s, u"--ca"_s,
                                        test::TestCertificates::instance().caFile(), u"--api-key"_s, m_system.key}));
        QByteArray output;
        QRegularExpressionMatch filed;
        for (int i = 0; i < 300 && !filed.hasMatch() && client.isRunning(); ++i) {
            client.waitForOutput(100);
            output += client.readStandardOutput();
            filed = QRegularExpression(u"^filed (PA-\\S+)$"_s, QRegularExpression::MultilineOption)
                        .match(QString::fromUtf8(output));
        }
        QVERIFY2(filed.hasMatch(), QByteArray(output + client.readStandardError()).constData());
        const QString id = m_server->querySql(u"SELECT id FROM reports WHERE code = '%1'"_s.arg(filed.captured(1)));
        m_fixtures->must(u"duty_officer"_s, id, u"accept"_s);
        m_fixtures->must(u"duty_officer"_s, id, u"distribute"_s, {{u"lead_agency_id"_s, u"ubnd-dong-ha"_s}});
        m_fixtures->must(u"agency_staff"_s, id, u"agency_accept"_s);
        m_fixtures->must(u"agency_staff"_s, id, u"submit_result"_s,
                         {{u"result"_s, test::ApiFixtures::resultText(u"Đã dừng lò đốt, dọn sạch khu vực."_s)},
                          {u"attachments"_s, QJsonArray{m_fixtures->resultPhoto()}}});
        m_fixtures->must(u"agency_leader"_s, id, u"leader_approve"_s);
        m_fixtures->must(u"duty_officer"_s, id, u"publish"_s);
        QVERIFY(client.waitForFinished(60000));
        output += client.readStandardOutput();
        QVERIFY2(client.exitCode() == 0, QByteArray(output + client.readStandardError()).constData());
        QVERIFY2(output.contains("update published closed\nrequest closed"), output.constData());
        QVERIFY(output.contains("update received open") && output.contains("update in_progress open"));
    }

private:
    test::HttpResponse get(const QString &resource) { return m_http->get(u"/open311/v2/"_s + resource); }

    QString codeOf(const QString &reportId) { return m_fixtures->report(reportId).value(u"code"_s).toString(); }

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::HttpClient> m_http;
    std::unique_ptr<test::ApiFixtures> m_fixtures;
    System m_system; // the connected system filing the tests' requests
    System m_other;  // another one, which filed none of them
};

QTEST_GUILESS_MAIN(TestOpen311)
#include "testopen311.moc"

#include "support/apifixtures.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace ioc;
using namespace Qt::StringLiterals;

// Who learns who reported (Điều 5.6, PRODUCT.md §17), against the real server over TLS. The
// review read every report with its reporter's identity as the demo's connected system, and, as
// an agency officer, named a reporter who had not consented: the events carried the citizen's
// account id, and the accounts list mapped it to a name.
class TestDisclosure final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::TestServer::Options options;
        options.extraArguments = {u"--demo-reports"_s, u"3"_s};
        m_server = std::make_unique<test::TestServer>(options);
        m_server->start();
        m_client = std::make_unique<test::HttpClient>(m_server->url());
        m_fixtures = std::make_unique<test::ApiFixtures>(*m_client);
        m_citizenId = m_client->get(u"/v1/me"_s, m_fixtures->token(u"citizen"_s))
                          .json.value(u"user"_s)
                          .toObject()
                          .value(u"id"_s)
                          .toString();
        QVERIFY(!m_citizenId.isEmpty());
    }

    // The demo's 1022 switchboard files reports and follows the ones it filed: nothing else.
    void aConnectedSystemReadsOnlyWhatItFiled()
    {
        const QByteArray system = m_client->login(u"ketnoi1022"_s);
        QCOMPARE(m_client->get(u"/v1/changes?limit=1000"_s, system).status, 403);
        QCOMPARE(m_client->get(u"/v1/changes/wait?cursor=0&timeout=0"_s, system).status, 403);
        QCOMPARE(m_client->get(u"/v1/users"_s, system).status, 403);
        const QString others = m_fixtures->reportIn(u"received"_s);
        QCOMPARE(m_client->get(u"/v1/reports/"_s + others, system).status, 404);

        const test::HttpResponse created = m_client->post(u"/v1/reports"_s, test::toJson(switchboardReport()), system,
                                                          {{"Idempotency-Key", newKey()}});
        QCOMPARE(created.status, 201);
        const QString id = created.json.value(u"report"_s).toObject().value(u"id"_s).toString();
        const test::HttpResponse own = m_client->get(u"/v1/reports/"_s + id, system);
        QCOMPARE(own.status, 200);
        QCOMPARE(own.json.value(u"report"_s).toObject().value(u"state"_s).toString(), u"received"_s);
        QVERIFY2(!own.body.contains("0912345678") && !own.body.contains("Đặng Thị Mai"), own.body.constData());
        QCOMPARE(m_client->act(system, id, u"add_note"_s, {{u"text"_s, u"Ghi chú"_s}}).status, 403);

        // Filed by the `system` actor on behalf of the account, which the timeline names.
        const QJsonObject first = m_client->get(u"/v1/reports/"_s + id, m_fixtures->token(u"duty_officer"_s))
                                      .json.value(u"report"_s)
                                      .toObject()
                                      .value(u"events"_s)
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(first.value(u"action"_s).toString(), u"create"_s);
        QCOMPARE(first.value(u"actor_role"_s).toString(), u"system"_s);
        QCOMPARE(first.value(u"actor_id"_s).toString(), u"u-ketnoi1022"_s);
    }

    // No account becomes the server's own actor.
    void noAccountIsTheSystemActor()
    {
        const test::HttpResponse refused = m_client->post(u"/v1/users"_s,
                                                          test::toJson({{u"username"_s, u"gia-mao"_s},
                                                                        {u"display_name"_s, u"Giả mạo"_s},
                                                                        {u"role"_s, u"system"_s},
                                                                        {u"password"_s, u"mat-khau-dai-du"_s}}),
                                                          m_fixtures->token(u"admin"_s));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), u"invalid_value"_s);
    }

    // The reporter did not consent to share their identity with the agency: the agency reads the
    // report, its timeline and the staff list, and none of it names the reporter.
    void anAgencyCannotIdentifyAWithheldReporter()
    {
        const QString id = m_fixtures->reportIn(u"published"_s);
        const QJsonObject identity = reveal(u"duty_officer"_s, id).json.value(u"identity"_s).toObject();
        const QString name = identity.value(u"full_name"_s).toString();
        QCOMPARE(name, u"Võ Thị Mai"_s);
        QVERIFY(!m_fixtures->report(id).value(u"reply_text"_s).toString().isEmpty());

        const QByteArray agency = m_fixtures->token(u"agency_staff"_s);
        const test::HttpResponse read = m_client->get(u"/v1/reports/"_s + id, agency);
        QCOMPARE(read.status, 200);
        const QJsonObject report = read.json.value(u"report"_s).toObject();
        QCOMPARE(report.value(u"reporter"_s).toObject().value(u"identity_withheld"_s).toBool(), true);
        QVERIFY(!report.value(u"reporter"_s).toObject().contains(u"sender_keys"_s));
        QVERIFY(!report.contains(u"reply_text"_s));
        int citizenEvents = 0;
        for (const QJsonValue &value : report.value(u"events"_s).toArray()) {
            const QJsonObject event = value.toObject();
            if (event.value(u"actor_role"_s).toString() == u"citizen"_s) {
                ++citizenEvents;
                QVERIFY(event.value(u"actor_id"_s).isNull());
            }
            QVERIFY2(!event.value(u"payload"_s).toObject().contains(u"reply"_s),
                     qPrintable(event.value(u"action"_s).toString()));
        }
        QVERIFY(citizenEvents > 0);
        QVERIFY(!read.body.contains(m_citizenId.toUtf8()));
        QVERIFY(!read.body.contains(name.toUtf8()));
        // Nor may the agency reveal it.
        const test::HttpResponse refused = reveal(u"agency_staff"_s, id);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), u"identity_consent_required"_s);

        // The change feed says no more than the report.
        const test::HttpResponse feed = m_client->get(u"/v1/changes?limit=1000"_s, agency);
        QCOMPARE(feed.status, 200);
        QVERIFY(feed.body.contains(id.toUtf8()));
        QVERIFY(!feed.body.contains(m_citizenId.toUtf8()));
        QVERIFY(!feed.body.contains(name.toUtf8()));

        // The accounts list names citizens to administrators only, who manage the accounts.
        QVERIFY(!usersOf(u"agency_staff"_s).contains(m_citizenId));
        QVERIFY(!usersOf(u"agency_leader"_s).contains(m_citizenId));
        QVERIFY(!usersOf(u"duty_officer"_s).contains(m_citizenId));
        QVERIFY(!usersOf(u"supervisor"_s).contains(m_citizenId));
        QVERIFY(usersOf(u"admin"_s).contains(m_citizenId));
    }

    // With the reporter's consent the agency learns who reported the way the IOC does: masked,
    // and whole on an audited reveal.
    void consentLetsTheAgencyKnow()
    {
        test::ApiFixtures::Options options;
        options.consentToShare = true;
        const QString id = m_fixtures->reportIn(u"published"_s, options);
        const QJsonObject report = m_fixtures->report(id, u"agency_staff"_s);
        const QJsonObject reporter = report.value(u"reporter"_s).toObject();
        QVERIFY(!reporter.contains(u"identity_withheld"_s));
        QCOMPARE(reporter.value(u"masked"_s).toObject().value(u"full_name"_s).toString(), u"V. T. M."_s);
        QVERIFY(!reporter.contains(u"full_name"_s));
        QVERIFY(!report.value(u"reply_text"_s).toString().isEmpty());
        QVERIFY(!report.value(u"reply_text"_s).toString().contains(u"Võ Thị Mai"_s));
        bool named = false;
        for (const QJsonValue &value : report.value(u"events"_s).toArray()) {
            named = named || value.toObject().value(u"actor_id"_s).toString() == m_citizenId;
        }
        QVERIFY(named);
        const test::HttpResponse revealed = reveal(u"agency_staff"_s, id);
        QCOMPARE(revealed.status, 200);
        QCOMPARE(revealed.json.value(u"identity"_s).toObject().value(u"full_name"_s).toString(), u"Võ Thị Mai"_s);
    }

    // PRODUCT.md §17: what a duty officer's console receives names nobody. The review's reading:
    // every report of the feed with its reporter's name, phone number and citizen ID. Now the
    // identity comes masked, with the server's checks and opaque sender keys, also where a
    // reporter wrote their number into the report or an officer addressed the reply by name.
    void theDutyOfficersFeedNamesNobody()
    {
        const QByteArray officer = m_fixtures->token(u"duty_officer"_s);
        QJsonObject filed = switchboardReport();
        filed.insert(u"channel"_s, u"hotline"_s);
        filed.insert(u"content"_s, u"Đèn đường hỏng. Gọi lại cho Đặng Thị Mai số 0912 345 678."_s);
        QJsonObject reporter = filed.value(u"reporter"_s).toObject();
        reporter.insert(u"citizen_id"_s, u"045190001234"_s);
        reporter.insert(u"address"_s, u"Số 7 Lê Lợi, Phường 1"_s);
        filed.insert(u"reporter"_s, reporter);
        const test::HttpResponse created =
            m_client->post(u"/v1/reports"_s, test::toJson(filed), officer, {{"Idempotency-Key", newKey()}});
        QVERIFY2(created.status == 201, created.body.constData());
        const QString id = created.json.value(u"report"_s).toObject().value(u"id"_s).toString();
        QVERIFY2(!created.body.contains("0912345678") && !created.body.contains("Đặng Thị Mai"),
                 created.body.constData());
        m_fixtures->reportIn(u"published"_s); // a reply addressed by name

        // Every reporter in the feed, as the server would reveal it.
        const test::HttpResponse feed = m_client->get(u"/v1/changes?limit=1000"_s, officer);
        QCOMPARE(feed.status, 200);
        QSet<QString> secrets;
        int reports = 0;
        for (const QJsonValue &value : feed.json.value(u"changes"_s).toArray()) {
            const QJsonObject change = value.toObject();
            if (change.value(u"kind"_s).toString() != u"report"_s || change.value(u"deleted"_s).toBool()) {
                continue;
            }
            ++reports;
            const QJsonObject shown = change.value(u"data"_s).toObject().value(u"reporter"_s).toObject();
            QVERIFY2(shown.contains(u"masked"_s), qPrintable(change.value(u"id"_s).toString()));
            QVERIFY(!shown.value(u"sender_keys"_s).toArray().isEmpty());
            QVERIFY(!shown.value(u"checks"_s).toArray().isEmpty());
            const QJsonObject whole =
                reveal(u"duty_officer"_s, change.value(u"id"_s).toString()).json.value(u"identity"_s).toObject();
            for (const char *field : {"full_name", "phone", "citizen_id", "email"}) {
                const QString secret = whole.value(QLatin1StringView(field)).toString();
                if (!secret.isEmpty()) {
                    secrets.insert(secret);
                }
            }
        }
        QVERIFY(reports >= 5);
        QVERIFY(secrets.contains(u"0912345678"_s));
        QVERIFY(secrets.contains(u"Đặng Thị Mai"_s));
        // Read again after the reveals: their answers went to the officer, not into the feed.
        const test::HttpResponse again = m_client->get(u"/v1/changes?limit=1000"_s, officer);
        const QString body = QString::fromUtf8(again.body);
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY2(!body.contains(secret), qPrintable(secret));
        }
        QVERIFY(!body.contains(u"0912 345 678"_s));
        QVERIFY(!body.contains(u"Số 7 Lê Lợi"_s));
        const QJsonObject mine = m_fixtures->report(id);
        QVERIFY2(mine.value(u"content"_s).toString().contains(u"Đ. T. M."_s),
                 qPrintable(mine.value(u"content"_s).toString()));
    }

    // A reveal needs a reason, answers with the identity, and stays on the report's record: who,
    // when, why. A citizen or a connected system cannot reveal.
    void aRevealIsRecordedWithWhoWhenAndWhy()
    {
        const QString id = m_fixtures->reportIn(u"received"_s);
        const QByteArray officer = m_fixtures->token(u"duty_officer"_s);
        const test::HttpResponse noReason = m_client->act(officer, id, u"reveal_identity"_s, {});
        QCOMPARE(noReason.status, 400);
        QCOMPARE(noReason.errorCode(), u"reason_required"_s);
        QVERIFY(!noReason.body.contains("0912345678"));
        const test::HttpResponse revealed = reveal(u"duty_officer"_s, id, u"Gọi lại xác minh"_s);
        QCOMPARE(revealed.status, 200);
        const QJsonObject identity = revealed.json.value(u"identity"_s).toObject();
        QCOMPARE(identity.value(u"phone"_s).toString(), u"0912345678"_s);
        QCOMPARE(identity.value(u"citizen_id"_s).toString(), u"045190001234"_s);
        QJsonObject recorded;
        for (const QJsonValue &value : m_fixtures->report(id).value(u"events"_s).toArray()) {
            if (value.toObject().value(u"action"_s).toString() == u"reveal_identity"_s) {
                recorded = value.toObject();
            }
        }
        QCOMPARE(recorded.value(u"actor_role"_s).toString(), u"duty_officer"_s);
        QVERIFY(!recorded.value(u"actor_id"_s).toString().isEmpty());
        QVERIFY(!recorded.value(u"acted_at"_s).toString().isEmpty());
        QCOMPARE(recorded.value(u"payload"_s).toObject().value(u"reason"_s).toString(), u"Gọi lại xác minh"_s);

        QCOMPARE(reveal(u"citizen"_s, id).status, 403);
        QCOMPARE(
            m_client->act(m_client->login(u"ketnoi1022"_s), id, u"reveal_identity"_s, {{u"reason"_s, u"x"_s}}).status,
            403);
    }

    // Looking a reporter up by phone or citizen ID is a reveal too: the IOC only, a reason, an
    // audit entry, report ids without identity, and a limit like sign-in's.
    void aLookUpByPhoneIsAReveal()
    {
        const QString id = m_fixtures->reportIn(u"received"_s);
        const auto lookUp = [this](const QString &role, const QJsonObject &body) {
            return m_client->post(u"/v1/reports/lookup"_s, test::toJson(body), m_fixtures->token(role));
        };
        const QJsonObject byPhone{{u"phone"_s, u"+84 912 345 678"_s}, {u"reason"_s, u"Công dân gọi đường dây nóng"_s}};
        QCOMPARE(lookUp(u"agency_staff"_s, byPhone).status, 403);
        QCOMPARE(lookUp(u"agency_leader"_s, byPhone).status, 403);
        QCOMPARE(lookUp(u"citizen"_s, byPhone).status, 403);
        QCOMPARE(lookUp(u"duty_officer"_s, {{u"phone"_s, u"0912345678"_s}}).status, 422);
        QCOMPARE(lookUp(u"duty_officer"_s, {{u"reason"_s, u"x"_s}}).status, 422);

        const test::HttpResponse found = lookUp(u"duty_officer"_s, byPhone);
        QCOMPARE(found.status, 200);
        QStringList ids;
        for (const QJsonValue &item : found.json.value(u"items"_s).toArray()) {
            ids.append(item.toObject().value(u"id"_s).toString());
        }
        QVERIFY(ids.contains(id));
        QVERIFY(!found.body.contains("0912345678") && !found.body.contains("Võ Thị Mai"));
        const test::HttpResponse byId =
            lookUp(u"supervisor"_s, {{u"citizen_id"_s, u"045190001234"_s}, {u"reason"_s, u"Đối chiếu"_s}});
        QCOMPARE(byId.status, 200);
        QVERIFY(byId.body.contains(id.toUtf8()));
        QCOMPARE(lookUp(u"duty_officer"_s, {{u"phone"_s, u"0999999999"_s}, {u"reason"_s, u"Thử"_s}})
                     .json.value(u"items"_s)
                     .toArray()
                     .size(),
                 0);

        // Counted per officer: the 30th in an hour goes through, the next waits (two so far).
        int refusedAt = 0;
        for (int i = 3; i <= 40 && refusedAt == 0; ++i) {
            if (lookUp(u"duty_officer"_s, byPhone).status == 429) {
                refusedAt = i;
            }
        }
        QCOMPARE(refusedAt, 31);
    }

private:
    static QByteArray newKey() { return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1(); }

    static QJsonObject switchboardReport()
    {
        return {{u"title"_s, u"Đèn đường hỏng"_s},
                {u"content"_s, u"Đèn đường trước số 12 Lê Duẩn không sáng"_s},
                {u"category_id"_s, u"lighting"_s},
                {u"channel"_s, u"connected_system"_s},
                {u"position"_s,
                 QJsonObject{{u"latitude"_s, 16.8163}, {u"longitude"_s, 107.1003}, {u"source"_s, u"address"_s}}},
                {u"reporter"_s, QJsonObject{{u"kind"_s, u"person"_s},
                                            {u"full_name"_s, u"Đặng Thị Mai"_s},
                                            {u"phone"_s, u"0912345678"_s}}}};
    }

    test::HttpResponse reveal(const QString &role, const QString &id, const QString &reason = u"Xác minh"_s)
    {
        return m_client->act(m_fixtures->token(role), id, u"reveal_identity"_s, {{u"reason"_s, reason}});
    }

    QStringList usersOf(const QString &role)
    {
        QStringList ids;
        for (const QJsonValue &user :
             m_client->get(u"/v1/users"_s, m_fixtures->token(role)).json.value(u"items"_s).toArray()) {
            ids.append(user.toObject().value(u"id"_s).toString());
        }
        return ids;
    }

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::HttpClient> m_client;
    std::unique_ptr<test::ApiFixtures> m_fixtures;
    QString m_citizenId;
};

QTEST_GUILESS_MAIN(TestDisclosure)
#include "testdisclosure.moc"

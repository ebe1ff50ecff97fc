#include "core/reportjson.h"
#include "storage/database.h"
#include "storage/referencerepository.h"
#include "storage/reportrepository.h"
#include "support/profiles.h"
#include "sync/pageapplier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace ioc;
using namespace Qt::StringLiterals;

// A change-feed page is applied whole, with its cursor, or not at all: any malformed change
// leaves the replica and the cursor exactly as they were.
class TestPageApplier final : public QObject
{
    Q_OBJECT

private slots:
    void aGoodPageLandsWithItsCursor()
    {
        test::TempProfile profile;
        storage::ReportRepository reports(profile->replica());
        storage::ReferenceRepository reference(profile->replica());
        sync::PageApplier applier(profile->replica(), reports, reference);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QJsonObject report = core::json::fromReport(test::sampleReport(1, now), core::json::Identity::Include);
        report.insert(u"events"_s, QJsonArray{eventJson(u"demo-1"_s, now)});
        const QJsonObject page =
            pageOf({change(u"report"_s, u"report-000001"_s, report), change(u"area"_s, u"dong-ha"_s, area()),
                    change(u"future_kind"_s, u"x"_s, QJsonObject{{u"anything"_s, 1}})},
                   u"17"_s);
        QString error;
        sync::PageStats stats;
        QVERIFY2(applier.apply(page, &error, &stats), qPrintable(error));
        QCOMPARE(stats.reports, 1);
        QCOMPARE(stats.reference, 1);
        QCOMPARE(stats.skipped, 1); // a newer server's kind: ignored, not an error
        QCOMPARE(reports.count(), 1);
        QCOMPARE(reports.events(u"report-000001"_s).size(), 1);
        QCOMPARE(reference.syncValue(u"cursor"_s), std::optional(u"17"_s));
        QCOMPARE(reference.syncValue(u"epoch"_s), std::optional(u"epoch-1"_s));
        QVERIFY(reference.directory().area(u"dong-ha"_s));
        // A removal.
        QVERIFY(applier.apply(pageOf({QJsonObject{{u"kind"_s, u"report"_s},
                                                  {u"id"_s, u"report-000001"_s},
                                                  {u"version"_s, 0},
                                                  {u"deleted"_s, true},
                                                  {u"data"_s, QJsonValue::Null}}},
                                     u"18"_s),
                              &error));
        QCOMPARE(reports.count(), 0);
        QCOMPARE(reference.syncValue(u"cursor"_s), std::optional(u"18"_s));
    }

    // A report is kept as the server sent it (a field this console does not know included, for a
    // newer console reading the same replica), but never with a whole identity: a server that
    // sent one has it masked here.
    void aReportIsKeptAsSentButNeverWithAWholeIdentity()
    {
        test::TempProfile profile;
        storage::ReportRepository reports(profile->replica());
        storage::ReferenceRepository reference(profile->replica());
        sync::PageApplier applier(profile->replica(), reports, reference);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QJsonObject whole = core::json::fromReport(test::sampleReport(1, now), core::json::Identity::Include);
        whole.insert(u"field_of_a_newer_server"_s, u"kept"_s);
        whole.insert(u"events"_s, QJsonArray{eventJson(u"report-000001"_s, now)});
        QJsonObject masked = core::json::fromReport(test::sampleReport(2, now), core::json::Identity::Mask);
        QString error;
        QVERIFY2(applier.apply(pageOf({change(u"report"_s, u"report-000001"_s, whole),
                                       change(u"report"_s, u"report-000002"_s, masked)},
                                      u"3"_s),
                               &error),
                 qPrintable(error));
        const auto stored = [&](const QString &id) {
            QSqlQuery query(profile->replica().connection());
            query.prepare(u"SELECT data FROM reports WHERE id = ?"_s);
            query.addBindValue(id);
            if (!query.exec() || !query.next()) {
                qFatal("no report %s", qPrintable(id));
            }
            return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        };
        const QJsonObject first = stored(u"report-000001"_s);
        QCOMPARE(first.value(u"field_of_a_newer_server"_s).toString(), u"kept"_s);
        QVERIFY(!first.contains(u"events"_s)); // in their own table
        const QJsonObject reporter = first.value(u"reporter"_s).toObject();
        for (const QString &field : {u"full_name"_s, u"phone"_s, u"citizen_id"_s, u"address"_s}) {
            QVERIFY2(!reporter.contains(field), qPrintable(field));
        }
        QCOMPARE(reporter[u"masked"_s][u"full_name"_s].toString(), u"N. V. 1."_s);
        QVERIFY(!QJsonDocument(first).toJson().contains("Nguyễn Văn 1"));
        QCOMPARE(stored(u"report-000002"_s).value(u"reporter"_s).toObject(), masked.value(u"reporter"_s).toObject());
        QVERIFY(!reports.report(u"report-000001"_s)->reporter.hasIdentity());
    }

    // The server's latest signed checkpoint of its audit trail is kept (the last one seen), for
    // `ioc-admin db checkpoint`; a malformed one is refused like any malformed change.
    void theAuditCheckpointIsKept()
    {
        test::TempProfile profile;
        storage::ReportRepository reports(profile->replica());
        storage::ReferenceRepository reference(profile->replica());
        sync::PageApplier applier(profile->replica(), reports, reference);
        const auto checkpoint = [](qint64 seq) {
            return QJsonObject{{u"seq"_s, seq},
                               {u"hash"_s, QString(64, u'c')},
                               {u"signed_at"_s, u"2026-12-03T09:00:00.000Z"_s},
                               {u"key_id"_s, u"0123456789abcdef"_s},
                               {u"signature"_s, QString::fromLatin1(QByteArray(64, 's').toBase64())}};
        };
        QString error;
        QVERIFY2(applier.apply(pageOf({change(u"audit_checkpoint"_s, u"head"_s, checkpoint(41))}, u"5"_s), &error),
                 qPrintable(error));
        QVERIFY2(applier.apply(pageOf({change(u"audit_checkpoint"_s, u"head"_s, checkpoint(57))}, u"6"_s), &error),
                 qPrintable(error));
        QCOMPARE(reference.document(u"audit_checkpoint"_s).value_or(QJsonObject()).value(u"seq"_s).toInteger(), 57);
        QJsonObject broken = checkpoint(60);
        broken.remove(u"hash"_s);
        QVERIFY(!applier.apply(pageOf({change(u"audit_checkpoint"_s, u"head"_s, broken)}, u"7"_s), &error));
        QCOMPARE(reference.document(u"audit_checkpoint"_s).value_or(QJsonObject()).value(u"seq"_s).toInteger(), 57);
        QCOMPARE(reference.syncValue(u"cursor"_s), std::optional(u"6"_s));
    }

    void aBadPageChangesNothing_data()
    {
        QTest::addColumn<QJsonObject>("page");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QJsonObject good = core::json::fromReport(test::sampleReport(2, now), core::json::Identity::Include);
        QJsonObject wrongState = good;
        wrongState.insert(u"state"_s, 42);
        QJsonObject otherId = good;
        const QJsonObject goodChange = change(u"report"_s, u"report-000002"_s, good);
        QTest::newRow("changes not an array") << QJsonObject{
            {u"changes"_s, u"x"_s}, {u"next_cursor"_s, u"5"_s}, {u"has_more"_s, false}, {u"epoch"_s, u"epoch-1"_s}};
        QTest::newRow("cursor not digits") << pageOf({goodChange}, u"5; DROP TABLE"_s);
        QTest::newRow("cursor a number") << [&] {
            QJsonObject p = pageOf({goodChange}, u"5"_s);
            p.insert(u"next_cursor"_s, 5);
            return p;
        }();
        QTest::newRow("no epoch") << [&] {
            QJsonObject p = pageOf({goodChange}, u"5"_s);
            p.remove(u"epoch"_s);
            return p;
        }();
        QTest::newRow("a report with a wrong type, after a good one")
            << pageOf({goodChange, change(u"report"_s, u"report-000002"_s, wrongState)}, u"5"_s);
        QTest::newRow("a report under another id") << pageOf({change(u"report"_s, u"someone-else"_s, good)}, u"5"_s);
        QTest::newRow("data missing") << pageOf({QJsonObject{{u"kind"_s, u"report"_s}, {u"id"_s, u"r"_s}}}, u"5"_s);
        QTest::newRow("a calendar that does not parse")
            << pageOf({goodChange, change(u"calendar"_s, u"calendar"_s, QJsonObject{{u"version"_s, 9}})}, u"5"_s);
        QTest::newRow("an event with a wrong type") << [&] {
            QJsonObject withEvent = good;
            QJsonObject event = eventJson(u"x"_s, now);
            event.insert(u"acted_at"_s, true);
            withEvent.insert(u"events"_s, QJsonArray{event});
            return pageOf({change(u"report"_s, u"report-000002"_s, withEvent)}, u"5"_s);
        }();
    }

    void aBadPageChangesNothing()
    {
        QFETCH(QJsonObject, page);
        test::TempProfile profile;
        storage::ReportRepository reports(profile->replica());
        storage::ReferenceRepository reference(profile->replica());
        sync::PageApplier applier(profile->replica(), reports, reference);
        storage::StorageError storageError;
        QVERIFY(reference.setSyncValue(u"cursor"_s, u"3"_s, &storageError));
        QString error;
        QVERIFY(!applier.apply(page, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(reports.count(), 0);
        QCOMPARE(reference.syncValue(u"cursor"_s), std::optional(u"3"_s));
    }

private:
    static QJsonObject change(const QString &kind, const QString &id, const QJsonObject &data)
    {
        return {{u"kind"_s, kind},
                {u"id"_s, id},
                {u"version"_s, data.value(u"version"_s).toInt()},
                {u"deleted"_s, false},
                {u"data"_s, data}};
    }

    static QJsonObject pageOf(const QList<QJsonObject> &changes, const QString &cursor)
    {
        QJsonArray array;
        for (const QJsonObject &c : changes) {
            array.append(c);
        }
        return {{u"changes"_s, array}, {u"next_cursor"_s, cursor}, {u"has_more"_s, false}, {u"epoch"_s, u"epoch-1"_s}};
    }

    static QJsonObject area()
    {
        core::Area area;
        area.id = u"dong-ha"_s;
        area.name = u"Thành phố Đông Hà"_s;
        area.level = u"district"_s;
        return core::json::fromArea(area);
    }

    static QJsonObject eventJson(const QString &actor, const QDateTime &at)
    {
        core::ReportEvent event;
        event.action = u"create"_s;
        event.actorId = actor;
        event.actorRole = core::Role::Citizen;
        event.actedAt = at;
        event.receivedAt = at;
        event.toState = core::ReportState::Received;
        event.version = 1;
        return core::json::fromEvent(event);
    }
};

QTEST_GUILESS_MAIN(TestPageApplier)
#include "testpageapplier.moc"

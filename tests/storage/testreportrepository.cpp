#include "core/reportjson.h"
#include "storage/database.h"
#include "storage/identityrepository.h"
#include "storage/reportingsource.h"
#include "storage/reportrepository.h"
#include "support/profiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ioc;
using namespace Qt::StringLiterals;

class TestReportRepository final : public QObject
{
    Q_OBJECT

private:
    // The replica's migrations up to `version`, as an older program had them.
    static bool copyMigrationsUpTo(int version, const QString &folder)
    {
        for (const QString &file : QDir(u":/ioc/migrations/replica"_s).entryList({u"*.sql"_s}, QDir::Files)) {
            if (file.left(4).toInt() <= version &&
                !QFile::copy(u":/ioc/migrations/replica/"_s + file, QDir(folder).filePath(file))) {
                return false;
            }
        }
        return true;
    }

    static std::unique_ptr<storage::Database> openUnkeyed(const QString &path, const QString &migrations)
    {
        storage::Database::Options options;
        options.path = path;
        options.migrations = migrations;
        options.create = true;
        options.allowUnencrypted = true;
        storage::StorageError error;
        auto db = storage::Database::open(std::move(options), &error);
        if (!db) {
            qWarning("%s", qPrintable(error.message));
        }
        return db;
    }

    static QDateTime time(const QString &iso) { return QDateTime::fromString(iso, Qt::ISODate); }

    // A report that went through most of the workflow: clocks of every status, judged and not,
    // of the IOC and of an agency, two ratings, reasons, the sanction procedure and a repeat.
    static core::Report reportWithHistory()
    {
        core::Report report;
        report.id = u"r-history"_s;
        report.code = u"PA-2026-000777"_s;
        report.version = 9;
        report.state = core::ReportState::Published;
        report.title = u"Ổ gà trên đường Lê Duẩn"_s;
        report.categoryId = u"c-road"_s;
        report.position.areaId = u"dong-ha"_s;
        report.position.latitude = 16.8;
        report.position.longitude = 107.1;
        report.receivedAt = time(u"2026-10-20T01:00:00.250Z"_s);
        report.channel = core::Channel::Zalo;
        report.urgent = true;
        report.hidden = true;
        report.leadAgencyId = u"sxd"_s;
        report.sanctionProcedure = u"Nghị định 100/2019/NĐ-CP"_s;
        report.repeatOf = u"r-earlier"_s;
        report.rejectReasons = {core::RejectReason::Duplicate};
        report.publishedAt = time(u"2026-10-25T03:00:00Z"_s);
        report.ratings = {{time(u"2026-10-26T02:00:00Z"_s), core::Satisfaction::NotSatisfied, {}},
                          {time(u"2026-10-28T02:00:00Z"_s), core::Satisfaction::Acceptable, {}}};
        report.rating = core::Satisfaction::Acceptable;
        core::ReportClock distribute;
        distribute.step = core::ClockStep::Distribute;
        distribute.startedAt = report.receivedAt;
        distribute.dueAt = time(u"2026-10-20T02:00:00Z"_s);
        distribute.stoppedAt = time(u"2026-10-20T01:30:00Z"_s);
        distribute.status = core::ClockStatus::Done;
        distribute.onTime = true;
        core::ReportClock process;
        process.step = core::ClockStep::Process;
        process.agencyId = u"sxd"_s;
        process.startedAt = time(u"2026-10-20T02:10:00Z"_s);
        process.dueAt = time(u"2026-10-28T10:00:00Z"_s);
        process.stoppedAt = time(u"2026-10-29T10:00:00Z"_s);
        process.status = core::ClockStatus::Done;
        process.onTime = false;
        core::ReportClock interaction;
        interaction.step = core::ClockStep::Interaction;
        interaction.agencyId = u"sxd"_s;
        interaction.startedAt = time(u"2026-10-26T02:00:00Z"_s);
        interaction.dueAt = time(u"2026-10-30T02:00:00Z"_s);
        interaction.status = core::ClockStatus::Closed;
        core::ReportClock notice;
        notice.step = core::ClockStep::StatusNotice;
        notice.agencyId = u"sxd"_s;
        notice.startedAt = time(u"2026-10-27T02:00:00Z"_s);
        notice.dueAt = time(u"2026-11-04T02:00:00Z"_s);
        notice.status = core::ClockStatus::Running;
        report.clocks = {distribute, process, interaction, notice};
        return report;
    }

    static void compareFacts(const reporting::ReportFacts &actual, const reporting::ReportFacts &expected)
    {
        QCOMPARE(actual.id, expected.id);
        QCOMPARE(actual.code, expected.code);
        QCOMPARE(actual.title, expected.title);
        QCOMPARE(actual.state, expected.state);
        QCOMPARE(actual.channel, expected.channel);
        QCOMPARE(actual.categoryId, expected.categoryId);
        QCOMPARE(actual.areaId, expected.areaId);
        QCOMPARE(actual.leadAgencyId, expected.leadAgencyId);
        QCOMPARE(actual.receivedAt, expected.receivedAt);
        QCOMPARE(actual.urgent, expected.urgent);
        QCOMPARE(actual.hidden, expected.hidden);
        QCOMPARE(actual.publishedAt, expected.publishedAt);
        QCOMPARE(actual.ratedAt, expected.ratedAt);
        QCOMPARE(actual.rating, expected.rating);
        QCOMPARE(actual.sanctionProcedure, expected.sanctionProcedure);
        QCOMPARE(actual.repeatOf, expected.repeatOf);
        QCOMPARE(actual.rejectReasons, expected.rejectReasons);
        QCOMPARE(actual.clocks.size(), expected.clocks.size());
        for (size_t i = 0; i < actual.clocks.size(); ++i) {
            const reporting::ClockFact &a = actual.clocks[i];
            const reporting::ClockFact &e = expected.clocks[i];
            QCOMPARE(a.step, e.step);
            QCOMPARE(a.status, e.status);
            QCOMPARE(a.agencyId, e.agencyId);
            QCOMPARE(a.startedAt, e.startedAt);
            QCOMPARE(a.dueAt, e.dueAt);
            QCOMPARE(a.stoppedAt, e.stoppedAt);
            QCOMPARE(a.onTime, e.onTime);
        }
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        m_reports = std::make_unique<storage::ReportRepository>((*m_profile)->replica());
    }

    void cleanup()
    {
        m_reports.reset();
        m_profile.reset();
    }

    // Reports near a position within a time window (duplicate candidates), with their sender.
    void nearInPlaceAndTime()
    {
        storage::StorageError error;
        const QDateTime t = now();
        core::Report here = test::sampleReport(1, t);
        here.position.latitude = 16.8;
        here.position.longitude = 107.1;
        here.reporter.senderKeys = {u"a:congdan1"_s, u"p:P0"_s}; // the server's keys, account's first
        core::Report close = test::sampleReport(2, t);
        close.position.latitude = 16.8015; // ~170 m north
        close.position.longitude = 107.1;
        close.reporter.senderKeys = {u"p:P2"_s}; // no account: by phone
        core::Report far = test::sampleReport(3, t);
        far.position.latitude = 16.81; // ~1.1 km
        far.position.longitude = 107.1;
        core::Report old = test::sampleReport(4, t.addDays(-60));
        old.position = here.position;
        for (const core::Report &r : {here, close, far, old}) {
            QVERIFY2(m_reports->store(r, &error), qPrintable(error.message));
        }
        const QList<storage::NearbyReport> near = m_reports->near(16.8, 107.1, 250, t.addDays(-30), t.addDays(30), 100);
        QStringList ids;
        for (const storage::NearbyReport &n : near) {
            ids.append(n.report.id);
            if (n.report.id == here.id) {
                QCOMPARE(n.sender, u"a:congdan1"_s);
            }
            if (n.report.id == close.id) {
                QCOMPARE(n.sender, u"p:P2"_s);
            }
        }
        ids.sort();
        QCOMPARE(ids, (QStringList{here.id, close.id}));
        QCOMPARE(m_reports->near(16.8, 107.1, 250, t.addDays(-30), t.addDays(30), 1).size(), 1);
    }

    // The sender's other reports: those sharing one of the server's opaque keys (same account,
    // phone number or citizen ID), found without any identity in the replica (PRODUCT.md §17).
    void reportsOfTheSameSender()
    {
        storage::StorageError error;
        core::Report a = test::sampleReport(1, now());
        a.reporter.senderKeys = {u"a:K7"_s, u"p:P1"_s, u"c:C1"_s};
        core::Report byAccount = test::sampleReport(2, now());
        byAccount.reporter.senderKeys = {u"a:K7"_s, u"p:P2"_s};
        core::Report byPhone = test::sampleReport(3, now());
        byPhone.reporter.senderKeys = {u"p:P1"_s};
        core::Report byCitizenId = test::sampleReport(4, now());
        byCitizenId.reporter.senderKeys = {u"p:P4"_s, u"c:C1"_s};
        core::Report other = test::sampleReport(5, now());
        other.reporter.senderKeys = {u"a:K5"_s, u"p:P5"_s, u"c:C5"_s};
        core::Report unknown = test::sampleReport(6, now());
        unknown.reporter.senderKeys.clear();
        for (const core::Report &r : {a, byAccount, byPhone, byCitizenId, other, unknown}) {
            QVERIFY2(m_reports->store(r, &error), qPrintable(error.message));
        }
        const auto ids = m_reports->reportsOfSender(*m_reports->report(a.id), &error);
        QVERIFY2(ids.has_value(), qPrintable(error.message));
        QCOMPARE(*ids, (QStringList{byAccount.id, byPhone.id, byCitizenId.id}));
        QCOMPARE(m_reports->reportsOfSender(*m_reports->report(unknown.id), &error).value(), QStringList());
        // A report that changes sender changes its keys.
        byPhone.reporter.senderKeys = {u"p:P9"_s};
        QVERIFY(m_reports->store(byPhone, &error));
        QCOMPARE(m_reports->reportsOfSender(a, &error).value(), (QStringList{byAccount.id, byCitizenId.id}));
    }

    void storeAndReadBack()
    {
        core::Report report = test::sampleReport(1, now());
        report.state = core::ReportState::Distributed;
        storage::StorageError error;
        QVERIFY2(m_reports->store(report, &error), qPrintable(error.message));
        const auto read = m_reports->report(report.id);
        QVERIFY(read.has_value());
        QCOMPARE(read->title, report.title);
        QCOMPARE(read->state, core::ReportState::Distributed);
        QCOMPARE(read->clocks.size(), 1);
        QCOMPARE(read->clocks.first().dueAt, report.clocks.first().dueAt);
        // The raw identity is kept nowhere in the replica: masked in the report's JSON, with the
        // server's keys and checks, and not in the identity store (PRODUCT.md §17).
        QVERIFY(read->reporter.fullName.isEmpty());
        QVERIFY(read->reporter.masked.present);
        QCOMPARE(read->reporter.masked.fullName, u"N. V. 1."_s);
        QCOMPARE(read->reporter.senderKeys, report.reporter.senderKeys);
        QSqlQuery q((*m_profile)->replica().connection());
        QVERIFY(q.exec(u"SELECT data FROM reports"_s) && q.next());
        QVERIFY(!q.value(0).toString().contains(report.reporter.phone));
        QVERIFY(!q.value(0).toString().contains(report.reporter.citizenId));
        QVERIFY(!q.value(0).toString().contains(report.reporter.fullName));
        storage::IdentityRepository identities((*m_profile)->replica());
        QVERIFY(!identities.identityOf(report.id).has_value());
        QVERIFY(q.exec(u"SELECT count(*) FROM reporter_identities"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        // Storing again updates in place.
        report.version = 7;
        report.title = u"Đã sửa"_s;
        QVERIFY(m_reports->store(report, &error));
        QCOMPARE(m_reports->count(), 1);
        QCOMPARE(m_reports->version(report.id), 7);
        QCOMPARE(m_reports->search(u"da sua"_s, 10), QStringList{report.id});
        QVERIFY(m_reports->search(u"trên"_s, 10).isEmpty()); // the old title left the index
    }

    // The state a kill left behind in the old endBulkLoad(), which deleted the bulk-load marker
    // and rebuilt the index in two auto-committed statements: marker gone, index never built.
    // FTS5 then refuses the update or delete of every bulk-loaded report ("database disk image
    // is malformed"), which wedged sync for good. The next open finds and rebuilds the index.
    void searchIndexLeftUnbuiltIsRepairedOnOpen()
    {
        storage::StorageError error;
        const QDateTime t = now();
        QVERIFY((*m_profile)
                    ->replica()
                    .transaction(
                        [&] {
                            if (!m_reports->beginBulkLoad(&error)) {
                                return false;
                            }
                            for (int n = 1; n <= 50; ++n) {
                                if (!m_reports->store(test::sampleReport(n, t), &error)) {
                                    return false;
                                }
                            }
                            return true;
                        },
                        &error));
        QSqlQuery marker((*m_profile)->replica().connection());
        QVERIFY(marker.exec(u"DELETE FROM bulk_load"_s));
        m_reports.reset();

        // Left alone, the broken index is found by the "rank" form of FTS5's integrity check
        // (the plain form passes), and it breaks the update of a bulk-loaded report.
        m_profile->reopen(storage::Profile::Repair::None);
        m_reports = std::make_unique<storage::ReportRepository>((*m_profile)->replica());
        QVERIFY(!(*m_profile)->repairedSearchIndex());
        QVERIFY(!m_reports->searchIndexLooksComplete());
        QVERIFY(m_reports->searchIndexProblem().has_value());
        QVERIFY(QSqlQuery((*m_profile)->replica().connection())
                    .exec(u"INSERT INTO reports_fts (reports_fts) VALUES ('integrity-check')"_s));
        core::Report changed = test::sampleReport(7, t);
        changed.title = u"Đèn đường hỏng"_s;
        QVERIFY(!m_reports->store(changed, &error));
        QVERIFY2(error.message.contains(u"malformed"_s), qPrintable(error.message));
        m_reports.reset();

        // Opened as every program opens it: rebuilt, sound, and updates work again.
        m_profile->reopen();
        m_reports = std::make_unique<storage::ReportRepository>((*m_profile)->replica());
        QVERIFY((*m_profile)->repairedSearchIndex());
        QCOMPARE(m_reports->searchIndexProblem(), std::nullopt);
        QCOMPARE(m_reports->search(u"o ga"_s, 100).size(), 50);
        QVERIFY2(m_reports->store(changed, &error), qPrintable(error.message));
        QVERIFY2(m_reports->remove(test::sampleReport(8, t).id, &error), qPrintable(error.message));
        QCOMPARE(m_reports->search(u"den duong"_s, 10), QStringList{changed.id});
        QCOMPARE(m_reports->searchIndexProblem(), std::nullopt);
        m_reports.reset();
        m_profile->reopen();
        QVERIFY(!(*m_profile)->repairedSearchIndex()); // once sound, nothing to do
        m_reports = std::make_unique<storage::ReportRepository>((*m_profile)->replica());
    }

    // endBulkLoad() builds the index and drops the marker as one: inside the caller's transaction
    // a rollback undoes both.
    void endBulkLoadIsOneStep()
    {
        storage::StorageError error;
        const QDateTime t = now();
        QVERIFY(m_reports->beginBulkLoad(&error));
        for (int n = 1; n <= 20; ++n) {
            QVERIFY(m_reports->store(test::sampleReport(n, t), &error));
        }
        QVERIFY(!(*m_profile)->replica().transaction([&] { return m_reports->endBulkLoad(&error) && false; }, &error));
        QVERIFY(m_reports->isBulkLoading());
        QVERIFY(m_reports->searchIndexLooksComplete()); // a bulk load in progress is not a broken index
        QVERIFY(m_reports->endBulkLoad(&error));
        QVERIFY(!m_reports->isBulkLoading());
        QCOMPARE(m_reports->searchIndexProblem(), std::nullopt);
        QCOMPARE(m_reports->search(u"o ga"_s, 100).size(), 20);
    }

    // A report removed from the replica (it left this agency's view) takes its reporter's
    // revealed identity with it, overwritten rather than left in free pages. Shown on a file without
    // encryption, where the bytes can be read back; the replica's connections are opened alike.
    void removedIdentitiesLeaveNoTrace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"plain.db"_s);
        const QByteArray phone = "0912873465";
        const QByteArray name = "Hoàng Thị Bí Mật";
        {
            storage::Database::Options options;
            options.path = path;
            options.migrations = u":/ioc/migrations/replica"_s;
            options.create = true;
            options.allowUnencrypted = true;
            storage::StorageError error;
            auto db = storage::Database::open(std::move(options), &error);
            QVERIFY2(db, qPrintable(error.message));
            storage::ReportRepository reports(*db);
            const QDateTime t = now();
            storage::IdentityRepository identities(*db);
            for (int n = 1; n <= 40; ++n) {
                core::Report report = test::sampleReport(n, t);
                if (n == 20) {
                    report.reporter.fullName = QString::fromUtf8(name);
                    report.reporter.phone = QString::fromLatin1(phone);
                }
                QVERIFY(reports.store(report, &error));
                // Revealed on this console: the identity store holds them whole.
                if (n == 20 || n == 21) {
                    QVERIFY(db->transaction(
                        [&] {
                            return identities.storeRevealed(report.id, report.reporter, u"u-truc1"_s, u"Xác minh"_s, t,
                                                            &error);
                        },
                        &error));
                }
            }
            QVERIFY(reports.remove(test::sampleReport(20, t).id, &error));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("SQLite format 3")); // readable: the test can look
        QVERIFY(!bytes.contains(phone));
        QVERIFY(!bytes.contains(name));
        QVERIFY(bytes.contains(test::sampleReport(21, now()).reporter.phone.toUtf8())); // what stays, stays
    }

    void searchFoldsVietnamese()
    {
        storeSamples(20);
        const QStringList duong = m_reports->search(u"duong hung vuong"_s, 100);
        QCOMPARE(duong.size(), 4); // samples 0, 5, 10, 15 are on Hùng Vương
        QCOMPARE(m_reports->search(u"Đường Hùng Vương"_s, 100).size(), 4);
        QCOMPARE(m_reports->search(u"HUNG VUONG"_s, 100).size(), 4);
        QCOMPARE(m_reports->search(u"Dong Ha"_s, 100).size(), 20);  // the address
        QCOMPARE(m_reports->search(u"tran hung"_s, 100).size(), 4); // prefixes
        QVERIFY(m_reports->search(u"hà nội"_s, 100).isEmpty());
        QVERIFY(m_reports->search(u"  ;;; "_s, 100).isEmpty());
        QCOMPARE(storage::ReportRepository::ftsQuery(u"Đường \"x\" Lê-Duẩn"_s),
                 u"\"duong\"* \"x\"* \"le\"* \"duan\"*"_s);
        // Reporter identity is not searchable.
        QVERIFY(m_reports->search(u"Nguyen Van"_s, 100).isEmpty());
        QVERIFY(m_reports->search(u"0912000003"_s, 100).isEmpty());
    }

    void queueQueries()
    {
        storeSamples(60);
        const QList<storage::QueueRow> open = m_reports->openReports(1000);
        QVERIFY(!open.isEmpty());
        for (qsizetype i = 1; i < open.size(); ++i) {
            const auto &a = open.at(i - 1);
            const auto &b = open.at(i);
            QVERIFY(a.urgent > b.urgent || (a.urgent == b.urgent && a.nextDueAt <= b.nextDueAt));
            QVERIFY(b.nextDueAt.isValid());
        }
        const auto dongHa = m_reports->openReportsOfArea(u"dong-ha"_s, 5);
        QCOMPARE(dongHa.size(), 5);
        for (const auto &row : dongHa) {
            QCOMPARE(row.areaId, u"dong-ha"_s);
        }
        // Every filter the queue uses has an index: no full scan on the UI path.
        QSqlQuery plan((*m_profile)->replica().connection());
        QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN SELECT id FROM reports WHERE area_id = 'x' AND next_due_at IS NOT NULL "
                          u"ORDER BY urgent DESC, next_due_at LIMIT 200"_s));
        QString steps;
        while (plan.next()) {
            steps += plan.value(3).toString() + u'\n';
        }
        QVERIFY2(steps.contains(u"USING INDEX reports_open_area_due"_s) && !steps.contains(u"TEMP B-TREE"_s),
                 qPrintable(steps));
    }

    // The queue's streaming read visits every report once with the same fields as the list
    // (one row object refilled: what the visitor keeps of it must not change afterwards).
    void everyRowOneAtATime()
    {
        storeSamples(25);
        const QList<storage::QueueRow> all = m_reports->allRows();
        QCOMPARE(all.size(), 25);
        QList<storage::QueueRow> visited;
        QVERIFY(m_reports->forEachRow([&visited](const storage::QueueRow &row) { visited.append(row); }));
        QCOMPARE(visited.size(), all.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            const storage::QueueRow &a = all.at(i);
            const storage::QueueRow &b = visited.at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.code, a.code);
            QCOMPARE(b.title, a.title);
            QCOMPARE(b.state, a.state);
            QCOMPARE(b.areaId, a.areaId);
            QCOMPARE(b.nextDueAt, a.nextDueAt);
            QCOMPARE(b.urgent, a.urgent);
            QCOMPARE(b.version, a.version);
            QCOMPARE(qIsNaN(b.latitude), qIsNaN(a.latitude));
            if (!qIsNaN(a.latitude)) {
                QCOMPARE(b.latitude, a.latitude);
            }
        }
        QSet<QString> ids;
        for (const storage::QueueRow &row : visited) {
            ids.insert(row.id);
        }
        QCOMPARE(ids.size(), 25);
    }

    // On an agency's replica the queue counts down to the agency's own next deadline, not to the
    // IOC's (an approved result waits for the IOC's publication: not the agency's overdue).
    void agencyReplicaCountsItsOwnDeadlines()
    {
        const QDateTime t = QDateTime(QDate(2026, 11, 27), QTime(1, 0), QTimeZone::utc());
        core::Report report = test::sampleReport(7, t);
        report.clocks.clear();
        core::ReportClock publish;
        publish.step = core::ClockStep::Publish; // the IOC's
        publish.startedAt = t;
        publish.dueAt = t.addSecs(3600);
        core::ReportClock interaction;
        interaction.step = core::ClockStep::Interaction; // the agency's
        interaction.agencyId = u"ubnd-dong-ha"_s;
        interaction.startedAt = t;
        interaction.dueAt = t.addDays(2);
        report.clocks = {publish, interaction};
        storage::StorageError error;
        QVERIFY(m_reports->store(report, &error));
        const auto rowOf = [this](const QString &id) {
            for (const storage::QueueRow &row : m_reports->allRows()) {
                if (row.id == id) {
                    return row;
                }
            }
            return storage::QueueRow();
        };
        QCOMPARE(rowOf(report.id).nextDueAt, publish.dueAt);
        m_reports->setClockOwner(u"ubnd-dong-ha"_s);
        QVERIFY(m_reports->store(report, &error));
        QCOMPARE(rowOf(report.id).nextDueAt, interaction.dueAt);
        QCOMPARE(rowOf(report.id).nextDueStep, u"interaction"_s);
        // Nothing of its own running: no countdown at all.
        m_reports->setClockOwner(u"dien-luc"_s);
        QVERIFY(m_reports->store(report, &error));
        QVERIFY(!rowOf(report.id).nextDueAt.isValid());
    }

    void removalCascades()
    {
        storeSamples(3);
        storage::StorageError error;
        QVERIFY(m_reports->replaceEvents(u"report-000001"_s, {event(u"create"_s), event(u"accept"_s)}, &error));
        QCOMPARE(m_reports->events(u"report-000001"_s).size(), 2);
        QCOMPARE(m_reports->events(u"report-000001"_s).at(1).action, u"accept"_s);
        QVERIFY(m_reports->remove(u"report-000001"_s, &error));
        QCOMPARE(m_reports->count(), 2);
        QVERIFY(m_reports->events(u"report-000001"_s).isEmpty());
        storage::IdentityRepository identities((*m_profile)->replica());
        QVERIFY(!identities.identityOf(u"report-000001"_s).has_value());
        QVERIFY(m_reports->search(u"so 1"_s, 10).isEmpty());
    }

    // A replica from before identity-on-reveal held every report's identity, none revealed on
    // purpose: the migration deletes them all and makes the next sync fetch every report again
    // (masked, with the server's checks and keys). The outbox is kept.
    void theMigrationDropsIdentitiesNotRevealed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.db"_s);
        QTemporaryDir older; // the migrations as they were before (0001–0006)
        QVERIFY(copyMigrationsUpTo(6, older.path()));
        const auto open = [&](const QString &migrations) {
            return openUnkeyed(path, migrations);
        };
        {
            auto db = open(older.path());
            QVERIFY(db);
            QCOMPARE(db->schemaVersion(), 6);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(u"INSERT INTO reports (id, code, version, state, title, channel, received_at, data) "
                           "VALUES ('r1', 'PA-1', 1, 'received', 't', 'hotline', 0, '{}')"_s));
            QVERIFY(q.exec(u"INSERT INTO reporter_identities (report_id, kind, full_name, phone, phone_digits, "
                           "citizen_id) VALUES ('r1', 'person', 'Hoàng Văn Cũ', '0912000009', '0912000009', "
                           "'045090000009')"_s));
            QVERIFY(q.exec(u"INSERT INTO sync_state (key, value) VALUES ('cursor', '812'), ('epoch', 'e1')"_s));
        }
        auto db = open(u":/ioc/migrations/replica"_s);
        QVERIFY(db);
        QVERIFY(db->schemaVersion() >= 7);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM reporter_identities"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(u"SELECT key FROM sync_state"_s));
        QStringList keys;
        while (q.next()) {
            keys.append(q.value(0).toString());
        }
        QCOMPARE(keys, QStringList{u"epoch"_s}); // the cursor goes: every report comes again
        QVERIFY(q.exec(u"SELECT count(*) FROM reports"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // The supervision figures read columns, not JSON: what they read equals the report's facts,
    // and a report stored again with fewer clocks leaves none of the old ones behind.
    void reportingFactsComeFromColumns()
    {
        const core::Report report = reportWithHistory();
        storage::StorageError error;
        QVERIFY(m_reports->store(report, &error));
        core::ReportEvent call;
        call.action = u"log_call"_s;
        call.actedAt = time(u"2026-11-03T02:00:00Z"_s);
        call.payload = QJsonObject{{u"agency_id"_s, u"sxd"_s}, {u"outcome"_s, u"busy"_s}};
        core::ReportEvent answered = call;
        answered.payload = QJsonObject{{u"agency_id"_s, u"sxd"_s}, {u"answered"_s, true}}; // an older event
        core::ReportEvent note;
        note.action = u"add_note"_s;
        note.payload = QJsonObject{{u"note"_s, u"x"_s}};
        QVERIFY(m_reports->replaceEvents(report.id, {call, answered, note}, &error));

        auto data = storage::loadReportingDataset((*m_profile)->replica(), &error);
        QVERIFY2(data, qPrintable(error.message));
        QCOMPARE(data->reports.size(), size_t(1));
        compareFacts(data->reports.front(), reporting::factsOf(report));
        QCOMPARE(data->calls.size(), size_t(2));
        // A batch's reports only: the same facts, and nothing for an id the replica lacks.
        const auto some = storage::loadReportingDataset((*m_profile)->replica(), {report.id, u"gone"_s}, &error);
        QVERIFY2(some, qPrintable(error.message));
        QCOMPARE(some->reports.size(), size_t(1));
        compareFacts(some->reports.front(), reporting::factsOf(report));
        QCOMPARE(some->calls.size(), size_t(2));
        QCOMPARE(storage::loadReportingDataset((*m_profile)->replica(), {u"gone"_s}, &error)->reports.size(),
                 size_t(0));
        QCOMPARE(data->calls[0].agencyId, u"sxd"_s);
        QVERIFY(data->calls[0].missed); // busy counts as not answered (14.3.d)
        QVERIFY(!data->calls[1].missed);

        core::Report fewer = report;
        fewer.clocks.removeLast();
        fewer.ratings.clear();
        fewer.rating.reset();
        QVERIFY(m_reports->store(fewer, &error));
        data = storage::loadReportingDataset((*m_profile)->replica(), &error);
        QVERIFY(data);
        compareFacts(data->reports.front(), reporting::factsOf(fewer));
        QVERIFY(m_reports->remove(report.id, &error));
        QSqlQuery q((*m_profile)->replica().connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM report_clocks"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // A replica from before report_clocks: the migration fills the clocks' history and the facts
    // from the JSON it holds, so the figures are right without fetching every report again.
    void theMigrationFillsTheClockHistory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.db"_s);
        QTemporaryDir older; // the migrations as they were before (0001–0007)
        QVERIFY(copyMigrationsUpTo(7, older.path()));
        const auto open = [&](const QString &migrations) {
            return openUnkeyed(path, migrations);
        };
        const core::Report report = reportWithHistory();
        {
            auto db = open(older.path());
            QVERIFY(db);
            QCOMPARE(db->schemaVersion(), 7);
            QSqlQuery q(db->connection());
            q.prepare(u"INSERT INTO reports (id, code, version, state, title, channel, received_at, urgent, hidden, "
                      "lead_agency_id, category_id, area_id, data) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            for (const QVariant &value :
                 {QVariant(report.id), QVariant(report.code), QVariant(core::reportStateName(report.state)),
                  QVariant(report.title), QVariant(core::channelName(report.channel)),
                  QVariant(report.receivedAt.toMSecsSinceEpoch()), QVariant(report.urgent), QVariant(report.hidden),
                  QVariant(report.leadAgencyId), QVariant(report.categoryId), QVariant(report.position.areaId),
                  QVariant(QJsonDocument(core::json::fromReport(report, core::json::Identity::Mask))
                               .toJson(QJsonDocument::Compact))}) {
                q.addBindValue(value);
            }
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        auto db = open(u":/ioc/migrations/replica"_s);
        QVERIFY(db);
        QVERIFY(db->schemaVersion() >= 8);
        storage::StorageError error;
        const auto data = storage::loadReportingDataset(*db, &error);
        QVERIFY2(data, qPrintable(error.message));
        QCOMPARE(data->reports.size(), size_t(1));
        compareFacts(data->reports.front(), reporting::factsOf(report));
    }

    // What a reveal answered is kept with who revealed it, when and why; it goes with the report.
    void aRevealedIdentityIsKeptWithWhoAndWhy()
    {
        storeSamples(3);
        storage::IdentityRepository identities((*m_profile)->replica());
        storage::StorageError error;
        core::Reporter revealed;
        revealed.fullName = u"Nguyễn Văn Hai"_s;
        revealed.phone = u"0912000002"_s;
        revealed.citizenId = u"045000000002"_s;
        const QDateTime at = now();
        QVERIFY2((*m_profile)
                     ->replica()
                     .transaction(
                         [&] {
                             return identities.storeRevealed(u"report-000002"_s, revealed, u"u-truc1"_s,
                                                             u"Gọi lại xác minh"_s, at, &error);
                         },
                         &error),
                 qPrintable(error.message));
        QCOMPARE(identities.identityOf(u"report-000002"_s)->phone, u"0912000002"_s);
        QVERIFY(!identities.identityOf(u"report-000001"_s).has_value());
        const auto lookups = identities.lookups();
        QCOMPARE(lookups.size(), 1);
        QCOMPARE(lookups.at(0).kind, u"reveal"_s);
        QCOMPARE(lookups.at(0).userId, u"u-truc1"_s);
        QCOMPARE(lookups.at(0).reason, u"Gọi lại xác minh"_s);
        QCOMPARE(lookups.at(0).at, at);
        // Re-storing the report (the feed) does not drop it; removing the report does.
        QVERIFY(m_reports->store(*m_reports->report(u"report-000002"_s), &error));
        QVERIFY(identities.identityOf(u"report-000002"_s).has_value());
        QVERIFY(m_reports->remove(u"report-000002"_s, &error));
        QVERIFY(!identities.identityOf(u"report-000002"_s).has_value());
    }

private:
    static QDateTime now() { return QDateTime(QDate(2026, 11, 28), QTime(3, 0), QTimeZone::utc()); }

    void storeSamples(int n)
    {
        storage::StorageError error;
        QVERIFY((*m_profile)
                    ->replica()
                    .transaction(
                        [&] {
                            for (int i = 0; i < n; ++i) {
                                if (!m_reports->store(test::sampleReport(i, now()), &error)) {
                                    return false;
                                }
                            }
                            return true;
                        },
                        &error));
    }

    static core::ReportEvent event(const QString &action)
    {
        core::ReportEvent e;
        e.action = action;
        e.actorId = u"truc1"_s;
        e.actorRole = core::Role::DutyOfficer;
        e.actedAt = now();
        e.receivedAt = now();
        e.payload = {{u"note"_s, u"ghi chú"_s}};
        return e;
    }

    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<storage::ReportRepository> m_reports;
};

QTEST_GUILESS_MAIN(TestReportRepository)
#include "testreportrepository.moc"

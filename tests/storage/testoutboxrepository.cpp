#include "storage/outboxrepository.h"
#include "support/profiles.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace ioc;
using namespace Qt::StringLiterals;

class TestOutboxRepository final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        m_outbox = std::make_unique<storage::OutboxRepository>((*m_profile)->replica());
    }

    void cleanup()
    {
        m_outbox.reset();
        m_profile.reset();
    }

    void enqueueKeepsOrderKeysAndTimes()
    {
        storage::StorageError error;
        const QDateTime acted = now().addSecs(-600); // taken offline ten minutes ago
        const auto first = m_outbox->enqueue(action(u"r1"_s, u"add_note"_s, {}, acted), now(), &error);
        QVERIFY2(first, qPrintable(error.message));
        const auto second = m_outbox->enqueue(action(u"r1"_s, u"accept"_s, 3, now()), now(), &error);
        QVERIFY(second);
        QVERIFY(second->seq > first->seq);
        QCOMPARE(first->actedAt, acted);
        QCOMPARE(first->createdAt, now());
        QVERIFY(!first->baseVersion.has_value());
        QCOMPARE(second->baseVersion, 3);
        QCOMPARE(first->payload.value(u"text"_s).toString(), u"ghi chú"_s);
        QVERIFY(QUuid::fromString(first->idempotencyKey).version() == QUuid::Random);
        QVERIFY(first->idempotencyKey != second->idempotencyKey);
        const auto pending = m_outbox->pending(10);
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(0).action, u"add_note"_s);
        QCOMPARE(pending.at(1).action, u"accept"_s);
    }

    void statesAndCounts()
    {
        storage::StorageError error;
        const auto a = m_outbox->enqueue(action(u"r1"_s, u"accept"_s, 1, now()), now(), &error);
        const auto b = m_outbox->enqueue(action(u"r2"_s, u"hide"_s, 1, now()), now(), &error);
        const auto c = m_outbox->enqueue(action(u"r3"_s, u"distribute"_s, 1, now()), now(), &error);
        const auto d = m_outbox->enqueue(action(u"r4"_s, u"add_note"_s, {}, now()), now(), &error);
        QVERIFY(m_outbox->markSent(a->seq, {{u"version"_s, 2}}, &error));
        QVERIFY(m_outbox->markConflict(b->seq, u"phản ánh đã thay đổi"_s, {{u"version"_s, 5}}, &error));
        QVERIFY(m_outbox->markFailed(c->seq, u"role_not_allowed"_s, {}, &error));
        QVERIFY(m_outbox->recordAttempt(d->seq, u"timeout"_s, now().addSecs(30), &error));
        const auto counts = m_outbox->counts();
        QCOMPARE(counts.value(storage::OutboxState::Sent), 1);
        QCOMPARE(counts.value(storage::OutboxState::Conflict), 1);
        QCOMPARE(counts.value(storage::OutboxState::Failed), 1);
        QCOMPARE(counts.value(storage::OutboxState::Pending), 1);
        const auto retried = m_outbox->entry(d->seq);
        QCOMPARE(retried->attempts, 1);
        QCOMPARE(retried->lastError, u"timeout"_s);
        QCOMPARE(retried->nextAttemptAt, now().addSecs(30));
        QCOMPARE(m_outbox->entry(b->seq)->result.value(u"version"_s).toInt(), 5);
        // Only what the officer has seen may go: never a pending action.
        QVERIFY(!m_outbox->discard(d->seq, &error));
        QVERIFY(m_outbox->discard(b->seq, &error));
        QVERIFY(!m_outbox->entry(b->seq).has_value());
    }

    void offlineCreatesCarryTheirMedia()
    {
        storage::NewOutboxEntry create;
        create.kind = u"create"_s;
        create.reportId = u"client-report-1"_s;
        create.action = u"create"_s;
        create.media = {u"aa"_s.repeated(32), u"bb"_s.repeated(32)};
        storage::StorageError error;
        const auto entry = m_outbox->enqueue(create, now(), &error);
        QCOMPARE(entry->mediaToUpload.size(), 2);
        QVERIFY(m_outbox->markMediaUploaded(entry->seq, u"aa"_s.repeated(32), &error));
        QCOMPARE(m_outbox->entry(entry->seq)->mediaToUpload, QStringList{u"bb"_s.repeated(32)});
    }

    // A full disk: a clear error, and nothing acknowledged before it is lost.
    void diskFull()
    {
        QSqlQuery limit((*m_profile)->replica().connection());
        QVERIFY(limit.exec(u"PRAGMA page_count"_s) && limit.next());
        const int pages = limit.value(0).toInt();
        QVERIFY(limit.exec(u"PRAGMA max_page_count = %1"_s.arg(pages + 3)));
        storage::StorageError error;
        QList<qint64> acknowledged;
        const QString big = u"x"_s.repeated(3000);
        for (int i = 0; i < 200; ++i) {
            const auto entry = m_outbox->enqueue(action(u"r%1"_s.arg(i), u"add_note"_s, {}, now(), big), now(), &error);
            if (!entry) {
                break;
            }
            acknowledged.append(entry->seq);
        }
        QVERIFY(!acknowledged.isEmpty());
        QVERIFY(acknowledged.size() < 200);
        QCOMPARE(error.kind, storage::StorageError::Kind::DiskFull);
        QVERIFY2(error.message.contains(u"full"_s), qPrintable(error.message));
        for (const qint64 seq : acknowledged) {
            QVERIFY(m_outbox->entry(seq).has_value());
        }
        QCOMPARE(m_outbox->entries().size(), acknowledged.size());
        // Space comes back: the outbox works again.
        QVERIFY(limit.exec(u"PRAGMA max_page_count = 1000000"_s));
        QVERIFY(m_outbox->enqueue(action(u"after"_s, u"add_note"_s, {}, now()), now(), &error));
    }

private:
    static QDateTime now() { return QDateTime(QDate(2026, 11, 28), QTime(3, 0), QTimeZone::utc()); }

    static storage::NewOutboxEntry action(const QString &report, const QString &name, std::optional<int> base,
                                          const QDateTime &actedAt, const QString &text = u"ghi chú"_s)
    {
        storage::NewOutboxEntry entry;
        entry.reportId = report;
        entry.action = name;
        entry.payload = {{u"text"_s, text}};
        entry.baseVersion = base;
        entry.actedAt = actedAt;
        return entry;
    }

    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<storage::OutboxRepository> m_outbox;
};

QTEST_GUILESS_MAIN(TestOutboxRepository)
#include "testoutboxrepository.moc"

#include "core/duplicates.h"
#include "core/geo.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace ioc::core;
using namespace Qt::StringLiterals;

// Duplicate candidates on generated report sets with known answers, against a brute force.
class TestDuplicates final : public QObject
{
    Q_OBJECT

private slots:
    void findsTheKnownDuplicates()
    {
        const QDateTime t0(QDate(2026, 11, 20), QTime(3, 0), QTimeZone::utc());
        QRandomGenerator random(31);
        const QStringList topics{u"Ổ gà lớn giữa đường Lê Duẩn gây nguy hiểm"_s,
                                 u"Rác thải tồn đọng bốc mùi hôi thối"_s, u"Đèn chiếu sáng hỏng cả tuần không ai sửa"_s,
                                 u"Cây xanh gãy đổ chắn lối đi"_s, u"Nước thải tràn ra mặt đường sau mưa"_s};
        std::vector<duplicates::Entry> entries;
        for (int i = 0; i < 3000; ++i) {
            duplicates::Entry e;
            e.id = u"r%1"_s.arg(i);
            e.latitude = 16.70 + random.generateDouble() * 0.25;
            e.longitude = 106.95 + random.generateDouble() * 0.3;
            e.receivedAt = t0.addSecs(-qint64(random.bounded(60 * 24 * 3600)));
            e.text = topics[random.bounded(topics.size())] + u" số "_s + QString::number(i);
            e.hashes = {random.generate64()};
            e.sender = u"s%1"_s.arg(random.bounded(1000));
            entries.push_back(e);
        }
        // The known answer: a second report of r42's matter, 60 m away, a day later, a near photo,
        // the same sender.
        duplicates::Entry again = entries[42];
        again.id = u"again"_s;
        again.latitude += 60.0 / 111320.0;
        again.receivedAt = again.receivedAt.addDays(1);
        again.hashes = {entries[42].hashes[0] ^ 0b101};
        const duplicates::Index index(entries);
        const auto found = index.candidates(again);
        QVERIFY(!found.empty());
        QCOMPARE(found.front().id, u"r42"_s);
        QVERIFY(qAbs(found.front().distanceMetres - 60) < 2);
        QCOMPARE(found.front().imageDistance, 2);
        QVERIFY(found.front().sameSender);
        QVERIFY(found.front().textSimilarity > 0.5);
        QVERIFY(found.front().score > 0.7);
        QVERIFY(found.front().reasons.size() >= 3);
        // The reasons are words an officer reads, not the hash's bits (issue 27 §6).
        QVERIFY2(found.front().reasons.contains(u"the same photo"_s), qPrintable(found.front().reasons.join(u", ")));
        for (const QString &reason : found.front().reasons) {
            QVERIFY2(!reason.contains(u"bit"_s), qPrintable(reason));
        }

        // Against a brute force, on a dense town (about 50 reports within 250 m of each): every
        // report within 250 m and 30 days is a candidate (up to the limit), nothing else is.
        for (duplicates::Entry &e : entries) {
            e.latitude = 16.80 + random.generateDouble() * 0.03;
            e.longitude = 107.08 + random.generateDouble() * 0.03;
        }
        duplicates::Options wide;
        wide.limit = 100000;
        const duplicates::Index all(entries, wide);
        for (int probe = 0; probe < 200; ++probe) {
            const duplicates::Entry &report = entries[std::size_t(random.bounded(int(entries.size())))];
            QSet<QString> expected;
            for (const duplicates::Entry &other : entries) {
                if (other.id != report.id && qAbs(other.receivedAt.secsTo(report.receivedAt)) <= 30 * 24 * 3600 &&
                    geo::distanceMetres(report.latitude, report.longitude, other.latitude, other.longitude) <= 250) {
                    expected.insert(other.id);
                }
            }
            QSet<QString> got;
            for (const duplicates::Candidate &c : all.candidates(report)) {
                got.insert(c.id);
            }
            QCOMPARE(got, expected);
        }
    }

    void textSimilarityIgnoresDiacriticsAndCommonWords()
    {
        const auto a = duplicates::wordsOf(u"Ổ gà lớn trên đường Lê Duẩn"_s);
        const auto b = duplicates::wordsOf(u"o ga lon tren duong le duan"_s);
        QCOMPARE(duplicates::similarity(a, b), 1.0);
        QVERIFY(!a.contains(u"tren"_s));
        QCOMPARE(duplicates::similarity(a, duplicates::wordsOf(u"Cháy nhà dân"_s)), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "testduplicates.moc"

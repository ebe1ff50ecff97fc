#include "storage/mediacache.h"
#include "support/profiles.h"

#include <QTest>

using namespace ioc;
using namespace Qt::StringLiterals;

class TestMediaCache final : public QObject
{
    Q_OBJECT

private slots:
    void verifiesContentAndEvictsLeastRecentlyUsed()
    {
        test::TempProfile profile;
        storage::MediaCache cache(profile->media(), 3 * 1000);
        storage::StorageError error;
        const QByteArray a(1000, 'a');
        const QByteArray b(1000, 'b');
        const QByteArray c(1000, 'c');
        const QByteArray d(1000, 'd');
        QVERIFY(!cache.put(storage::MediaCache::sha256Of(b), a, u"image/jpeg"_s, false, &error));
        QVERIFY(error.message.contains(u"does not match"_s));
        QVERIFY(!cache.contains(storage::MediaCache::sha256Of(b)));

        QVERIFY(cache.put(storage::MediaCache::sha256Of(a), a, u"image/jpeg"_s, true, &error)); // pinned
        QVERIFY(cache.put(storage::MediaCache::sha256Of(b), b, u"image/jpeg"_s, false, &error));
        QVERIFY(cache.put(storage::MediaCache::sha256Of(c), c, u"image/jpeg"_s, false, &error));
        QCOMPARE(cache.get(storage::MediaCache::sha256Of(b)), b); // b is now more recent than c
        QVERIFY(cache.put(storage::MediaCache::sha256Of(d), d, u"image/jpeg"_s, false, &error));
        QCOMPARE(cache.totalSize(), 3000);
        QVERIFY(cache.contains(storage::MediaCache::sha256Of(a))); // pinned: stays although oldest
        QVERIFY(cache.contains(storage::MediaCache::sha256Of(b)));
        QVERIFY(!cache.contains(storage::MediaCache::sha256Of(c))); // least recently used
        QVERIFY(cache.contains(storage::MediaCache::sha256Of(d)));
        QVERIFY(cache.unpin(storage::MediaCache::sha256Of(a), &error));
        QVERIFY(cache.put(storage::MediaCache::sha256Of(c), c, u"image/jpeg"_s, false, &error));
        QVERIFY(!cache.contains(storage::MediaCache::sha256Of(a)));
    }
};

QTEST_GUILESS_MAIN(TestMediaCache)
#include "testmediacache.moc"

#include "storage/database.h"
#include "storage/mbtiles.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc::storage;
using namespace Qt::StringLiterals;

// MBTiles through the project's SQLite driver: XYZ in, TMS rows on disk, and clear refusals of
// files that are not MBTiles.
class TestMbTiles final : public QObject
{
    Q_OBJECT

private slots:
    void writesTmsRowsAndReadsXyz()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"base.mbtiles"_s);
        StorageError error;
        {
            auto tiles = MbTiles::create(path, {{u"format"_s, u"png"_s}, {u"name"_s, u"thử"_s}}, &error);
            QVERIFY2(tiles, qPrintable(error.message));
            QVERIFY(tiles->begin(&error));
            QVERIFY(tiles->putTile(3, 1, 2, "tile-3-1-2", &error));
            QVERIFY(tiles->putTile(0, 0, 0, "world", &error));
            QVERIFY(tiles->commit(&error));
        }
        {
            // On disk the row counts from the south: 2^3 - 1 - 2 = 5.
            Database::Options options;
            options.path = path;
            options.readOnly = true;
            options.allowUnencrypted = true;
            auto raw = Database::open(std::move(options), &error);
            QVERIFY(raw);
            QSqlQuery query(raw->connection());
            QVERIFY(query.exec(u"SELECT tile_row FROM tiles WHERE zoom_level = 3 AND tile_column = 1"_s));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 5);
        }
        auto tiles = MbTiles::open(path, &error);
        QVERIFY2(tiles, qPrintable(error.message));
        QCOMPARE(tiles->tile(3, 1, 2).value_or(QByteArray()), QByteArray("tile-3-1-2"));
        QCOMPARE(tiles->tile(0, 0, 0).value_or(QByteArray()), QByteArray("world"));
        QVERIFY(!tiles->tile(3, 1, 5)); // the TMS row is not an XYZ row
        QVERIFY(!tiles->tile(3, 9, 0)); // outside the zoom's range
        QVERIFY(!tiles->tile(-1, 0, 0));
        QCOMPARE(tiles->metadata().value(u"name"_s), u"thử"_s);
        QCOMPARE(tiles->format(), u"png"_s);
        // An existing file is never overwritten.
        QVERIFY(!MbTiles::create(path, {}, &error));
    }

    void refusesWhatIsNotMbTiles()
    {
        QTemporaryDir dir;
        StorageError error;
        QVERIFY(!MbTiles::open(dir.filePath(u"absent.mbtiles"_s), &error));
        QCOMPARE(error.kind, StorageError::Kind::Missing);

        const QString garbage = dir.filePath(u"garbage.mbtiles"_s);
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        error = {};
        QVERIFY(!MbTiles::open(garbage, &error));
        QVERIFY2(!error.message.isEmpty(), "a corrupt file needs a message");

        // A database, but not MBTiles.
        const QString other = dir.filePath(u"other.db"_s);
        {
            Database::Options options;
            options.path = other;
            options.create = true;
            options.allowUnencrypted = true;
            auto db = Database::open(std::move(options), &error);
            QVERIFY(db);
            QVERIFY(QSqlQuery(db->connection()).exec(u"CREATE TABLE metadata (name TEXT, value TEXT)"_s));
        }
        error = {};
        QVERIFY(!MbTiles::open(other, &error));
        QVERIFY2(error.message.contains(u"not an MBTiles file"_s), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestMbTiles)
#include "testmbtiles.moc"

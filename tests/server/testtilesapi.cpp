#include "support/testserver.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc::test;
using namespace Qt::StringLiterals;

// /v1/tiles on the real server: the demo's basemap over HTTPS, public, with clear answers for
// tiles outside it and bad addresses; a broken tiles file leaves the server working.
class TestTilesApi final : public QObject
{
    Q_OBJECT

private slots:
    void demoBasemap()
    {
        TestServer server;
        server.start();
        HttpClient http(server.url());
        // Đông Hà at zoom 10 and at street zoom 15, without signing in (a basemap is public).
        for (const QString &path : {u"/v1/tiles/10/816/463"_s, u"/v1/tiles/15/26132/14832"_s}) {
            const HttpResponse tile = http.get(path);
            QCOMPARE(tile.status, 200);
            QCOMPARE(tile.headers.value("content-type"), QByteArray("image/png"));
            const QImage image = QImage::fromData(tile.body);
            QCOMPARE(image.size(), QSize(256, 256));
            // Land of the province is drawn (not only sea).
            QVERIFY(image.pixelColor(128, 128) != QColor(0xaa, 0xd3, 0xdf));
        }
        QCOMPARE(http.get(u"/v1/tiles/10/0/0"_s).status, 404); // far from the province
        QCOMPARE(http.get(u"/v1/tiles/10/0/0"_s).errorCode(), u"tile_not_found"_s);
        QCOMPARE(http.get(u"/v1/tiles/3/9/0"_s).status, 400);
        QCOMPARE(http.get(u"/v1/tiles/x/1/2"_s).status, 400);
        QCOMPARE(http.get(u"/v1/tiles/40/1/2"_s).status, 400);
    }

    void aBrokenTilesFileIsReportedAndTheServerRuns()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(u"broken.mbtiles"_s);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x17'));
        file.close();
        TestServer::Options options;
        options.demo = false;
        options.extraArguments = {u"--tiles"_s, broken};
        TestServer server(options);
        server.start();
        HttpClient http(server.url());
        QCOMPARE(http.get(u"/v1/tiles/10/816/463"_s).status, 404);
        QCOMPARE(http.get(u"/v1/health"_s).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestTilesApi)
#include "testtilesapi.moc"

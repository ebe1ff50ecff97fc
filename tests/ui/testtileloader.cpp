// The tile loader against a tile server that misbehaves on purpose (a plain-HTTP server on the
// loopback address, written here: it answers per zoom with a tile, 404, 500, garbage or a huge
// picture), and from an MBTiles file. The map keeps going; problems get clear messages.
#include "storage/mbtiles.h"
#include "tileloader.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ioc::core::tiles::TileId;

namespace {

QByteArray png(int side)
{
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

class BadTileServer final : public QObject
{
public:
    BadTileServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    const QByteArray request = socket->readAll();
                    const QList<QByteArray> path = request.split(' ').value(1).split('/');
                    const int zoom = path.value(2).toInt();
                    QByteArray status = "200 OK";
                    QByteArray body;
                    switch (zoom) {
                    case 1:
                        body = png(256);
                        break;
                    case 2:
                        status = "404 Not Found";
                        break;
                    case 3:
                        status = "500 Internal Server Error";
                        break;
                    case 4:
                        body = "this is not a picture";
                        break;
                    default:
                        body = png(2048);
                        break;
                    }
                    socket->write("HTTP/1.1 " + status + "\r\nContent-Length: " + QByteArray::number(body.size()) +
                                  "\r\nContent-Type: image/png\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QString urlTemplate() const { return u"http://127.0.0.1:%1/tiles/{z}/{x}/{y}"_s.arg(m_server.serverPort()); }

private:
    QTcpServer m_server;
};

} // namespace

class TestTileLoader final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void misbehavingServer()
    {
        BadTileServer server;
        ioc::TileLoader loader;
        QString error;
        QVERIFY2(loader.setUrlTemplate(server.urlTemplate(), {}, &error), qPrintable(error));
        QSignalSpy ready(&loader, &ioc::TileLoader::tileReady);
        QSignalSpy missing(&loader, &ioc::TileLoader::tileMissing);
        QSignalSpy problems(&loader, &ioc::TileLoader::problem);

        loader.request({1, 0, 1});
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(1).value<QImage>().size(), QSize(256, 256));

        loader.request({2, 1, 1}); // 404: missing, quietly
        QTRY_COMPARE(missing.count(), 1);
        QCOMPARE(problems.count(), 0);

        loader.request({3, 1, 1}); // 500
        QTRY_COMPARE(missing.count(), 2);
        QTRY_COMPARE(problems.count(), 1);
        QVERIFY2(problems.at(0).at(0).toString().contains(u"500"_s), qPrintable(problems.at(0).at(0).toString()));

        loader.request({4, 1, 1}); // garbage
        QTRY_COMPARE(missing.count(), 3);
        QTRY_COMPARE(problems.count(), 2);
        loader.request({5, 1, 1}); // a 2048 px "tile"
        QTRY_COMPARE(missing.count(), 4);
        QCOMPARE(ready.count(), 1);
    }

    void refusesPlainHttpElsewhere()
    {
        ioc::TileLoader loader;
        QString error;
        QVERIFY(!loader.setUrlTemplate(u"http://tile.openstreetmap.org/{z}/{x}/{y}.png"_s, {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!loader.setUrlTemplate(u"https://tile.example/{z}/{x}.png"_s, {}, &error)); // no {y}
        QVERIFY(loader.setUrlTemplate(u"https://tile.openstreetmap.org/{z}/{x}/{y}.png"_s, {}, &error));
    }

    void fromAnMbTilesFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"offline.mbtiles"_s);
        ioc::storage::StorageError error;
        {
            auto tiles = ioc::storage::MbTiles::create(path, {{u"format"_s, u"png"_s}}, &error);
            QVERIFY(tiles);
            QVERIFY(tiles->putTile(10, 816, 463, png(256), &error));
            QVERIFY(tiles->putTile(10, 816, 464, "broken", &error));
        }
        ioc::TileLoader loader;
        QString problem;
        QVERIFY2(loader.setMbTilesFile(path, &problem), qPrintable(problem));
        QSignalSpy ready(&loader, &ioc::TileLoader::tileReady);
        QSignalSpy missing(&loader, &ioc::TileLoader::tileMissing);
        loader.request({10, 816, 463});
        QTRY_COMPARE(ready.count(), 1);
        loader.request({10, 0, 0});
        QTRY_COMPARE(missing.count(), 1);
        loader.request({10, 816, 464});
        QTRY_COMPARE(missing.count(), 2);
        QVERIFY(!loader.setMbTilesFile(dir.filePath(u"absent.mbtiles"_s), &problem));
        QVERIFY(!problem.isEmpty());
    }
};

QTEST_MAIN(TestTileLoader)
#include "testtileloader.moc"

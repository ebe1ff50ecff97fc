#include "media/imageprobe.h"
#include "media/mediatype.h"
#include "media/perceptualhash.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace ioc;
using namespace Qt::StringLiterals;

// Files from strangers: the type comes from the content, a header claiming huge dimensions is
// refused before decoding, a corrupt picture is reported, and the perceptual hash tells the
// same picture (resized, recompressed) from another one.
class TestImageProbe final : public QObject
{
    Q_OBJECT

private slots:
    void typeFromContentNotName_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<int>("mediaClass");
        QTest::newRow("jpeg") << encode(scene(1), "JPEG") << u"image/jpeg"_s << int(media::MediaClass::Image);
        QTest::newRow("png") << encode(scene(1), "PNG") << u"image/png"_s << int(media::MediaClass::Image);
        QTest::newRow("mp4") << QByteArray::fromHex("0000001c667479706d703432000000006d7034316d70343269736f6d")
                             << u"video/mp4"_s << int(media::MediaClass::Video);
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n1 0 obj\n") << u"application/pdf"_s
                             << int(media::MediaClass::Document);
        QTest::newRow("exe") << QByteArray("MZ\x90\x00\x03\x00\x00\x00", 8) + QByteArray(120, '\0') << QString()
                             << int(media::MediaClass::Unsupported);
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><script>alert(1)</script>") << QString()
                              << int(media::MediaClass::Unsupported);
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8) << QString()
                             << int(media::MediaClass::Unsupported);
    }

    void typeFromContentNotName()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, mime);
        QFETCH(int, mediaClass);
        const media::MediaType type = media::detectType(data);
        QCOMPARE(int(type.mediaClass), mediaClass);
        if (!mime.isEmpty()) {
            QCOMPARE(type.mimeType, mime);
        }
    }

    void goodPictureDecodes()
    {
        const media::ImageProbe probe = media::probeImage(encode(scene(1, 1600, 1200), "JPEG"));
        QVERIFY2(probe.error.isEmpty(), qPrintable(probe.detail));
        QCOMPARE(probe.width, 1600);
        QCOMPARE(probe.height, 1200);
        // Decoded small: no full-size copy in memory.
        QVERIFY(probe.preview.width() <= 512 && probe.preview.height() <= 512);
    }

    void hugeDimensionsRefusedFromTheHeader()
    {
        // A small JPEG whose frame header claims 65000 × 65000 pixels (4.2 gigapixels).
        QByteArray data = encode(scene(1, 64, 64), "JPEG");
        const qsizetype sof = data.indexOf(QByteArray::fromHex("ffc0"));
        QVERIFY(sof > 0);
        data[sof + 5] = char(0xfd);
        data[sof + 6] = char(0xe8);
        data[sof + 7] = char(0xfd);
        data[sof + 8] = char(0xe8);
        const media::ImageProbe probe = media::probeImage(data);
        QCOMPARE(probe.error, u"image_too_large"_s);
        QCOMPARE(probe.width, 65000);
        QVERIFY(probe.preview.isNull());
    }

    void corruptPictureIsReported()
    {
        QByteArray data = QByteArray::fromHex("ffd8ffe0") + QByteArray(4096, '\x5a');
        QCOMPARE(media::detectType(data).mimeType, u"image/jpeg"_s); // looks like one
        QCOMPARE(media::probeImage(data).error, u"malformed_image"_s);
        QCOMPARE(media::probeImage(QByteArray()).error, u"malformed_image"_s);
    }

    void perceptualHashTellsPicturesApart()
    {
        const QImage original = scene(1, 800, 600);
        const QString hash = media::perceptualHash(original);
        QCOMPARE(hash.size(), 16);
        // The same scene resized and recompressed hard.
        const QImage copy = QImage::fromData(encode(original.scaled(320, 240), "JPEG", 30));
        QVERIFY(media::hashDistance(hash, media::perceptualHash(copy)) <= 6);
        // Another scene.
        QVERIFY(media::hashDistance(hash, media::perceptualHash(scene(2, 800, 600))) >= 16);
        QCOMPARE(media::hashDistance(hash, u"not-a-hash"_s), -1);
        QVERIFY(media::perceptualHash(QImage()).isEmpty());
    }

private:
    // A picture with structure (so that hashes differ between seeds).
    static QImage scene(int seed, int width = 320, int height = 240)
    {
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(seed == 1 ? QColor(90, 140, 200) : QColor(60, 60, 60));
        QPainter painter(&image);
        painter.setPen(Qt::NoPen);
        for (int i = 0; i < 6; ++i) {
            painter.setBrush(QColor::fromHsv((seed * 70 + i * 40) % 360, 200, 120 + 20 * i));
            const int x = ((seed * 37 + i * 53) % 10) * width / 10;
            const int y = ((seed * 11 + i * 29) % 8) * height / 8;
            painter.drawEllipse(QRect(x - width / 8, y - height / 8, width / 3, height / 3));
        }
        return image;
    }

    static QByteArray encode(const QImage &image, const char *format, int quality = 85)
    {
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, format, quality);
        return data;
    }
};

QTEST_GUILESS_MAIN(TestImageProbe)
#include "testimageprobe.moc"

#include "media/exif.h"

#include <QBuffer>
#include <QImage>
#include <QTest>
#include <QTimeZone>

using namespace ioc;
using namespace Qt::StringLiterals;

// EXIF through exiv2: what we write comes back; times without a zone are taken as Vietnam time
// and said so; southern and western positions keep their sign; garbage is an error, not a crash.
class TestExif final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        media::ExifValues values;
        values.capturedAt = QDateTime(QDate(2026, 11, 27), QTime(21, 15, 30), QTimeZone::utc());
        values.modifiedAt = values.capturedAt.addSecs(3600);
        values.latitude = 16.816667;
        values.longitude = 107.1;
        values.software = u"Adobe Photoshop 25.0"_s;
        values.make = u"Samsung"_s;
        values.model = u"Galaxy A54"_s;
        QString error;
        const auto written = media::writeExif(jpeg(), values, &error);
        QVERIFY2(written, qPrintable(error));
        const auto facts = media::readExif(*written, &error);
        QVERIFY2(facts, qPrintable(error));
        QVERIFY(facts->hasExif);
        QCOMPARE(facts->exifCapturedAt, values.capturedAt);
        QVERIFY(facts->exifTimeHasOffset);
        QCOMPARE(facts->exifModifiedAt, values.modifiedAt);
        QVERIFY(facts->exifLatitude && facts->exifLongitude);
        QVERIFY(qAbs(*facts->exifLatitude - 16.816667) < 1e-6);
        QVERIFY(qAbs(*facts->exifLongitude - 107.1) < 1e-6);
        QCOMPARE(facts->software, u"Adobe Photoshop 25.0"_s);
        QCOMPARE(facts->camera, u"Samsung Galaxy A54"_s);
        // The picture itself survives.
        QVERIFY(!QImage::fromData(*written).isNull());
    }

    void timeWithoutZoneIsVietnamTime()
    {
        media::ExifValues values;
        values.capturedAt = QDateTime(QDate(2026, 11, 28), QTime(2, 0), QTimeZone::utc()); // 09:00 in Vietnam
        values.withOffset = false;
        QString error;
        const auto facts = media::readExif(*media::writeExif(jpeg(), values, &error), &error);
        QVERIFY2(facts, qPrintable(error));
        QCOMPARE(facts->exifCapturedAt, values.capturedAt);
        QVERIFY(!facts->exifTimeHasOffset);
        QVERIFY(!facts->exifLatitude);
    }

    void southAndWestAreNegative()
    {
        media::ExifValues values;
        values.latitude = -33.8688;
        values.longitude = -70.6693;
        QString error;
        const auto facts = media::readExif(*media::writeExif(jpeg(), values, &error), &error);
        QVERIFY2(facts, qPrintable(error));
        QVERIFY(qAbs(*facts->exifLatitude + 33.8688) < 1e-6);
        QVERIFY(qAbs(*facts->exifLongitude + 70.6693) < 1e-6);
    }

    void pictureWithoutExif()
    {
        QString error;
        const auto facts = media::readExif(jpeg(), &error);
        QVERIFY2(facts, qPrintable(error));
        QVERIFY(!facts->hasExif);
        QVERIFY(!facts->exifCapturedAt.isValid());
    }

    void garbageIsAnError()
    {
        QString error;
        QVERIFY(!media::readExif("this is not a picture at all", &error));
        QVERIFY(!error.isEmpty());
        QByteArray broken = jpeg().left(40);
        broken.append(QByteArray(200, '\xff'));
        error.clear();
        const auto facts = media::readExif(broken, &error);
        // exiv2 either refuses it or finds no EXIF; it never invents any.
        QVERIFY(!facts || !facts->hasExif);
        QVERIFY(media::exifLibraryVersion().startsWith(u"exiv2 0."_s));
    }

private:
    static QByteArray jpeg()
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor(200, 120, 40));
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 80);
        return data;
    }
};

QTEST_GUILESS_MAIN(TestExif)
#include "testexif.moc"

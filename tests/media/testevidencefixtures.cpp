// The photo conditions of Điều 7.6 on real files: JPEGs made here with exiv2 (recent, old, no
// EXIF, saved by an editor, GPS far away, absurd values), examined as the server examines an
// upload, then judged by the checklist. Hostile files give an evidence line, never a crash.
#include "core/checklist.h"
#include "media/examine.h"
#include "media/exif.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QTimeZone>

#include <exiv2/exiv2.hpp>

using namespace ioc;
using namespace Qt::StringLiterals;
using core::verification::Condition;
using Verdict = core::identity::Verdict;

namespace {

const QDateTime received(QDate(2026, 11, 20), QTime(3, 0), QTimeZone::utc());
constexpr double latitude = 16.8;
constexpr double longitude = 107.1;

QByteArray plainJpeg(int width = 640, int height = 480)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(90, 140, 200));
    QPainter p(&image);
    p.fillRect(0, height / 2, width, height / 2, QColor(70, 70, 70));
    p.end();
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return data;
}

QByteArray withExif(const media::ExifValues &values)
{
    QString error;
    const std::optional<QByteArray> data = media::writeExif(plainJpeg(), values, &error);
    return data.value_or(QByteArray());
}

media::ExifValues phonePhoto(qint64 secondsBeforeReport)
{
    media::ExifValues v;
    v.capturedAt = received.addSecs(-secondsBeforeReport);
    v.modifiedAt = v.capturedAt;
    v.latitude = latitude + 0.0005;
    v.longitude = longitude;
    v.make = u"Samsung"_s;
    v.model = u"Galaxy A54"_s;
    return v;
}

// A picture's EXIF set tag by tag with exiv2, values as written by a broken or lying device.
QByteArray rawExif(const std::function<void(Exiv2::ExifData &)> &fill)
{
    const QByteArray jpeg = plainJpeg();
    auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(jpeg.constData()), jpeg.size());
    image->readMetadata();
    Exiv2::ExifData exif;
    fill(exif);
    image->setExifData(exif);
    image->writeMetadata();
    Exiv2::BasicIo &io = image->io();
    io.open();
    QByteArray out(int(io.size()), Qt::Uninitialized);
    io.read(reinterpret_cast<Exiv2::byte *>(out.data()), io.size());
    io.close();
    return out;
}

core::verification::Checklist judge(const QByteArray &data, media::Examination *examination = nullptr)
{
    const media::Examination e = media::examine(data, media::MediaClass::Image);
    if (examination != nullptr) {
        *examination = e;
    }
    core::verification::Input input;
    core::Report &r = input.report;
    r.id = u"r1"_s;
    r.code = u"PA-2026-000001"_s;
    r.title = u"Ổ gà trên đường Hùng Vương"_s;
    r.content = u"Mặt đường hư hỏng nặng, nhiều ổ gà sâu gây nguy hiểm."_s;
    r.receivedAt = received;
    r.position = {latitude, longitude, {}, {}, core::PositionSource::DeviceGps};
    r.reporter = {core::ReporterKind::Person,
                  {},
                  u"Nguyễn Văn An"_s,
                  u"Phường 1"_s,
                  u"0912345678"_s,
                  u"045090001234"_s,
                  {},
                  {},
                  {},
                  {},
                  {},
                  {}};
    core::MediaItem item;
    item.sha256 = u"f00d"_s;
    item.mimeType = u"image/jpeg"_s;
    item.fileName = u"photo.jpg"_s;
    item.facts = e.facts;
    r.media = {item};
    input.today = received.date();
    input.now = received;
    input.spelling = QList<core::verification::Misspelling>{};
    return core::verification::evaluate(input);
}

QStringList codes(const core::verification::Checklist &list, Condition condition)
{
    QStringList out;
    if (const core::verification::Row *row = list.row(condition)) {
        for (const core::identity::Finding &f : row->findings) {
            out.append(f.code);
        }
    }
    return out;
}

} // namespace

class TestEvidenceFixtures final : public QObject
{
    Q_OBJECT

private slots:
    void recentPhotoPasses()
    {
        const auto list = judge(withExif(phonePhoto(3600)));
        QCOMPARE(list.row(Condition::CaptureTime)->verdict, Verdict::Pass);
        QCOMPARE(list.row(Condition::Editing)->verdict, Verdict::Pass);
        QVERIFY(codes(list, Condition::Position).contains(u"exif_gps_near"_s));
        QVERIFY(list.suggestedReasons.isEmpty());
    }

    void oldPhotoNeedsALook()
    {
        const auto list = judge(withExif(phonePhoto(3 * 86400)));
        QVERIFY(codes(list, Condition::CaptureTime).contains(u"exif_old"_s));
        QCOMPARE(list.row(Condition::CaptureTime)->verdict, Verdict::NeedsLook);
        QVERIFY(list.suggestedReasons.contains(core::RejectReason::MediaNotRecent));
    }

    // Zalo and Facebook strip EXIF: a look, never a failure.
    void noExifNeedsALook()
    {
        const auto list = judge(plainJpeg());
        QVERIFY(codes(list, Condition::CaptureTime).contains(u"exif_missing"_s));
        QCOMPARE(list.row(Condition::CaptureTime)->verdict, Verdict::NeedsLook);
        QVERIFY(list.suggestedReasons.isEmpty());
    }

    void editorSoftwareIsASignOfEditing()
    {
        media::ExifValues v = phonePhoto(3600);
        v.software = u"Snapseed 2.19"_s;
        const auto list = judge(withExif(v));
        QVERIFY(codes(list, Condition::Editing).contains(u"edited"_s));
        QVERIFY(list.suggestedReasons.contains(core::RejectReason::EditedMedia));
    }

    void rewrittenLongAfterCapture()
    {
        media::ExifValues v = phonePhoto(3600);
        v.capturedAt = received.addSecs(-20 * 3600);
        v.modifiedAt = received.addSecs(-600);
        const auto list = judge(withExif(v));
        QVERIFY(codes(list, Condition::Editing).contains(u"exif_modified"_s));
    }

    void gpsFarFromThePosition()
    {
        media::ExifValues v = phonePhoto(3600);
        v.latitude = 21.03; // Hà Nội
        v.longitude = 105.85;
        const auto list = judge(withExif(v));
        QVERIFY(codes(list, Condition::Position).contains(u"exif_gps_far"_s));
        QCOMPARE(list.row(Condition::Position)->verdict, Verdict::NeedsLook);
    }

    // Values no camera writes: a date in year 9999 and garbage, latitude 200°, a zero-size
    // rational. The examination survives and the checklist says it needs a look.
    void absurdExifValues()
    {
        const QByteArray absurd = rawExif([](Exiv2::ExifData &exif) {
            exif["Exif.Photo.DateTimeOriginal"] = "9999:99:99 99:99:99";
            exif["Exif.Image.DateTime"] = "yesterday, roughly";
            exif["Exif.GPSInfo.GPSLatitudeRef"] = "N";
            Exiv2::URationalValue lat;
            lat.read("200/1 0/0 0/1");
            exif["Exif.GPSInfo.GPSLatitude"] = lat;
            exif["Exif.GPSInfo.GPSLongitudeRef"] = "E";
            Exiv2::URationalValue lon;
            lon.read("107/1 6/1 0/1");
            exif["Exif.GPSInfo.GPSLongitude"] = lon;
            exif["Exif.Image.Software"] = std::string(5000, 'A');
        });
        media::Examination examination;
        const auto list = judge(absurd, &examination);
        QVERIFY(examination.facts.known);
        QVERIFY(!examination.facts.exifCapturedAt.isValid() || examination.facts.exifCapturedAt.date().year() < 9999);
        QVERIFY(codes(list, Condition::CaptureTime).contains(u"exif_missing"_s));
        // A latitude of 200° is no position: not compared.
        QVERIFY(!codes(list, Condition::Position).contains(u"exif_gps_near"_s));
        QVERIFY(examination.facts.software.size() <= 5000);
    }

    void corruptAndHugePicturesAreLines()
    {
        // A JPEG start followed by garbage: refused as malformed (the server turns the upload
        // away); had it reached a report, the checklist would say there is no capture time.
        QByteArray corrupt = QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(4096, '\x5a');
        media::Examination e;
        const auto list = judge(corrupt, &e);
        QCOMPARE(e.error, u"malformed_image"_s);
        QVERIFY(!e.facts.hasExif);
        QVERIFY(codes(list, Condition::CaptureTime).contains(u"exif_missing"_s));
        QCOMPARE(list.row(Condition::CaptureTime)->verdict, Verdict::NeedsLook);

        // 20000 × 20000 declared in the header: refused from the header, without decoding.
        QImage wide(20000, 8, QImage::Format_Grayscale8);
        wide.fill(Qt::gray);
        QByteArray huge;
        QBuffer buffer(&huge);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(wide.save(&buffer, "JPEG", 50));
        huge[huge.indexOf("\xff\xc0") + 5] = char(0x4e); // height 8 → 20000
        huge[huge.indexOf("\xff\xc0") + 6] = char(0x20);
        const media::Examination big = media::examine(huge, media::MediaClass::Image);
        QCOMPARE(big.error, u"image_too_large"_s);
    }
};

QTEST_MAIN(TestEvidenceFixtures)
#include "testevidencefixtures.moc"

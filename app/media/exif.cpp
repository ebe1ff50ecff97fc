// The only file that includes exiv2. Debian 12 ships exiv2 0.27 and vcpkg 0.28; where their
// APIs differ (smart pointer of ImageFactory::open, DataBuf, sizes), the code below uses what
// both accept (`auto`, BasicIo::mmap, std::exception).
#include "exif.h"

#include "core/vntime.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <exiv2/exiv2.hpp>
#include <mutex>

namespace ioc::media {

namespace {

void initialiseOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Exiv2::XmpParser::initialize(); // thread safety of the XMP toolkit
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
    });
}

QString valueOf(const Exiv2::ExifData &exif, const char *key)
{
    try {
        const auto it = exif.findKey(Exiv2::ExifKey(key));
        if (it == exif.end()) {
            return {};
        }
        return QString::fromStdString(it->toString()).trimmed();
    } catch (const std::exception &) {
        return {}; // a key this exiv2 does not know
    }
}

// "2026:11:28 09:15:00" with an optional "+07:00".
QDateTime exifTime(const QString &text, const QString &offset, bool *hadOffset)
{
    QDateTime local = QDateTime::fromString(text.left(19), QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    if (!local.isValid()) {
        return {};
    }
    static const QRegularExpression offsetPattern(QStringLiteral(R"(^([+-])(\d{2}):(\d{2})$)"));
    const QRegularExpressionMatch match = offsetPattern.match(offset);
    int seconds = core::vntime::utcOffsetSeconds;
    *hadOffset = match.hasMatch();
    if (*hadOffset) {
        seconds = (match.captured(2).toInt() * 3600 + match.captured(3).toInt() * 60) *
                  (match.captured(1) == QStringLiteral("-") ? -1 : 1);
    }
    // The wall-clock time read as UTC, less the offset (no setOffsetFromUtc: deprecated in Qt 6.8).
    return QDateTime(local.date(), local.time(), QTimeZone::utc()).addSecs(-seconds);
}

std::optional<double> coordinate(const Exiv2::ExifData &exif, const char *key, const char *refKey)
{
    try {
        const auto it = exif.findKey(Exiv2::ExifKey(key));
        if (it == exif.end() || it->count() < 3) {
            return std::nullopt;
        }
        double value = 0;
        double scale = 1;
        for (int i = 0; i < 3; ++i) {
            const Exiv2::Rational part = it->toRational(i);
            if (part.second == 0) {
                return std::nullopt;
            }
            value += double(part.first) / double(part.second) / scale;
            scale *= 60;
        }
        const QString ref = valueOf(exif, refKey);
        if (ref == QStringLiteral("S") || ref == QStringLiteral("W")) {
            value = -value;
        }
        return value;
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

std::string rationalDegrees(double value)
{
    value = std::fabs(value);
    const int degrees = int(value);
    const double minutesFull = (value - degrees) * 60;
    const int minutes = int(minutesFull);
    const auto seconds = qint64(std::llround((minutesFull - minutes) * 60 * 10000));
    return QStringLiteral("%1/1 %2/1 %3/10000").arg(degrees).arg(minutes).arg(seconds).toStdString();
}

std::string exifTimeText(const QDateTime &time, int offsetSeconds)
{
    return time.toOffsetFromUtc(offsetSeconds).toString(QStringLiteral("yyyy:MM:dd HH:mm:ss")).toStdString();
}

} // namespace

std::optional<core::MediaFacts> readExif(const QByteArray &data, QString *error)
{
    initialiseOnce();
    try {
        auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(data.constData()), data.size());
        if (image.get() == nullptr) {
            *error = QStringLiteral("not a file type exiv2 can read");
            return std::nullopt;
        }
        image->readMetadata();
        const Exiv2::ExifData &exif = image->exifData();
        core::MediaFacts facts;
        facts.hasExif = !exif.empty();
        if (!facts.hasExif) {
            return facts;
        }
        facts.exifCapturedAt = exifTime(valueOf(exif, "Exif.Photo.DateTimeOriginal"),
                                        valueOf(exif, "Exif.Photo.OffsetTimeOriginal"), &facts.exifTimeHasOffset);
        bool modifiedOffset = false;
        facts.exifModifiedAt =
            exifTime(valueOf(exif, "Exif.Image.DateTime"), valueOf(exif, "Exif.Photo.OffsetTime"), &modifiedOffset);
        facts.exifLatitude = coordinate(exif, "Exif.GPSInfo.GPSLatitude", "Exif.GPSInfo.GPSLatitudeRef");
        facts.exifLongitude = coordinate(exif, "Exif.GPSInfo.GPSLongitude", "Exif.GPSInfo.GPSLongitudeRef");
        if (!facts.exifLatitude || !facts.exifLongitude) {
            facts.exifLatitude.reset();
            facts.exifLongitude.reset();
        }
        facts.software = valueOf(exif, "Exif.Image.Software");
        facts.camera =
            QString(valueOf(exif, "Exif.Image.Make") + QLatin1Char(' ') + valueOf(exif, "Exif.Image.Model")).trimmed();
        return facts;
    } catch (const std::exception &e) {
        *error = QString::fromLocal8Bit(e.what());
        return std::nullopt;
    }
}

namespace {

// The whole file exiv2 just wrote into its in-memory I/O.
QByteArray writtenBytes(Exiv2::Image &image)
{
    Exiv2::BasicIo &io = image.io();
    io.open();
    const auto size = io.size();
    const Exiv2::byte *bytes = io.mmap();
    QByteArray written(reinterpret_cast<const char *>(bytes), qsizetype(size));
    io.munmap();
    io.close();
    return written;
}

} // namespace

std::optional<QByteArray> stripMetadata(const QByteArray &data, QString *error)
{
    initialiseOnce();
    try {
        auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(data.constData()), data.size());
        if (image.get() == nullptr) {
            *error = QStringLiteral("not a file type exiv2 can write");
            return std::nullopt;
        }
        image->readMetadata();
        image->clearMetadata();
        image->writeMetadata();
        return writtenBytes(*image);
    } catch (const std::exception &e) {
        *error = QString::fromLocal8Bit(e.what());
        return std::nullopt;
    }
}

std::optional<QByteArray> writeExif(const QByteArray &data, const ExifValues &values, QString *error)
{
    initialiseOnce();
    try {
        auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(data.constData()), data.size());
        if (image.get() == nullptr) {
            *error = QStringLiteral("not a file type exiv2 can write");
            return std::nullopt;
        }
        Exiv2::ExifData exif;
        const int offset = core::vntime::utcOffsetSeconds;
        if (values.capturedAt.isValid()) {
            exif["Exif.Photo.DateTimeOriginal"] = exifTimeText(values.capturedAt, offset);
            if (values.withOffset) {
                exif["Exif.Photo.OffsetTimeOriginal"] = std::string("+07:00");
            }
        }
        if (values.modifiedAt.isValid()) {
            exif["Exif.Image.DateTime"] = exifTimeText(values.modifiedAt, offset);
        }
        if (values.latitude && values.longitude) {
            exif["Exif.GPSInfo.GPSVersionID"] = std::string("2 3 0 0");
            exif["Exif.GPSInfo.GPSLatitudeRef"] = std::string(*values.latitude < 0 ? "S" : "N");
            exif["Exif.GPSInfo.GPSLatitude"] = rationalDegrees(*values.latitude);
            exif["Exif.GPSInfo.GPSLongitudeRef"] = std::string(*values.longitude < 0 ? "W" : "E");
            exif["Exif.GPSInfo.GPSLongitude"] = rationalDegrees(*values.longitude);
        }
        if (!values.software.isEmpty()) {
            exif["Exif.Image.Software"] = values.software.toStdString();
        }
        if (!values.make.isEmpty()) {
            exif["Exif.Image.Make"] = values.make.toStdString();
        }
        if (!values.model.isEmpty()) {
            exif["Exif.Image.Model"] = values.model.toStdString();
        }
        image->setExifData(exif);
        image->writeMetadata();
        return writtenBytes(*image);
    } catch (const std::exception &e) {
        *error = QString::fromLocal8Bit(e.what());
        return std::nullopt;
    }
}

QString exifLibraryVersion()
{
    return QStringLiteral("exiv2 ") + QString::fromLatin1(Exiv2::versionString().c_str());
}

} // namespace ioc::media

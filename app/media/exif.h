#pragma once

#include "core/report.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace ioc::media {

// Reads the EXIF metadata of a whole file in memory (JPEG, PNG, WebP, HEIC… whatever exiv2
// knows) into the facts the checklist uses: capture time (DateTimeOriginal with
// OffsetTimeOriginal; without an offset Vietnam time is assumed and said so), last write time,
// GPS position, Software, camera. A file without EXIF gives hasExif == false; a file exiv2
// cannot parse gives std::nullopt and a reason in `error`. Only the EXIF fields are filled.
std::optional<core::MediaFacts> readExif(const QByteArray &data, QString *error);

// What writeExif() puts into a picture (demo data, tests).
struct ExifValues
{
    QDateTime capturedAt;
    bool withOffset = true; // write OffsetTimeOriginal
    QDateTime modifiedAt;   // EXIF DateTime; invalid: not written
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString software;
    QString make;
    QString model;
};

// Returns `image` with its EXIF replaced by `values`, or std::nullopt and a reason in `error`.
std::optional<QByteArray> writeExif(const QByteArray &image, const ExifValues &values, QString *error);

// Returns `image` without any metadata (EXIF, IPTC, XMP, comment): what is published of a
// citizen's picture, without where and with what it was taken. Pictures exiv2 can write (JPEG,
// PNG, WebP…); std::nullopt and a reason in `error` for anything else.
std::optional<QByteArray> stripMetadata(const QByteArray &image, QString *error);

// "exiv2 0.27.6", for the About box and logs.
QString exifLibraryVersion();

} // namespace ioc::media

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Photos for the demo reports, drawn at start-up (nothing binary is shipped): a simple scene per
// category, saved as JPEG with the EXIF a phone would write — or, on purpose, EXIF that makes a
// verification check fail.
namespace ioc::server::demo {

enum class PhotoIssue
{
    None,            // taken on the spot shortly before sending, GPS near the report
    NoExif,          // a screenshot or a picture from social media: no metadata
    Old,             // taken days before the report (Điều 7.6.1.b: within 24 h)
    OutsideProvince, // GPS far from the reported place
    Edited,          // an editor's name in Software, written after the capture
};

struct PhotoSpec
{
    QString categoryId;
    quint32 seed = 0;
    double latitude = 0;
    double longitude = 0;
    QDateTime takenAt;
    PhotoIssue issue = PhotoIssue::None;
    bool repaired = false; // the "after" picture an agency attaches to its result
};

QByteArray makePhoto(const PhotoSpec &spec);

// The same picture scaled and recompressed without metadata (as a messaging app resends it):
// another file, a near-identical perceptual hash.
QByteArray resent(const QByteArray &jpeg);

} // namespace ioc::server::demo

#pragma once

#include <QByteArray>
#include <QString>

namespace ioc::media {

enum class MediaClass
{
    Unsupported,
    Image,    // decodable here: JPEG, PNG, WebP
    Photo,    // HEIC/HEIF from phones: accepted, EXIF read, not decoded
    Video,    // MP4, QuickTime, 3GPP
    Document, // PDF (result files)
};

struct MediaType
{
    QString mimeType; // from the content, e.g. "image/jpeg"; empty if not recognised
    MediaClass mediaClass = MediaClass::Unsupported;
};

// The type of a file judged by its first bytes (the shared MIME database's magic), never by its
// name. 4 KiB are enough for every accepted type.
MediaType detectType(const QByteArray &head);

// The largest file accepted of each class, in bytes.
qint64 maxFileSize(MediaClass mediaClass);

} // namespace ioc::media

#include "mediatype.h"

#include <QMimeDatabase>

namespace ioc::media {

MediaType detectType(const QByteArray &head)
{
    struct Accepted
    {
        const char *mime;
        MediaClass mediaClass;
    };
    static const Accepted accepted[] = {
        {"image/jpeg", MediaClass::Image},         {"image/png", MediaClass::Image},
        {"image/webp", MediaClass::Image},         {"image/heic", MediaClass::Photo},
        {"image/heif", MediaClass::Photo},         {"video/mp4", MediaClass::Video},
        {"video/quicktime", MediaClass::Video},    {"video/3gpp", MediaClass::Video},
        {"application/pdf", MediaClass::Document},
    };
    // Content only: a name could be anything.
    const QMimeType type = QMimeDatabase().mimeTypeForData(head);
    MediaType result;
    for (const Accepted &candidate : accepted) {
        const QString name = QString::fromLatin1(candidate.mime);
        if (type.name() == name || type.inherits(name)) {
            result.mimeType = name;
            result.mediaClass = candidate.mediaClass;
            return result;
        }
    }
    if (!type.isDefault()) {
        result.mimeType = type.name();
    }
    return result;
}

qint64 maxFileSize(MediaClass mediaClass)
{
    constexpr qint64 mib = 1024 * 1024;
    switch (mediaClass) {
    case MediaClass::Image:
    case MediaClass::Photo:
    case MediaClass::Document:
        return 20 * mib;
    case MediaClass::Video:
        return 100 * mib;
    case MediaClass::Unsupported:
        break;
    }
    return 0;
}

} // namespace ioc::media

#pragma once

#include "core/report.h"
#include "media/imageprobe.h"
#include "media/mediatype.h"

#include <QByteArray>
#include <QString>

namespace ioc::media {

struct Examination
{
    QString error; // "malformed_image" or "image_too_large" if the picture is refused; else empty
    QString detail;
    core::MediaFacts facts; // known == true when examined
};

// Everything the server reads from a verified file of the given class: pictures are decoded
// under `limits` (dimensions, perceptual hash), pictures and phone photos have their EXIF
// read; videos and documents are not opened. Safe to run on any thread.
Examination examine(const QByteArray &data, MediaClass mediaClass, const DecodeLimits &limits = {});

} // namespace ioc::media

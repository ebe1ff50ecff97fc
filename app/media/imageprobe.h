#pragma once

#include "core/report.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace ioc::media {

// Bounds for decoding files from strangers: a small file may claim enormous dimensions
// ("decompression bomb"); such files are refused from their header, before any pixel is decoded.
struct DecodeLimits
{
    int maxSide = 16384;
    qint64 maxPixels = 100'000'000;
    int allocationLimitMb = 256;
    int previewSide = 512; // decoded at most this large (JPEG scales while decoding)
};

struct ImageProbe
{
    QString error; // empty if the picture decoded; else "image_too_large" or "malformed_image"
    QString detail;
    int width = 0;
    int height = 0;
    QImage preview; // the picture scaled down to fit previewSide
};

// Reads the header, checks the limits, then decodes the whole picture scaled down (so a
// truncated or corrupt file is found) — JPEG, PNG, WebP.
ImageProbe probeImage(const QByteArray &data, const DecodeLimits &limits = {});

} // namespace ioc::media

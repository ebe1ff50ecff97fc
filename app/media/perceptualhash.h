#pragma once

#include <QImage>
#include <QString>

namespace ioc::media {

// A 64-bit difference hash ("dHash"): the picture shrunk to 9×8 grey pixels, one bit per pair
// of neighbours (is the left one brighter?). Resizing, recompression and small edits change few
// bits; another picture changes about half. Written as 16 hex digits; empty for a null image.
QString perceptualHash(const QImage &image);

// Bits that differ between two hashes (0–64), or -1 if either is not a hash.
int hashDistance(const QString &a, const QString &b);

} // namespace ioc::media

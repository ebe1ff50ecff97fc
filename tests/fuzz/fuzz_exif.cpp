#include "media/examine.h"
#include "media/exif.h"
#include "media/imageprobe.h"

#include <cstdint>

using namespace ioc::media;

// What the server reads from an uploaded photo (EXIF via exiv2, decoding under limits, the
// perceptual hash): any bytes are refused or read, never a crash or a decoder let loose on a
// picture larger than the limits.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    readExif(bytes, &error);
    DecodeLimits limits; // small, so that a fuzzed header cannot make a decoder allocate much
    limits.maxSide = 2048;
    limits.maxPixels = 2'000'000;
    limits.allocationLimitMb = 32;
    probeImage(bytes, limits);
    examine(bytes, MediaClass::Image, limits);
    examine(bytes, MediaClass::Photo, limits);
    return 0;
}

#include "examine.h"

#include "media/exif.h"
#include "media/perceptualhash.h"

namespace ioc::media {

Examination examine(const QByteArray &data, MediaClass mediaClass, const DecodeLimits &limits)
{
    Examination result;
    result.facts.known = true;
    if (mediaClass == MediaClass::Image) {
        const ImageProbe probe = probeImage(data, limits);
        if (!probe.error.isEmpty()) {
            result.error = probe.error;
            result.detail = probe.detail;
            return result;
        }
        result.facts.width = probe.width;
        result.facts.height = probe.height;
        result.facts.perceptualHash = perceptualHash(probe.preview);
    }
    if (mediaClass == MediaClass::Image || mediaClass == MediaClass::Photo) {
        QString exifError;
        if (const auto exif = readExif(data, &exifError)) {
            const core::MediaFacts picture = result.facts;
            result.facts = *exif;
            result.facts.known = true;
            result.facts.width = picture.width;
            result.facts.height = picture.height;
            result.facts.perceptualHash = picture.perceptualHash;
        }
    }
    return result;
}

} // namespace ioc::media

#include "imageprobe.h"

#include <QBuffer>
#include <QImageReader>

namespace ioc::media {

ImageProbe probeImage(const QByteArray &data, const DecodeLimits &limits)
{
    ImageProbe probe;
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAllocationLimit(limits.allocationLimitMb);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid()) {
        probe.error = QStringLiteral("malformed_image");
        probe.detail = reader.errorString();
        return probe;
    }
    probe.width = size.width();
    probe.height = size.height();
    if (size.width() > limits.maxSide || size.height() > limits.maxSide ||
        qint64(size.width()) * size.height() > limits.maxPixels) {
        probe.error = QStringLiteral("image_too_large");
        probe.detail = QStringLiteral("%1×%2 pixels").arg(size.width()).arg(size.height());
        return probe;
    }
    if (size.width() > limits.previewSide || size.height() > limits.previewSide) {
        reader.setScaledSize(size.scaled(limits.previewSide, limits.previewSide, Qt::KeepAspectRatio));
    }
    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        probe.error = QStringLiteral("malformed_image");
        probe.detail = reader.errorString();
        return probe;
    }
    probe.preview = image;
    return probe;
}

} // namespace ioc::media

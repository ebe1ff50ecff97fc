#include "support/photos.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>

namespace ioc::test {

QByteArray jpegPhoto(const QString &seed, QColor colour)
{
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(colour);
    const QByteArray bytes = seed.toUtf8().isEmpty() ? QByteArray("-") : seed.toUtf8();
    for (int x = 0; x < image.width(); ++x) {
        const auto shade = uchar(bytes.at(x % bytes.size()));
        for (int y = 0; y < 16; ++y) {
            image.setPixel(x, y, qRgb(shade, 255 - shade, shade / 2));
        }
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPEG", 85)) {
        qFatal("cannot encode a JPEG");
    }
    return jpeg;
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace ioc::test

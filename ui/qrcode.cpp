#include "ui/qrcode.h"

#include <QPainter>
#include <qrencode.h>

#include <memory>

namespace ioc::ui {

QImage qrCode(const QString &text, int scale)
{
    const QByteArray bytes = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(bytes.size()), reinterpret_cast<const unsigned char *>(bytes.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code || scale < 1) {
        return {};
    }
    constexpr int quietZone = 4;
    const int width = code->width;
    QImage image((width + 2 * quietZone) * scale, (width + 2 * quietZone) * scale, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            if ((code->data[y * width + x] & 1) != 0) { // bit 0: a dark module
                painter.fillRect((x + quietZone) * scale, (y + quietZone) * scale, scale, scale, Qt::black);
            }
        }
    }
    return image;
}

} // namespace ioc::ui

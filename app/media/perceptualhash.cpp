#include "perceptualhash.h"

#include <bit>

namespace ioc::media {

QString perceptualHash(const QImage &image)
{
    if (image.isNull()) {
        return {};
    }
    const QImage small =
        image.convertToFormat(QImage::Format_Grayscale8).scaled(9, 8, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    quint64 bits = 0;
    for (int y = 0; y < 8; ++y) {
        const uchar *row = small.constScanLine(y);
        for (int x = 0; x < 8; ++x) {
            bits = (bits << 1) | (row[x] > row[x + 1] ? 1U : 0U);
        }
    }
    return QStringLiteral("%1").arg(bits, 16, 16, QLatin1Char('0'));
}

int hashDistance(const QString &a, const QString &b)
{
    bool okA = false;
    bool okB = false;
    const quint64 x = a.toULongLong(&okA, 16);
    const quint64 y = b.toULongLong(&okB, 16);
    if (!okA || !okB || a.size() != 16 || b.size() != 16) {
        return -1;
    }
    return std::popcount(x ^ y);
}

} // namespace ioc::media

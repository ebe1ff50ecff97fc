#pragma once

#include <QByteArray>
#include <QColor>
#include <QString>

namespace ioc::test {

// A real JPEG of 640 × 480 in one colour with a stripe drawn from `seed`: photos made from
// different seeds are different files (different hashes).
QByteArray jpegPhoto(const QString &seed, QColor colour = QColor(0x55, 0x77, 0x44));
// The lower-case hex SHA-256 that names a file on the server and in the media cache.
QString sha256Hex(const QByteArray &data);

} // namespace ioc::test

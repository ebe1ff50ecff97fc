#pragma once

#include <QImage>
#include <QString>

namespace ioc::ui {

// `text` as a QR code (libqrencode, error correction M, UTF-8 bytes): black modules on white with
// the four-module quiet zone scanners need, each module `scale` pixels. A null image if the text
// does not fit in a QR code.
QImage qrCode(const QString &text, int scale = 6);

} // namespace ioc::ui

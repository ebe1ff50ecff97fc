#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include <functional>

class QObject;

namespace ioc {

// Decodes a citizen's picture off the UI thread, under the decoder's limits (citizen media is
// hostile input), scaled to fit `side`; `done` runs on `context`'s thread with the picture, or a
// null picture and why.
void decodeLater(QObject *context, const QByteArray &data, int side,
                 std::function<void(const QImage &image, const QString &error)> done);

} // namespace ioc

#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include <functional>

class QObject;

namespace ioc::session {
class ConsoleSession;
}

namespace ioc {

// Decodes a citizen's picture off the UI thread, under the decoder's limits (citizen media is
// hostile input), scaled to fit `side`; `done` runs on `context`'s thread with the picture, or a
// null picture and why.
void decodeLater(QObject *context, const QByteArray &data, int side,
                 std::function<void(const QImage &image, const QString &error)> done);

// A picture of a report by its hash, from the encrypted cache or the server, decoded off the UI
// thread and scaled to fit `side`; `done` runs on `context`'s thread, with a null picture and why
// when it could not be had. The caller checks in `done` that it still wants it.
void fetchThumbnail(session::ConsoleSession &session, QObject *context, const QString &sha256, const QString &mimeType,
                    int side, std::function<void(const QImage &image, const QString &error)> done);

} // namespace ioc

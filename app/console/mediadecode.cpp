#include "mediadecode.h"

#include "media/imageprobe.h"
#include "session/consolesession.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace ioc {

void decodeLater(QObject *context, const QByteArray &data, int side,
                 std::function<void(const QImage &image, const QString &error)> done)
{
    auto *watcher = new QFutureWatcher<media::ImageProbe>(context);
    QObject::connect(watcher, &QFutureWatcher<media::ImageProbe>::finished, context, [watcher, done] {
        const media::ImageProbe probe = watcher->result();
        watcher->deleteLater();
        done(probe.preview, probe.error.isEmpty() ? QString() : probe.detail.isEmpty() ? probe.error : probe.detail);
    });
    watcher->setFuture(QtConcurrent::run([data, side] {
        media::DecodeLimits limits;
        limits.previewSide = side;
        return media::probeImage(data, limits);
    }));
}

void fetchThumbnail(session::ConsoleSession &session, QObject *context, const QString &sha256, const QString &mimeType,
                    int side, std::function<void(const QImage &image, const QString &error)> done)
{
    session.fetchMedia(sha256, mimeType, [context, side, done](const QByteArray &data, const QString &error) {
        if (data.isEmpty()) {
            done({}, error);
            return;
        }
        decodeLater(context, data, side, done);
    });
}

} // namespace ioc

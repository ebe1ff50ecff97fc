#include "mediadecode.h"

#include "media/imageprobe.h"

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

} // namespace ioc

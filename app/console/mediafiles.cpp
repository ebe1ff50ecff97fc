#include "mediafiles.h"

#include "media/mediatype.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ioc {

namespace {

QString tr(const char *text)
{
    // lupdate files the plain tr() calls of this namespace under "ioc".
    return QCoreApplication::translate("ioc", text);
    ;
}

} // namespace

QList<session::NewMedia> readMediaFiles(const QStringList &paths, bool documents, QStringList *problems)
{
    QList<session::NewMedia> files;
    for (const QString &path : paths) {
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (!file.open(QIODevice::ReadOnly)) {
            problems->append(tr("%1: %2").arg(name, file.errorString()));
            continue;
        }
        const media::MediaType type = media::detectType(file.peek(4096));
        if (type.mediaClass == media::MediaClass::Unsupported ||
            (type.mediaClass == media::MediaClass::Document && !documents)) {
            problems->append(documents ? tr("%1 is not a photo, video or PDF file this system accepts.").arg(name)
                                       : tr("%1 is not a photo or video this system accepts.").arg(name));
            continue;
        }
        if (file.size() > media::maxFileSize(type.mediaClass)) {
            problems->append(tr("%1 is larger than %2 MB.").arg(name).arg(media::maxFileSize(type.mediaClass) >> 20));
            continue;
        }
        files.append({name, type.mimeType, file.readAll()});
    }
    return files;
}

} // namespace ioc

#include "auditkey.h"

#include "storage/durablefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace ioc::server {

namespace {

const QByteArray header = "ioc-audit-key 1";

// Whether `path` lies in `folder` (both as they are on disk, links resolved).
bool isInside(const QString &path, const QString &folder)
{
    const QString dir = QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath();
    const QString data = QFileInfo(folder).canonicalFilePath();
    return !dir.isEmpty() && !data.isEmpty() && (dir == data || dir.startsWith(data + QLatin1Char('/')));
}

} // namespace

QString defaultAuditKeyPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("ioc-server/audit.key"));
}

std::optional<AuditKey> loadAuditKey(const QString &path, const QString &dataDirectory, QString *error)
{
    if (!dataDirectory.isEmpty() && isInside(path, dataDirectory)) {
        *error = QStringLiteral("the audit key %1 lies in the data directory: keep it apart from the data and its "
                                "backups (--audit-key-file)")
                     .arg(path);
        return std::nullopt;
    }
    QFile file(path);
    const QFileDevice::Permissions others =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (file.exists() && (file.permissions() & others)) {
        *error = QStringLiteral("the audit key %1 may be read by others: chmod 0400 it").arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the audit key %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    bool ok = false;
    const qint64 fromSeq = lines.value(1).startsWith("from-seq ") ? lines.value(1).mid(9).toLongLong(&ok) : 0;
    QByteArray hex = lines.value(2).trimmed();
    if (lines.value(0) != header || !ok || fromSeq < 1 || hex.size() != 64 ||
        QByteArray::fromHex(hex).toHex() != hex.toLower()) {
        *error = QStringLiteral("%1 is not an audit key file").arg(path);
        return std::nullopt;
    }
    QByteArray raw = QByteArray::fromHex(hex);
    hex.fill('0');
    return AuditKey{core::SecretBytes::take(raw), fromSeq, path};
}

std::optional<AuditKey> loadOrCreateAuditKey(const QString &path, const QString &dataDirectory, qint64 nextSeq,
                                             QString *error)
{
    if (!QFile::exists(path)) {
        if (!dataDirectory.isEmpty() && isInside(path, dataDirectory)) {
            return loadAuditKey(path, dataDirectory, error); // says why
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        // Owner-read only from the start: no moment in which another user could open it.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner)) {
            if (QFile::exists(path)) {
                return loadAuditKey(path, dataDirectory, error); // another instance made it first
            }
            *error = QStringLiteral("cannot create the audit key %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        const core::SecretBytes key = core::SecretBytes::random(32);
        const core::SecretBytes hex = key.toHex();
        const QByteArray head = header + "\nfrom-seq " + QByteArray::number(std::max<qint64>(1, nextSeq)) + '\n';
        if (file.write(head) != head.size() || file.write(hex.data(), hex.size()) != hex.size() ||
            file.write("\n") != 1 || !file.flush() || !storage::syncToDisk(file)) {
            *error = QStringLiteral("cannot write the audit key %1: %2").arg(path, file.errorString());
            file.remove();
            return std::nullopt;
        }
        file.close();
        storage::syncDirectory(QFileInfo(path).absolutePath());
        qInfo("ioc-server: new audit key %s (keep it apart from the data and its backups)", qPrintable(path));
    }
    return loadAuditKey(path, dataDirectory, error);
}

} // namespace ioc::server

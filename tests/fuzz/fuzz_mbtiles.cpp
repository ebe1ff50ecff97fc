#include "storage/mbtiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

using namespace ioc::storage;

// An MBTiles basemap file an IOC may put on a workstation: any file is refused with a message or
// opened, and its tiles read, through the project's own SQLite driver.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("basemap.mbtiles"));
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return 0;
    }
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    StorageError error;
    const auto tiles = MbTiles::open(path, &error);
    if (!tiles) {
        return 0;
    }
    tiles->metadata();
    tiles->format();
    for (int z = 0; z <= 2; ++z) {
        tiles->tile(z, 0, 0);
        tiles->tile(z, (1 << z) - 1, (1 << z) - 1);
    }
    tiles->tile(30, 1 << 29, -1);
    return 0;
}

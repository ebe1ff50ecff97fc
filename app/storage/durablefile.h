#pragma once

#include <QString>

class QFile;

namespace ioc::storage {

// Forces what was written to an open file onto the disk (fsync; _commit on Windows).
bool syncToDisk(QFile &file);
// Forces a folder's entries (a file just created or renamed in it) onto the disk. Windows has
// no such call and needs none (NTFS journals its metadata): true there.
bool syncDirectory(const QString &path);

} // namespace ioc::storage

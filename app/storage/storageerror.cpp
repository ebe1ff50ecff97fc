#include "storage/storageerror.h"

namespace ioc::storage {

StorageError StorageError::fromSql(const QSqlError &error, const QString &context)
{
    StorageError result;
    const int code = error.nativeErrorCode().toInt();
    switch (code & 0xff) { // the primary SQLite result code
    case 26:               // SQLITE_NOTADB
        result.kind = Kind::WrongKey;
        break;
    case 13: // SQLITE_FULL
        result.kind = Kind::DiskFull;
        break;
    case 8: // SQLITE_READONLY
        result.kind = Kind::ReadOnly;
        break;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        result.kind = Kind::Busy;
        break;
    case 11: // SQLITE_CORRUPT
        result.kind = Kind::Corrupt;
        break;
    case 14: // SQLITE_CANTOPEN
        result.kind = Kind::Missing;
        break;
    default:
        result.kind = Kind::Other;
        break;
    }
    QString detail = error.databaseText();
    if (result.kind == Kind::DiskFull) {
        detail = QStringLiteral("the disk (or the database's size limit) is full");
    }
    QStringList parts;
    for (const QString &part : {context, error.driverText(), detail}) {
        if (!part.trimmed().isEmpty()) {
            parts.append(part.trimmed());
        }
    }
    result.message = parts.join(QStringLiteral(": "));
    return result;
}

} // namespace ioc::storage

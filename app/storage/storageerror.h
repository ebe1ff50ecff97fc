#pragma once

#include <QSqlError>
#include <QString>

namespace ioc::storage {

// A storage failure in terms a user can act on.
struct StorageError
{
    enum class Kind
    {
        None,
        WrongKey,     // wrong key, or not a database
        Missing,      // the database file does not exist
        SchemaTooNew, // written by a newer program
        DiskFull,
        ReadOnly,
        Busy, // locked by another connection for longer than the busy timeout
        Corrupt,
        KeyUnavailable, // no key in the keyring and no passphrase
        Other,
    };

    Kind kind = Kind::None;
    QString message; // one line, English, for logs and the CLI

    bool isError() const { return kind != Kind::None; }
    static StorageError fromSql(const QSqlError &error, const QString &context);
};

} // namespace ioc::storage

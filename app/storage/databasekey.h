#pragma once

#include "core/secret.h"

#include <QByteArray>
#include <QString>

namespace ioc::storage {

// The key an SQLCipher database is opened with, as the key literal SQLCipher takes:
// x'<64 hex key>' or x'<64 hex key><32 hex salt>'. A raw key means no key derivation at open
// (< 2 ms instead of ~100 ms). Held as wiped-on-destruction bytes, never as a QString.
class DatabaseKey final
{
public:
    static constexpr qsizetype keySize = 32;            // 256-bit
    static constexpr qsizetype saltSize = 16;           // SQLCipher 4's per-database salt
    static constexpr int passphraseIterations = 256000; // SQLCipher 4's PBKDF2-HMAC-SHA512 default

    DatabaseKey() = default;
    // A random 256-bit key (kept in the OS keyring).
    static DatabaseKey fromRawKey(const core::SecretBytes &key);
    // A passphrase derived exactly as SQLCipher 4 would (PBKDF2-HMAC-SHA512, 256,000 iterations,
    // with the database's own salt), once per session; the database stays readable by the
    // `sqlcipher` tool with `PRAGMA key = '<passphrase>'`. `salt` is the first 16 bytes of an
    // existing database file, or fresh random bytes for a new one.
    static DatabaseKey fromPassphrase(const core::SecretBytes &passphrase, const QByteArray &salt);

    // The salt at the start of an SQLCipher 4 database file; empty if the file cannot be read.
    static QByteArray saltOfFile(const QString &path);

    // A key from its literal as literal() gave it (kept in the rekey journal).
    static DatabaseKey fromLiteral(core::SecretBytes literal);

    bool isEmpty() const { return m_literal.isEmpty(); }
    bool operator==(const DatabaseKey &other) const;
    const core::SecretBytes &literal() const { return m_literal; }
    DatabaseKey clone() const;

private:
    core::SecretBytes m_literal;
};

} // namespace ioc::storage

#pragma once

#include "core/secret.h"

#include <QString>

#include <optional>

namespace ioc::server {

// The key of the audit chain's HMAC (PRODUCT.md §17, docs/security.md). It lives in a file of its
// own, outside the data directory and its backups, readable by the server's user only (0400), so
// that whoever holds the database (and `server.key`) can still not rewrite an entry and chain
// the ones after it again: every entry from `fromSeq` on is an HMAC-SHA256 under this key.
// Entries written before the key existed (an older installation) stay chained by SHA-256 alone.
//
// The file: "ioc-audit-key 1", "from-seq N", and the key as 64 hex digits, one per line.
struct AuditKey
{
    core::SecretBytes key;
    qint64 fromSeq = 1;
    QString path;
};

// Where the server keeps the key unless told otherwise: its own configuration folder.
QString defaultAuditKeyPath();

// Reads the key; refuses a file that others may read, or one inside `dataDirectory` (empty: no
// such check).
std::optional<AuditKey> loadAuditKey(const QString &path, const QString &dataDirectory, QString *error);

// As loadAuditKey, but makes a new key first when there is no file: created 0400 by the call
// that creates it, keyed from `nextSeq` (the next entry the database will write).
std::optional<AuditKey> loadOrCreateAuditKey(const QString &path, const QString &dataDirectory, qint64 nextSeq,
                                             QString *error);

} // namespace ioc::server

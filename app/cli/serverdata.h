#pragma once

#include "auditkey.h"
#include "clicontext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace ioc::server {
class ServerDatabase;
}

namespace ioc::cli {

// The options naming a server's database: --data DIR [--db-key-file F] for the embedded one,
// --db-url URL [--db-password-file F] for PostgreSQL.
struct ServerDataOptions
{
    QCommandLineOption data{QStringLiteral("data"), QString(), QStringLiteral("dir")};
    QCommandLineOption key{QStringLiteral("db-key-file"), QString(), QStringLiteral("file")};
    QCommandLineOption url{QStringLiteral("db-url"), QString(), QStringLiteral("url")};
    QCommandLineOption password{QStringLiteral("db-password-file"), QString(), QStringLiteral("file")};
    QCommandLineOption auditKey{QStringLiteral("audit-key-file"), QString(), QStringLiteral("file")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({data, key, url, password, auditKey}); }
};

// The server's audit key (--audit-key-file, required: the chain cannot be written or checked
// without it); nothing (and *code set) if it cannot be read.
std::optional<server::AuditKey> loadAuditKeyFor(const QCommandLineParser &parser, const ServerDataOptions &options,
                                                const CommandIo &io, int *code);

// Opens the server database the parsed options name; nothing (and *code set) if it cannot.
std::unique_ptr<server::ServerDatabase>
openServerData(const QCommandLineParser &parser, const ServerDataOptions &options, const CommandIo &io, int *code);

} // namespace ioc::cli

#pragma once

#include "auditkey.h"
#include "clicontext.h"
#include "core/clock.h"
#include "core/workflow.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace ioc::server {
class AuditLog;
class ChangeFeed;
class ReferenceStore;
class ServerDatabase;
class UserAdmin;
class UserStore;
} // namespace ioc::server

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

// What `server user` and `server system` change accounts with: the database the options name,
// the audit key (when `audited`: every change is audited, and the chain is keyed), the stores and
// the account administration, as the server's own /v1/users and /v1/systems use them.
class AccountAdministration final
{
public:
    // Nothing (and *code set, the reason written) if the database, the key or the reference data
    // cannot be read.
    static std::unique_ptr<AccountAdministration> open(const QCommandLineParser &parser,
                                                       const ServerDataOptions &options, bool audited,
                                                       const CommandIo &io, int *code);
    ~AccountAdministration();
    Q_DISABLE_COPY_MOVE(AccountAdministration)

    server::ServerDatabase &database() { return *m_db; }
    server::UserStore &users() { return *m_users; }
    server::ReferenceStore &reference() { return *m_reference; }
    server::UserAdmin &admin() { return *m_admin; }
    const server::AuditKey *auditKey() const { return m_auditKey ? &*m_auditKey : nullptr; }
    const core::Clock &clock() const { return m_clock; }
    // Who did it, in the audit trail: the command and the operating-system account that ran it.
    static core::Actor commandLineActor();

private:
    AccountAdministration() = default;

    std::optional<server::AuditKey> m_auditKey;
    std::unique_ptr<server::ServerDatabase> m_db;
    core::SystemClock m_clock;
    std::unique_ptr<server::UserStore> m_users;
    std::unique_ptr<server::ChangeFeed> m_feed;
    std::unique_ptr<server::AuditLog> m_audit;
    std::unique_ptr<server::ReferenceStore> m_reference;
    std::unique_ptr<server::UserAdmin> m_admin;
};

} // namespace ioc::cli

#include "auditlog.h"
#include "clicontext.h"
#include "serverdata.h"
#include "serverdatabase.h"

#include <QUuid>

// audit verify, server new-epoch: on a server's data directory (server user: usercommands.cpp).
namespace ioc::cli {

std::unique_ptr<server::ServerDatabase> openServerData(const QCommandLineParser &parser, const ServerDataOptions &o,
                                                       const CommandIo &io, int *code)
{
    QString error;
    if (parser.isSet(o.url)) {
        auto db = server::ServerDatabase::openPostgres(parser.value(o.url), parser.value(o.password), &error);
        if (!db) {
            *code = io.fail(error);
        }
        return db;
    }
    if (parser.value(o.data).isEmpty()) {
        *code = io.fail(QStringLiteral("--data DIR or --db-url URL is required"), exitUsage);
        return nullptr;
    }
    if (!QFile::exists(QDir(parser.value(o.data)).filePath(QStringLiteral("server.db")))) {
        *code = io.fail(QStringLiteral("%1 holds no server database (start ioc-server with --data %1 once to create "
                                       "it)")
                            .arg(parser.value(o.data)));
        return nullptr;
    }
    auto db = server::ServerDatabase::openEmbedded(parser.value(o.data), parser.value(o.key), &error);
    if (!db) {
        *code = io.fail(error);
    }
    return db;
}

std::optional<server::AuditKey> loadAuditKeyFor(const QCommandLineParser &parser, const ServerDataOptions &options,
                                                const CommandIo &io, int *code)
{
    if (parser.value(options.auditKey).isEmpty()) {
        *code = io.fail(QStringLiteral("--audit-key-file F is required: the server's audit key (ioc-server "
                                       "--help names its default place)"),
                        exitUsage);
        return std::nullopt;
    }
    QString error;
    auto key = server::loadAuditKey(parser.value(options.auditKey), parser.value(options.data), &error);
    if (!key) {
        *code = io.fail(error);
    }
    return key;
}

namespace {

std::unique_ptr<server::ServerDatabase> openServerData(const QStringList &arguments, const CommandIo &io, int *code,
                                                       std::optional<server::AuditKey> *auditKey = nullptr)
{
    QCommandLineParser parser;
    const ServerDataOptions options;
    options.addTo(parser);
    if (!parseArguments(parser, arguments, io)) {
        *code = exitUsage;
        return nullptr;
    }
    if (auditKey) {
        *auditKey = loadAuditKeyFor(parser, options, io, code);
        if (!*auditKey) {
            return nullptr;
        }
    }
    return openServerData(parser, options, io, code);
}

} // namespace

int runAudit(const QStringList &arguments, const CommandIo &io)
{
    if (arguments.value(1) != QStringLiteral("verify")) {
        return io.fail(QStringLiteral("usage: ioc-admin audit verify (--data DIR [--db-key-file F] | --db-url URL) "
                                      "--audit-key-file F"),
                       exitUsage);
    }
    int code = exitOk;
    std::optional<server::AuditKey> key;
    auto db = openServerData(arguments.mid(1), io, &code, &key);
    if (!db) {
        return code;
    }
    const server::AuditVerification result = server::AuditLog(*db, &*key).verify();
    if (result.firstBrokenSeq) {
        io.out << "audit chain broken at entry " << *result.firstBrokenSeq << ": " << result.problem << Qt::endl;
        return exitFailure;
    }
    io.out << "audit chain intact: " << result.entries << " entries";
    if (key->fromSeq > 1 && result.entries > 0) {
        io.out << " (entries before " << key->fromSeq << " were written before the audit key existed: chained by "
               << "SHA-256 only)";
    }
    io.out << Qt::endl;
    return exitOk;
}

int runServerCommand(const QStringList &arguments, const CommandIo &io)
{
    if (arguments.value(1) == QStringLiteral("user")) {
        return runServerUser(arguments.mid(1), io);
    }
    if (arguments.value(1) != QStringLiteral("new-epoch")) {
        return io.fail(QStringLiteral("usage: ioc-admin server new-epoch (--data DIR [--db-key-file F] | --db-url URL) "
                                      "(after restoring a backup, with the server stopped)"),
                       exitUsage);
    }
    int code = exitOk;
    auto db = openServerData(arguments.mid(1), io, &code);
    if (!db) {
        return code;
    }
    const QString epoch = QUuid::createUuid().toString(QUuid::WithoutBraces);
    db->setMeta(QStringLiteral("epoch"), epoch);
    db->setMeta(QStringLiteral("oldest_cursor"),
                QString::number(db->meta(QStringLiteral("change_seq")).toLongLong() + 1));
    io.out << "new epoch " << epoch << ": clients will resynchronise" << Qt::endl;
    return exitOk;
}

} // namespace ioc::cli

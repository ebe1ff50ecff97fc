#include "auditcheckpoint.h"
#include "auditlog.h"
#include "changefeed.h"
#include "clicontext.h"
#include "notifications.h"
#include "referencestore.h"
#include "serverdata.h"
#include "serverdatabase.h"
#include "useradmin.h"
#include "userstore.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
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

std::unique_ptr<AccountAdministration> AccountAdministration::open(const QCommandLineParser &parser,
                                                                   const ServerDataOptions &options, bool audited,
                                                                   const CommandIo &io, int *code)
{
    std::unique_ptr<AccountAdministration> a(new AccountAdministration);
    if (audited) {
        a->m_auditKey = loadAuditKeyFor(parser, options, io, code);
        if (!a->m_auditKey) {
            return nullptr;
        }
    }
    a->m_db = openServerData(parser, options, io, code);
    if (!a->m_db) {
        return nullptr;
    }
    a->m_users = std::make_unique<server::UserStore>(*a->m_db, a->m_clock);
    a->m_feed = std::make_unique<server::ChangeFeed>(*a->m_db);
    a->m_audit = std::make_unique<server::AuditLog>(*a->m_db, a->auditKey());
    a->m_reference = std::make_unique<server::ReferenceStore>(*a->m_db);
    QString problem;
    if (!a->m_reference->reload(&problem)) {
        *code = io.fail(QStringLiteral("cannot read the reference data: %1").arg(problem));
        return nullptr;
    }
    a->m_admin = std::make_unique<server::UserAdmin>(*a->m_db, *a->m_users, *a->m_feed, *a->m_audit,
                                                     a->m_reference.get(), a->m_clock);
    return a;
}

AccountAdministration::~AccountAdministration() = default;

core::Actor AccountAdministration::commandLineActor()
{
    const QString account = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("?")));
    return {QStringLiteral("ioc-admin:%1").arg(account), core::Role::Admin, QString()};
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

namespace {

// Anchors: checkpoints collected elsewhere (consoles' `ioc-admin db checkpoint`, or the feed), one
// JSON object per line or a JSON array.
std::optional<QList<server::AuditCheckpoint>> readAnchors(const QString &path, const CommandIo &io)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        io.fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll().trimmed();
    QList<QJsonObject> objects;
    if (bytes.startsWith('[')) {
        for (const QJsonValue &value : QJsonDocument::fromJson(bytes).array()) {
            objects.append(value.toObject());
        }
    } else {
        for (const QByteArray &line : bytes.split('\n')) {
            if (!line.trimmed().isEmpty()) {
                objects.append(QJsonDocument::fromJson(line).object());
            }
        }
    }
    QList<server::AuditCheckpoint> anchors;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const auto checkpoint = server::AuditCheckpoint::fromJson(objects.at(i));
        if (!checkpoint) {
            io.fail(QStringLiteral("%1: anchor %2 is not a checkpoint (seq, hash, signed_at, signature)")
                        .arg(path)
                        .arg(i + 1));
            return std::nullopt;
        }
        anchors.append(*checkpoint);
    }
    if (anchors.isEmpty()) {
        io.fail(QStringLiteral("%1 holds no anchors").arg(path));
        return std::nullopt;
    }
    return anchors;
}

} // namespace

int runAudit(const QStringList &arguments, const CommandIo &io)
{
    if (arguments.value(1) != QStringLiteral("verify")) {
        return io.fail(QStringLiteral("usage: ioc-admin audit verify (--data DIR [--db-key-file F] | --db-url URL) "
                                      "--audit-key-file F [--anchors FILE]"),
                       exitUsage);
    }
    QStringList rest = arguments.mid(1);
    QString anchorsFile;
    if (const qsizetype at = rest.indexOf(QStringLiteral("--anchors")); at >= 0) {
        anchorsFile = rest.value(at + 1);
        rest.remove(at, std::min<qsizetype>(2, rest.size() - at));
        if (anchorsFile.isEmpty()) {
            return io.fail(QStringLiteral("--anchors needs a file"), exitUsage);
        }
    }
    int code = exitOk;
    std::optional<server::AuditKey> key;
    auto db = openServerData(rest, io, &code, &key);
    if (!db) {
        return code;
    }
    const server::AuditVerification result = server::AuditLog(*db, &*key).verify();
    if (result.firstBrokenSeq) {
        io.out << "audit chain broken at entry " << *result.firstBrokenSeq << ": " << result.problem << Qt::endl;
        return exitFailure;
    }
    if (!anchorsFile.isEmpty()) {
        // The trail must agree with every checkpoint this server signed that was kept elsewhere:
        // a trail rewritten whole, with the audit key, holds together but not with them.
        const auto anchors = readAnchors(anchorsFile, io);
        if (!anchors) {
            return exitFailure;
        }
        const server::CheckpointSigner signer(*key);
        for (const server::AuditCheckpoint &anchor : *anchors) {
            if (!server::CheckpointSigner::verify(anchor, signer.publicKey())) {
                io.out << "anchor for entry " << anchor.seq << " (" << anchor.signedAt.toString(Qt::ISODate)
                       << ") was not signed by this server's key: ignored as evidence" << Qt::endl;
                return exitFailure;
            }
            server::Sql sql(*db);
            if (!sql.exec(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), {anchor.seq}) || !sql.next()) {
                io.out << "audit chain broken at entry " << anchor.seq << ": the checkpoint signed "
                       << anchor.signedAt.toString(Qt::ISODate) << " names it, the trail no longer has it" << Qt::endl;
                return exitFailure;
            }
            if (sql.value(0).toString() != anchor.hash) {
                io.out << "audit chain broken at entry " << anchor.seq << ": it differs from the checkpoint signed "
                       << anchor.signedAt.toString(Qt::ISODate) << " (the trail was rewritten up to there)" << Qt::endl;
                return exitFailure;
            }
        }
        io.out << "audit chain intact: " << result.entries << " entries, agreeing with " << anchors->size()
               << " signed checkpoint(s)" << Qt::endl;
        return exitOk;
    }
    io.out << "audit chain intact: " << result.entries << " entries";
    if (key->fromSeq > 1 && result.entries > 0) {
        io.out << " (entries before " << key->fromSeq << " were written before the audit key existed: chained by "
               << "SHA-256 only)";
    }
    io.out << Qt::endl;
    return exitOk;
}

namespace {

// `server notify test --channel C --to ADDRESS`: a test message queued in the running server's
// outbox, then followed until that server has sent it or given it up (docs/channels.md).
int runServerNotify(const QStringList &arguments, const CommandIo &io)
{
    const QString usage = QStringLiteral(
        "usage: ioc-admin server notify test --channel sms|email|zalo --to ADDRESS [--wait SECONDS] "
        "(--data DIR [--db-key-file F] | --db-url URL) (the server must run with --channels naming the channel)");
    if (arguments.value(1) != QStringLiteral("test")) {
        return io.fail(usage, exitUsage);
    }
    QCommandLineParser parser;
    const ServerDataOptions options;
    options.addTo(parser);
    const QCommandLineOption channel(QStringLiteral("channel"), QString(), QStringLiteral("name"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("address"));
    const QCommandLineOption wait(QStringLiteral("wait"), QString(), QStringLiteral("seconds"), QStringLiteral("60"));
    parser.addOptions({channel, to, wait});
    if (!parseArguments(parser, arguments.mid(2), io)) {
        return exitUsage;
    }
    const QString name = parser.value(channel);
    const QString address = parser.value(to).trimmed();
    bool waitOk = false;
    const int seconds = parser.value(wait).toInt(&waitOk);
    if ((name != QStringLiteral("sms") && name != QStringLiteral("email") && name != QStringLiteral("zalo")) ||
        address.isEmpty() || !waitOk || seconds < 1) {
        return io.fail(usage, exitUsage);
    }
    int code = exitOk;
    auto db = openServerData(parser, options, io, &code);
    if (!db) {
        return code;
    }
    server::ReferenceStore reference(*db);
    server::Notifications notifications(*db, reference, core::Clock::system());
    QString error;
    const QString id = notifications.queueTest(name, address, &error);
    if (id.isEmpty()) {
        return io.fail(QStringLiteral("cannot queue the test message: %1").arg(error), exitFailure);
    }
    io.out << "queued test message " << id << " on " << name << " to " << address << Qt::endl;
    const QDeadlineTimer deadline{qint64(seconds) * 1000};
    while (!deadline.hasExpired()) {
        QThread::msleep(250);
        const auto message = notifications.byId(id);
        if (message && message->state == QStringLiteral("sent")) {
            io.out << "sent at attempt " << message->attempts << Qt::endl;
            return exitOk;
        }
        if (message && message->state == QStringLiteral("given_up")) {
            io.out << "not sent: " << message->lastError << " (" << message->attempts << " attempt(s))" << Qt::endl;
            return exitFailure;
        }
    }
    const auto message = notifications.byId(id);
    io.out << "still " << (message ? message->state : QStringLiteral("unknown")) << " after " << seconds << " s"
           << (message && !message->lastError.isEmpty() ? QStringLiteral(" (last error: %1)").arg(message->lastError)
                                                        : QString())
           << "; is ioc-server running with --channels naming " << name << "?" << Qt::endl;
    return exitFailure;
}

} // namespace

int runServerCommand(const QStringList &arguments, const CommandIo &io)
{
    if (arguments.value(1) == QStringLiteral("notify")) {
        return runServerNotify(arguments.mid(1), io);
    }
    if (arguments.value(1) == QStringLiteral("user")) {
        return runServerUser(arguments.mid(1), io);
    }
    if (arguments.value(1) == QStringLiteral("system")) {
        return runServerSystem(arguments.mid(1), io);
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

#include "clicontext.h"
#include "keyring/keychainsecretstore.h"
#include "storage/outboxrepository.h"
#include "storage/profile.h"
#include "storage/referencerepository.h"
#include "storage/reportrepository.h"
#include "storage/sqlcipherdriver.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>

// db init | check | repair | rekey | stats
namespace ioc::cli {

namespace {

QString countOf(storage::Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toString() : QStringLiteral("?");
}

} // namespace

int runDb(const QStringList &arguments, const CommandIo &io)
{
    const QString sub = arguments.value(1);
    static const QStringList subcommands{QStringLiteral("init"),   QStringLiteral("check"),
                                         QStringLiteral("repair"), QStringLiteral("rekey"),
                                         QStringLiteral("stats"),  QStringLiteral("checkpoint")};
    if (!subcommands.contains(sub)) {
        return io.fail(QStringLiteral("usage: ioc-admin db init|check|repair|rekey|stats|checkpoint --profile DIR "
                                      "[--passphrase-file F] [--new-passphrase-file F]"),
                       exitUsage);
    }
    QCommandLineParser parser;
    const QCommandLineOption profileOption(QStringLiteral("profile"), QString(), QStringLiteral("dir"));
    const QCommandLineOption passphraseOption(QStringLiteral("passphrase-file"), QString(), QStringLiteral("file"));
    const QCommandLineOption newPassphraseOption(QStringLiteral("new-passphrase-file"), QString(),
                                                 QStringLiteral("file"));
    parser.addOptions({profileOption, passphraseOption, newPassphraseOption});
    if (!parseArguments(parser, arguments.mid(1), io)) {
        return exitUsage;
    }
    const QString directory = parser.value(profileOption);
    const bool existedBefore = QFileInfo(storage::Profile::replicaPath(directory)).size() > 0;
    keyring::KeychainSecretStore keyring;
    std::unique_ptr<storage::Profile> profile;
    const auto mode =
        sub == QStringLiteral("init") ? storage::Profile::Mode::OpenOrCreate : storage::Profile::Mode::OpenExisting;
    // check reports what it finds and repair mends it: neither lets the open mend it first.
    const auto repair = sub == QStringLiteral("check") || sub == QStringLiteral("repair")
                            ? storage::Profile::Repair::None
                            : storage::Profile::Repair::Automatic;
    if (const int code = openProfile(parser, profileOption, passphraseOption, mode, io, keyring, &profile, repair);
        code != exitOk) {
        return code;
    }
    storage::Database &replica = profile->replica();

    if (sub == QStringLiteral("init")) {
        io.out << (existedBefore ? "opened existing profile " : "created profile ") << profile->directory() << " ("
               << (profile->usesPassphrase() ? "passphrase" : "key in the OS keyring") << ", schema "
               << replica.schemaVersion() << ")" << Qt::endl;
        return exitOk;
    }
    if (sub == QStringLiteral("check")) {
        bool sound = true;
        for (storage::Database *db : {&profile->replica(), &profile->media()}) {
            const QString name = QFileInfo(db->path()).fileName();
            const QStringList cipher = db->driver()->cipherIntegrityCheck();
            const QStringList integrity = db->driver()->integrityCheck();
            io.out << name
                   << " cipher_integrity_check: " << (cipher.isEmpty() ? QStringLiteral("ok") : cipher.join(u"; "))
                   << '\n'
                   << name
                   << " integrity_check: " << (integrity.isEmpty() ? QStringLiteral("ok") : integrity.join(u"; "))
                   << '\n';
            sound = sound && cipher.isEmpty() && integrity.isEmpty();
        }
        storage::ReportRepository reports(replica);
        const std::optional<QString> index = reports.searchIndexProblem();
        io.out << "replica.db search_index: " << index.value_or(QStringLiteral("ok"))
               << (reports.isBulkLoading() ? " (a bulk load has not finished)" : "") << '\n';
        sound = sound && !index;
        io.out.flush();
        return sound ? exitOk
                     : io.fail(index ? QStringLiteral("the profile's databases are damaged; `ioc-admin db repair` "
                                                      "rebuilds the search index")
                                     : QStringLiteral("the profile's databases are damaged"));
    }
    if (sub == QStringLiteral("repair")) {
        storage::ReportRepository reports(replica);
        storage::StorageError error;
        if (!reports.rebuildSearchIndex(&error)) {
            return io.fail(QStringLiteral("cannot rebuild the search index: %1").arg(error.message));
        }
        const std::optional<QString> index = reports.searchIndexProblem();
        if (index) {
            return io.fail(QStringLiteral("the search index is still damaged after rebuilding it: %1").arg(*index));
        }
        io.out << "rebuilt the search index of " << replica.path() << " (" << reports.count() << " reports)"
               << Qt::endl;
        return exitOk;
    }
    if (sub == QStringLiteral("rekey")) {
        storage::KeySource source;
        if (parser.isSet(newPassphraseOption)) {
            auto passphrase = readFirstLine(parser.value(newPassphraseOption), io);
            if (!passphrase) {
                return exitFailure;
            }
            source.passphrase = std::move(*passphrase);
        } else {
            source.keyring = &keyring;
        }
        storage::StorageError error;
        if (!profile->rekey(std::move(source), &error)) {
            return io.fail(error.message);
        }
        io.out << "rekeyed " << profile->directory() << " ("
               << (profile->usesPassphrase() ? "new passphrase" : "new key in the OS keyring") << ")" << Qt::endl;
        return exitOk;
    }
    if (sub == QStringLiteral("checkpoint")) {
        // The last signed checkpoint of the server's audit trail this console saw, as one JSON
        // line: an anchor for `ioc-admin audit verify --anchors`.
        const auto checkpoint = storage::ReferenceRepository(replica).document(QStringLiteral("audit_checkpoint"));
        if (!checkpoint) {
            return io.fail(QStringLiteral("%1 has kept no checkpoint of the server's audit trail yet (it comes with "
                                          "the next sync)")
                               .arg(profile->directory()));
        }
        io.out << QString::fromUtf8(QJsonDocument(*checkpoint).toJson(QJsonDocument::Compact)) << Qt::endl;
        return exitOk;
    }
    // stats
    storage::ReportRepository reports(replica);
    storage::OutboxRepository outbox(replica);
    const auto counts = outbox.counts();
    qint64 size = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        size += QFileInfo(replica.path() + suffix).size();
    }
    io.out << "reports: " << reports.count() << '\n'
           << "areas: " << countOf(replica, QStringLiteral("SELECT count(*) FROM areas")) << '\n'
           << "agencies: " << countOf(replica, QStringLiteral("SELECT count(*) FROM agencies")) << '\n'
           << "outbox_pending: " << counts.value(storage::OutboxState::Pending) << '\n'
           << "outbox_conflict: " << counts.value(storage::OutboxState::Conflict) << '\n'
           << "outbox_failed: " << counts.value(storage::OutboxState::Failed) << '\n'
           << "media_cached: " << countOf(profile->media(), QStringLiteral("SELECT count(*) FROM media_blobs")) << '\n'
           << "size_bytes: " << size << '\n'
           << "schema_version: " << replica.schemaVersion() << '\n'
           << "cipher_version: " << replica.driver()->cipherVersion() << Qt::endl;
    return exitOk;
}

} // namespace ioc::cli

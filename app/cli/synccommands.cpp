#include "clicontext.h"
#include "keyring/keychainsecretstore.h"
#include "storage/mediacache.h"
#include "storage/outboxrepository.h"
#include "storage/reportrepository.h"
#include "sync/actionqueue.h"
#include "sync/apiclient.h"
#include "sync/authsession.h"
#include "sync/syncengine.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QNetworkAccessManager>

// sync, act, outbox: the console's sync engine and outbox, headless.
namespace ioc::cli {

namespace {

struct ProfileOptions
{
    QCommandLineOption profile{QStringLiteral("profile"), QString(), QStringLiteral("dir")};
    QCommandLineOption passphrase{QStringLiteral("passphrase-file"), QString(), QStringLiteral("file")};
};

QString describe(const storage::OutboxEntry &e)
{
    return QStringLiteral("#%1 %2 %3 on %4").arg(e.seq).arg(storage::outboxStateName(e.state), e.action, e.reportId);
}

} // namespace

int runSync(const QStringList &arguments, const CommandIo &io)
{
    QCommandLineParser parser;
    ProfileOptions p;
    const QCommandLineOption server(QStringLiteral("server"), QString(), QStringLiteral("url"));
    const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("name"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"), QString(), QStringLiteral("file"));
    const QCommandLineOption ca(QStringLiteral("ca"), QString(), QStringLiteral("file"));
    const QCommandLineOption pin(QStringLiteral("pin"), QString(), QStringLiteral("sha256-base64"));
    const QCommandLineOption once(QStringLiteral("once"));
    const QCommandLineOption plain(QStringLiteral("insecure-loopback-for-development"));
    parser.addOptions({p.profile, p.passphrase, server, user, passwordFile, ca, pin, once, plain});
    if (!parseArguments(parser, arguments, io)) {
        return exitUsage;
    }
    if (!parser.isSet(server) || !parser.isSet(user)) {
        return io.fail(QStringLiteral("usage: ioc-admin sync --server URL --user NAME [--password-file F] [--ca FILE] "
                                      "[--pin SHA256] --profile DIR [--passphrase-file F] [--once]"),
                       exitUsage);
    }
    sync::ApiEndpoint endpoint;
    endpoint.baseUrl = QUrl(parser.value(server));
    endpoint.allowPlainHttpLoopback = parser.isSet(plain);
    if (parser.isSet(ca)) {
        QString error;
        const auto bundle = sync::TlsPolicy::loadCaBundle(parser.value(ca), &error);
        if (!bundle) {
            return io.fail(error);
        }
        endpoint.tls.extraCas = *bundle;
    }
    for (const QString &value : parser.values(pin)) {
        endpoint.tls.pins.append(value.toLatin1());
    }
    if (const QString problem = sync::ApiClient::checkEndpoint(endpoint); !problem.isEmpty()) {
        return io.fail(problem, exitUsage);
    }
    keyring::KeychainSecretStore keyring;
    std::unique_ptr<storage::Profile> profile;
    if (const int code =
            openProfile(parser, p.profile, p.passphrase, storage::Profile::Mode::OpenOrCreate, io, keyring, &profile);
        code != exitOk) {
        return code;
    }

    QNetworkAccessManager manager;
    sync::ApiClient client(&manager, endpoint);
    sync::AuthSession session(client, &keyring);
    QEventLoop loop;
    bool signedIn = false;
    QString signInError;
    const auto signInDone = [&](bool ok, const QString &message) {
        signedIn = ok;
        signInError = message;
        loop.quit();
    };
    if (parser.isSet(passwordFile)) {
        const auto password = readFirstLine(parser.value(passwordFile), io);
        if (!password) {
            return exitFailure;
        }
        session.signIn(parser.value(user), QByteArray(password->data(), password->size()), {}, signInDone);
    } else {
        session.resume(parser.value(user), signInDone);
    }
    loop.exec();
    if (!signedIn) {
        return io.fail(QStringLiteral("cannot sign in as %1: %2").arg(parser.value(user), signInError));
    }
    io.out << "signed in as " << session.user()->username << " (" << core::roleName(session.user()->role) << ")"
           << Qt::endl;

    storage::MediaCache media(profile->media(), 512LL << 20);
    sync::SyncEngine::Options options;
    options.live = !parser.isSet(once);
    sync::SyncEngine engine(client, profile->replica(), options);
    engine.setMediaCache(&media);
    storage::OutboxRepository outbox(profile->replica());
    QHash<qint64, storage::OutboxState> before;
    for (const storage::OutboxEntry &e : outbox.entries()) {
        before.insert(e.seq, e.state);
    }
    int reports = 0;
    QObject::connect(&engine, &sync::SyncEngine::reportsChanged, &engine,
                     [&reports](const QStringList &ids) { reports += int(ids.size()); });
    QObject::connect(&engine, &sync::SyncEngine::resynchronised, &engine,
                     [&io] { io.out << "the server's history changed: full resynchronisation" << Qt::endl; });
    QObject::connect(&engine, &sync::SyncEngine::idle, &engine, [&] {
        for (const storage::OutboxEntry &e : outbox.entries()) {
            if (before.value(e.seq, storage::OutboxState::Pending) != e.state || !before.contains(e.seq)) {
                io.out << describe(e) << (e.lastError.isEmpty() ? QString() : QStringLiteral(": ") + e.lastError)
                       << Qt::endl;
                before.insert(e.seq, e.state);
            }
        }
        const sync::SyncStatus status = engine.status();
        io.out << "pulled " << reports << " report changes; " << sync::syncStateName(status.state) << "; outbox "
               << status.pending << " pending, " << status.conflicts << " in conflict, " << status.failed
               << " failed; server clock " << (status.clockOffsetMs >= 0 ? "+" : "") << status.clockOffsetMs << " ms"
               << (status.message.isEmpty() ? QString() : QStringLiteral("; ") + status.message) << Qt::endl;
        reports = 0;
        if (parser.isSet(once)) {
            loop.exit(status.state == sync::SyncState::Online ? exitOk : exitFailure);
        }
    });
    if (parser.isSet(once)) {
        engine.syncNow();
    } else {
        engine.start();
    }
    return loop.exec();
}

int runAct(const QStringList &arguments, const CommandIo &io)
{
    QCommandLineParser parser;
    ProfileOptions p;
    const QCommandLineOption report(QStringLiteral("report"), QString(), QStringLiteral("id"));
    const QCommandLineOption action(QStringLiteral("action"), QString(), QStringLiteral("name"));
    const QCommandLineOption payload(QStringLiteral("payload"), QString(), QStringLiteral("json"));
    const QCommandLineOption file(QStringLiteral("file"), QString(), QStringLiteral("path"));
    parser.addOptions({p.profile, p.passphrase, report, action, payload, file});
    if (!parseArguments(parser, arguments, io)) {
        return exitUsage;
    }
    if (!parser.isSet(report) || !parser.isSet(action)) {
        return io.fail(QStringLiteral("usage: ioc-admin act --profile DIR --report ID --action NAME [--payload JSON] "
                                      "[--file PHOTO]…"),
                       exitUsage);
    }
    QJsonObject payloadObject;
    if (parser.isSet(payload)) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(parser.value(payload).toUtf8(), &parseError);
        if (!document.isObject()) {
            return io.fail(QStringLiteral("--payload is not a JSON object: %1").arg(parseError.errorString()),
                           exitUsage);
        }
        payloadObject = document.object();
    }
    keyring::KeychainSecretStore keyring;
    std::unique_ptr<storage::Profile> profile;
    if (const int code =
            openProfile(parser, p.profile, p.passphrase, storage::Profile::Mode::OpenOrCreate, io, keyring, &profile);
        code != exitOk) {
        return code;
    }
    // Files first, pinned in the encrypted media cache until the server has them (as the
    // console keeps them): a create names them in its "media", another action attaches them.
    storage::MediaCache cache(profile->media(), 512LL << 20);
    QStringList hashes;
    QJsonArray media;
    for (const QString &path : parser.values(file)) {
        QFile input(path);
        if (!input.open(QIODevice::ReadOnly)) {
            return io.fail(QStringLiteral("cannot read %1: %2").arg(path, input.errorString()));
        }
        const QByteArray data = input.readAll();
        const QString sha256 = storage::MediaCache::sha256Of(data);
        storage::StorageError storageError;
        if (!cache.put(sha256, data, QMimeDatabase().mimeTypeForData(data).name(), true, &storageError)) {
            return io.fail(storageError.message);
        }
        hashes.append(sha256);
        media.append(
            QJsonObject{{QStringLiteral("sha256"), sha256}, {QStringLiteral("file_name"), QFileInfo(path).fileName()}});
    }
    QString error;
    const QDateTime actedAt =
        QDateTime::currentDateTimeUtc().addMSecs(sync::ActionQueue::lastClockOffsetMs(profile->replica()));
    sync::ActionQueue queue(profile->replica());
    std::optional<storage::OutboxEntry> entry;
    if (parser.value(action) == QStringLiteral("create")) {
        // A report taken in here (as the console's intake does): --report is its new id.
        if (!media.isEmpty()) {
            payloadObject.insert(QStringLiteral("media"), media);
        }
        entry = queue.queueCreate(parser.value(report), payloadObject, hashes, actedAt, &error);
    } else {
        entry = queue.queueAction(parser.value(report), parser.value(action), payloadObject, actedAt, &error, hashes);
    }
    if (!entry) {
        return io.fail(error);
    }
    io.out << "queued #" << entry->seq << " " << entry->action << " on " << entry->reportId;
    if (entry->baseVersion) {
        io.out << " (If-Match " << *entry->baseVersion << ")";
    }
    io.out << "; the next sync sends it" << Qt::endl;
    return exitOk;
}

int runOutbox(const QStringList &arguments, const CommandIo &io)
{
    const QString sub = arguments.value(1);
    if (sub != QStringLiteral("list") && sub != QStringLiteral("confirm") && sub != QStringLiteral("drop")) {
        return io.fail(QStringLiteral("usage: ioc-admin outbox list|confirm|drop --profile DIR [--passphrase-file F] "
                                      "[--seq N]"),
                       exitUsage);
    }
    QCommandLineParser parser;
    ProfileOptions p;
    const QCommandLineOption seqOption(QStringLiteral("seq"), QString(), QStringLiteral("n"));
    parser.addOptions({p.profile, p.passphrase, seqOption});
    if (!parseArguments(parser, arguments.mid(1), io)) {
        return exitUsage;
    }
    bool seqOk = false;
    const qint64 seq = parser.value(seqOption).toLongLong(&seqOk);
    if (sub != QStringLiteral("list") && !seqOk) {
        return io.fail(QStringLiteral("outbox %1 needs --seq N (the number `outbox list` shows)").arg(sub), exitUsage);
    }
    keyring::KeychainSecretStore keyring;
    std::unique_ptr<storage::Profile> profile;
    if (const int code =
            openProfile(parser, p.profile, p.passphrase, storage::Profile::Mode::OpenOrCreate, io, keyring, &profile);
        code != exitOk) {
        return code;
    }
    QString error;
    if (sub == QStringLiteral("confirm")) {
        // As the officer's "confirm again" in the console: in place, against the current version.
        const QDateTime actedAt =
            QDateTime::currentDateTimeUtc().addMSecs(sync::ActionQueue::lastClockOffsetMs(profile->replica()));
        const auto entry = sync::ActionQueue(profile->replica()).rearm(seq, actedAt, &error);
        if (!entry) {
            return io.fail(error);
        }
        io.out << "confirmed again " << describe(*entry)
               << (entry->baseVersion ? QStringLiteral(" (If-Match %1)").arg(*entry->baseVersion) : QString())
               << "; the next sync sends it" << Qt::endl;
        return exitOk;
    }
    if (sub == QStringLiteral("drop")) {
        if (!sync::ActionQueue(profile->replica()).discard(seq, &error)) {
            return io.fail(error);
        }
        io.out << "dropped #" << seq << Qt::endl;
        return exitOk;
    }
    const QList<storage::OutboxEntry> entries = storage::OutboxRepository(profile->replica()).entries();
    for (const storage::OutboxEntry &e : entries) {
        io.out << describe(e) << " acted_at " << e.actedAt.toString(Qt::ISODate) << " attempts " << e.attempts
               << (e.baseVersion ? QStringLiteral(" if-match %1").arg(*e.baseVersion) : QString())
               << (e.lastError.isEmpty() ? QString() : QStringLiteral(" — ") + e.lastError) << '\n';
    }
    io.out << entries.size() << " entries" << Qt::endl;
    return exitOk;
}

} // namespace ioc::cli

#include "apikeys.h"
#include "clicontext.h"
#include "core/vietnamesetext.h"
#include "passwords.h"
#include "serverdata.h"
#include "serverdatabase.h"
#include "useradmin.h"
#include "userstore.h"

#include <QRegularExpression>
#include <QUuid>

// ioc-admin server system add|key|revoke|list: connected systems of the Open311 interface
// (docs/open311.md) on a server's database, with the server running or not. The same rules and
// audit entries as the administrators' /v1/systems.
namespace ioc::cli {

namespace {

const QString usage = QStringLiteral(
    "usage: ioc-admin server system add --name TEXT [--username NAME] [--agency ID]  (--data DIR | --db-url URL)\n"
    "                                   --audit-key-file F\n"
    "       ioc-admin server system key|revoke --username NAME  (--data DIR | --db-url URL) --audit-key-file F\n"
    "       ioc-admin server system list  (--data DIR | --db-url URL)\n"
    "  add and key print the new API key once, on a line of its own: api_key: <key>\n"
    "  revoke stops every key of the system at once");

// "Cổng dịch vụ công Hải Lăng" → "cong-dich-vu-cong-hai-lang".
QString usernameFrom(const QString &name)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString slug = core::foldVietnamese(name).toLower().replace(other, QStringLiteral("-"));
    while (slug.startsWith(u'-')) {
        slug.remove(0, 1);
    }
    slug = slug.left(48);
    while (slug.endsWith(u'-')) {
        slug.chop(1);
    }
    return slug.size() >= 3 ? slug : QStringLiteral("system-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

} // namespace

int runServerSystem(const QStringList &arguments, const CommandIo &io)
{
    const QString sub = arguments.value(1);
    if (!QStringList{QStringLiteral("add"), QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("list")}
             .contains(sub)) {
        return io.fail(usage, exitUsage);
    }
    QCommandLineParser parser;
    const ServerDataOptions data;
    data.addTo(parser);
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("text"));
    const QCommandLineOption username(QStringLiteral("username"), QString(), QStringLiteral("name"));
    const QCommandLineOption agency(QStringLiteral("agency"), QString(), QStringLiteral("id"));
    parser.addOptions({name, username, agency});
    if (!parseArguments(parser, arguments.mid(1), io)) {
        return exitUsage;
    }
    if (sub == QStringLiteral("add") && parser.value(name).trimmed().isEmpty()) {
        return io.fail(QStringLiteral("server system add needs --name TEXT (the system's name, as people know it)"),
                       exitUsage);
    }
    if ((sub == QStringLiteral("key") || sub == QStringLiteral("revoke")) && parser.value(username).isEmpty()) {
        return io.fail(QStringLiteral("server system %1 needs --username NAME").arg(sub), exitUsage);
    }
    int code = exitOk;
    const auto accounts = AccountAdministration::open(parser, data, sub != QStringLiteral("list"), io, &code);
    if (!accounts) {
        return code;
    }
    server::UserStore &users = accounts->users();
    server::UserAdmin &admin = accounts->admin();
    server::ApiKeyStore keys(accounts->database(), accounts->clock());
    const core::Actor actor = AccountAdministration::commandLineActor();
    const auto failed = [&io](const server::AccountRefusal &refusal) {
        return io.fail(refusal.message, refusal.status == 500 ? exitFailure : exitUsage);
    };
    const auto printKey = [&io](const QString &key, const QString &keyId) {
        io.out << "key id: " << keyId << "\n"
               << "api_key: " << key << "\n"
               << "(shown once: give it to the system's operators; only its hash is kept)" << Qt::endl;
    };

    if (sub == QStringLiteral("list")) {
        for (const core::User &user : users.users()) {
            if (user.role != core::Role::ConnectedSystem) {
                continue;
            }
            int working = 0;
            for (const server::ApiKeyInfo &info : keys.keys(user.id)) {
                working += info.revokedAt.isValid() ? 0 : 1;
            }
            io.out << user.username << '\t' << (user.agencyId.isEmpty() ? QStringLiteral("-") : user.agencyId) << '\t'
                   << working << " working keys" << '\t' << (user.active ? "active" : "deactivated") << '\t'
                   << user.displayName << '\n';
        }
        io.out.flush();
        return exitOk;
    }
    if (sub == QStringLiteral("add")) {
        const QString chosen =
            parser.value(username).isEmpty() ? usernameFrom(parser.value(name)) : parser.value(username);
        const core::User user{QUuid::createUuid().toString(QUuid::WithoutBraces),
                              chosen,
                              parser.value(name).trimmed(),
                              core::Role::ConnectedSystem,
                              parser.value(agency),
                              true};
        // Nobody knows the password: a connected system never signs in, its key is its credential.
        const QString password = server::UserAdmin::unknowablePassword();
        if (const auto refusal = admin.checkNew(user, password)) {
            return failed(*refusal);
        }
        const QString unusable = server::passwords::hash(password.toUtf8(), server::passwords::defaultIterations);
        QString key;
        QString keyId;
        if (const auto refusal = admin.addConnectedSystem(user, unusable, keys, actor, &key, &keyId)) {
            return failed(*refusal);
        }
        io.out << "added " << user.username << " (connected_system): " << user.displayName << "\n";
        printKey(key, keyId);
        return exitOk;
    }
    const auto user = users.userByName(parser.value(username));
    if (!user) {
        return io.fail(QStringLiteral("no user is named %1").arg(parser.value(username)));
    }
    if (sub == QStringLiteral("key")) {
        QString key;
        QString keyId;
        if (const auto refusal = admin.issueApiKey(*user, keys, actor, &key, &keyId)) {
            return failed(*refusal);
        }
        io.out << "a new key for " << user->username << " (the earlier ones work until revoked)\n";
        printKey(key, keyId);
        return exitOk;
    }
    int revoked = 0;
    if (const auto refusal = admin.revokeApiKeys(*user, keys, actor, &revoked)) {
        return failed(*refusal);
    }
    io.out << revoked << " keys of " << user->username << " revoked" << Qt::endl;
    return exitOk;
}

} // namespace ioc::cli

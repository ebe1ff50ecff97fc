#include "clicontext.h"
#include "core/totp.h"
#include "passwords.h"
#include "referencestore.h"
#include "serverdata.h"
#include "serverdatabase.h"
#include "totpstore.h"
#include "useradmin.h"
#include "userstore.h"

#include <QUuid>

// ioc-admin server user add|passwd|deactivate|reactivate|revoke-sessions|totp-enrol|totp-remove|list:
// accounts on a
// server's database, with the server running or not. How the first administrator is made; the
// same rules and audit entries as the admin role's /v1/users (server/useradmin.h).
namespace ioc::cli {

namespace {

const QString usage = QStringLiteral(
    "usage: ioc-admin server user add --username NAME --display-name TEXT --role ROLE [--agency ID]\n"
    "                                 --password-file F|-  (--data DIR [--db-key-file F] | --db-url URL)\n"
    "                                 --audit-key-file F   (the server's audit key: changes are audited)\n"
    "       ioc-admin server user passwd --username NAME --password-file F|-  (--data DIR | --db-url URL)\n"
    "       ioc-admin server user deactivate|reactivate|revoke-sessions --username NAME  (--data DIR | --db-url URL)\n"
    "       ioc-admin server user totp-enrol|totp-remove --username NAME  (--data DIR | --db-url URL)\n"
    "  add enrols a one-time code (TOTP) at once for the roles the sign-in policy names (admin, supervisor)\n"
    "       ioc-admin server user list  (--data DIR | --db-url URL)\n"
    "  roles: duty_officer, supervisor, agency_staff, agency_leader, admin, connected_system");

} // namespace

int runServerUser(const QStringList &arguments, const CommandIo &io)
{
    const QString sub = arguments.value(1);
    const QStringList known{
        QStringLiteral("add"),        QStringLiteral("passwd"),          QStringLiteral("deactivate"),
        QStringLiteral("reactivate"), QStringLiteral("revoke-sessions"), QStringLiteral("list"),
        QStringLiteral("totp-enrol"), QStringLiteral("totp-remove")};
    if (!known.contains(sub)) {
        return io.fail(usage, exitUsage);
    }
    QCommandLineParser parser;
    const ServerDataOptions data;
    data.addTo(parser);
    const QCommandLineOption username(QStringLiteral("username"), QString(), QStringLiteral("name"));
    const QCommandLineOption displayName(QStringLiteral("display-name"), QString(), QStringLiteral("text"));
    const QCommandLineOption role(QStringLiteral("role"), QString(), QStringLiteral("role"));
    const QCommandLineOption agency(QStringLiteral("agency"), QString(), QStringLiteral("id"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"), QString(), QStringLiteral("file"));
    parser.addOptions({username, displayName, role, agency, passwordFile});
    if (!parseArguments(parser, arguments.mid(1), io)) {
        return exitUsage;
    }
    if (sub != QStringLiteral("list") && parser.value(username).isEmpty()) {
        return io.fail(QStringLiteral("server user %1 needs --username NAME").arg(sub), exitUsage);
    }
    const bool needsPassword = sub == QStringLiteral("add") || sub == QStringLiteral("passwd");
    if (needsPassword && !parser.isSet(passwordFile)) {
        return io.fail(QStringLiteral("server user %1 needs --password-file F (\"-\" reads the password from standard "
                                      "input; never on the command line)")
                           .arg(sub),
                       exitUsage);
    }
    QString password;
    if (needsPassword) {
        const auto secret = readFirstLine(parser.value(passwordFile), io);
        if (!secret) {
            return exitFailure;
        }
        password = QString::fromUtf8(secret->data(), secret->size());
    }

    int code = exitOk;
    const auto accounts = AccountAdministration::open(parser, data, sub != QStringLiteral("list"), io, &code);
    if (!accounts) {
        return code;
    }
    server::UserStore &users = accounts->users();
    server::ReferenceStore &reference = accounts->reference();
    server::UserAdmin &admin = accounts->admin();
    server::TotpStore totp(accounts->database(), accounts->auditKey());
    const core::Actor actor = AccountAdministration::commandLineActor();
    const auto failed = [&io](const server::AccountRefusal &refusal) {
        return io.fail(refusal.message, refusal.status == 500 ? exitFailure : exitUsage);
    };
    // Shown once: the person enrolled scans the URI (or types the secret) into an authenticator
    // app and keeps the recovery codes somewhere safe, apart from the device.
    const auto enrol = [&](const core::User &user) {
        server::TotpStore::Enrolment enrolment;
        if (const auto refusal = admin.enrolTotp(user, totp, actor, &enrolment)) {
            return failed(*refusal);
        }
        io.out << "one-time codes (TOTP) for " << user.username << ":\n"
               << "  " << server::UserAdmin::totpUri(user, enrolment.secret) << "\n"
               << "  secret: " << core::totp::toBase32(enrolment.secret) << "\n"
               << "  recovery codes (each works once; keep them apart from the device):\n";
        for (const QString &recovery : std::as_const(enrolment.recoveryCodes)) {
            io.out << "    " << recovery << "\n";
        }
        io.out.flush();
        return exitOk;
    };

    if (sub == QStringLiteral("list")) {
        for (const core::User &user : users.users()) {
            io.out << user.username << '\t' << core::roleName(user.role) << '\t'
                   << (user.agencyId.isEmpty() ? QStringLiteral("-") : user.agencyId) << '\t'
                   << (user.active ? "active" : "deactivated") << '\t' << user.displayName << '\n';
        }
        io.out.flush();
        return exitOk;
    }
    if (sub == QStringLiteral("add")) {
        const auto parsedRole = core::roleFromName(parser.value(role));
        if (!parsedRole) {
            return io.fail(QStringLiteral("unknown role \"%1\"\n%2").arg(parser.value(role), usage), exitUsage);
        }
        const core::User user{QUuid::createUuid().toString(QUuid::WithoutBraces),
                              parser.value(username),
                              parser.value(displayName),
                              *parsedRole,
                              parser.value(agency),
                              true};
        if (const auto refusal = admin.checkNew(user, password)) {
            return failed(*refusal);
        }
        if (const auto refusal = admin.add(
                user, server::passwords::hash(password.toUtf8(), server::passwords::defaultIterations), actor)) {
            return failed(*refusal);
        }
        io.out << "added " << user.username << " (" << core::roleName(user.role) << ")" << Qt::endl;
        // A role that must sign in with a one-time code gets one now: one command makes the
        // first administrator who can sign in.
        return reference.policy().requiresTotp(user.role) ? enrol(user) : exitOk;
    }

    const auto user = users.userByName(parser.value(username));
    if (!user) {
        return io.fail(QStringLiteral("no user is named %1").arg(parser.value(username)));
    }
    if (sub == QStringLiteral("passwd")) {
        if (const auto weak = server::UserAdmin::checkPassword(password)) {
            return failed(*weak);
        }
        if (const auto refusal = admin.setPassword(
                *user, server::passwords::hash(password.toUtf8(), server::passwords::defaultIterations), actor)) {
            return failed(*refusal);
        }
        io.out << "new password for " << user->username << "; their sessions have ended" << Qt::endl;
        return exitOk;
    }
    if (sub == QStringLiteral("revoke-sessions")) {
        int ended = 0;
        if (const auto refusal = admin.revokeSessions(*user, actor, &ended)) {
            return failed(*refusal);
        }
        io.out << ended << " sessions of " << user->username << " ended" << Qt::endl;
        return exitOk;
    }
    if (sub == QStringLiteral("totp-enrol")) {
        return enrol(*user);
    }
    if (sub == QStringLiteral("totp-remove")) {
        if (const auto refusal = admin.removeTotp(*user, totp, actor)) {
            return failed(*refusal);
        }
        io.out << user->username << " signs in without a one-time code now"
               << (reference.policy().requiresTotp(user->role) ? " (their role needs one: enrol again before they can)"
                                                               : "")
               << Qt::endl;
        return exitOk;
    }
    const bool activate = sub == QStringLiteral("reactivate");
    if (const auto refusal = admin.setActive(*user, activate, actor)) {
        return failed(*refusal);
    }
    io.out << user->username << (activate ? " reactivated" : " deactivated; their sessions have ended") << Qt::endl;
    return exitOk;
}

} // namespace ioc::cli

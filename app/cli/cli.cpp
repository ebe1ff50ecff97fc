#include "cli.h"

#include "clicontext.h"

#include <QCoreApplication>

namespace ioc::cli {

namespace {

void printUsage(QTextStream &out)
{
    out << "usage: ioc-admin <command> [options]\n"
           "  --version  print the version\n"
           "  deadline --start <ISO 8601> --step <step> [--urgent] [--calendar FILE] [--json]\n"
           "  calendar holidays --year Y [--calendar FILE] [--json]\n"
           "  lunar --to-solar YYYY-MM-DD [--leap] | --to-lunar YYYY-MM-DD\n"
           "  workflow --dot | --markdown\n"
           "  workflow replay --case FILE.json [--policy FILE] [--calendar FILE] [--directory FILE]\n"
           "     apply a case's events through the rules as the server would; print the state and every\n"
           "     clock, and check the case's expectations (docs/workflow.md)\n"
           "  db init|check|repair|rekey|stats|checkpoint --profile DIR [--passphrase-file F] [--new-passphrase-file "
           "F]\n"
           "     (the passphrase may also come from IOC_DB_PASSPHRASE; without one the key is in the OS keyring)\n";
#ifdef IOC_CLI_SERVER_COMMANDS
    out << "  audit verify --data DIR [--db-key-file F] | --db-url URL  --audit-key-file F [--anchors FILE]\n"
           "     walk a server's audit chain (keyed by the audit key, kept apart from the data); with\n"
           "     --anchors, also against signed checkpoints kept elsewhere (db checkpoint on consoles)\n"
           "  server new-epoch --data DIR [--db-key-file F] | --db-url URL  after restoring a server backup\n"
           "  server notify test --channel sms|email|zalo --to ADDRESS [--wait S]  --data DIR | --db-url URL\n"
           "     a test message through the running server's outbound channel (docs/channels.md)\n"
           "  server user add|passwd|deactivate|reactivate|revoke-sessions|totp-enrol|totp-remove|list\n"
           "     --data DIR | --db-url URL\n"
           "     --audit-key-file F [--username NAME] [--display-name TEXT] [--role ROLE] [--agency ID]\n"
           "     [--password-file F|-]\n"
           "     accounts on a server's database (the first administrator, with the server stopped or not)\n"
           "  server system add|key|revoke|list  --data DIR | --db-url URL  --audit-key-file F\n"
           "     [--name TEXT] [--username NAME] [--agency ID]\n"
           "     connected systems of the Open311 interface and their API keys (printed once)\n"
           "     (--db-url postgresql://user@host:port/database for a server on PostgreSQL; its password\n"
           "      from --db-password-file F, PGPASSWORD or PGPASSFILE, never in the URL)\n";
#endif
    out << "  sync --server URL --user NAME [--password-file F] [--ca FILE] [--pin SHA256] --profile DIR [--once]\n"
           "     pull the server's changes into the profile's replica and push its outbox\n"
           "  act --profile DIR --report ID --action NAME [--payload JSON] [--file PHOTO]…\n"
           "     queue an action (works offline); --action create takes in a new report with id ID\n"
           "  outbox list --profile DIR | outbox confirm|drop --profile DIR --seq N\n"
           "     list the outbox; confirm an action in conflict again, or drop one in conflict or refused\n"
           "  report (--profile DIR [--passphrase-file F] | --data FILE.json) --kind monthly|quarterly|yearly|\n"
           "         evaluation|adhoc --period 2026-11|2026-Q4|2026 [--from D --to D] --format pdf|xlsx|odt|csv\n"
           "         --out FILE [--bom] [--now ISO] [--go-live YYYY-MM-DD]\n"
           "     write a periodic report (Điều 18.2.f) or the agencies' evaluation (Điều 14) from a synced profile\n";
    out.flush();
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const CommandIo io{out, err};
    const QString command = arguments.value(0);
    if (command.isEmpty() || command == QStringLiteral("help") || command == QStringLiteral("--help") ||
        command == QStringLiteral("-h")) {
        printUsage(command.isEmpty() ? err : out);
        return command.isEmpty() ? exitUsage : exitOk;
    }
    if (command == QStringLiteral("--version") || command == QStringLiteral("-v")) {
        io.out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return exitOk;
    }
    if (command == QStringLiteral("deadline")) {
        return runDeadline(arguments, io);
    }
    if (command == QStringLiteral("calendar")) {
        return runCalendar(arguments, io);
    }
    if (command == QStringLiteral("lunar")) {
        return runLunar(arguments, io);
    }
    if (command == QStringLiteral("workflow")) {
        return runWorkflow(arguments, io);
    }
    if (command == QStringLiteral("db")) {
        return runDb(arguments, io);
    }
#ifdef IOC_CLI_SERVER_COMMANDS
    if (command == QStringLiteral("audit")) {
        return runAudit(arguments, io);
    }
    if (command == QStringLiteral("server")) {
        return runServerCommand(arguments, io);
    }
#else
    if (command == QStringLiteral("audit") || command == QStringLiteral("server")) {
        return io.fail(QStringLiteral("\"%1\" works on a server's database and is not in this build of ioc-admin "
                                      "(the server runs on Linux: use ioc-admin there)")
                           .arg(command),
                       exitUsage);
    }
#endif
    if (command == QStringLiteral("sync")) {
        return runSync(arguments, io);
    }
    if (command == QStringLiteral("act")) {
        return runAct(arguments, io);
    }
    if (command == QStringLiteral("outbox")) {
        return runOutbox(arguments, io);
    }
    if (command == QStringLiteral("report")) {
        return runReport(arguments, io);
    }
    return io.fail(QStringLiteral("unknown command \"%1\" (try ioc-admin help)").arg(command), exitUsage);
}

} // namespace ioc::cli

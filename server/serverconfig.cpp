#include "serverconfig.h"

#include "auditkey.h"
#include "demoseed.h"
#include "passwords.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QUrl>

#include <algorithm>

namespace ioc::server {

namespace {

#ifdef IOC_ALLOW_WEAK_KDF
constexpr bool weakKdfAllowed = true;
#else
constexpr bool weakKdfAllowed = false;
#endif

// Options that may not stand in a settings file: the file itself, and the ones that only print.
bool commandLineOnly(const QString &name)
{
    return name == QStringLiteral("config") || name == QStringLiteral("help") || name == QStringLiteral("version") ||
           name == QStringLiteral("h") || name == QStringLiteral("v") || name == QStringLiteral("help-all");
}

// Reads a settings file ("name = value" per line, '#' comments, names are the long options)
// into the command-line arguments it stands for. A flag takes true or false; only a repeatable
// option (--trusted-proxy) may appear twice. Errors name the file and the line.
std::optional<QStringList> readSettingsFile(const QString &path, const QList<QCommandLineOption> &all, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read the settings file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QHash<QString, const QCommandLineOption *> options;
    for (const QCommandLineOption &option : all) {
        for (const QString &name : option.names()) {
            if (!commandLineOnly(name) && name.size() > 1) {
                options.insert(name, &option);
            }
        }
    }
    QStringList arguments;
    QSet<QString> seen;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';'))) {
            continue;
        }
        const auto fail = [&](const QString &why) {
            *error = QStringLiteral("%1:%2: %3").arg(path).arg(lineNumber).arg(why);
            return std::nullopt;
        };
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            return fail(QStringLiteral("expected \"name = value\", found \"%1\"").arg(line));
        }
        const QString name = line.left(equals).trimmed();
        QString value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"'))) {
            value = value.mid(1, value.size() - 2);
        }
        const QCommandLineOption *option = options.value(name);
        if (!option) {
            return fail(commandLineOnly(name)
                            ? QStringLiteral("\"%1\" is given on the command line only").arg(name)
                            : QStringLiteral("unknown setting \"%1\" (the settings are the long options of "
                                             "ioc-server --help)")
                                  .arg(name));
        }
        const bool repeatable = name == QStringLiteral("trusted-proxy") || name == QStringLiteral("metrics-from");
        if (seen.contains(name) && !repeatable) {
            return fail(QStringLiteral("\"%1\" is set twice").arg(name));
        }
        seen.insert(name);
        if (option->valueName().isEmpty()) {
            const QString flag = value.toLower();
            if (flag == QStringLiteral("true") || flag == QStringLiteral("yes") || flag == QStringLiteral("1")) {
                arguments.append(QStringLiteral("--") + name);
            } else if (flag != QStringLiteral("false") && flag != QStringLiteral("no") && flag != QStringLiteral("0")) {
                return fail(QStringLiteral("\"%1\" is true or false, not \"%2\"").arg(name, value));
            }
            continue;
        }
        if (value.isEmpty()) {
            continue; // "name =": left unset, as if absent
        }
        arguments.append(QStringLiteral("--") + name + QLatin1Char('=') + value);
    }
    return arguments;
}

} // namespace

std::optional<ServerConfig> ServerConfig::fromArguments(const QStringList &arguments, QString *error, bool *exitOk)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The IOC field-report reference server (HTTPS API)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption settingsFile(
        QStringLiteral("config"),
        QStringLiteral("Read settings from this file: one \"option = value\" line per long option below (flags: "
                       "true or false); the command line overrides it."),
        QStringLiteral("file"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port, e.g. 127.0.0.1:8443 (port 0 picks a free one)."),
                                    QStringLiteral("addr:port"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain) of the server."),
                                  QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("tls-key"), QStringLiteral("PEM private key of the server."),
                                 QStringLiteral("file"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Data directory (created if missing)."),
                                  QStringLiteral("dir"));
    const QCommandLineOption dbKey(
        QStringLiteral("db-key-file"),
        QStringLiteral("Key of the embedded database (64 hex digits); default DATA/server.key."),
        QStringLiteral("file"));
    const QCommandLineOption auditKey(
        QStringLiteral("audit-key-file"),
        QStringLiteral("The audit chain's key (created 0400 if missing), outside the data directory; default %1.")
            .arg(defaultAuditKeyPath()),
        QStringLiteral("file"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Seed demo data into an empty database."));
    const QCommandLineOption demoReports(
        QStringLiteral("demo-reports"),
        QStringLiteral("How many demo reports to seed (default %1).").arg(demoseed::defaultReportCount),
        QStringLiteral("n"));
    const QCommandLineOption simulate(
        QStringLiteral("simulate"),
        QStringLiteral("Bring the demo to life: citizens and agencies act, about N actions per minute."),
        QStringLiteral("n"));
    const QCommandLineOption insecure(QStringLiteral("insecure-loopback-for-development"),
                                      QStringLiteral("Plain HTTP on a loopback address (development only)."));
    const QCommandLineOption kdf(QStringLiteral("kdf-iterations"),
                                 QStringLiteral("PBKDF2 iterations for new passwords (test builds may lower it)."),
                                 QStringLiteral("n"));
    const QCommandLineOption scheduler(QStringLiteral("scheduler-interval-ms"),
                                       QStringLiteral("How often the system actor looks at the clocks."),
                                       QStringLiteral("ms"));
    const QCommandLineOption checkpoint(
        QStringLiteral("checkpoint-interval"),
        QStringLiteral("Seconds between signed checkpoints of the audit trail (when it grew; default 600)."),
        QStringLiteral("s"));
    const QCommandLineOption dbKind(QStringLiteral("db"),
                                    QStringLiteral("Database: sqlite (embedded, default) or postgres."),
                                    QStringLiteral("kind"));
    const QCommandLineOption dbUrl(
        QStringLiteral("db-url"),
        QStringLiteral("PostgreSQL: postgresql://user@host:port/database[?host=/socket/dir]."), QStringLiteral("url"));
    const QCommandLineOption tiles(QStringLiteral("tiles"),
                                   QStringLiteral("Serve this MBTiles basemap at /v1/tiles/{z}/{x}/{y}."),
                                   QStringLiteral("file"));
    const QCommandLineOption dbPassword(
        QStringLiteral("db-password-file"),
        QStringLiteral("PostgreSQL: a file holding the password (else PGPASSWORD or PGPASSFILE)."),
        QStringLiteral("file"));
    const QCommandLineOption dbOwnerUrl(
        QStringLiteral("db-owner-url"),
        QStringLiteral("PostgreSQL: migrate as this role (the schema's owner), then run as --db-url's role."),
        QStringLiteral("url"));
    const QCommandLineOption dbOwnerPassword(QStringLiteral("db-owner-password-file"),
                                             QStringLiteral("PostgreSQL: a file holding --db-owner-url's password."),
                                             QStringLiteral("file"));
    const QCommandLineOption headTimeout(
        QStringLiteral("head-timeout"),
        QStringLiteral("Seconds a TLS handshake or request head may take (default 10)."), QStringLiteral("s"));
    const QCommandLineOption bodyTimeout(
        QStringLiteral("body-idle-timeout"),
        QStringLiteral("Seconds a request body may bring less than 1 KiB (default 30)."), QStringLiteral("s"));
    const QCommandLineOption keepAlive(
        QStringLiteral("keepalive-timeout"),
        QStringLiteral("Seconds an idle connection waits for its next request (default 60)."), QStringLiteral("s"));
    const QCommandLineOption maxConnections(QStringLiteral("max-connections"),
                                            QStringLiteral("Connections held at once (default 2000)."),
                                            QStringLiteral("n"));
    const QCommandLineOption maxPerAddress(
        QStringLiteral("max-connections-per-address"),
        QStringLiteral("Connections held at once from one client address (default 200)."), QStringLiteral("n"));
    const QCommandLineOption trustedProxy(
        QStringLiteral("trusted-proxy"),
        QStringLiteral("A reverse proxy (address or CIDR, repeatable) whose X-Forwarded-For is believed."),
        QStringLiteral("cidr"));
    const QCommandLineOption metricsFrom(
        QStringLiteral("metrics-from"),
        QStringLiteral("An address or CIDR (repeatable) that may read /v1/metrics without an admin token."),
        QStringLiteral("cidr"));
    const QCommandLineOption mediaCa(
        QStringLiteral("open311-media-ca"),
        QStringLiteral("CA certificates (PEM) trusted, besides the system's, when fetching an Open311 media_url."),
        QStringLiteral("file"));
    const QCommandLineOption mediaPrivate(
        QStringLiteral("open311-media-from-private-addresses"),
        QStringLiteral("Fetch an Open311 media_url from private and loopback addresses too (tests only)."));
    const QCommandLineOption channels(
        QStringLiteral("channels"),
        QStringLiteral("The outbound channels (JSON: SMS gateway, retries; docs/channels.md): messages to agencies "
                       "and citizens are delivered on them."),
        QStringLiteral("file"));
    const QList<QCommandLineOption> all{
        mediaCa,    channels,       mediaPrivate,  metricsFrom,  listen,   cert,        key,
        data,       dbKey,          demo,          demoReports,  simulate, insecure,    kdf,
        scheduler,  dbKind,         dbUrl,         dbPassword,   tiles,    headTimeout, bodyTimeout,
        keepAlive,  maxConnections, maxPerAddress, trustedProxy, auditKey, dbOwnerUrl,  dbOwnerPassword,
        checkpoint, settingsFile};
    parser.addOptions(all);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        *error = parser.isSet(QStringLiteral("help"))
                     ? parser.helpText()
                     : QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
        if (exitOk) {
            *exitOk = true;
        }
        return std::nullopt;
    }
    if (parser.isSet(settingsFile)) {
        // The file's settings first, then the command line: a single-valued option given in both
        // takes the command line's value; repeatable ones (--trusted-proxy) add up.
        const auto fromFile = readSettingsFile(parser.value(settingsFile), all, error);
        if (!fromFile) {
            return std::nullopt;
        }
        if (!parser.parse(QStringList{arguments.value(0)} + *fromFile + arguments.mid(1))) {
            *error = QStringLiteral("%1: %2").arg(parser.value(settingsFile), parser.errorText());
            return std::nullopt;
        }
    }
    ServerConfig config;
    const QString where = parser.value(listen);
    if (!where.isEmpty()) {
        const qsizetype colon = where.lastIndexOf(QLatin1Char(':'));
        bool portOk = false;
        const int port = where.mid(colon + 1).toInt(&portOk);
        QString host = where.left(colon);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
            host = host.mid(1, host.size() - 2);
        }
        if (colon <= 0 || !portOk || port < 0 || port > 65535 || !config.address.setAddress(host)) {
            *error = QStringLiteral("--listen \"%1\" is not an address:port such as 127.0.0.1:8443").arg(where);
            return std::nullopt;
        }
        config.port = quint16(port);
    }
    config.certificateFile = parser.value(cert);
    config.privateKeyFile = parser.value(key);
    config.dataDirectory = parser.value(data);
    config.databaseKeyFile = parser.value(dbKey);
    config.auditKeyFile = parser.isSet(auditKey) ? parser.value(auditKey) : defaultAuditKeyPath();
    config.demo = parser.isSet(demo);
    if (parser.isSet(demoReports)) {
        bool ok = false;
        config.demoReports = parser.value(demoReports).toInt(&ok);
        if (!ok || config.demoReports < 0 || config.demoReports > 100000) {
            *error = QStringLiteral("--demo-reports needs a number from 0 to 100000");
            return std::nullopt;
        }
    } else {
        config.demoReports = demoseed::defaultReportCount;
    }
    if (parser.isSet(simulate)) {
        bool ok = false;
        config.simulatePerMinute = parser.value(simulate).toDouble(&ok);
        if (!ok || config.simulatePerMinute <= 0 || config.simulatePerMinute > 6000) {
            *error = QStringLiteral("--simulate needs a rate from 0.1 to 6000 actions per minute");
            return std::nullopt;
        }
        if (!config.demo) {
            *error = QStringLiteral("--simulate acts as the demo's people: it needs --demo");
            return std::nullopt;
        }
    }
    config.insecureLoopback = parser.isSet(insecure);
    config.tilesFile = parser.value(tiles);
    config.open311MediaCaFile = parser.value(mediaCa);
    config.channelsFile = parser.value(channels);
    config.open311MediaFromPrivateAddresses = parser.isSet(mediaPrivate);
    if (config.dataDirectory.isEmpty()) {
        *error = QStringLiteral("--data DIR is required");
        return std::nullopt;
    }
    if (config.insecureLoopback) {
        if (!config.address.isLoopback()) {
            *error = QStringLiteral("plain HTTP is allowed on a loopback address only");
            return std::nullopt;
        }
    } else if (config.certificateFile.isEmpty() || config.privateKeyFile.isEmpty()) {
        *error = QStringLiteral("TLS is required: give --tls-cert and --tls-key (or, on loopback for development "
                                "only, --insecure-loopback-for-development)");
        return std::nullopt;
    }
    if (parser.isSet(kdf)) {
        bool ok = false;
        config.passwordIterations = parser.value(kdf).toInt(&ok);
        if (!ok || config.passwordIterations < 1) {
            *error = QStringLiteral("--kdf-iterations needs a positive number");
            return std::nullopt;
        }
        if (config.passwordIterations < passwords::defaultIterations && !weakKdfAllowed) {
            *error = QStringLiteral("--kdf-iterations below %1 is only accepted by test builds")
                         .arg(passwords::defaultIterations);
            return std::nullopt;
        }
    }
    if (parser.isSet(scheduler)) {
        config.schedulerIntervalMs = std::max(100, parser.value(scheduler).toInt());
    }
    const auto number = [&](const QCommandLineOption &option, int lowest, int highest, int *value) {
        if (!parser.isSet(option)) {
            return true;
        }
        bool ok = false;
        const int parsed = parser.value(option).toInt(&ok);
        if (!ok || parsed < lowest || parsed > highest) {
            *error = QStringLiteral("--%1 needs a number from %2 to %3")
                         .arg(option.names().first())
                         .arg(lowest)
                         .arg(highest);
            return false;
        }
        *value = parsed;
        return true;
    };
    if (!number(headTimeout, 1, 3600, &config.headTimeoutSeconds) ||
        !number(bodyTimeout, 1, 3600, &config.bodyIdleTimeoutSeconds) ||
        !number(keepAlive, 1, 3600, &config.keepAliveTimeoutSeconds) ||
        !number(maxConnections, 1, 1000000, &config.maxConnections) ||
        !number(maxPerAddress, 1, 1000000, &config.maxConnectionsPerAddress) ||
        !number(checkpoint, 1, 86400, &config.checkpointIntervalSeconds)) {
        return std::nullopt;
    }
    for (const QString &proxy : parser.values(trustedProxy)) {
        const auto subnet = parseSubnet(proxy);
        if (!subnet) {
            *error = QStringLiteral("--trusted-proxy \"%1\" is not an address or CIDR such as 10.0.0.0/8").arg(proxy);
            return std::nullopt;
        }
        config.trustedProxies.append(*subnet);
    }
    for (const QString &reader : parser.values(metricsFrom)) {
        const auto subnet = parseSubnet(reader);
        if (!subnet) {
            *error = QStringLiteral("--metrics-from \"%1\" is not an address or CIDR such as 10.0.0.0/8").arg(reader);
            return std::nullopt;
        }
        config.metricsReaders.append(*subnet);
    }
    const QString kind = parser.value(dbKind);
    if (kind == QStringLiteral("postgres")) {
        config.postgresUrl = parser.value(dbUrl);
        if (config.postgresUrl.isEmpty()) {
            *error = QStringLiteral("--db postgres needs --db-url postgresql://user@host:port/database");
            return std::nullopt;
        }
        // The command line is public (ps, /proc): a password there is a password shown.
        if (!QUrl(config.postgresUrl).password().isEmpty()) {
            *error = QStringLiteral("--db-url must not hold a password: put it in --db-password-file, PGPASSWORD "
                                    "or PGPASSFILE");
            return std::nullopt;
        }
        config.postgresPasswordFile = parser.value(dbPassword);
        config.postgresOwnerUrl = parser.value(dbOwnerUrl);
        config.postgresOwnerPasswordFile = parser.value(dbOwnerPassword);
        if (!QUrl(config.postgresOwnerUrl).password().isEmpty()) {
            *error = QStringLiteral("--db-owner-url must not hold a password: put it in --db-owner-password-file");
            return std::nullopt;
        }
    } else if (!kind.isEmpty() && kind != QStringLiteral("sqlite")) {
        *error = QStringLiteral("--db must be sqlite or postgres");
        return std::nullopt;
    }
    return config;
}

bool ServerConfig::demoRequested(const QStringList &arguments)
{
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QStringLiteral("--demo")) {
            return true;
        }
        if (argument.startsWith(QStringLiteral("-h")) || argument.startsWith(QStringLiteral("--h")) ||
            argument == QStringLiteral("-v") || argument == QStringLiteral("--version")) {
            return false; // only prints
        }
    }
    QString ignored;
    const auto config = fromArguments(arguments, &ignored);
    return config && config->demo;
}

} // namespace ioc::server

#pragma once

#include "clientaddress.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace ioc::server {

// How ioc-server runs. Every setting comes from a command-line option; a settings file
// (--config, e.g. /etc/ioc-server/ioc-server.conf) holds the same options as "name = value"
// lines (docs/deployment.md).
struct ServerConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8443;
    QString certificateFile;
    QString privateKeyFile;
    QString dataDirectory;
    QString databaseKeyFile; // empty: DATA/server.key
    QString auditKeyFile;    // the audit chain's key (server/auditkey.h); empty: defaultAuditKeyPath()
    bool demo = false;
    int demoReports = 0;          // 0: demoseed::defaultReportCount
    double simulatePerMinute = 0; // demo life: simulated actions per minute (0: off)
    bool insecureLoopback = false;
    int passwordIterations = 0; // 0: the production default
    int schedulerIntervalMs = 30000;
    int checkpointIntervalSeconds = 600; // a signed checkpoint of the audit trail's head at most this often
    QString postgresUrl;                 // empty: the embedded database; never with a password in it
    QString postgresPasswordFile;        // else libpq's PGPASSWORD or PGPASSFILE
    QString postgresOwnerUrl;            // the schema's owner: migrates; the server runs as postgresUrl's role
    QString postgresOwnerPasswordFile;
    // Connections (ListenOptions): stall timeouts in seconds, and how many are held at once.
    int headTimeoutSeconds = 10;
    int bodyIdleTimeoutSeconds = 30;
    int keepAliveTimeoutSeconds = 60;
    int maxConnections = 2000;
    int maxConnectionsPerAddress = 200;
    TrustedProxies trustedProxies; // --trusted-proxy: their X-Forwarded-For is believed
    TrustedProxies metricsReaders; // --metrics-from: may read /v1/metrics without an admin token
    QString tilesFile;             // MBTiles served at /v1/tiles; with --demo and none: DATA/basemap.mbtiles, generated
    QString open311MediaCaFile;    // --open311-media-ca: more CAs for fetching media_url
    bool open311MediaFromPrivateAddresses = false; // tests only: media_url may be on loopback
    QString channelsFile; // --channels: outbound channels (docs/channels.md); empty: in-app only

    // Parses ioc-server's command line, and the settings file it names with --config FILE; returns
    // nothing and one line in `error` if either is wrong (--help and --version: their text, with
    // `*exitOk` set to true).
    static std::optional<ServerConfig> fromArguments(const QStringList &arguments, QString *error,
                                                     bool *exitOk = nullptr);
    // Whether these arguments (or the settings file they name) ask for --demo; callable before the
    // application object exists, so that main() can make the GUI application the demo needs.
    static bool demoRequested(const QStringList &arguments);
};

} // namespace ioc::server

#pragma once

#include "clientaddress.h"
#include "core/clock.h"
#include "httpserver.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace ioc::server {

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
    QString tilesFile;             // MBTiles served at /v1/tiles; with --demo and none: DATA/basemap.mbtiles, generated

    // Parses ioc-server's command line; returns nothing and one line in `error` if it is wrong.
    static std::optional<ServerConfig> fromArguments(const QStringList &arguments, QString *error);
};

// The composition root of ioc-server: database, services, HTTP server, scheduler, demo data.
class ServerApp final : public QObject
{
    Q_OBJECT

public:
    explicit ServerApp(ServerConfig config, const core::Clock &clock = core::Clock::system(),
                       QObject *parent = nullptr);
    ~ServerApp() override;
    Q_DISABLE_COPY_MOVE(ServerApp)

    // Opens the database and listens. With --demo on an empty database, seeds it afterwards
    // (health answers 503 until then). Returns false with one line in `error`.
    bool start(QString *error);
    quint16 port() const;
    QString url() const;
    // A request dispatched in-process, as if it had come over HTTPS (the API fuzzer, tools).
    void handle(const HttpRequest &request, Responder responder);

private:
    struct Parts;
    bool openDatabase(QString *error);
    void seedDemoData();
    void openTiles();
    void openTilesFile(const QString &path);
    void writeEpochFile();

    ServerConfig m_config;
    const core::Clock &m_clock;
    std::unique_ptr<Parts> m_parts;
    quint16 m_port = 0;
};

} // namespace ioc::server

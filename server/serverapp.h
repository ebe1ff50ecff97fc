#pragma once

#include "core/clock.h"
#include "httpserver.h"
#include "metrics.h"
#include "serverconfig.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace ioc::server {

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
    // Reads the certificate and key files again and serves new connections with them; open
    // connections keep theirs. A file that cannot be used leaves the current ones in place.
    // Logs either way (SIGHUP, `systemctl reload ioc-server`). False if nothing changed.
    bool reloadCertificate();
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
    Metrics m_metrics; // outlives the parts that record into it
    const core::Clock &m_clock;
    std::unique_ptr<Parts> m_parts;
    quint16 m_port = 0;
};

} // namespace ioc::server

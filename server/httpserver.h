#pragma once

#include "clientaddress.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSslConfiguration>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace ioc::server {

class HttpServerImpl;

// One HTTP request, read whole (bodies are limited before they are read).
struct HttpRequest
{
    QByteArray method; // "GET", "POST", …
    QString path;      // decoded path, e.g. "/v1/reports/abc"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// Answers one request, now or later (long polls, work off the handler thread). Move-only; a
// responder that was never used answers 500 when destroyed, so no request hangs for ever.
class Responder final
{
public:
    class Impl;
    using Callback = std::function<void(int status, const QByteArray &body, const HttpHeaders &headers)>;
    explicit Responder(std::unique_ptr<Impl> impl);
    // For a request dispatched in-process (ServerApp::handle): the answer goes to `callback`.
    static Responder inProcess(Callback callback);
    Responder(Responder &&other) noexcept;
    Responder &operator=(Responder &&other) noexcept;
    ~Responder();

    void send(int status, const QByteArray &body, const HttpHeaders &headers);
    // Called with the status once the answer is sent, whoever sends it (the metrics' timing).
    void whenSent(std::function<void(int status)> observer);
    bool isSent() const;
    // False once the client has gone away (e.g. a long poll the client abandoned).
    bool isConnected() const;

private:
    std::unique_ptr<Impl> m_impl;
};

using RequestHandler = std::function<void(const HttpRequest &request, Responder responder)>;

struct ListenOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    std::optional<QSslConfiguration> tls; // none: plain HTTP (developers only, loopback only)
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    qint64 maxHeadBytes = 32 * 1024;
    qint64 maxConnectionBytes = qint64(1) << 30; // then the client is asked to reconnect (503)
    // A connection is closed when its TLS handshake or a request head takes longer than
    // headTimeoutMs (also the wait for the first request), when a body brings fewer than
    // bodyProgressBytes in bodyIdleTimeoutMs, or when it waits for a next request longer than
    // keepAliveTimeoutMs. A request waiting for its answer (a long poll) is never idle.
    int headTimeoutMs = 10000;
    int bodyIdleTimeoutMs = 30000;
    qint64 bodyProgressBytes = 1024;
    int keepAliveTimeoutMs = 60000;
    // Connections held at once, in all and per client address. At the overall limit the
    // connection idle the longest makes room; with none idle, the new one is refused.
    int maxConnections = 2000;
    int maxConnectionsPerAddress = 200;
    // Declared bodies being received at once, in all and per client address; over it a request
    // is answered 503 with Retry-After (QtHttpServer holds each body whole in memory).
    qint64 maxBodyBytesInFlight = qint64(96) << 20;
    qint64 maxBodyBytesInFlightPerAddress = qint64(16) << 20;
    // Reverse proxies: many clients share their address, so the per-address limits skip them.
    TrustedProxies trustedProxies;
};

// The HTTP(S) server: QtHttpServer for HTTP/1.1, under a TLS listener of our own that also
// refuses oversized requests by their head before any body is read. The only file that knows
// the QtHttpServer API, whose shape changed between Qt 6.4 and 6.8.
class HttpServer final
{
public:
    explicit HttpServer(RequestHandler handler);
    ~HttpServer();
    Q_DISABLE_COPY_MOVE(HttpServer)

    // Returns the port listened on, or 0 with `error` set.
    quint16 listen(const ListenOptions &options, QString *error);
    // The TLS configuration of connections accepted from now on (a renewed certificate); those
    // already open keep theirs. Only for a server listening with TLS.
    void setTlsConfiguration(const QSslConfiguration &tls);

private:
    std::unique_ptr<HttpServerImpl> m_impl;
    QTcpServer *m_listener = nullptr; // owned by m_impl
};

QByteArray httpDate(const QDateTime &instant);

} // namespace ioc::server

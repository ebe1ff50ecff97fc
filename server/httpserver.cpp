#include "httpserver.h"

#include "requestguard.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QSet>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace ioc::server {

QByteArray httpDate(const QDateTime &instant)
{
    return QLocale::c().toString(instant.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

namespace {

const char *reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

// An answer given on the raw socket, before (or instead of) QtHttpServer; the connection closes.
QByteArray closingResponse(int status, const QString &code, const QString &vi, const QString &en,
                           const QByteArray &extraHeaders = {})
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                        {QStringLiteral("message"), vi},
                                                                        {QStringLiteral("message_en"), en}}}})
            .toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
           "\r\nDate: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n" + extraHeaders +
           "Content-Type: application/json\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n\r\n" + body;
}

// The answer a RequestGuard gives on the raw socket, before QtHttpServer sees the request.
QByteArray guardResponse(RequestGuard::Verdict verdict, qint64 limit)
{
    switch (verdict) {
    case RequestGuard::Verdict::TooLarge:
        return closingResponse(413, QStringLiteral("payload_too_large"),
                               QStringLiteral("Dữ liệu gửi lên vượt quá %1 byte").arg(limit),
                               QStringLiteral("The request body is larger than %1 bytes").arg(limit));
    case RequestGuard::Verdict::LengthRequired:
        return closingResponse(411, QStringLiteral("length_required"),
                               QStringLiteral("Dữ liệu gửi lên cần có độ dài (Content-Length)"),
                               QStringLiteral("A request body needs a Content-Length header"));
    case RequestGuard::Verdict::HeadTooLarge:
        return closingResponse(431, QStringLiteral("headers_too_large"), QStringLiteral("Phần đầu yêu cầu quá lớn"),
                               QStringLiteral("The request headers are too large"));
    case RequestGuard::Verdict::Busy:
        return closingResponse(503, QStringLiteral("server_busy"),
                               QStringLiteral("Máy chủ đang nhận nhiều dữ liệu; hãy gửi lại sau ít giây"),
                               QStringLiteral("The server is receiving much data; send again in a few seconds"),
                               "Retry-After: 5\r\n");
    case RequestGuard::Verdict::ConnectionSpent:
        return closingResponse(
            503, QStringLiteral("connection_spent"), QStringLiteral("Kết nối đã truyền đủ dữ liệu; hãy kết nối lại"),
            QStringLiteral("This connection carried its share of data; reconnect"), "Retry-After: 1\r\n");
    default:
        return closingResponse(400, QStringLiteral("bad_request"), QStringLiteral("Không đọc được yêu cầu"),
                               QStringLiteral("The request could not be read"));
    }
}

// Milliseconds on the monotonic clock, one for every connection (they are compared).
qint64 monotonicMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// The bodies being received at once, in all and per client address.
class BodyBudget final
{
public:
    BodyBudget(qint64 total, qint64 perAddress)
        : m_total(total)
        , m_perAddress(perAddress)
    {}

    bool reserve(const QHostAddress &peer, qint64 bytes, bool shared)
    {
        if (shared) { // a trusted proxy: the overall budget only
            if (m_inFlight + bytes > m_total) {
                return false;
            }
            m_inFlight += bytes;
            m_byAddress[peer] += bytes;
            return true;
        }
        qint64 &mine = m_byAddress[peer];
        if (m_inFlight + bytes > m_total || mine + bytes > m_perAddress) {
            if (mine == 0) {
                m_byAddress.remove(peer);
            }
            return false;
        }
        m_inFlight += bytes;
        mine += bytes;
        return true;
    }

    void release(const QHostAddress &peer, qint64 bytes)
    {
        m_inFlight -= bytes;
        const auto it = m_byAddress.find(peer);
        if (it != m_byAddress.end() && (*it -= bytes) <= 0) {
            m_byAddress.erase(it);
        }
    }

private:
    qint64 m_total;
    qint64 m_perAddress;
    qint64 m_inFlight = 0;
    QHash<QHostAddress, qint64> m_byAddress;
};

// Per connection: runs the RequestGuard over bytes before QtHttpServer reads them, and closes
// the connection when it stalls (ListenOptions). Our slot on readyRead is connected before the
// HTTP server's and a second one after it, so the first sees exactly the bytes that arrived
// since the server last read. QtHttpServer 6.8 disconnects its slot while an answer is pending
// and connects it again once the answer is done, behind ours: resequence() then moves ours
// back behind it.
class ConnectionGuard final : public QObject
{
public:
    ConnectionGuard(QTcpSocket *socket, const ListenOptions &options, const std::shared_ptr<BodyBudget> &budget)
        : QObject(socket)
        , m_socket(socket)
        , m_options(options)
        , m_guard(options.maxBodyBytes, options.maxHeadBytes, options.maxConnectionBytes)
        , m_budget(budget)
        , m_peer(socket->peerAddress())
        , m_peerPort(socket->peerPort())
        , m_shared(isTrustedProxy(m_peer, options.trustedProxies))
    {
        m_guard.setAdmission([this](qint64 bytes) {
            releaseBody(); // a new head: the body before it has passed
            if (!m_budget->reserve(m_peer, bytes, m_shared)) {
                return false;
            }
            m_reserved = bytes;
            return true;
        });
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::CoarseTimer);
        connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::stalled);
        m_connectedAt = monotonicMs();
        m_lastActivity = m_connectedAt;
        rearm();
    }

    // The TLS handshake is done (or there is none): requests may come.
    void handedOver()
    {
        m_handedOver = true;
        m_lastActivity = monotonicMs();
        connect(m_socket, &QIODevice::bytesWritten, this, &ConnectionGuard::written);
        rearm();
    }

    void beforeServer()
    {
        const qint64 available = m_socket->bytesAvailable();
        const qint64 fresh = available - m_leftover;
        if (fresh > 0 && m_guard.verdict() == RequestGuard::Verdict::Pass) {
            const RequestGuard::Phase before = m_guard.phase();
            const QByteArray bytes = m_socket->peek(available);
            m_guard.feed(bytes.constData() + (available - fresh), fresh);
            noteProgress(before, fresh);
            if (m_guard.phase() != RequestGuard::Phase::Body) {
                releaseBody();
            }
        }
        if (m_guard.verdict() != RequestGuard::Verdict::Pass) {
            m_socket->skip(available); // the server never sees this request
            answerAndClose(guardResponse(m_guard.verdict(), m_guard.maxBodyBytes()));
        }
        m_leftover = m_socket->bytesAvailable();
        rearm();
    }

    void afterServer() { m_leftover = m_socket->bytesAvailable(); }

    // QtHttpServer has just connected its readyRead slot again (after an answer): ours goes
    // behind it again, and what it left unread (the next request's first bytes, which this guard
    // has already seen) is noted now.
    void resequence()
    {
        disconnect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::afterServer);
        connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::afterServer);
        afterServer();
    }

    ~ConnectionGuard() override { releaseBody(); }

    // Whether a request is on its way in or its answer on its way out.
    bool busy() const
    {
        return m_handedOver && (m_guard.phase() != RequestGuard::Phase::Idle || m_guard.requestsRead() > m_answered ||
                                m_socket->bytesToWrite() > 0);
    }
    qint64 lastActivity() const { return m_lastActivity; }
    QTcpSocket *socket() const { return m_socket; }
    quint16 peerPort() const { return m_peerPort; }

private:
    void noteProgress(RequestGuard::Phase before, qint64 fresh)
    {
        const qint64 now = monotonicMs();
        m_lastActivity = now;
        if (before == RequestGuard::Phase::Idle) {
            m_headStarted = now; // a head begins with these bytes
        }
        if (m_guard.phase() == RequestGuard::Phase::Body) {
            if (before != RequestGuard::Phase::Body) {
                m_bodyMark = now;
                m_bodyBytes = 0;
            } else if ((m_bodyBytes += fresh) >= m_options.bodyProgressBytes) {
                m_bodyMark = now;
                m_bodyBytes = 0;
            }
        } else if (m_guard.phase() == RequestGuard::Phase::Head && before == RequestGuard::Phase::Body) {
            m_headStarted = now;
        }
    }

    void releaseBody()
    {
        if (m_reserved > 0) {
            m_budget->release(m_peer, m_reserved);
            m_reserved = 0;
        }
    }

    void written()
    {
        if (m_socket->bytesToWrite() == 0) {
            m_answered = m_guard.requestsRead(); // every answer asked for so far has gone out
            m_lastActivity = monotonicMs();
            rearm();
        }
    }

    void rearm()
    {
        if (m_closing) {
            return; // answered and closing on its own timers
        }
        const qint64 now = monotonicMs();
        qint64 deadline = -1;
        if (!m_handedOver) {
            deadline = m_connectedAt + m_options.headTimeoutMs; // the TLS handshake
        } else if (m_guard.phase() == RequestGuard::Phase::Head) {
            deadline = m_headStarted + m_options.headTimeoutMs;
        } else if (m_guard.phase() == RequestGuard::Phase::Body) {
            deadline = m_bodyMark + m_options.bodyIdleTimeoutMs;
        } else if (m_guard.requestsRead() > m_answered || m_socket->bytesToWrite() > 0) {
            deadline = -1; // an answer is being prepared (a long poll) or sent
        } else if (m_guard.requestsRead() == 0) {
            deadline = m_lastActivity + m_options.headTimeoutMs; // the first request
        } else {
            deadline = m_lastActivity + m_options.keepAliveTimeoutMs;
        }
        if (deadline < 0) {
            m_timer.stop();
        } else {
            m_timer.start(int(std::max<qint64>(0, deadline - now)));
        }
    }

    void stalled()
    {
        if (!m_handedOver || m_guard.phase() == RequestGuard::Phase::Idle) {
            m_socket->abort(); // nothing asked: nothing to answer
            return;
        }
        m_socket->skip(m_socket->bytesAvailable());
        answerAndClose(closingResponse(408, QStringLiteral("request_timeout"),
                                       QStringLiteral("Yêu cầu gửi quá chậm; kết nối đã đóng"),
                                       QStringLiteral("The request came too slowly; the connection is closed")));
    }

    void answerAndClose(const QByteArray &answer)
    {
        if (!m_closing) {
            m_closing = true;
            m_timer.stop();
            // Small reads from now on: a client pushing the rest of a refused body at full speed
            // is slowed by TCP itself instead of filling the server's memory.
            m_socket->setReadBufferSize(16 * 1024);
            m_socket->write(answer);
            // A lingering close: for a second more, what the client still sends (the rest of a
            // refused body) is read and dropped, so that closing does not reset the connection
            // before the client has read the answer.
            QTimer::singleShot(1000, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
            // A peer that reads nothing must not hold the connection open with the answer.
            QTimer::singleShot(5000, m_socket, [socket = m_socket] { socket->abort(); });
        }
    }

    QTcpSocket *m_socket;
    const ListenOptions m_options; // a copy: the socket may outlive its listener
    RequestGuard m_guard;
    std::shared_ptr<BodyBudget> m_budget; // shared: the socket may outlive its listener
    QHostAddress m_peer;
    quint16 m_peerPort;
    bool m_shared;         // a trusted proxy's connection
    qint64 m_reserved = 0; // of the budget, for the body being received
    QTimer m_timer;
    qint64 m_connectedAt = 0;
    qint64 m_leftover = 0;
    qint64 m_lastActivity = 0;
    qint64 m_headStarted = 0;
    qint64 m_bodyMark = 0;
    qint64 m_bodyBytes = 0;
    qint64 m_answered = 0; // requests answered in full
    bool m_handedOver = false;
    bool m_closing = false;
};

// Accepts connections within the limits, completes the TLS handshake itself, puts the guard in
// front of the HTTP server, then hands the socket over.
class Listener final : public QTcpServer
{
public:
    Listener(const ListenOptions &options, QObject *parent)
        : QTcpServer(parent)
        , m_options(options)
        , m_budget(std::make_shared<BodyBudget>(options.maxBodyBytesInFlight, options.maxBodyBytesInFlightPerAddress))
    {}

    void setTls(const QSslConfiguration &tls)
    {
        if (m_options.tls) {
            m_options.tls = tls;
        }
    }

    // The guard of the connection a request came on (none once it has closed).
    ConnectionGuard *guardOf(const QHostAddress &peer, quint16 peerPort) const
    {
        return m_byPeer.value({peer, peerPort});
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket *socket = m_options.tls ? new QSslSocket(this) : new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        const QHostAddress peer = socket->peerAddress();
        const bool shared = isTrustedProxy(peer, m_options.trustedProxies);
        if ((!shared && m_perAddress.value(peer) >= m_options.maxConnectionsPerAddress) ||
            (m_guards.size() >= qsizetype(m_options.maxConnections) && !makeRoom())) {
            refuse(socket, peer);
            return;
        }
        auto *guard = new ConnectionGuard(socket, m_options, m_budget);
        m_guards.insert(guard);
        m_byPeer.insert({peer, guard->peerPort()}, guard);
        ++m_perAddress[peer];
        connect(socket, &QObject::destroyed, this, [this, guard, peer] { forget(guard, peer); });
        connect(socket, &QIODevice::readyRead, guard, &ConnectionGuard::beforeServer);
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        const auto handOver = [this, socket, guard] {
            addPendingConnection(socket); // QtHttpServer connects its readyRead slot here
            connect(socket, &QIODevice::readyRead, guard, &ConnectionGuard::afterServer);
            guard->handedOver();
        };
        if (!m_options.tls) {
            handOver();
            return;
        }
        auto *ssl = static_cast<QSslSocket *>(socket);
        ssl->setSslConfiguration(*m_options.tls);
        connect(ssl, &QSslSocket::encrypted, this, handOver);
        connect(ssl, &QSslSocket::sslErrors, ssl, [ssl] { ssl->abort(); });
        connect(ssl, &QAbstractSocket::errorOccurred, ssl, [ssl] {
            if (!ssl->isEncrypted()) {
                ssl->abort();
            }
        });
        ssl->startServerEncryption();
    }

private:
    // Closes the connection idle the longest; false when every connection is busy.
    bool makeRoom()
    {
        ConnectionGuard *idlest = nullptr;
        for (ConnectionGuard *guard : std::as_const(m_guards)) {
            if (!guard->busy() && (!idlest || guard->lastActivity() < idlest->lastActivity())) {
                idlest = guard;
            }
        }
        if (!idlest) {
            return false;
        }
        QTcpSocket *socket = idlest->socket();
        forget(idlest, socket->peerAddress());
        socket->abort();
        return true;
    }

    void forget(ConnectionGuard *guard, const QHostAddress &peer)
    {
        if (m_guards.remove(guard)) {
            m_byPeer.remove({peer, guard->peerPort()});
            if (--m_perAddress[peer] <= 0) {
                m_perAddress.remove(peer);
            }
        }
    }

    void refuse(QTcpSocket *socket, const QHostAddress &peer)
    {
        if (!m_refusing.isValid() || m_refusing.hasExpired(60000)) {
            m_refusing.start(); // once a minute at most: a flood must not flood the log too
            qWarning("ioc-server: connection from %s refused: %d connections held (%d from that address)",
                     qPrintable(peer.toString()), int(m_guards.size()), m_perAddress.value(peer));
        }
        socket->abort();
        delete socket;
    }

    ListenOptions m_options;
    std::shared_ptr<BodyBudget> m_budget;
    QSet<ConnectionGuard *> m_guards;
    QHash<std::pair<QHostAddress, quint16>, ConnectionGuard *> m_byPeer; // by the client's address and port
    QHash<QHostAddress, int> m_perAddress;
    QElapsedTimer m_refusing;
};

HttpRequest toRequest(const QHttpServerRequest &request)
{
    HttpRequest converted;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        converted.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        converted.method = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        converted.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        converted.method = "DELETE";
        break;
    case QHttpServerRequest::Method::Patch:
        converted.method = "PATCH";
        break;
    case QHttpServerRequest::Method::Head:
        converted.method = "HEAD";
        break;
    case QHttpServerRequest::Method::Options:
        converted.method = "OPTIONS";
        break;
    default:
        converted.method = "OTHER";
        break;
    }
    converted.path = request.url().path(QUrl::FullyDecoded);
    converted.query = request.query();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const QHttpHeaders headers = request.headers();
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QLatin1StringView name = headers.nameAt(i);
        converted.headers.insert(QByteArray(name.data(), name.size()).toLower(), headers.valueAt(i).toByteArray());
    }
#else
    for (const auto &[name, value] : request.headers()) {
        converted.headers.insert(name.toLower(), value);
    }
#endif
    converted.body = request.body();
    converted.peer = request.remoteAddress();
    return converted;
}

} // namespace

class Responder::Impl
{
public:
    Impl(QHttpServerResponder &&responder, QTcpSocket *socket)
        : responder(std::move(responder))
        , socket(socket)
        , socketKnown(socket != nullptr)
    {}
    explicit Impl(Callback callback)
        : callback(std::move(callback))
        , socketKnown(false)
    {}

    // Runs once the answer is done, after QtHttpServer has seen its responder go (the member
    // destroyed last).
    struct AfterAnswer
    {
        std::function<void()> run;
        ~AfterAnswer()
        {
            if (run) {
                run();
            }
        }
    } afterAnswer;
    std::optional<QHttpServerResponder> responder; // none in-process
    Callback callback;
    QPointer<QTcpSocket> socket;
    bool socketKnown; // Qt 6.8 no longer shows the socket: found through its guard there
    bool sent = false;
    std::function<void(int)> observer;

    bool clientGone() const
    {
        return socketKnown && (socket.isNull() || socket->state() != QAbstractSocket::ConnectedState);
    }
};

Responder::Responder(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{}

Responder Responder::inProcess(Callback callback)
{
    return Responder(std::make_unique<Impl>(std::move(callback)));
}

Responder::Responder(Responder &&other) noexcept = default;
Responder &Responder::operator=(Responder &&other) noexcept = default;

Responder::~Responder()
{
    if (m_impl && !m_impl->sent) {
        send(500, R"({"error":{"code":"internal_error","message":"Lỗi máy chủ","message_en":"Internal server error"}})",
             {{"Content-Type", "application/json"}});
    }
}

bool Responder::isSent() const
{
    return m_impl && m_impl->sent;
}

bool Responder::isConnected() const
{
    return m_impl && !m_impl->clientGone();
}

void Responder::whenSent(std::function<void(int status)> observer)
{
    if (m_impl) {
        m_impl->observer = std::move(observer);
    }
}

void Responder::send(int status, const QByteArray &body, const HttpHeaders &headers)
{
    if (!m_impl || m_impl->sent) {
        return;
    }
    m_impl->sent = true;
    if (m_impl->observer) {
        m_impl->observer(status);
    }
    if (m_impl->callback) {
        m_impl->callback(status, body, headers);
        return;
    }
    if (m_impl->clientGone() || !m_impl->responder) {
        return;
    }
    const auto code = static_cast<QHttpServerResponder::StatusCode>(status);
    QHttpServerResponder &r = *m_impl->responder;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders all;
    all.append(QHttpHeaders::WellKnownHeader::Date, httpDate(QDateTime::currentDateTimeUtc()));
    for (const auto &[name, value] : headers) {
        all.append(name, value);
    }
    r.write(body, all, code);
#else
    r.writeStatusLine(code);
    r.writeHeader("Date", httpDate(QDateTime::currentDateTimeUtc()));
    for (const auto &[name, value] : headers) {
        r.writeHeader(name, value);
    }
    r.writeHeader("Content-Length", QByteArray::number(body.size()));
    r.writeBody(body);
#endif
}

class HttpServerImpl final : public QAbstractHttpServer
{
public:
    explicit HttpServerImpl(RequestHandler handler)
        : m_handler(std::move(handler))
    {}

protected:
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override
    {
        QPointer<ConnectionGuard> guard;
        for (const QPointer<Listener> &listener : std::as_const(m_listeners)) {
            if (listener && (guard = listener->guardOf(request.remoteAddress(), request.remotePort()))) {
                break;
            }
        }
        auto impl = std::make_unique<Responder::Impl>(std::move(responder), guard ? guard->socket() : nullptr);
        impl->afterAnswer.run = [guard] {
            if (guard) {
                guard->resequence();
            }
        };
        m_handler(toRequest(request), Responder(std::move(impl)));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QHttpServerResponder &) override {}
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_handler(toRequest(request),
                  Responder(std::make_unique<Responder::Impl>(makeResponder(request, socket), socket)));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}
#endif

public:
    void addListener(Listener *listener)
    {
        m_listeners.append(listener);
    }

private:
    RequestHandler m_handler;
    QList<QPointer<Listener>> m_listeners;
};

HttpServer::HttpServer(RequestHandler handler)
    : m_impl(std::make_unique<HttpServerImpl>(std::move(handler)))
{}

HttpServer::~HttpServer() = default;

quint16 HttpServer::listen(const ListenOptions &options, QString *error)
{
    auto *listener = new Listener(options, m_impl.get());
    if (!listener->listen(options.address, options.port)) {
        *error = listener->errorString();
        delete listener;
        return 0;
    }
    m_impl->bind(listener);
    m_impl->addListener(listener);
    m_listener = listener;
    return listener->serverPort();
}

void HttpServer::setTlsConfiguration(const QSslConfiguration &tls)
{
    if (m_listener) {
        static_cast<Listener *>(m_listener)->setTls(tls);
    }
}

} // namespace ioc::server

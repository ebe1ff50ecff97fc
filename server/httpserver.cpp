#include "httpserver.h"

#include "requestguard.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

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
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

// The answer a RequestGuard gives on the raw socket, before QtHttpServer sees the request.
QByteArray guardResponse(RequestGuard::Verdict verdict, qint64 limit)
{
    int status = 400;
    QString code;
    QString en;
    QString vi;
    switch (verdict) {
    case RequestGuard::Verdict::TooLarge:
        status = 413;
        code = QStringLiteral("payload_too_large");
        en = QStringLiteral("The request body is larger than %1 bytes").arg(limit);
        vi = QStringLiteral("Dữ liệu gửi lên vượt quá %1 byte").arg(limit);
        break;
    case RequestGuard::Verdict::LengthRequired:
        status = 411;
        code = QStringLiteral("length_required");
        en = QStringLiteral("A request body needs a Content-Length header");
        vi = QStringLiteral("Dữ liệu gửi lên cần có độ dài (Content-Length)");
        break;
    case RequestGuard::Verdict::HeadTooLarge:
        status = 431;
        code = QStringLiteral("headers_too_large");
        en = QStringLiteral("The request headers are too large");
        vi = QStringLiteral("Phần đầu yêu cầu quá lớn");
        break;
    default:
        code = QStringLiteral("bad_request");
        en = QStringLiteral("The request could not be read");
        vi = QStringLiteral("Không đọc được yêu cầu");
        break;
    }
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                        {QStringLiteral("message"), vi},
                                                                        {QStringLiteral("message_en"), en}}}})
            .toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
           "\r\nDate: " + httpDate(QDateTime::currentDateTimeUtc()) +
           "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Per connection: runs the RequestGuard over bytes before QtHttpServer reads them. Our slot on
// readyRead is connected before the HTTP server's and a second one after it, so the first
// sees exactly the bytes that arrived since the server last read.
class ConnectionGuard final : public QObject
{
public:
    ConnectionGuard(QTcpSocket *socket, qint64 maxBody, qint64 maxHead)
        : QObject(socket)
        , m_socket(socket)
        , m_guard(maxBody, maxHead)
    {}

    void beforeServer()
    {
        const qint64 available = m_socket->bytesAvailable();
        const qint64 fresh = available - m_leftover;
        if (fresh > 0 && m_guard.verdict() == RequestGuard::Verdict::Pass) {
            const QByteArray bytes = m_socket->peek(available);
            m_guard.feed(bytes.constData() + (available - fresh), fresh);
        }
        if (m_guard.verdict() != RequestGuard::Verdict::Pass) {
            m_socket->read(available); // the server never sees this request
            if (!m_answered) {
                m_answered = true;
                m_socket->write(guardResponse(m_guard.verdict(), m_guard.maxBodyBytes()));
                m_socket->disconnectFromHost();
            }
        }
        m_leftover = m_socket->bytesAvailable();
    }

    void afterServer() { m_leftover = m_socket->bytesAvailable(); }

private:
    QTcpSocket *m_socket;
    RequestGuard m_guard;
    qint64 m_leftover = 0;
    bool m_answered = false;
};

// Accepts connections, completes the TLS handshake itself, puts the guard in front of the HTTP
// server, then hands the socket over.
class Listener final : public QTcpServer
{
public:
    Listener(const ListenOptions &options, QObject *parent)
        : QTcpServer(parent)
        , m_options(options)
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket *socket = m_options.tls ? new QSslSocket(this) : new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        auto *guard = new ConnectionGuard(socket, m_options.maxBodyBytes, m_options.maxHeadBytes);
        connect(socket, &QIODevice::readyRead, guard, &ConnectionGuard::beforeServer);
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        const auto handOver = [this, socket, guard] {
            addPendingConnection(socket); // QtHttpServer connects its readyRead slot here
            connect(socket, &QIODevice::readyRead, guard, &ConnectionGuard::afterServer);
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
        QTimer::singleShot(10000, ssl, [ssl] {
            if (!ssl->isEncrypted()) {
                ssl->abort(); // a client that never completes the handshake
            }
        });
        ssl->startServerEncryption();
    }

private:
    ListenOptions m_options;
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
    for (const auto &[name, value] : request.headers()) {
        converted.headers.insert(name.toLower(), value);
    }
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

    std::optional<QHttpServerResponder> responder; // none in-process
    Callback callback;
    QPointer<QTcpSocket> socket;
    bool socketKnown; // Qt 6.8 no longer shows the socket
    bool sent = false;

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

void Responder::send(int status, const QByteArray &body, const HttpHeaders &headers)
{
    if (!m_impl || m_impl->sent) {
        return;
    }
    m_impl->sent = true;
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
        m_handler(toRequest(request), Responder(std::make_unique<Responder::Impl>(std::move(responder), nullptr)));
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

private:
    RequestHandler m_handler;
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
    return listener->serverPort();
}

} // namespace ioc::server

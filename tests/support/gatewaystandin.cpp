#include "gatewaystandin.h"

#include "testserver.h"

#include <QFile>
#include <QSslKey>
#include <QSslSocket>

namespace ioc::test {

// Each connection a QSslSocket on the accepted descriptor, its handshake begun at once.
class GatewayStandIn::Listener final : public QTcpServer
{
public:
    Listener(GatewayStandIn *owner)
        : QTcpServer(owner)
        , m_owner(owner)
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSslConfiguration(m_owner->m_tls);
        m_owner->serve(socket);
        socket->startServerEncryption();
    }

private:
    GatewayStandIn *m_owner;
};

GatewayStandIn::GatewayStandIn()
{
    m_tls = QSslConfiguration::defaultConfiguration();
    const TestCertificates &certificates = TestCertificates::instance();
    m_tls.setLocalCertificateChain(QSslCertificate::fromPath(certificates.certificateFile()));
    QFile key(certificates.keyFile());
    if (!key.open(QIODevice::ReadOnly)) {
        qFatal("gateway stand-in: no test key");
    }
    m_tls.setPrivateKey(QSslKey(key.readAll(), TestCertificates::keyAlgorithm()));
    m_tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server = new Listener(this);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        qFatal("gateway stand-in: cannot listen: %s", qPrintable(m_server->errorString()));
    }
}

QUrl GatewayStandIn::url() const
{
    return QUrl(QStringLiteral("https://localhost:%1/api/send").arg(m_server->serverPort()));
}

void GatewayStandIn::script(const QList<Answer> &answers, Answer then)
{
    m_script = answers;
    m_then = then;
}

QList<QByteArray> GatewayStandIn::acceptedKeys() const
{
    QList<QByteArray> keys;
    for (const Received &r : m_received) {
        if (r.answer == Answer::Success) {
            keys.append(r.headers.value("idempotency-key"));
        }
    }
    return keys;
}

void GatewayStandIn::serve(QSslSocket *socket)
{
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    const auto read = [this, socket, buffer] {
        buffer->append(socket->readAll());
        const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return;
        }
        Received request;
        const QList<QByteArray> lines = buffer->left(headEnd).split('\n');
        request.path = lines.value(0).split(' ').value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0) {
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer->size() < headEnd + 4 + length) {
            return; // the rest of the body is on its way
        }
        request.body = buffer->mid(headEnd + 4, length);
        buffer->clear();
        request.answer = m_script.isEmpty() ? m_then : m_script.takeFirst();
        m_received.append(request);
        QByteArray status = "200 OK";
        QByteArray extra;
        QByteArray body = R"({"status":"accepted"})";
        switch (request.answer) {
        case Answer::Success:
            break;
        case Answer::ServerError:
            status = "503 Service Unavailable";
            body = R"({"error":"busy"})";
            break;
        case Answer::RateLimited:
            status = "429 Too Many Requests";
            extra = "Retry-After: 1\r\n";
            body = R"({"error":"rate_limited"})";
            break;
        case Answer::Hang:
            emit requestReceived();
            return;
        case Answer::MalformedJson:
            body = "<html>accepted?";
            break;
        case Answer::Refused:
            status = "400 Bad Request";
            body = R"({"error":"invalid_number"})";
            break;
        }
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extra + "\r\n" + body);
        socket->disconnectFromHost();
        emit requestReceived();
    };
    connect(socket, &QSslSocket::readyRead, this, read);
}

} // namespace ioc::test

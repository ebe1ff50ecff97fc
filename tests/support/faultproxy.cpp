#include "support/faultproxy.h"

#include "support/testserver.h"

#include <QFile>
#include <QSemaphore>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

#include <deque>
#ifdef Q_OS_WIN
#include <qt_windows.h> // windows.h without the min and max macros
#endif
#include <thread>

namespace ioc::test {

namespace {

// Accepts connections and hands out their descriptors (for blocking handling).
class DescriptorServer final : public QTcpServer
{
public:
    std::deque<qintptr> pending;

protected:
    void incomingConnection(qintptr descriptor) override { pending.push_back(descriptor); }
};

// Splits "head\r\n\r\nbody" and reads Content-Length.
struct Message
{
    QByteArray head; // without the blank line
    QByteArray body;
    qint64 contentLength = 0;
};

qint64 contentLength(const QByteArray &head)
{
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toLower().startsWith("content-length:")) {
            return trimmed.mid(15).trimmed().toLongLong();
        }
    }
    return 0;
}

// Reads one message (head and Content-Length body) from a blocking socket.
std::optional<Message> readMessage(QSslSocket &socket, int timeoutMs)
{
    QByteArray data;
    qsizetype end = -1;
    while ((end = data.indexOf("\r\n\r\n")) < 0) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            return std::nullopt;
        }
        data += socket.readAll();
    }
    Message message;
    message.head = data.left(end);
    message.body = data.mid(end + 4);
    message.contentLength = contentLength(message.head);
    while (message.body.size() < message.contentLength) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            return std::nullopt;
        }
        message.body += socket.readAll();
    }
    return message;
}

// Replaces (or adds) a header of a message head.
QByteArray withHeader(const QByteArray &head, const QByteArray &name, const QByteArray &value)
{
    QList<QByteArray> lines = head.split('\n');
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty() || (i > 0 && line.toLower().startsWith(QByteArray(name.toLower() + ':')))) {
            continue;
        }
        out += line + "\r\n";
    }
    out += name + ": " + value + "\r\n";
    return out;
}

bool writeAll(QSslSocket &socket, const QByteArray &data)
{
    socket.write(data);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(10000)) {
            return false;
        }
    }
    return true;
}

} // namespace

class FaultProxy::Worker final : public QObject
{
public:
    Worker(FaultProxy &proxy, QSslCertificate certificate, QSslKey key)
        : m_proxy(proxy)
        , m_certificate(std::move(certificate))
        , m_key(std::move(key))
    {}

    std::atomic<bool> stop{false};

    quint16 listen()
    {
        m_server = std::make_unique<DescriptorServer>();
        m_server->listen(QHostAddress::LocalHost, 0);
        return m_server->serverPort();
    }

    void run()
    {
        while (!stop) {
            m_server->waitForNewConnection(50);
            while (!m_server->pending.empty() && !stop) {
                const qintptr descriptor = m_server->pending.front();
                m_server->pending.pop_front();
                // A thread per connection: a long poll or a hanging answer holds up nothing else.
                auto done = std::make_shared<std::atomic<bool>>(false);
                m_connections.push_back({std::thread([this, descriptor, done] {
                                             handle(descriptor);
                                             *done = true;
                                         }),
                                         done});
            }
            // Finished connections are joined as they end (a long run opens thousands).
            for (auto it = m_connections.begin(); it != m_connections.end();) {
                if (*it->done) {
                    it->thread.join();
                    it = m_connections.erase(it);
                } else {
                    ++it;
                }
            }
        }
        for (Connection &connection : m_connections) {
            connection.thread.join();
        }
        m_server.reset();
    }

private:
    void handle(qintptr descriptor)
    {
        auto client = std::make_unique<QSslSocket>();
        client->setSocketDescriptor(descriptor);
        if (m_proxy.m_refusing) {
            client->abort();
            return;
        }
        client->setLocalCertificate(m_certificate);
        client->setPrivateKey(m_key);
        client->setProtocol(QSsl::TlsV1_2OrLater);
        client->setPeerVerifyMode(QSslSocket::VerifyNone);
        client->startServerEncryption();
        if (!client->waitForEncrypted(5000)) {
            ++m_proxy.m_failedHandshakes;
            return;
        }
        const auto request = readMessage(*client, 5000);
        if (!request) {
            return;
        }
        const QList<QByteArray> requestLine = request->head.left(request->head.indexOf('\r')).split(' ');
        Seen seen{requestLine.value(0), requestLine.value(1), request->body.size(), false};
        const std::optional<Fault> fault = m_proxy.takeFault(seen.path);
        using K = Fault::Kind;
        if (fault && fault->kind == K::Status) {
            record(seen);
            QByteArray head = "HTTP/1.1 " + QByteArray::number(fault->status) + " Fault\r\n";
            head = withHeader(head, "Content-Type", "application/json");
            for (const auto &[name, value] : fault->headers) {
                head = withHeader(head, name, value);
            }
            head = withHeader(head, "Content-Length", QByteArray::number(fault->body.size()));
            head = withHeader(head, "Connection", "close");
            writeAll(*client, head + "\r\n" + fault->body);
            client->disconnectFromHost();
            return;
        }
        if (fault && fault->kind == K::Hang) {
            record(seen);
            while (!stop) {
                QThread::msleep(20); // the connection stays open, silent
            }
            return;
        }
        if (fault && fault->kind == K::Huge) {
            record(seen);
            QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
            head = withHeader(head, "Content-Length", QByteArray::number(fault->size));
            head = withHeader(head, "Connection", "close");
            if (writeAll(*client, head + "\r\n")) {
                const QByteArray chunk(1 << 20, ' ');
                for (qint64 sent = 0; sent < fault->size && client->state() == QAbstractSocket::ConnectedState;
                     sent += chunk.size()) {
                    if (!writeAll(*client, chunk)) {
                        break;
                    }
                }
            }
            client->abort();
            return;
        }
        seen.forwarded = true;
        record(seen);
        auto response = forward(*request);
        if (!response) {
            writeAll(*client, "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            client->disconnectFromHost();
            return;
        }
        QByteArray head = withHeader(response->head, "Connection", "close");
        QByteArray body = response->body;
        if (fault && fault->kind == K::Truncate) {
            body = body.left(body.size() / 2);
        } else if (fault && fault->kind == K::ReplaceBody) {
            body = fault->body;
        }
        if (fault && fault->kind == K::ResetMidBody) {
            writeAll(*client, head + "\r\n" + body.left(body.size() / 2));
            client->abort();
            return;
        }
        head = withHeader(head, "Content-Length", QByteArray::number(body.size()));
        writeAll(*client, head + "\r\n" + body);
        client->disconnectFromHost();
        if (client->state() != QAbstractSocket::UnconnectedState) {
            client->waitForDisconnected(1000);
        }
    }

    std::optional<Message> forward(const Message &request) const
    {
        QSslSocket upstream;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(TestCertificates::instance().ca());
        upstream.setSslConfiguration(tls);
        upstream.connectToHostEncrypted(QStringLiteral("localhost"), m_proxy.m_upstreamPort);
        if (!upstream.waitForEncrypted(5000)) {
            return std::nullopt;
        }
        QByteArray head = withHeader(request.head, "Connection", "close");
        if (!writeAll(upstream, head + "\r\n" + request.body)) {
            return std::nullopt;
        }
        // Long polls may take their time.
        return readMessage(upstream, 60000);
    }

    void record(const Seen &seen)
    {
        QMutexLocker lock(&m_proxy.m_mutex);
        m_proxy.m_seen.append(seen);
    }

    FaultProxy &m_proxy;
    QSslCertificate m_certificate;
    QSslKey m_key;
    std::unique_ptr<DescriptorServer> m_server;
    struct Connection
    {
        std::thread thread;
        std::shared_ptr<std::atomic<bool>> done;
    };
    std::vector<Connection> m_connections;
};

QString FaultProxy::unavailableReason()
{
#ifdef Q_OS_WIN
    // Wine's ntdll exports wine_get_version; Windows' does not.
    if (GetProcAddress(GetModuleHandleW(L"ntdll.dll"), "wine_get_version") != nullptr)
        return QStringLiteral("Wine's Schannel cannot be a TLS server, and the fault proxy is one "
                              "(faultproxy.h)");
#endif
    return {};
}

FaultProxy::FaultProxy(quint16 upstreamPort, Certificate certificate)
    : m_upstreamPort(upstreamPort)
    , m_certificate(certificate)
{
    const TestCertificates &pki = TestCertificates::instance();
    const QString name = certificate == Certificate::Trusted     ? QStringLiteral("server")
                         : certificate == Certificate::WrongHost ? QStringLiteral("wronghost")
                                                                 : QStringLiteral("untrusted");
    QFile keyFile(pki.keyFile(name));
    keyFile.open(QIODevice::ReadOnly);
    const QSslKey key(keyFile.readAll(), TestCertificates::keyAlgorithm(), QSsl::Pem);
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(pki.certificateFile(name));
    m_thread = std::make_unique<QThread>();
    m_worker = new Worker(*this, chain.value(0), key);
    m_worker->moveToThread(m_thread.get());
    QSemaphore listening;
    QObject::connect(m_thread.get(), &QThread::started, m_worker, [this, &listening] {
        m_port = m_worker->listen();
        listening.release();
        m_worker->run();
    });
    m_thread->start();
    listening.acquire();
}

FaultProxy::~FaultProxy()
{
    m_worker->stop = true;
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("https://localhost:%1").arg(m_port));
}

void FaultProxy::addFault(const Fault &fault)
{
    QMutexLocker lock(&m_mutex);
    m_faults.append(fault);
}

void FaultProxy::clearFaults()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

void FaultProxy::setUpstreamPort(quint16 port)
{
    m_upstreamPort = port;
}

void FaultProxy::setRefusing(bool refusing)
{
    m_refusing = refusing;
}

QList<FaultProxy::Seen> FaultProxy::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_seen;
}

void FaultProxy::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_seen.clear();
}

std::optional<FaultProxy::Fault> FaultProxy::takeFault(const QByteArray &path)
{
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (fault.pathPrefix.isEmpty() || path.startsWith(fault.pathPrefix.toLatin1())) {
            const Fault taken = fault;
            if (--fault.times <= 0) {
                m_faults.removeAt(i);
            }
            return taken;
        }
    }
    return std::nullopt;
}

} // namespace ioc::test

#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <memory>

namespace ioc::test {

// An HTTPS proxy in front of the real ioc-server that breaks things on purpose, for the sync
// tests. It terminates TLS with a certificate of the test PKI (trusted, for another host name,
// or self-signed), reads each request, records it, then either forwards it to the server or
// answers with the next fault queued for its path. Every connection is closed after one answer.
// It runs on its own thread with blocking sockets, so the client under test (on the test's
// thread) is never waited on.
class FaultProxy final
{
public:
    enum class Certificate
    {
        Trusted,
        WrongHost,
        Untrusted,
    };

    struct Fault
    {
        enum class Kind
        {
            Status,       // answer `status` with `body` and `headers` instead of the server
            Hang,         // never answer (the connection stays open)
            ResetMidBody, // forward, but cut the connection halfway through the body
            Truncate,     // forward with the body cut in half (Content-Length adjusted)
            ReplaceBody,  // forward the head, replace the body with `body`
            Huge,         // a 200 whose body goes on for `size` bytes
        };
        QString pathPrefix; // e.g. "/v1/changes"; empty: any
        Kind kind = Kind::Status;
        int status = 503;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        qint64 size = 0;
        int times = 1;
    };

    struct Seen
    {
        QByteArray method;
        QByteArray path; // with the query
        qint64 bodyBytes = 0;
        bool forwarded = false;
    };

    FaultProxy(quint16 upstreamPort, Certificate certificate = Certificate::Trusted);
    // Why the proxy cannot run in this process, or empty. Under Wine, Schannel has no server side
    // (CertFindChainInStore is a stub and AcceptSecurityContext is missing), so a TLS server in a
    // Windows test program cannot start there; on Windows itself it runs.
    static QString unavailableReason();
    ~FaultProxy();
    Q_DISABLE_COPY_MOVE(FaultProxy)

    quint16 port() const { return m_port; }
    QUrl url() const;
    void addFault(const Fault &fault);
    void clearFaults();
    // Where the server is now (it may restart on another port).
    void setUpstreamPort(quint16 port);
    // "The server is down": connections are accepted and closed at once.
    void setRefusing(bool refusing);
    QList<Seen> requests() const;
    void clearRequests();
    // Clients that gave up during the handshake (they did not trust the certificate).
    int failedHandshakes() const { return m_failedHandshakes; }

private:
    class Worker;
    friend class Worker;
    std::optional<Fault> takeFault(const QByteArray &path);

    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr;
    quint16 m_port = 0;
    std::atomic<quint16> m_upstreamPort;
    std::atomic<bool> m_refusing{false};
    std::atomic<int> m_failedHandshakes{0};
    Certificate m_certificate;
    mutable QMutex m_mutex;
    QList<Fault> m_faults;
    QList<Seen> m_seen;
};

} // namespace ioc::test

// Skips the test function when the fault proxy cannot run here (FaultProxy::unavailableReason()).
#define IOC_SKIP_WITHOUT_FAULT_PROXY()                                                                                 \
    do {                                                                                                               \
        if (const QString why = ::ioc::test::FaultProxy::unavailableReason(); !why.isEmpty())                          \
            QSKIP(qPrintable(why));                                                                                    \
    } while (false)

Q_DECLARE_METATYPE(ioc::test::FaultProxy::Fault)

#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QUrl>

class QSslSocket;

namespace ioc::test {

// A stand-in for an HTTPS message gateway (an SMS aggregator's JSON API) on loopback, with the
// test CA's certificate for localhost: it answers each POST as the test scripted (success, a
// server error, 429 with Retry-After, no answer at all, malformed JSON, a refusal) and records
// what it received. Real TLS and real HTTP/1.1 (one request per connection): the server under
// test talks to it as to a gateway on the Internet.
class GatewayStandIn final : public QObject
{
    Q_OBJECT

public:
    enum class Answer
    {
        Success,       // 200 {"status":"accepted"}
        ServerError,   // 503
        RateLimited,   // 429, Retry-After: 1
        Hang,          // reads the request, never answers
        MalformedJson, // 200 with a body that is not JSON
        Refused,       // 400 {"error":"invalid_number"}
    };
    struct Received
    {
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        Answer answer = Answer::Success;
    };

    GatewayStandIn();
    QUrl url() const;
    // The next requests get these answers, in order; after them every request gets `then`.
    void script(const QList<Answer> &answers, Answer then = Answer::Success);
    const QList<Received> &received() const { return m_received; }
    // The Idempotency-Key of each request answered with success, as many times as answered.
    QList<QByteArray> acceptedKeys() const;

signals:
    void requestReceived();

private:
    class Listener;
    void serve(QSslSocket *socket);

    QSslConfiguration m_tls;
    Listener *m_server = nullptr;
    QList<Answer> m_script;
    Answer m_then = Answer::Success;
    QList<Received> m_received;
};

} // namespace ioc::test

#pragma once

#include "sync/clockoffset.h"
#include "sync/retrypolicy.h"
#include "sync/tlspolicy.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ioc::sync {

// Why a request got no usable HTTP answer.
enum class ApiFailure
{
    None,
    Network,     // refused, reset, host unknown…
    Timeout,     // nothing moved for the transfer timeout
    Tls,         // the certificate was not trusted (or the handshake failed)
    PinMismatch, // trusted, but not the pinned key: aborted before anything was sent
    TooLarge,    // the answer exceeded the size cap
    Malformed,   // a 2xx answer whose body is not the JSON object expected
    Aborted,     // cancelled by us
};

struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QJsonObject json;                      // the body, when it is a JSON object
    QHash<QByteArray, QByteArray> headers; // lower-case names
    ApiFailure failure = ApiFailure::None;
    QString failureText;
    std::optional<std::chrono::seconds> retryAfter;

    bool succeeded() const { return failure == ApiFailure::None && status >= 200 && status < 300; }
    // Worth trying again later: no answer (network, timeout), 5xx or 429. Never TLS or pin
    // failures, never a malformed body from a server that answered.
    bool isTransient() const;
    QString errorCode() const;
    // For people: the server's Vietnamese message, or what went wrong on the way.
    QString message() const;
};

struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // "/v1/changes"
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    bool authenticated = true;
    bool expectJson = true;
    // Transient failures are retried here this many times (idempotent requests only).
    int retries = 0;
    int timeoutMs = 0;   // 0: the endpoint's
    qint64 maxBytes = 0; // 0: the endpoint's
};

struct ApiEndpoint
{
    QUrl baseUrl; // https://ioc.example.gov.vn
    TlsPolicy tls;
    int timeoutMs = 30000;                // no byte moved for this long: give up
    qint64 maxResponseBytes = 32LL << 20; // larger answers are cut off
    bool allowPlainHttpLoopback = false;  // developers only, and only to a loopback address
};

// The HTTP client of the API over an injected QNetworkAccessManager: TLS policy and pins,
// timeouts, size caps, JSON, the server clock offset from `Date`, bearer tokens refreshed when
// they expire, retries with backoff for idempotent requests. One thread (its manager's).
class ApiClient final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResponse &)>;
    // Gets a fresh access token (refresh flow); calls back with whether it worked.
    using Refresher = std::function<void(std::function<void(bool)>)>;

    ApiClient(QNetworkAccessManager *manager, ApiEndpoint endpoint, QObject *parent = nullptr);
    ~ApiClient() override;

    // Refuses plain HTTP to anything but loopback (with allowPlainHttpLoopback); empty if fine.
    static QString checkEndpoint(const ApiEndpoint &endpoint);

    void send(const ApiRequest &request, Callback done);
    void setAccessToken(const QByteArray &token) { m_accessToken = token; }
    QByteArray accessToken() const { return m_accessToken; }
    void setRefresher(Refresher refresher) { m_refresher = std::move(refresher); }
    // Cancels every request in flight; their callbacks are not called.
    void abortAll();

    const ApiEndpoint &endpoint() const { return m_endpoint; }
    const ClockOffset &clock() const { return m_clock; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    void setRetryPolicy(RetryPolicy policy) { m_retry = policy; }

signals:
    // The session cannot be refreshed: a new sign-in is needed (queued work is kept).
    void sessionExpired();

private:
    void attempt(ApiRequest request, Callback done, int attemptNumber, bool refreshed);

    QPointer<QNetworkAccessManager> m_manager;
    ApiEndpoint m_endpoint;
    QByteArray m_accessToken;
    Refresher m_refresher;
    ClockOffset m_clock;
    RetryPolicy m_retry;
    QSet<QNetworkReply *> m_inFlight;
};

QString failureName(ApiFailure failure);

} // namespace ioc::sync

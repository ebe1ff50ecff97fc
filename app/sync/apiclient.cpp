#include "apiclient.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>
#include <QTimeZone>
#include <QTimer>

namespace ioc::sync {

namespace {

QDateTime parseHttpDate(const QByteArray &value)
{
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (at.isValid()) {
        at.setTimeZone(QTimeZone::utc());
    }
    return at;
}

// What a reply's state says went wrong, when no HTTP answer came.
struct ReplyState
{
    ApiFailure failure = ApiFailure::None;
    QString text;
};

} // namespace

bool ApiResponse::isTransient() const
{
    if (failure == ApiFailure::Network || failure == ApiFailure::Timeout) {
        return true;
    }
    // 408: the server closed a request that came too slowly (a poor link); it was not handled.
    return failure == ApiFailure::None && (status >= 500 || status == 429 || status == 408);
}

QString ApiResponse::errorCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString ApiResponse::message() const
{
    const QString server = json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    if (!server.isEmpty()) {
        return server;
    }
    if (failure != ApiFailure::None) {
        return failureText.isEmpty() ? failureName(failure) : failureText;
    }
    return QStringLiteral("HTTP %1").arg(status);
}

QString failureName(ApiFailure failure)
{
    switch (failure) {
    case ApiFailure::None:
        return QStringLiteral("none");
    case ApiFailure::Network:
        return QStringLiteral("network");
    case ApiFailure::Timeout:
        return QStringLiteral("timeout");
    case ApiFailure::Tls:
        return QStringLiteral("tls");
    case ApiFailure::PinMismatch:
        return QStringLiteral("pin_mismatch");
    case ApiFailure::TooLarge:
        return QStringLiteral("too_large");
    case ApiFailure::Malformed:
        return QStringLiteral("malformed");
    case ApiFailure::Aborted:
        return QStringLiteral("aborted");
    }
    return {};
}

ApiClient::ApiClient(QNetworkAccessManager *manager, ApiEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_endpoint(std::move(endpoint))
{}

ApiClient::~ApiClient()
{
    abortAll();
}

QString ApiClient::checkEndpoint(const ApiEndpoint &endpoint)
{
    const QUrl &url = endpoint.baseUrl;
    if (!url.isValid() || url.host().isEmpty()) {
        return QStringLiteral("\"%1\" is not a server address such as https://ioc.example.gov.vn").arg(url.toString());
    }
    if (url.scheme() == QStringLiteral("https")) {
        return {};
    }
    const QHostAddress address(url.host());
    const bool loopback = url.host() == QStringLiteral("localhost") || (!address.isNull() && address.isLoopback());
    if (url.scheme() == QStringLiteral("http") && loopback && endpoint.allowPlainHttpLoopback) {
        return {};
    }
    return QStringLiteral("the server must be reached over HTTPS (%1)").arg(url.toString());
}

void ApiClient::abortAll()
{
    const QSet<QNetworkReply *> replies = std::exchange(m_inFlight, {});
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiClient::send(const ApiRequest &request, Callback done)
{
    attempt(request, std::move(done), 0, false);
}

void ApiClient::attempt(ApiRequest request, Callback done, int attemptNumber, bool refreshed)
{
    if (!m_manager) {
        ApiResponse response;
        response.failure = ApiFailure::Aborted;
        done(response);
        return;
    }
    QUrl url = m_endpoint.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + request.path);
    if (!request.query.isEmpty()) {
        url.setQuery(request.query);
    }
    QNetworkRequest networkRequest(url);
    networkRequest.setSslConfiguration(m_endpoint.tls.configuration());
    networkRequest.setTransferTimeout(request.timeoutMs > 0 ? request.timeoutMs : m_endpoint.timeoutMs);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_endpoint.tls.pins.isEmpty()) {
        // Over HTTP/2 all requests share one connection and Qt announces its handshake
        // (encrypted(), where pins are checked before anything is written) to the first request
        // only: the others would go out unchecked, with the bearer token. Over HTTP/1.1 each
        // connection's handshake is announced to the request that opened it.
        networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    }
    networkRequest.setRawHeader("Accept", request.expectJson ? "application/json" : "*/*");
    if (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT") {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    }
    if (request.authenticated && !m_accessToken.isEmpty()) {
        networkRequest.setRawHeader("Authorization", "Bearer " + m_accessToken);
    }
    for (const auto &[name, value] : request.headers) {
        networkRequest.setRawHeader(name, value);
    }
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    QNetworkReply *reply = request.method == "GET"
                               ? m_manager->get(networkRequest)
                               : m_manager->sendCustomRequest(networkRequest, request.method, request.body);
    m_inFlight.insert(reply);
    const qint64 maxBytes = request.maxBytes > 0 ? request.maxBytes : m_endpoint.maxResponseBytes;
    auto state = std::make_shared<ReplyState>();

    // Pins are checked as soon as the handshake is done, before the request is written.
    connect(reply, &QNetworkReply::encrypted, this, [this, reply, state] {
        if (!m_endpoint.tls.pinsMatch(reply->sslConfiguration().peerCertificateChain())) {
            state->failure = ApiFailure::PinMismatch;
            state->text = QStringLiteral("the server's key does not match the pinned key");
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [state](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors) {
            texts.append(error.errorString());
        }
        state->failure = ApiFailure::Tls;
        state->text = texts.join(QStringLiteral("; "));
        // Never ignored: the reply fails.
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply, state, maxBytes] {
        // A second net: an answer from a peer that is not the pinned one is never used, however
        // its connection came about.
        if (!m_endpoint.tls.pins.isEmpty() && state->failure == ApiFailure::None &&
            !m_endpoint.tls.pinsMatch(reply->sslConfiguration().peerCertificateChain())) {
            state->failure = ApiFailure::PinMismatch;
            state->text = QStringLiteral("the server's key does not match the pinned key");
            reply->abort();
            return;
        }
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes) {
            state->failure = ApiFailure::TooLarge;
            state->text =
                QStringLiteral("the answer announces %1 bytes, more than %2").arg(length.toLongLong()).arg(maxBytes);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [reply, state, maxBytes](qint64 received, qint64) {
        if (received > maxBytes && state->failure == ApiFailure::None) {
            state->failure = ApiFailure::TooLarge;
            state->text = QStringLiteral("the answer exceeds %1 bytes").arg(maxBytes);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, state, request, done = std::move(done), attemptNumber, refreshed, sentAt]() mutable {
                m_inFlight.remove(reply);
                reply->deleteLater();
                ApiResponse response;
                response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                for (const auto &[name, value] : reply->rawHeaderPairs()) {
                    response.headers.insert(name.toLower(), value);
                }
                if (state->failure != ApiFailure::None) {
                    response.failure = state->failure;
                    response.failureText = state->text;
                    response.status = state->failure == ApiFailure::TooLarge ? response.status : 0;
                } else if (reply->error() != QNetworkReply::NoError && response.status == 0) {
                    switch (reply->error()) {
                    case QNetworkReply::OperationCanceledError:
                    case QNetworkReply::TimeoutError:
                        response.failure = ApiFailure::Timeout;
                        break;
                    case QNetworkReply::SslHandshakeFailedError:
                        response.failure = ApiFailure::Tls;
                        break;
                    default:
                        response.failure = ApiFailure::Network;
                        break;
                    }
                    response.failureText = reply->errorString();
                } else if (reply->error() != QNetworkReply::NoError && response.status >= 200 &&
                           response.status < 300) {
                    // The answer began but broke off (reset mid-body, truncated): not usable.
                    response.failure = ApiFailure::Network;
                    response.failureText = reply->errorString();
                }
                if (response.failure == ApiFailure::None) {
                    response.body = reply->readAll();
                    const QDateTime serverDate = parseHttpDate(response.headers.value("date"));
                    m_clock.addSample(serverDate, sentAt, QDateTime::currentDateTimeUtc());
                    response.retryAfter = RetryPolicy::parseRetryAfter(response.headers.value("retry-after"),
                                                                       QDateTime::currentDateTimeUtc());
                    if (request.expectJson || response.status >= 400) {
                        QJsonParseError parseError;
                        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
                        if (document.isObject()) {
                            response.json = document.object();
                        } else if (response.status >= 200 && response.status < 300 && request.expectJson) {
                            response.failure = ApiFailure::Malformed;
                            response.failureText =
                                parseError.error != QJsonParseError::NoError
                                    ? QStringLiteral("the answer is not JSON: %1").arg(parseError.errorString())
                                    : QStringLiteral("the answer is not a JSON object");
                        }
                    }
                }
                // An expired access token: refresh once, then try again.
                if (response.status == 401 && request.authenticated && !refreshed && m_refresher) {
                    m_refresher([this, request, done, attemptNumber](bool ok) mutable {
                        if (ok) {
                            attempt(request, std::move(done), attemptNumber, true);
                            return;
                        }
                        ApiResponse expired;
                        expired.status = 401;
                        expired.json =
                            QJsonObject{{QStringLiteral("error"),
                                         QJsonObject{{QStringLiteral("code"), QStringLiteral("token_invalid")}}}};
                        emit sessionExpired();
                        done(expired);
                    });
                    return;
                }
                if (response.status == 401 && request.authenticated && refreshed) {
                    emit sessionExpired();
                }
                if (response.isTransient() && attemptNumber < request.retries) {
                    const auto wait =
                        m_retry.delay(attemptNumber, QRandomGenerator::global()->generateDouble(), response.retryAfter);
                    QTimer::singleShot(wait, this, [this, request, done, attemptNumber]() mutable {
                        attempt(request, std::move(done), attemptNumber + 1, false);
                    });
                    return;
                }
                done(response);
            });
}

} // namespace ioc::sync

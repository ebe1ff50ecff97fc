#include "dispatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QtConcurrent/QtConcurrentRun>

#include <curl/curl.h>

using namespace Qt::StringLiterals;

namespace ioc::server {

namespace {

QByteArray jsonString(const QString &text)
{
    // A one-element array's text without its brackets: the string quoted and escaped.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

NotificationDispatcher::NotificationDispatcher(Notifications &notifications, ChannelsConfig config,
                                               const core::Clock &clock, ZaloTokens *zaloTokens, QObject *parent)
    : QObject(parent)
    , m_notifications(notifications)
    , m_config(std::move(config))
    , m_clock(clock)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    if (m_config.email) {
        curl_global_init(CURL_GLOBAL_DEFAULT); // once, on this thread, before any transfer
    }
    m_smtpThreads.setMaxThreadCount(4);
    if (m_config.zalo) {
        Q_ASSERT(zaloTokens != nullptr);
        m_zalo = std::make_unique<ZaloSender>(*m_config.zalo, *zaloTokens, m_clock, m_network);
    }
    m_timer.setInterval(m_config.pollMs);
    connect(&m_timer, &QTimer::timeout, this, &NotificationDispatcher::poll);
}

bool NotificationDispatcher::start(QString *error)
{
    if (m_zalo && !m_zalo->start(error)) {
        *error = u"the Zalo channel's tokens: %1"_s.arg(*error);
        return false;
    }
    m_timer.start();
    return true;
}

QByteArray NotificationDispatcher::requestBody(const QString &bodyTemplate, const Notification &message)
{
    QByteArray body = bodyTemplate.toUtf8();
    body.replace("{{recipient}}", jsonString(message.draft.recipient));
    body.replace("{{subject}}", jsonString(message.draft.subject));
    body.replace("{{id}}", jsonString(message.id));
    body.replace("{{body}}", jsonString(message.draft.body));
    return body;
}

void NotificationDispatcher::poll()
{
    const int room = m_config.maxInFlight - m_inFlight;
    const QStringList channels = m_config.sent();
    if (room <= 0 || channels.isEmpty()) {
        return;
    }
    QString error;
    const auto claimed = m_notifications.claim(channels, room, m_config.leaseSeconds * 1000, &error);
    if (!claimed) {
        qWarning("ioc-server: cannot claim messages to send: %s", qPrintable(error));
        return;
    }
    m_backlog = claimed->size() == room;
    for (const Notification &message : *claimed) {
        if (message.draft.channel == u"email"_s) {
            sendEmail(*m_config.email, message);
        } else if (message.draft.channel == u"zalo"_s) {
            sendZalo(message);
        } else {
            send(m_config.http.value(message.draft.channel), message);
        }
    }
}

void NotificationDispatcher::send(const HttpChannel &channel, const Notification &message)
{
    QNetworkRequest request(channel.url);
    for (const auto &[name, value] : channel.headers) {
        request.setRawHeader(name, value);
    }
    if (!channel.authHeader.isEmpty()) {
        request.setRawHeader(channel.authHeader, channel.authValue);
    }
    request.setRawHeader("Idempotency-Key", message.id.toLatin1());
    request.setTransferTimeout(channel.timeoutSeconds * 1000);
    if (channel.tls) {
        request.setSslConfiguration(*channel.tls);
    }
    ++m_inFlight;
    QNetworkReply *reply = m_network.post(request, requestBody(channel.bodyTemplate, message));
    connect(reply, &QNetworkReply::finished, this, [this, reply, channel, message] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        if (status == 0) {
            // No answer: the connection failed or timed out; the gateway may or may not have it
            // (the resend carries the same Idempotency-Key).
            finished(message, false, u"no_answer: %1"_s.arg(reply->errorString()), true);
        } else if (channel.successStatuses.contains(status)) {
            if (channel.jsonAnswer && QJsonDocument::fromJson(answer).isNull()) {
                finished(message, false, u"malformed_answer: status %1"_s.arg(status), true);
            } else {
                finished(message, true);
            }
        } else if (status == 429) {
            finished(message, false, u"rate_limited: status 429"_s, true,
                     reply->rawHeader("Retry-After").trimmed().toInt());
        } else {
            // A server's trouble passes; a refusal of the request itself does not.
            finished(message, false, u"status %1"_s.arg(status), status >= 500 || status == 408);
        }
    });
}

void NotificationDispatcher::sendEmail(const SmtpChannel &channel, const Notification &message)
{
    ++m_inFlight;
    const QByteArray mail = smtp::compose(channel, message.id, message.draft.recipient, message.draft.recipientName,
                                          message.draft.subject, message.draft.body, m_clock.now());
    // libcurl blocks: on the thread pool, the outcome recorded back on this thread.
    QtConcurrent::run(&m_smtpThreads, [channel, to = message.draft.recipient, mail] {
        return smtp::send(channel, to, mail);
    }).then(this, [this, message](const SmtpResult &result) {
        finished(message, result.sent, result.error, result.retry);
    });
}

void NotificationDispatcher::sendZalo(const Notification &message)
{
    ++m_inFlight;
    m_zalo->send(message, [this, message](const ZaloSender::Outcome &outcome) {
        finished(message, outcome.sent, outcome.error, outcome.retry, outcome.retryAfterSeconds);
    });
}

void NotificationDispatcher::settle()
{
    if (!m_backlog || m_pollQueued) {
        return;
    }
    m_pollQueued = true;
    // After this request's outcome is recorded (the caller goes on to record it).
    QTimer::singleShot(0, this, [this] {
        m_pollQueued = false;
        poll();
    });
}

void NotificationDispatcher::finished(const Notification &message, bool sent, const QString &why, bool retry,
                                      int retryAfterSeconds)
{
    --m_inFlight;
    settle();
    if (sent) {
        succeeded(message);
    } else {
        failed(message, why, retry, retryAfterSeconds);
    }
}

void NotificationDispatcher::succeeded(const Notification &message)
{
    QString error;
    if (!m_notifications.markSent(message.id, &error)) {
        // The claim lapses and it is sent again, with the same key.
        qWarning("ioc-server: message %s sent, not recorded: %s", qPrintable(message.id), qPrintable(error));
    }
}

void NotificationDispatcher::failed(const Notification &message, const QString &why, bool retry, int retryAfterSeconds)
{
    std::optional<QDateTime> retryAt;
    if (retry && message.attempts < m_config.attempts) {
        const int backoff =
            m_config.retrySeconds.at(std::min<qsizetype>(message.attempts - 1, m_config.retrySeconds.size() - 1));
        retryAt = m_clock.now().addSecs(std::max(backoff, std::min(retryAfterSeconds, 86400)));
    }
    QString error;
    if (!m_notifications.markFailed(message.id, why, retryAt, &error)) {
        qWarning("ioc-server: message %s: cannot record a failure: %s", qPrintable(message.id), qPrintable(error));
    }
}

} // namespace ioc::server

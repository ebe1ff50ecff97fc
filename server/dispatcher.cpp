#include "dispatcher.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

std::optional<QByteArray> firstLine(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray line = file.readLine().trimmed();
    if (line.isEmpty()) {
        *error = u"%1: empty"_s.arg(path);
        return std::nullopt;
    }
    return line;
}

std::optional<HttpChannel> httpChannel(const QString &name, const QJsonObject &object, QString *error)
{
    HttpChannel channel;
    const auto fail = [&](const QString &what) {
        *error = u"channel \"%1\": %2"_s.arg(name, what);
        return std::nullopt;
    };
    channel.url = QUrl(object.value(u"url"_s).toString());
    if (!channel.url.isValid() || channel.url.scheme() != u"https"_s || channel.url.host().isEmpty()) {
        return fail(u"\"url\" must be an https:// address"_s);
    }
    const QJsonObject headers = object.value(u"headers"_s).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        channel.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
    }
    if (object.contains(u"auth_value_file"_s)) {
        QString problem;
        const auto secret = firstLine(object.value(u"auth_value_file"_s).toString(), &problem);
        if (!secret) {
            return fail(problem);
        }
        channel.authHeader = object.value(u"auth_header"_s).toString(u"Authorization"_s).toLatin1();
        channel.authValue = object.value(u"auth_prefix"_s).toString().toUtf8() + *secret;
    }
    channel.bodyTemplate = object.value(u"body"_s).toString();
    if (!channel.bodyTemplate.contains(u"{{body}}"_s) || !channel.bodyTemplate.contains(u"{{recipient}}"_s)) {
        return fail(u"\"body\" must hold {{recipient}} and {{body}}"_s);
    }
    if (object.contains(u"success_statuses"_s)) {
        channel.successStatuses.clear();
        for (const QJsonValue &status : object.value(u"success_statuses"_s).toArray()) {
            channel.successStatuses.append(status.toInt());
        }
        if (channel.successStatuses.isEmpty()) {
            return fail(u"\"success_statuses\" is empty"_s);
        }
    }
    channel.jsonAnswer = object.value(u"json_answer"_s).toBool(true);
    channel.timeoutSeconds = object.value(u"timeout_seconds"_s).toInt(15);
    if (channel.timeoutSeconds < 1 || channel.timeoutSeconds > 300) {
        return fail(u"\"timeout_seconds\" must be 1 to 300"_s);
    }
    if (object.contains(u"ca_file"_s)) {
        channel.extraCas = QSslCertificate::fromPath(object.value(u"ca_file"_s).toString());
        if (channel.extraCas.isEmpty()) {
            return fail(u"\"ca_file\": no PEM certificate in it"_s);
        }
    }
    return channel;
}

std::optional<SmtpChannel> emailChannel(const QJsonObject &object, QString *error)
{
    SmtpChannel channel;
    channel.url = QUrl(object.value(u"url"_s).toString());
    if (!channel.url.isValid() || (channel.url.scheme() != u"smtp"_s && channel.url.scheme() != u"smtps"_s) ||
        channel.url.host().isEmpty()) {
        *error = u"\"url\" must be smtp://host:port (STARTTLS is required) or smtps://host:port"_s;
        return std::nullopt;
    }
    channel.fromAddress = object.value(u"from"_s).toString().trimmed();
    if (!channel.fromAddress.contains(u'@')) {
        *error = u"\"from\" must be an e-mail address"_s;
        return std::nullopt;
    }
    channel.fromName = object.value(u"from_name"_s).toString();
    channel.username = object.value(u"username"_s).toString().toUtf8();
    if (object.contains(u"password_file"_s)) {
        const auto password = firstLine(object.value(u"password_file"_s).toString(), error);
        if (!password) {
            return std::nullopt;
        }
        channel.password = *password;
    }
    channel.caFile = object.value(u"ca_file"_s).toString();
    channel.timeoutSeconds = object.value(u"timeout_seconds"_s).toInt(30);
    if (channel.timeoutSeconds < 1 || channel.timeoutSeconds > 300) {
        *error = u"\"timeout_seconds\" must be 1 to 300"_s;
        return std::nullopt;
    }
    return channel;
}

} // namespace

std::optional<ChannelsConfig> ChannelsConfig::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"--channels %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = u"--channels %1: not a JSON object (%2)"_s.arg(path, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    ChannelsConfig config;
    for (const QString &name : {u"sms"_s}) {
        if (!root.contains(name)) {
            continue;
        }
        QString problem;
        const auto channel = httpChannel(name, root.value(name).toObject(), &problem);
        if (!channel) {
            *error = u"--channels %1: %2"_s.arg(path, problem);
            return std::nullopt;
        }
        config.http.insert(name, *channel);
    }
    if (root.contains(u"email"_s)) {
        QString problem;
        const auto email = emailChannel(root.value(u"email"_s).toObject(), &problem);
        if (!email) {
            *error = u"--channels %1: channel \"email\": %2"_s.arg(path, problem);
            return std::nullopt;
        }
        config.email = *email;
    }
    config.attempts = root.value(u"attempts"_s).toInt(config.attempts);
    config.leaseSeconds = root.value(u"lease_seconds"_s).toInt(config.leaseSeconds);
    config.pollMs = root.value(u"poll_ms"_s).toInt(config.pollMs);
    if (root.contains(u"retry_seconds"_s)) {
        config.retrySeconds.clear();
        for (const QJsonValue &seconds : root.value(u"retry_seconds"_s).toArray()) {
            config.retrySeconds.append(seconds.toInt());
        }
    }
    if (config.attempts < 1 || config.leaseSeconds < 1 || config.pollMs < 10 || config.retrySeconds.isEmpty() ||
        std::any_of(config.retrySeconds.cbegin(), config.retrySeconds.cend(), [](int s) { return s < 1; })) {
        *error = u"--channels %1: attempts, lease_seconds, poll_ms and retry_seconds must be positive"_s.arg(path);
        return std::nullopt;
    }
    if (config.email && config.email->timeoutSeconds >= config.leaseSeconds) {
        *error = u"--channels %1: lease_seconds (%2) must exceed \"email\"'s timeout_seconds (%3)"_s.arg(path)
                     .arg(config.leaseSeconds)
                     .arg(config.email->timeoutSeconds);
        return std::nullopt;
    }
    for (auto it = config.http.cbegin(); it != config.http.cend(); ++it) {
        // A claim that lapsed while its request still waits for an answer would send it twice.
        if (it->timeoutSeconds >= config.leaseSeconds) {
            *error = u"--channels %1: lease_seconds (%2) must exceed \"%3\"'s timeout_seconds (%4)"_s.arg(path)
                         .arg(config.leaseSeconds)
                         .arg(it.key())
                         .arg(it->timeoutSeconds);
            return std::nullopt;
        }
    }
    return config;
}

QSet<QString> ChannelsConfig::channels() const
{
    QSet<QString> names{u"in_app"_s};
    for (auto it = http.cbegin(); it != http.cend(); ++it) {
        names.insert(it.key());
    }
    if (email) {
        names.insert(u"email"_s);
    }
    return names;
}

NotificationDispatcher::NotificationDispatcher(Notifications &notifications, ChannelsConfig config,
                                               const core::Clock &clock, QObject *parent)
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
    m_timer.setInterval(m_config.pollMs);
    connect(&m_timer, &QTimer::timeout, this, &NotificationDispatcher::poll);
}

void NotificationDispatcher::start()
{
    m_timer.start();
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
    QStringList channels = m_config.http.keys();
    if (m_config.email) {
        channels.append(u"email"_s);
    }
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
    if (!channel.extraCas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(channel.extraCas);
        request.setSslConfiguration(tls);
    }
    ++m_inFlight;
    QNetworkReply *reply = m_network.post(request, requestBody(channel.bodyTemplate, message));
    connect(reply, &QNetworkReply::finished, this, [this, reply, channel, message] {
        reply->deleteLater();
        --m_inFlight;
        settle();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        if (status == 0) {
            // No answer: the connection failed or timed out; the gateway may or may not have it
            // (the resend carries the same Idempotency-Key).
            failed(message, u"no_answer: %1"_s.arg(reply->errorString()), true);
            return;
        }
        if (channel.successStatuses.contains(status)) {
            if (channel.jsonAnswer && QJsonDocument::fromJson(answer).isNull()) {
                failed(message, u"malformed_answer: status %1"_s.arg(status), true);
                return;
            }
            succeeded(message);
            return;
        }
        if (status == 429) {
            failed(message, u"rate_limited: status 429"_s, true, reply->rawHeader("Retry-After").trimmed().toInt());
            return;
        }
        // A server's trouble passes; a refusal of the request itself does not.
        failed(message, u"status %1"_s.arg(status), status >= 500 || status == 408);
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
        --m_inFlight;
        settle();
        if (result.sent) {
            succeeded(message);
        } else {
            failed(message, result.error, result.retry);
        }
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

void NotificationDispatcher::succeeded(const Notification &message)
{
    QString error;
    if (!m_notifications.markSent(message.id, &error)) {
        qWarning("ioc-server: message %s sent, not recorded: %s", qPrintable(message.id), qPrintable(error));
        return; // the claim lapses and it is sent again, with the same key
    }
    emit settled(message.id, true);
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
        return;
    }
    if (!retryAt) {
        emit settled(message.id, false);
    }
}

} // namespace ioc::server

#include "channelsconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ioc::server {

namespace {

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

// `ca_file`: certificate authorities added to the system's (the tests' own CA).
bool readTls(const QJsonObject &object, std::optional<QSslConfiguration> *tls, QString *error)
{
    if (!object.contains(u"ca_file"_s)) {
        return true;
    }
    const QList<QSslCertificate> cas = QSslCertificate::fromPath(object.value(u"ca_file"_s).toString());
    if (cas.isEmpty()) {
        *error = u"\"ca_file\": no PEM certificate in it"_s;
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(cas);
    *tls = configuration;
    return true;
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
    QString problem;
    if (!readTls(object, &channel.tls, &problem)) {
        return fail(problem);
    }
    return channel;
}

std::optional<ZaloChannel> zaloChannel(const QJsonObject &object, QString *error)
{
    ZaloChannel channel;
    for (const auto &[key, url] :
         {std::pair{u"message_url"_s, &channel.messageUrl}, std::pair{u"token_url"_s, &channel.tokenUrl}}) {
        if (object.contains(key)) {
            *url = QUrl(object.value(key).toString());
        }
        if (!url->isValid() || url->scheme() != u"https"_s || url->host().isEmpty()) {
            *error = u"\"%1\" must be an https:// address"_s.arg(key);
            return std::nullopt;
        }
    }
    channel.appId = object.value(u"app_id"_s).toString().trimmed().toUtf8();
    if (channel.appId.isEmpty()) {
        *error = u"\"app_id\" is missing"_s;
        return std::nullopt;
    }
    const auto secret = firstLine(object.value(u"secret_key_file"_s).toString(), error);
    if (!secret) {
        *error = u"\"secret_key_file\": "_s + *error;
        return std::nullopt;
    }
    channel.secretKey = *secret;
    const auto refresh = firstLine(object.value(u"refresh_token_file"_s).toString(), error);
    if (!refresh) {
        *error = u"\"refresh_token_file\": "_s + *error;
        return std::nullopt;
    }
    channel.seedRefreshToken = *refresh;
    channel.timeoutSeconds = object.value(u"timeout_seconds"_s).toInt(15);
    if (channel.timeoutSeconds < 1 || channel.timeoutSeconds > 300) {
        *error = u"\"timeout_seconds\" must be 1 to 300"_s;
        return std::nullopt;
    }
    if (!readTls(object, &channel.tls, error)) {
        return std::nullopt;
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
    if (root.contains(u"zalo"_s)) {
        QString problem;
        const auto zalo = zaloChannel(root.value(u"zalo"_s).toObject(), &problem);
        if (!zalo) {
            *error = u"--channels %1: channel \"zalo\": %2"_s.arg(path, problem);
            return std::nullopt;
        }
        config.zalo = *zalo;
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
    // A claim that lapsed while its request still waits for an answer would send it twice.
    QList<std::pair<QString, int>> timeouts;
    for (auto it = config.http.cbegin(); it != config.http.cend(); ++it) {
        timeouts.append({it.key(), it->timeoutSeconds});
    }
    if (config.email) {
        timeouts.append({u"email"_s, config.email->timeoutSeconds});
    }
    if (config.zalo) {
        timeouts.append({u"zalo"_s, config.zalo->timeoutSeconds});
    }
    for (const auto &[name, timeout] : timeouts) {
        if (timeout >= config.leaseSeconds) {
            *error = u"--channels %1: lease_seconds (%2) must exceed \"%3\"'s timeout_seconds (%4)"_s.arg(path)
                         .arg(config.leaseSeconds)
                         .arg(name)
                         .arg(timeout);
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
    if (zalo) {
        names.insert(u"zalo"_s);
    }
    return names;
}

QStringList ChannelsConfig::sent() const
{
    QStringList names = http.keys();
    if (email) {
        names.append(u"email"_s);
    }
    if (zalo) {
        names.append(u"zalo"_s);
    }
    return names;
}

} // namespace ioc::server

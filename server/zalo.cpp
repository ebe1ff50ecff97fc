#include "zalo.h"

#include "serverdatabase.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ioc::server {

namespace {

const QString Channel = u"zalo"_s;
// Renewed this long before the access token lapses, so that no message goes out with one that
// lapses on the way.
constexpr qint64 RenewAheadMs = 10 * 60 * 1000;
// How long another instance's renewal is waited for before a message is tried again.
constexpr int RenewalWaitSeconds = 5;

// Zalo's error codes (developers.zalo.me, "Official Account API", error codes) for an access
// token that is not accepted: invalid, and expired.
bool isTokenError(int code)
{
    return code == -216 || code == -124;
}

} // namespace

ZaloTokens::ZaloTokens(ServerDatabase &database, const AuditKey *auditKey, const core::Clock &clock)
    : m_database(database)
    , m_box(auditKey, QByteArrayLiteral("ioc-channel-tokens 1"))
    , m_clock(clock)
{}

bool ZaloTokens::seed(const QByteArray &refreshToken, QString *error)
{
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(refreshToken, QCryptographicHash::Sha256).toHex());
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    return m_database.transaction(
        [&] {
            Sql sql(m_database);
            // Two instances starting at once: one inserts, the other finds the row.
            if (!sql.exec(u"INSERT INTO channel_tokens (channel, access_token, refresh_token, expires_at, seed_hash, "
                          u"version, refreshing_until, updated_at) VALUES (?, NULL, ?, 0, ?, 1, NULL, ?) "
                          u"ON CONFLICT (channel) DO NOTHING"_s,
                          {Channel, m_box.seal(refreshToken, "zalo:refresh"), hash, now})) {
                *error = sql.error();
                return false;
            }
            if (!sql.exec(u"UPDATE channel_tokens SET access_token = NULL, refresh_token = ?, expires_at = 0, "
                          u"seed_hash = ?, version = version + 1, refreshing_until = NULL, updated_at = ? "
                          u"WHERE channel = ? AND seed_hash <> ?"_s,
                          {m_box.seal(refreshToken, "zalo:refresh"), hash, now, Channel, hash})) {
                *error = sql.error();
                return false;
            }
            return true;
        },
        error);
}

std::optional<ZaloTokens::State> ZaloTokens::current(QString *error) const
{
    Sql sql(m_database);
    if (!sql.exec(u"SELECT access_token, refresh_token, expires_at, version, refreshing_until FROM channel_tokens "
                  u"WHERE channel = ?"_s,
                  {Channel})) {
        *error = sql.error();
        return std::nullopt;
    }
    if (!sql.next()) {
        *error = u"no Zalo tokens stored"_s;
        return std::nullopt;
    }
    State state;
    const auto refresh = m_box.open(sql.value(1).toString(), "zalo:refresh");
    if (!refresh) {
        *error = u"the stored Zalo refresh token does not open with this audit key"_s;
        return std::nullopt;
    }
    state.refreshToken = *refresh;
    if (!sql.value(0).isNull()) {
        state.accessToken = m_box.open(sql.value(0).toString(), "zalo:access").value_or(QByteArray());
    }
    state.expiresAt = sql.value(2).toLongLong();
    state.version = sql.value(3).toLongLong();
    state.renewingUntil = sql.value(4).toLongLong();
    return state;
}

bool ZaloTokens::claimRenewal(qint64 version, qint64 leaseMs, QString *error)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    Sql sql(m_database);
    if (!sql.exec(u"UPDATE channel_tokens SET refreshing_until = ? WHERE channel = ? AND version = ? AND "
                  u"(refreshing_until IS NULL OR refreshing_until < ?)"_s,
                  {now + leaseMs, Channel, version, now})) {
        *error = sql.error();
        return false;
    }
    return sql.rowsAffected() == 1;
}

bool ZaloTokens::storeRenewal(qint64 version, const QByteArray &accessToken, const QByteArray &refreshToken,
                              qint64 expiresAt, QString *error)
{
    Sql sql(m_database);
    if (!sql.exec(u"UPDATE channel_tokens SET access_token = ?, refresh_token = ?, expires_at = ?, "
                  u"version = version + 1, refreshing_until = NULL, updated_at = ? WHERE channel = ? AND version = ?"_s,
                  {m_box.seal(accessToken, "zalo:access"), m_box.seal(refreshToken, "zalo:refresh"), expiresAt,
                   m_clock.now().toMSecsSinceEpoch(), Channel, version})) {
        *error = sql.error();
        return false;
    }
    if (sql.rowsAffected() != 1) {
        *error = u"the Zalo tokens changed during the renewal (seeded again?)"_s;
        return false;
    }
    return true;
}

bool ZaloTokens::releaseRenewal(qint64 version, QString *error)
{
    Sql sql(m_database);
    if (!sql.exec(u"UPDATE channel_tokens SET refreshing_until = NULL WHERE channel = ? AND version = ?"_s,
                  {Channel, version})) {
        *error = sql.error();
        return false;
    }
    return true;
}

bool ZaloTokens::markRejected(qint64 version, QString *error)
{
    Sql sql(m_database);
    if (!sql.exec(u"UPDATE channel_tokens SET expires_at = 0 WHERE channel = ? AND version = ?"_s,
                  {Channel, version})) {
        *error = sql.error();
        return false;
    }
    return true;
}

ZaloSender::ZaloSender(ZaloChannel config, ZaloTokens &tokens, const core::Clock &clock, QNetworkAccessManager &network,
                       QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_tokens(tokens)
    , m_clock(clock)
    , m_network(network)
{}

bool ZaloSender::start(QString *error)
{
    return m_tokens.seed(m_config.seedRefreshToken, error);
}

QNetworkRequest ZaloSender::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_config.timeoutSeconds * 1000);
    if (m_config.tls) {
        request.setSslConfiguration(*m_config.tls);
    }
    return request;
}

QString ZaloSender::messageText(const QString &body)
{
    constexpr qsizetype Limit = 2000;
    return body.size() <= Limit ? body : body.left(Limit - 1) + u'…';
}

void ZaloSender::send(const Notification &message, Done done, bool again)
{
    if (m_renewing) {
        m_waiting.append({message, std::move(done), again});
        return;
    }
    QString error;
    const auto tokens = m_tokens.current(&error);
    if (!tokens) {
        done({false, u"zalo_tokens: %1"_s.arg(error), true, 0});
        return;
    }
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (!tokens->accessToken.isEmpty() && tokens->expiresAt - RenewAheadMs > now) {
        deliver(*tokens, message, std::move(done), again);
        return;
    }
    const qint64 leaseMs = (m_config.timeoutSeconds + RenewalWaitSeconds) * 1000LL;
    if (tokens->renewingUntil > now || !m_tokens.claimRenewal(tokens->version, leaseMs, &error)) {
        if (!error.isEmpty()) {
            done({false, u"zalo_tokens: %1"_s.arg(error), true, 0});
        } else {
            done({false, u"zalo_token_renewing: another instance renews the access token"_s, true, RenewalWaitSeconds});
        }
        return;
    }
    m_waiting.append({message, std::move(done), again});
    renew(*tokens);
}

void ZaloSender::renew(const ZaloTokens::State &tokens)
{
    m_renewing = true;
    QNetworkRequest renewal = request(m_config.tokenUrl);
    renewal.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    renewal.setRawHeader("secret_key", m_config.secretKey);
    QUrlQuery form;
    form.addQueryItem(u"refresh_token"_s, QString::fromUtf8(tokens.refreshToken));
    form.addQueryItem(u"app_id"_s, QString::fromUtf8(m_config.appId));
    form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    QNetworkReply *reply = m_network.post(renewal, form.toString(QUrl::FullyEncoded).toLatin1());
    const qint64 version = tokens.version;
    connect(reply, &QNetworkReply::finished, this, [this, reply, version] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        QString error;
        if (status == 0) {
            m_tokens.releaseRenewal(version, &error);
            endRenewal({false, u"zalo_renewal: no answer: %1"_s.arg(reply->errorString()), true, 0});
            return;
        }
        const QByteArray access = answer.value(u"access_token"_s).toString().toUtf8();
        const QByteArray refresh = answer.value(u"refresh_token"_s).toString().toUtf8();
        // Zalo gives expires_in as a string of seconds; a number is taken too.
        const QJsonValue expiresIn = answer.value(u"expires_in"_s);
        const qint64 seconds = expiresIn.isString() ? expiresIn.toString().toLongLong() : expiresIn.toInteger();
        if (status != 200 || access.isEmpty() || refresh.isEmpty() || seconds <= 0) {
            // The refresh token is spent or revoked: nothing is sent by Zalo until the OA's
            // administrator authorises the server again (a new refresh_token_file).
            m_tokens.releaseRenewal(version, &error);
            const QString why = answer.value(u"error_name"_s).toString(answer.value(u"message"_s).toString());
            qWarning("ioc-server: Zalo refused to renew the access token (status %d, error %lld: %s)", status,
                     answer.value(u"error"_s).toInteger(), qPrintable(why));
            endRenewal({false,
                        u"zalo_renewal_refused: status %1, error %2 %3"_s.arg(status)
                            .arg(answer.value(u"error"_s).toInteger())
                            .arg(why),
                        true, 0});
            return;
        }
        const qint64 expiresAt = m_clock.now().toMSecsSinceEpoch() + seconds * 1000;
        if (!m_tokens.storeRenewal(version, access, refresh, expiresAt, &error)) {
            qWarning("ioc-server: a renewed Zalo token pair is not stored: %s", qPrintable(error));
            endRenewal({false, u"zalo_renewal: %1"_s.arg(error), true, 0});
            return;
        }
        endRenewal({});
    });
}

void ZaloSender::endRenewal(const Outcome &failure)
{
    m_renewing = false;
    const auto waiting = std::exchange(m_waiting, {});
    for (const Waiting &w : waiting) {
        if (!failure.error.isEmpty()) {
            w.done(failure);
        } else {
            send(w.message, w.done, w.again);
        }
    }
}

void ZaloSender::deliver(const ZaloTokens::State &tokens, const Notification &message, Done done, bool again)
{
    QNetworkRequest post = request(m_config.messageUrl);
    post.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    post.setRawHeader("access_token", tokens.accessToken);
    const QJsonObject body{{u"recipient"_s, QJsonObject{{u"user_id"_s, message.draft.recipient}}},
                           {u"message"_s, QJsonObject{{u"text"_s, messageText(message.draft.body)}}}};
    QNetworkReply *reply = m_network.post(post, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const qint64 version = tokens.version;
    connect(reply, &QNetworkReply::finished, this, [this, reply, version, message, done, again] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            done({false, u"no_answer: %1"_s.arg(reply->errorString()), true, 0});
            return;
        }
        bool tokenRejected = false;
        const Outcome outcome = judgeAnswer(status, reply->readAll(), &tokenRejected);
        if (tokenRejected) {
            QString error;
            m_tokens.markRejected(version, &error);
            if (!again) {
                // Renewed and sent again, once.
                send(message, done, true);
                return;
            }
        }
        done(outcome);
    });
}

ZaloSender::Outcome ZaloSender::judgeAnswer(int status, const QByteArray &answer, bool *tokenRejected)
{
    *tokenRejected = false;
    if (status == 429) {
        return {false, u"rate_limited: status 429"_s, true, 0};
    }
    if (status != 200) {
        return {false, u"status %1"_s.arg(status), status >= 500 || status == 408, 0};
    }
    const QJsonDocument document = QJsonDocument::fromJson(answer);
    if (!document.isObject() || !document.object().contains(u"error"_s)) {
        return {false, u"malformed_answer: status 200"_s, true, 0};
    }
    const QJsonObject object = document.object();
    const int code = object.value(u"error"_s).toInt();
    if (code == 0) {
        return {true, {}, false, 0};
    }
    const QString why = u"zalo_error %1: %2"_s.arg(code).arg(object.value(u"message"_s).toString());
    if (isTokenError(code)) {
        *tokenRejected = true;
        return {false, why, true, 0};
    }
    // -32: the OA's rate limit. Anything else (the user does not follow the OA, has not written to
    // it lately, a bad parameter) no retry mends.
    return {false, why, code == -32, 0};
}

} // namespace ioc::server

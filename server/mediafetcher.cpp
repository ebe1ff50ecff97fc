#include "mediafetcher.h"

#include "media/mediatype.h"

#include <QHostInfo>
#include <QNetworkReply>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>

namespace ioc::server {

namespace {

MediaFetcher::Result refused(const QString &code, const QString &description)
{
    return {{}, {}, code, description};
}

} // namespace

MediaFetcher::MediaFetcher(Options options)
    : m_options(std::move(options))
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

bool MediaFetcher::isPublic(const QHostAddress &address)
{
    // Not for the Internet (RFC 6890 and its IPv6 counterparts): this host, private networks,
    // shared address space, link-local, documentation, benchmarking, multicast, reserved.
    static const QList<std::pair<QHostAddress, int>> reserved{
        {QHostAddress(QStringLiteral("0.0.0.0")), 8},      {QHostAddress(QStringLiteral("10.0.0.0")), 8},
        {QHostAddress(QStringLiteral("100.64.0.0")), 10},  {QHostAddress(QStringLiteral("127.0.0.0")), 8},
        {QHostAddress(QStringLiteral("169.254.0.0")), 16}, {QHostAddress(QStringLiteral("172.16.0.0")), 12},
        {QHostAddress(QStringLiteral("192.0.0.0")), 24},   {QHostAddress(QStringLiteral("192.0.2.0")), 24},
        {QHostAddress(QStringLiteral("192.88.99.0")), 24}, {QHostAddress(QStringLiteral("192.168.0.0")), 16},
        {QHostAddress(QStringLiteral("198.18.0.0")), 15},  {QHostAddress(QStringLiteral("198.51.100.0")), 24},
        {QHostAddress(QStringLiteral("203.0.113.0")), 24}, {QHostAddress(QStringLiteral("224.0.0.0")), 3},
        {QHostAddress(QStringLiteral("::")), 128},         {QHostAddress(QStringLiteral("::1")), 128},
        {QHostAddress(QStringLiteral("64:ff9b:1::")), 48}, {QHostAddress(QStringLiteral("100::")), 64},
        {QHostAddress(QStringLiteral("2001::")), 23},      {QHostAddress(QStringLiteral("2001:db8::")), 32},
        {QHostAddress(QStringLiteral("fc00::")), 7},       {QHostAddress(QStringLiteral("fe80::")), 10},
        {QHostAddress(QStringLiteral("ff00::")), 8},
    };
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped); // also an IPv4 address mapped into IPv6
    QHostAddress plain = mapped ? QHostAddress(v4) : address;
    // NAT64's well-known prefix (RFC 6052) reaches the IPv4 address in its last 32 bits.
    if (!mapped && plain.isInSubnet(QHostAddress(QStringLiteral("64:ff9b::")), 96)) {
        const Q_IPV6ADDR bytes = plain.toIPv6Address();
        plain = QHostAddress(quint32(bytes[12]) << 24 | quint32(bytes[13]) << 16 | quint32(bytes[14]) << 8 |
                             quint32(bytes[15]));
    }
    if (plain.isNull()) {
        return false;
    }
    return std::none_of(reserved.cbegin(), reserved.cend(),
                        [&plain](const auto &subnet) { return plain.isInSubnet(subnet.first, subnet.second); });
}

void MediaFetcher::fetch(const QUrl &url, qint64 maxBytes, std::function<void(const Result &)> done)
{
    if (!url.isValid() || url.scheme() != QStringLiteral("https") || url.host().isEmpty() ||
        !url.userInfo().isEmpty()) {
        done(refused(QStringLiteral("media_url_invalid"),
                     QStringLiteral("media_url phải là một địa chỉ https:// / media_url must be an https:// address")));
        return;
    }
    QHostInfo::lookupHost(url.host(), &m_network, [this, url, maxBytes, done = std::move(done)](const QHostInfo &info) {
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            done(refused(QStringLiteral("media_url_unreachable"),
                         QStringLiteral("Không tìm thấy máy chủ của media_url / the host of media_url was not found")));
            return;
        }
        // Every address the name has must be public: the one used is checked, and a name that
        // also points inside is refused whole.
        for (const QHostAddress &address : info.addresses()) {
            if (!m_options.privateAddresses && !isPublic(address)) {
                done(refused(QStringLiteral("media_url_private"),
                             QStringLiteral("media_url trỏ tới một địa chỉ nội bộ / media_url points to a private or "
                                            "reserved address")));
                return;
            }
        }
        // IPv4 first: a name with both is often served on one only.
        QHostAddress chosen = info.addresses().first();
        for (const QHostAddress &address : info.addresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol) {
                chosen = address;
                break;
            }
        }
        get(url, chosen, maxBytes, done);
    });
}

void MediaFetcher::get(const QUrl &url, const QHostAddress &address, qint64 maxBytes,
                       std::function<void(const Result &)> done)
{
    // To the address checked, with the name for the certificate, SNI and Host.
    QUrl direct = url;
    direct.setHost(address.toString());
    QNetworkRequest request(direct);
    request.setPeerVerifyName(url.host());
    request.setRawHeader("Host", url.port() > 0 ? (url.host() + u':' + QString::number(url.port())).toUtf8()
                                                : url.host().toUtf8());
    request.setTransferTimeout(m_options.timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_options.extraCas.isEmpty()) {
        tls.addCaCertificates(m_options.extraCas);
    }
    request.setSslConfiguration(tls);
    QNetworkReply *reply = m_network.get(request);
    auto received = std::make_shared<QByteArray>();
    auto finished = std::make_shared<bool>(false);
    auto finish = [reply, finished, done](const Result &result) {
        if (*finished) {
            return;
        }
        *finished = true;
        reply->disconnect();
        reply->abort();
        reply->deleteLater();
        done(result);
    };
    const auto tooLarge = [maxBytes] {
        return refused(QStringLiteral("media_url_too_large"),
                       QStringLiteral("Tệp của media_url lớn hơn %1 KB / the file of media_url is larger than %1 KB")
                           .arg(maxBytes / 1024));
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, maxBytes, finish, tooLarge] {
        if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > maxBytes) {
            finish(tooLarge());
        }
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, received, maxBytes, finish, tooLarge] {
        received->append(reply->readAll());
        if (received->size() > maxBytes) {
            finish(tooLarge());
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, received, finish] {
        received->append(reply->readAll());
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError) {
            finish(refused(QStringLiteral("media_url_timeout"),
                           QStringLiteral("Hết thời gian tải media_url / fetching media_url took too long")));
            return;
        }
        if (status >= 300 && status < 400) {
            finish(refused(QStringLiteral("media_url_redirect"),
                           QStringLiteral("media_url chuyển hướng; hãy gửi địa chỉ cuối cùng / media_url redirects; "
                                          "send the final address")));
            return;
        }
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            finish(refused(QStringLiteral("media_url_unreachable"),
                           QStringLiteral("Không tải được media_url (%1) / media_url could not be fetched (%1)")
                               .arg(status != 0 ? QString::number(status) : reply->errorString())));
            return;
        }
        const media::MediaType type = media::detectType(received->left(4096));
        if (type.mediaClass != media::MediaClass::Image && type.mediaClass != media::MediaClass::Photo) {
            finish(refused(QStringLiteral("media_url_type"),
                           QStringLiteral("media_url không phải ảnh JPEG, PNG, WebP hoặc HEIC / media_url is not a "
                                          "JPEG, PNG, WebP or HEIC picture")));
            return;
        }
        finish({*received, type.mimeType, {}, {}});
    });
}

} // namespace ioc::server

#include "clientaddress.h"

#include <algorithm>

namespace ioc::server {

namespace {

QHostAddress plain(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped);
    return mapped && address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(ipv4) : address;
}

} // namespace

std::optional<std::pair<QHostAddress, int>> parseSubnet(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.contains(QLatin1Char('/'))) {
        const QHostAddress single(trimmed);
        if (single.isNull()) {
            return std::nullopt;
        }
        return std::pair{single, single.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
    }
    const auto subnet = QHostAddress::parseSubnet(trimmed);
    if (subnet.first.isNull() || subnet.second < 0) {
        return std::nullopt;
    }
    return std::pair{subnet.first, subnet.second};
}

bool isTrustedProxy(const QHostAddress &address, const TrustedProxies &proxies)
{
    const QHostAddress a = plain(address);
    return std::any_of(proxies.cbegin(), proxies.cend(),
                       [&](const std::pair<QHostAddress, int> &subnet) { return a.isInSubnet(subnet); });
}

QHostAddress clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor, const TrustedProxies &proxies)
{
    QHostAddress client = plain(peer);
    if (!isTrustedProxy(client, proxies)) {
        return client;
    }
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        const QHostAddress seen(QString::fromLatin1(hop->trimmed()));
        if (seen.isNull()) {
            return client; // unreadable: the last proxy that could be read from is the client
        }
        client = plain(seen);
        if (!isTrustedProxy(client, proxies)) {
            return client;
        }
    }
    return client;
}

} // namespace ioc::server

#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace ioc::server {

// Reverse proxies whose X-Forwarded-For the server believes (--trusted-proxy CIDR).
using TrustedProxies = QList<std::pair<QHostAddress, int>>;

// "10.0.0.0/8", "2001:db8::/32" or a single address; nothing if it is not one.
std::optional<std::pair<QHostAddress, int>> parseSubnet(const QString &text);

bool isTrustedProxy(const QHostAddress &address, const TrustedProxies &proxies);

// The client a request came from: the connection's peer, unless that is a trusted proxy; then
// the right-most address in X-Forwarded-For that is not a trusted proxy itself (each proxy
// appends the address it saw, so anything left of that was written by the client and proves
// nothing). IPv4-mapped IPv6 addresses are given as IPv4.
QHostAddress clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor, const TrustedProxies &proxies);

} // namespace ioc::server

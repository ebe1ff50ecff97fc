#include "retrypolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace ioc::sync {

std::chrono::milliseconds RetryPolicy::delay(int attempt, double random,
                                             std::optional<std::chrono::seconds> retryAfter) const
{
    if (retryAfter) {
        return std::min<std::chrono::milliseconds>(*retryAfter, m_cap);
    }
    const double ceiling =
        std::min(double(m_cap.count()), double(m_base.count()) * std::pow(2.0, std::min(attempt, 30)));
    return std::chrono::milliseconds(qint64(ceiling * std::clamp(random, 0.0, 1.0)));
}

std::optional<std::chrono::seconds> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok) {
        return seconds >= 0 ? std::optional(std::chrono::seconds(seconds)) : std::nullopt;
    }
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    QDateTime at =
        QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid()) {
        return std::nullopt;
    }
    at.setTimeZone(QTimeZone::utc());
    return std::chrono::seconds(std::max<qint64>(0, now.secsTo(at)));
}

} // namespace ioc::sync

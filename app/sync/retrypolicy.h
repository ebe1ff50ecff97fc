#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace ioc::sync {

// When to try again after a transient failure: exponential backoff with full jitter (a random
// delay between zero and min(cap, base · 2^attempt)), or the server's Retry-After when it gives
// one, never longer than the cap.
class RetryPolicy final
{
public:
    RetryPolicy(std::chrono::milliseconds base = std::chrono::milliseconds(500),
                std::chrono::milliseconds cap = std::chrono::minutes(5))
        : m_base(base)
        , m_cap(cap)
    {}

    // attempt: 0 for the first retry. `random` in [0, 1) (injected so tests are exact).
    std::chrono::milliseconds delay(int attempt, double random,
                                    std::optional<std::chrono::seconds> retryAfter = std::nullopt) const;
    std::chrono::milliseconds cap() const { return m_cap; }

    // Retry-After as seconds ("120") or an HTTP date; nothing if absent or malformed.
    static std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
};

} // namespace ioc::sync

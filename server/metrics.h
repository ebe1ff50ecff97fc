#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

#include <array>

namespace ioc::server {

struct Services;

// What /v1/metrics serves, in Prometheus' text format (docs/deployment.md, "Monitoring"):
// requests by route, method and status with their latencies, recorded as each answer is sent;
// and, read at scrape time, the open reports by state, the clocks overdue now by step and
// agency, and the change feed's cursors.
class Metrics final
{
public:
    // Latency buckets, in seconds (a long poll lands in the last ones, under its own route).
    static constexpr std::array<double, 12> buckets{0.005, 0.01, 0.025, 0.05, 0.1,  0.25,
                                                    0.5,   1.0,  2.5,   5.0,  10.0, 30.0};

    // `route` is the pattern that matched ("/v1/reports/{id}"), or "unmatched": never the path
    // itself, so the series stay few whatever clients ask for.
    void recordRequest(const QString &route, const QByteArray &method, int status, double seconds);

    // The notAfter of the certificate served now (set at start and at each reload).
    void setCertificateExpiry(const QDateTime &expiry);

    // The whole exposition: request series and the figures read from the database now.
    QByteArray exposition(const Services &services) const;

private:
    struct Series
    {
        quint64 count = 0;
        double sum = 0;
        std::array<quint64, buckets.size()> inBucket{}; // not cumulative; summed when written
    };
    struct Key
    {
        QString route;
        QByteArray method;
        int status = 0;
        bool operator==(const Key &other) const = default;
    };
    friend size_t qHash(const Key &key, size_t seed) { return qHashMulti(seed, key.route, key.method, key.status); }

    mutable QMutex m_mutex;
    QHash<Key, Series> m_series;
    QDateTime m_certificateExpiry;
};

} // namespace ioc::server

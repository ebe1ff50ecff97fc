#include "metrics.h"

#include "buildinfo.h"
#include "core/slapolicy.h"
#include "services.h"

#include <QMap>
#include <QMutexLocker>

#include <algorithm>
#include <map>
#include <tuple>

namespace ioc::server {

namespace {

// A label value as the text format wants it: backslash, double quote and new line escaped.
QByteArray label(const QString &value)
{
    QByteArray escaped;
    for (const char c : value.toUtf8()) {
        if (c == '\\' || c == '"') {
            escaped += '\\';
            escaped += c;
        } else if (c == '\n') {
            escaped += "\\n";
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 12);
}

void header(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += QByteArray("# HELP ") + name + ' ' + help + '\n';
    out += QByteArray("# TYPE ") + name + ' ' + type + '\n';
}

} // namespace

void Metrics::recordRequest(const QString &route, const QByteArray &method, int status, double seconds)
{
    const QMutexLocker lock(&m_mutex);
    Series &series = m_series[Key{route, method, status}];
    ++series.count;
    series.sum += seconds;
    const auto bucket = std::lower_bound(buckets.begin(), buckets.end(), seconds);
    if (bucket != buckets.end()) {
        ++series.inBucket[std::size_t(bucket - buckets.begin())];
    }
}

void Metrics::setCertificateExpiry(const QDateTime &expiry)
{
    const QMutexLocker lock(&m_mutex);
    m_certificateExpiry = expiry;
}

QByteArray Metrics::exposition(const Services &services) const
{
    QByteArray out;
    header(out, "ioc_build_info", "gauge", "The server's version (always 1).");
    out += "ioc_build_info{version=\"" + QByteArray(buildinfo::version) + "\"} 1\n";
    header(out, "ioc_ready", "gauge", "1 once the server serves (0 while demo data is seeded).");
    out += "ioc_ready " + QByteArray(services.ready ? "1" : "0") + '\n';

    QDateTime expiry;
    {
        const QMutexLocker lock(&m_mutex);
        expiry = m_certificateExpiry;
    }
    if (expiry.isValid()) {
        header(out, "ioc_tls_certificate_expiry_timestamp_seconds", "gauge",
               "When the certificate served to new connections expires (Unix time).");
        out += "ioc_tls_certificate_expiry_timestamp_seconds " + QByteArray::number(expiry.toSecsSinceEpoch()) + '\n';
    }

    // Requests. Sorted, so that two scrapes list the series in the same order.
    std::map<std::tuple<QString, QByteArray, int>, Series> byStatus;
    {
        const QMutexLocker lock(&m_mutex);
        for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
            byStatus[{it.key().route, it.key().method, it.key().status}] = it.value();
        }
    }
    header(out, "ioc_http_requests_total", "counter", "Requests answered, by route, method and status.");
    std::map<std::pair<QString, QByteArray>, Series> byRoute;
    for (const auto &[key, series] : byStatus) {
        const auto &[route, method, status] = key;
        out += "ioc_http_requests_total{route=\"" + label(route) + "\",method=\"" + method + "\",code=\"" +
               QByteArray::number(status) + "\"} " + QByteArray::number(series.count) + '\n';
        Series &sum = byRoute[{route, method}];
        sum.count += series.count;
        sum.sum += series.sum;
        for (std::size_t i = 0; i < buckets.size(); ++i) {
            sum.inBucket[i] += series.inBucket[i];
        }
    }
    header(out, "ioc_http_request_duration_seconds", "histogram",
           "Time from a request's arrival to its answer, by route and method.");
    for (const auto &[key, series] : byRoute) {
        const QByteArray labels = "route=\"" + label(key.first) + "\",method=\"" + key.second + '"';
        quint64 cumulative = 0;
        for (std::size_t i = 0; i < buckets.size(); ++i) {
            cumulative += series.inBucket[i];
            out += "ioc_http_request_duration_seconds_bucket{" + labels + ",le=\"" + number(buckets[i]) + "\"} " +
                   QByteArray::number(cumulative) + '\n';
        }
        out += "ioc_http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} " +
               QByteArray::number(series.count) + '\n';
        out += "ioc_http_request_duration_seconds_sum{" + labels + "} " + number(series.sum) + '\n';
        out += "ioc_http_request_duration_seconds_count{" + labels + "} " + QByteArray::number(series.count) + '\n';
    }

    // The reports by state: the depth of every queue.
    header(out, "ioc_reports", "gauge", "Reports by state.");
    Sql states(services.database);
    if (states.exec(QStringLiteral("SELECT state, COUNT(*) FROM reports GROUP BY state ORDER BY state"))) {
        while (states.next()) {
            out += "ioc_reports{state=\"" + label(states.value(0).toString()) + "\"} " +
                   QByteArray::number(states.value(1).toLongLong()) + '\n';
        }
    }

    // The countdown clocks running late now, by step and by the agency they run against ("" for
    // the IOC's). A report with one has next_due_at (its first countdown's due time) before now.
    const QDateTime now = services.clock.now();
    QMap<std::pair<QString, QString>, qint64> overdue;
    qint64 overdueReports = 0;
    for (const core::Report &report : services.reports.overdueReports(now)) {
        bool late = false;
        for (const core::ReportClock &clock : report.clocks) {
            // Countdowns only: a judging clock only judges its own action and is never late (§16).
            if (clock.status == core::ClockStatus::Running &&
                core::clockKind(clock.step) == core::ClockKind::Countdown && clock.dueAt.isValid() &&
                clock.dueAt < now) {
                ++overdue[{core::clockStepName(clock.step), clock.agencyId}];
                late = true;
            }
        }
        overdueReports += late ? 1 : 0;
    }
    header(out, "ioc_clocks_overdue", "gauge", "Running countdown clocks past their due time, by step and agency.");
    for (auto it = overdue.cbegin(); it != overdue.cend(); ++it) {
        out += "ioc_clocks_overdue{step=\"" + label(it.key().first) + "\",agency=\"" + label(it.key().second) + "\"} " +
               QByteArray::number(it.value()) + '\n';
    }
    header(out, "ioc_reports_overdue", "gauge", "Reports with at least one countdown clock past its due time.");
    out += "ioc_reports_overdue " + QByteArray::number(overdueReports) + '\n';

    // The change feed: where a client that is up to date stands, and the oldest cursor still served.
    header(out, "ioc_feed_head_cursor", "gauge", "The change feed's newest cursor.");
    out += "ioc_feed_head_cursor " + QByteArray::number(services.feed.head()) + '\n';
    header(out, "ioc_feed_oldest_cursor", "gauge", "The oldest cursor the feed still answers (older: 410).");
    out += "ioc_feed_oldest_cursor " +
           QByteArray::number(services.database.meta(QStringLiteral("oldest_cursor")).toLongLong()) + '\n';
    return out;
}

} // namespace ioc::server

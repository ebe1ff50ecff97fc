// Open311 benchmarks (docs/open311.md): the real ioc-server of this build over TLS on loopback
// with 100k reports (each with the events that brought it to `distributed`) in its embedded
// database. The latency of filing a request, of listing 1,000 requests, and of reading the
// updates of a window holding about 1,000 of them, each as a p99 over repeated calls.
#include "benchserver.h"
#include "benchutil.h"
#include "support/serverdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <algorithm>

using namespace ioc;

namespace {

double p99(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(double(samples.size()) * 0.99)));
}

QByteArray field(const QString &name, const QString &value)
{
    return QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
}

} // namespace

int main(int argc, char *argv[])
{
    // A GUI application without a screen: the cached basemap is drawn with fonts.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    ioc::bench::reportMachine();
    constexpr int reports = 100000;
    const bench::Tls tls;
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    test::prepareServerData(data, reports, {}, true);
    const bench::ServerProcess server(data, tls, {});

    // An administrator lifts the limits for the measurement and makes the connected system.
    bench::Client admin(server.url, tls.cert);
    admin.token = bench::signIn(server.url, tls, QStringLiteral("quantri"));
    int status = 0;
    QJsonObject policy = bench::Client::wait(admin.send("GET", QStringLiteral("/v1/sla-policy"), {}), &status);
    policy.insert(QStringLiteral("open311"),
                  QJsonObject{{QStringLiteral("posts_per_minute"), 100000},
                              {QStringLiteral("gets_per_minute"), 100000},
                              {QStringLiteral("duplicate_window"), QStringLiteral("10min")}});
    bench::Client::wait(admin.send("PUT", QStringLiteral("/v1/sla-policy"), QJsonDocument(policy).toJson()), &status);
    if (status != 200) {
        qFatal("cannot set the policy: %d", status);
    }
    const QJsonObject made = bench::Client::wait(
        admin.send("POST", QStringLiteral("/v1/systems"),
                   QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("bench-system")},
                                             {QStringLiteral("display_name"), QStringLiteral("Đo hiệu năng")}})
                       .toJson()),
        &status);
    const QString key = made.value(QStringLiteral("api_key")).toString();
    if (key.isEmpty()) {
        qFatal("cannot make a connected system: %d", status);
    }

    bench::Client client(server.url, tls.cert);
    const auto timed = [&](const QByteArray &method, const QString &path, const QByteArray &body, int *answered) {
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = client.send(method, path, body, {{"Content-Type", "application/x-www-form-urlencoded"}});
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished()) {
            loop.exec();
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        *answered = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bodyRead = reply->readAll();
        reply->deleteLater();
        if (*answered != 200) {
            qFatal("%s %s answered %d: %s", method.constData(), qPrintable(path), *answered,
                   bodyRead.left(300).constData());
        }
        return std::pair{ms, bodyRead};
    };

    QList<double> posts;
    for (int i = 0; i < 200; ++i) {
        const QByteArray body =
            field(QStringLiteral("api_key"), key) + '&' +
            field(QStringLiteral("service_code"), QStringLiteral("road")) + '&' +
            field(QStringLiteral("lat"), QString::number(16.80 + i / 10000.0, 'f', 6)) + '&' +
            field(QStringLiteral("long"), QStringLiteral("107.1")) + '&' +
            field(QStringLiteral("description"), QStringLiteral("Ổ gà số %1 trên đường Lê Duẩn").arg(i));
        posts.append(timed("POST", QStringLiteral("/open311/v2/requests.json"), body, &status).first);
    }
    bench::report("open311.post_p99_ms", p99(posts));

    QList<double> lists;
    for (int i = 0; i < 30; ++i) {
        const auto [ms, body] = timed("GET", QStringLiteral("/open311/v2/requests.json"), {}, &status);
        if (QJsonDocument::fromJson(body).array().size() != 1000) {
            qFatal("the list holds %lld requests", qlonglong(QJsonDocument::fromJson(body).array().size()));
        }
        lists.append(ms);
    }
    bench::report("open311.get_requests_1000_p99_ms", p99(lists));

    // A window of 1,000 s two hours back: about 1,000 `distribute` events of public reports.
    const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(-7200);
    const QString window =
        QStringLiteral("start_date=%1&end_date=%2")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(end.addSecs(-1000).toString(Qt::ISODate))),
                 QString::fromLatin1(QUrl::toPercentEncoding(end.toString(Qt::ISODate))));
    QList<double> updates;
    qsizetype count = 0;
    for (int i = 0; i < 30; ++i) {
        const auto [ms, body] =
            timed("GET", QStringLiteral("/open311/v2/servicerequestupdates.json?api_key=%1&%2").arg(key, window), {},
                  &status);
        count = QJsonDocument::fromJson(body).array().size();
        updates.append(ms);
    }
    if (count < 900) {
        qFatal("the window holds %lld updates", qlonglong(count));
    }
    bench::report("open311.updates_window_count", double(count));
    bench::report("open311.updates_window_p99_ms", p99(updates));
    return 0;
}

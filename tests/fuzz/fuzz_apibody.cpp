#include "serverapp.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace ioc::server;

// Every request the server's API parses, in process against a real server (the embedded database
// with the demo province): routes, query strings, headers and bodies. Whatever arrives, the answer
// is a clear refusal (4xx with a JSON error code) or a success; never a server error, never a crash.
//
// Input: the first byte picks who asks (none, a duty officer, agency staff, an agency leader, an
// admin, a citizen); then "METHOD /path?query", header lines "Name: value", an empty line, and the
// body. "{report}" in the path stands for a real report's id.

namespace {

struct World
{
    QTemporaryDir dir;
    std::unique_ptr<ServerApp> app;
    QList<QByteArray> tokens; // by the first byte's choice; [0] is no one
    QString reportId;
};

World *world = nullptr;

struct Answer
{
    int status = 0;
    QByteArray body;
};

// Dispatches and waits: some handlers answer later (password hashing runs off the thread).
Answer call(const HttpRequest &request)
{
    Answer answer;
    bool done = false;
    world->app->handle(request, Responder::inProcess([&](int status, const QByteArray &body, const HttpHeaders &) {
                           answer = {status, body};
                           done = true;
                       }));
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < 20000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    if (!done) {
        std::abort(); // a request that is never answered
    }
    return answer;
}

HttpRequest request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QByteArray &token = {})
{
    HttpRequest r;
    r.method = method;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    r.path = path.left(question);
    if (question >= 0) {
        r.query = QUrlQuery(path.mid(question + 1));
    }
    r.body = body;
    r.peer = QHostAddress::LocalHost;
    if (!body.isEmpty()) {
        r.headers.insert("content-type", "application/json");
        r.headers.insert("content-length", QByteArray::number(body.size()));
    }
    if (!token.isEmpty()) {
        r.headers.insert("authorization", "Bearer " + token);
    }
    return r;
}

QByteArray signIn(const QString &username)
{
    const Answer answer = call(request("POST", QStringLiteral("/v1/auth/token"),
                                       QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                                 {QStringLiteral("password"), QStringLiteral("demo")}})
                                           .toJson(QJsonDocument::Compact)));
    const QByteArray token =
        QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("access_token")).toString().toLatin1();
    if (token.isEmpty()) {
        qFatal("cannot sign in as %s: %d %s", qPrintable(username), answer.status, answer.body.constData());
    }
    return token;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // the demo draws its basemap
    static QGuiApplication *application = new QGuiApplication(*argc, *argv);
    world = new World;
    ServerConfig config;
    config.port = 0;
    config.insecureLoopback = true;
    config.dataDirectory = world->dir.filePath(QStringLiteral("data"));
    config.auditKeyFile = world->dir.filePath(QStringLiteral("audit.key")); // apart from the data
    config.demo = true;
    config.demoReports = 20;
    config.passwordIterations = 1000; // a test build's cheap KDF
    config.schedulerIntervalMs = 3600 * 1000;
    world->app = std::make_unique<ServerApp>(config);
    QString error;
    if (!world->app->start(&error)) {
        qFatal("cannot start the server: %s", qPrintable(error));
    }
    QElapsedTimer timer;
    timer.start();
    while (call(request("GET", QStringLiteral("/v1/health"))).status != 200) { // seeding
        if (timer.elapsed() > 120000) {
            qFatal("the demo server did not become ready");
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    world->tokens = {{},
                     signIn(QStringLiteral("truc1")),
                     signIn(QStringLiteral("xuly1")),
                     signIn(QStringLiteral("lanhdao1")),
                     signIn(QStringLiteral("quantri")),
                     signIn(QStringLiteral("congdan1"))};
    const Answer page = call(request("GET", QStringLiteral("/v1/changes?limit=50"), {}, world->tokens.at(1)));
    for (const QJsonValue &change :
         QJsonDocument::fromJson(page.body).object().value(QStringLiteral("changes")).toArray()) {
        if (change.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("report")) {
            world->reportId = change.toObject().value(QStringLiteral("id")).toString();
            break;
        }
    }
    // Taken down at exit in order, before LeakSanitizer's last look (what is left then leaked)
    // and before Qt's own globals go (registered earlier, so destroyed later).
    std::atexit([] {
        delete world;
        world = nullptr;
        delete application;
        application = nullptr;
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2) {
        return 0;
    }
    const QByteArray token = world->tokens.at(data[0] % world->tokens.size());
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype headEnd = input.indexOf("\n\n");
    const QByteArray head = headEnd >= 0 ? input.left(headEnd) : input;
    const QByteArray body = headEnd >= 0 ? input.mid(headEnd + 2) : QByteArray();
    QList<QByteArray> lines = head.split('\n');
    const QByteArray first = lines.takeFirst();
    const qsizetype space = first.indexOf(' ');
    if (space <= 0) {
        return 0;
    }
    QString path = QString::fromUtf8(first.mid(space + 1)).replace(QStringLiteral("{report}"), world->reportId);
    if (!path.startsWith(QLatin1Char('/')) || path.contains(QStringLiteral("/wait"))) {
        return 0; // the long poll waits on purpose
    }
    HttpRequest r = request(first.left(space).toUpper(), path, body, token);
    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
    }
    const Answer answer = call(r);
    if (answer.status < 200 || answer.status > 599 || answer.status >= 500) {
        qWarning("%d %s", answer.status, answer.body.constData());
        std::abort(); // a server error on some input is a defect
    }
    if (answer.status >= 400) {
        const QJsonObject error =
            QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("error")).toObject();
        if (error.value(QStringLiteral("code")).toString().isEmpty()) {
            std::abort(); // a refusal that does not say why
        }
    }
    return 0;
}

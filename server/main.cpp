#include "buildinfo.h"
#include "serverapp.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int number)
{
    const char byte = char(number);
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGINT / SIGTERM end the event loop cleanly (the epoch file is written, connections close);
// SIGHUP (`systemctl reload`) reads the certificate again, for the connections that follow.
void handleSignals(ioc::server::ServerApp &server)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        return;
    }
    // QCoreApplication::instance(), not qApp, which this file (including QGuiApplication) casts to
    // a QGuiApplication that the server without --demo does not have.
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [&server] {
        char byte = 0;
        if (::read(signalPipe[0], &byte, 1) == 1 && byte == SIGHUP) {
            server.reloadCertificate();
        } else {
            QCoreApplication::quit();
        }
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGHUP, onSignal);
}

} // namespace
#endif

int main(int argc, char *argv[])
{
    // The demo renders its basemap (text included), which needs Qt's font database: a GUI
    // application on the offscreen platform, never a display. Otherwise a plain core application.
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    const bool demo = ioc::server::ServerConfig::demoRequested(arguments);
    std::unique_ptr<QCoreApplication> application;
    if (demo) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("ioc-server"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ioc::buildinfo::version));
    QString error;
    bool exitOk = false;
    const auto config = ioc::server::ServerConfig::fromArguments(QCoreApplication::arguments(), &error, &exitOk);
    if (!config) {
        if (exitOk) {
            QTextStream(stdout) << error << Qt::endl;
            return 0;
        }
        QTextStream(stderr) << "ioc-server: " << error << Qt::endl;
        return 2;
    }
    ioc::server::ServerApp server(*config);
#ifdef Q_OS_UNIX
    handleSignals(server);
#endif
    if (!server.start(&error)) {
        QTextStream(stderr) << "ioc-server: " << error << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "listening on " << server.url() << Qt::endl;
    return QCoreApplication::exec();
}

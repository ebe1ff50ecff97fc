// Knowing it is offline (issue 27 §7): the console against a real server that is killed
// (refused and reset connections) or stopped with SIGSTOP (its sockets open and silent), five
// times each, and comes back on the same port. Prints the medians:
//   ui.offline_detect_ms         kill to the status bar saying "offline" (goal ≤ 5000)
//   ui.offline_detect_silent_ms  SIGSTOP to "offline" (goal ≤ 8000)
//   ui.online_recover_ms         the server answering again to "online" (goal ≤ 5000)
#include "bench_queue.h"
#include "benchutil.h"
#include "consoleapplication.h"
#include "consolecontroller.h"
#include "support/consolearguments.h"
#include "support/testserver.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace ioc::bench {

namespace {

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.empty() ? -1 : samples[samples.size() / 2];
}

// Milliseconds until `done`, processing events; -1 after `limitMs`.
template<typename F>
double msUntil(F &&done, int limitMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > limitMs) {
            return -1;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QTest::qSleep(5);
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

// Never kill(0, …): a server that does not run has no pid, and 0 is this process group.
void signalServer(const test::TestServer &server, int signal)
{
    if (server.pid() <= 0) {
        qFatal("bench_ui: the server does not run");
    }
    ::kill(pid_t(server.pid()), signal);
}

} // namespace

void runOfflineBenchmarks()
{
    qputenv("IOC_SERVER", (QCoreApplication::applicationDirPath() + u"/../bin/ioc-server"_s).toUtf8());
    qputenv("IOC_TEST_KDF_ITERATIONS", "0"); // the optimised server takes the production cost only
    QTemporaryDir dir;
    test::TestServer server(test::TestServer::Options{true, dir.filePath(u"data"_s), {}, {}, {}});
    server.start();
    server.setExtraArguments({u"--listen"_s, u"127.0.0.1:%1"_s.arg(server.url().port())});
    QDir().mkpath(dir.filePath(u"console"_s));
    ConsoleApplication console;
    console.parseArguments(test::consoleArguments(dir.filePath(u"console"_s), server.url(), u"truc1"_s));
    console.start();
    QLabel *label = nullptr;
    const auto online = [&] {
        label = console.mainWindow() != nullptr ? console.mainWindow()->findChild<QLabel *>(u"connectionStatus"_s)
                                                : nullptr;
        return label != nullptr && label->text() == ConsoleController::tr("Online");
    };
    const auto offline = [&] {
        return label != nullptr &&
               label->text().startsWith(ConsoleController::tr("Offline — working on the local copy"));
    };
    if (msUntil(online, 120000) < 0) {
        qWarning("bench_ui: the console did not come online");
        return;
    }
    std::vector<double> killed;
    std::vector<double> silent;
    std::vector<double> recovered;
    for (int run = 0; run < 5; ++run) {
        signalServer(server, SIGKILL);
        killed.push_back(msUntil(offline, 60000));
        server.stop();
        server.start(); // returns once its health answers
        recovered.push_back(msUntil(online, 60000));
    }
    for (int run = 0; run < 5; ++run) {
        msUntil([] { return false; }, 1000); // a second online between runs, as the kills had
        signalServer(server, SIGSTOP);
        silent.push_back(msUntil(offline, 60000));
        signalServer(server, SIGCONT);
        recovered.push_back(msUntil(online, 60000));
    }
    report("ui.offline_detect_ms", median(killed));
    report("ui.offline_detect_silent_ms", median(silent));
    report("ui.online_recover_ms", median(recovered));
    report("ui.online_recover_max_ms", *std::max_element(recovered.begin(), recovered.end()));
    console.mainWindow()->close();
}

} // namespace ioc::bench

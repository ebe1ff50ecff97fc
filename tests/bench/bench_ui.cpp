// User-interface benchmarks (offscreen).
#include "bench_queue.h"
#include "benchutil.h"
#include "consoleapplication.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QWindow>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"IOC-bench"_s);
    if (const QStringList arguments = app.arguments(); arguments.value(1) == u"--console-1m"_s) {
        ioc::bench::runMillionConsole(arguments.value(2));
        return 0;
    }
    ioc::bench::reportMachine();
    if (app.arguments().value(1) == u"offline"_s) { // `bench_ui offline`: the offline figures alone
        ioc::bench::runOfflineBenchmarks();
        return 0;
    }

    {
        ioc::ConsoleApplication console;
        console.parseArguments({u"ioc-console"_s});
        console.start();
        while (console.mainWindow()->windowHandle() == nullptr || !console.mainWindow()->windowHandle()->isExposed()) {
            QCoreApplication::processEvents();
        }
        console.mainWindow()->grab();
        ioc::bench::report("ui.first_frame_after_main_ms", double(sinceMain.nsecsElapsed()) / 1e6);
    }

    ioc::bench::report("ui.main_window_open_ms", ioc::bench::medianMs(20, [] {
                           ioc::ConsoleApplication console;
                           console.parseArguments({u"ioc-console"_s});
                           console.start();
                           console.mainWindow()->grab();
                       }));
    ioc::bench::runOfflineBenchmarks();
    ioc::bench::runConsoleBenchmarks();
    ioc::bench::runQueueBenchmarks();
    ioc::bench::runMillionConsoleBenchmark();
    return 0;
}

#include "buildinfo.h"
#include "consoleapplication.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>

namespace {

// --help and --version print and exit: they need no display (help2man, a terminal over ssh).
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (qstrcmp(argv[i], option) == 0) {
                return true;
            }
        }
    }
    return false;
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("IOC"));
    QCoreApplication::setApplicationName(QStringLiteral("ioc-console"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ioc::buildinfo::version));
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        ioc::ConsoleApplication console;
        return console.parseArguments(QCoreApplication::arguments()) ? 0 : 2; // process() exits first
    }
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ioc.svg")));
    // The desktop entry's id (packaging/linux), which the window manager matches the window with.
    QGuiApplication::setDesktopFileName(QStringLiteral("vn.gov.quangtri.IocConsole"));

    ioc::ConsoleApplication console;
    if (!console.parseArguments(QCoreApplication::arguments())) {
        return 2;
    }
    console.start();
    return QApplication::exec();
}

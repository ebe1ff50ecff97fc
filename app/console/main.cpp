#include "buildinfo.h"
#include "consoleapplication.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QSettings>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
#endif

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
#ifdef Q_OS_WIN
    // Settings in INI files, as on Linux, rather than the registry: the user's in
    // %APPDATA%\IOC\ioc-console.ini, and what an administrator presets for every workstation in
    // %PROGRAMDATA%\IOC\ioc-console.ini (docs/windows.md), a file a deployment tool can copy.
    QSettings::setDefaultFormat(QSettings::IniFormat);
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("IOC"));
    QCoreApplication::setApplicationName(QStringLiteral("ioc-console"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ioc::buildinfo::version));
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
#ifdef Q_OS_WIN
        // A Windows program with windows has no console of its own: print into the one it was
        // started from (cmd, PowerShell), when there is one.
        if (AttachConsole(ATTACH_PARENT_PROCESS)) {
            std::freopen("CONOUT$", "w", stdout);
            std::freopen("CONOUT$", "w", stderr);
        }
        qputenv("QT_COMMAND_LINE_PARSER_NO_GUI_MESSAGE_BOXES", "1");
#endif
        QCoreApplication app(argc, argv);
        describeApplication();
        ioc::ConsoleApplication console;
        return console.parseArguments(QCoreApplication::arguments()) ? 0 : 2; // process() exits first
    }
    QApplication app(argc, argv);
    describeApplication();
#ifndef Q_OS_WIN
    // On Windows the windows take the program's own icon (its resources), which needs no SVG engine.
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ioc.svg")));
#endif
    // The desktop entry's id (packaging/linux), which the window manager matches the window with.
    QGuiApplication::setDesktopFileName(QStringLiteral("vn.gov.quangtri.IocConsole"));

    ioc::ConsoleApplication console;
    if (!console.parseArguments(QCoreApplication::arguments())) {
        return 2;
    }
    console.start();
    return QApplication::exec();
}

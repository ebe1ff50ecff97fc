#include "buildinfo.h"
#include "consoleapplication.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("IOC"));
    QCoreApplication::setApplicationName(QStringLiteral("ioc-console"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ioc::buildinfo::version));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ioc.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("ioc-console"));

    ioc::ConsoleApplication console;
    if (!console.parseArguments(QCoreApplication::arguments())) {
        return 2;
    }
    console.start();
    return QApplication::exec();
}

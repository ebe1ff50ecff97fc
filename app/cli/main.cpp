#include "cli.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("IOC"));
    QCoreApplication::setApplicationName(QStringLiteral("ioc-admin"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = ioc::cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}

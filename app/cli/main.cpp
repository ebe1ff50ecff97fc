#include "buildinfo.h"
#include "cli.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    // The periodic reports paint Qt Charts into their PDF, which needs a QApplication: on the
    // offscreen platform, so that a timer or cron job renders them without a display.
    const bool renders = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (renders && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> app =
        renders ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("IOC"));
    QCoreApplication::setApplicationName(QStringLiteral("ioc-admin"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ioc::buildinfo::version));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = ioc::cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}

#include "clicontext.h"

#include "core/calendarfile.h"

#include <QFile>

namespace ioc::cli {

int CommandIo::fail(const QString &message, int code) const
{
    err << "ioc-admin: " << message << Qt::endl;
    return code;
}

bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, const CommandIo &io)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList{QStringLiteral("ioc-admin")} + arguments)) {
        io.fail(parser.errorText(), exitUsage);
        return false;
    }
    return true;
}

std::optional<core::WorkingCalendar> loadCalendar(const QString &path, const CommandIo &io)
{
    if (path.isEmpty()) {
        return core::WorkingCalendar();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        io.fail(QStringLiteral("cannot read calendar file %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QString error;
    auto calendar = core::calendarfile::parse(file.readAll(), &error);
    if (!calendar) {
        io.fail(QStringLiteral("%1: %2").arg(path, error));
    }
    return calendar;
}

} // namespace ioc::cli

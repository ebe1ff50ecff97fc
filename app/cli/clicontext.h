#pragma once

#include "core/workingcalendar.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace ioc::cli {

inline constexpr int exitOk = 0;
inline constexpr int exitFailure = 1;
inline constexpr int exitUsage = 2;

// The streams of one command and the helpers every command uses.
struct CommandIo
{
    QTextStream &out;
    QTextStream &err;

    // Prints "ioc-admin: <message>" on one line to `err` and returns `code`.
    int fail(const QString &message, int code = exitFailure) const;
};

// Parses `arguments` (starting with the command words) with `parser`; on an unknown option or
// a missing value prints one line and returns false.
bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, const CommandIo &io);

// The calendar named by --calendar FILE, or the built-in default. Prints the error and returns
// nothing if the file cannot be read or parsed.
std::optional<core::WorkingCalendar> loadCalendar(const QString &path, const CommandIo &io);

// Command entry points; `arguments` start with the command word(s).
int runDeadline(const QStringList &arguments, const CommandIo &io);
int runCalendar(const QStringList &arguments, const CommandIo &io);
int runLunar(const QStringList &arguments, const CommandIo &io);
int runWorkflow(const QStringList &arguments, const CommandIo &io);
int runDb(const QStringList &arguments, const CommandIo &io);
int runAudit(const QStringList &arguments, const CommandIo &io);
int runServerCommand(const QStringList &arguments, const CommandIo &io);

} // namespace ioc::cli

#pragma once

#include "core/secret.h"
#include "core/workingcalendar.h"
#include "storage/profile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace ioc::keyring {
class KeychainSecretStore;
}

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

// The first line of a file ("-": standard input), without its line break (passphrase and
// password files).
std::optional<core::SecretBytes> readFirstLine(const QString &path, const CommandIo &io);

// Opens the profile named by --profile as the db commands do: --passphrase-file, else
// IOC_DB_PASSPHRASE, else the key in the OS keyring. Returns exitOk or the code to exit with.
int openProfile(const QCommandLineParser &parser, const QCommandLineOption &profileOption,
                const QCommandLineOption &passphraseOption, storage::Profile::Mode mode, const CommandIo &io,
                keyring::KeychainSecretStore &keyring, std::unique_ptr<storage::Profile> *profile,
                storage::Profile::Repair repair = storage::Profile::Repair::Automatic);

// Command entry points; `arguments` start with the command word(s).
int runDeadline(const QStringList &arguments, const CommandIo &io);
int runCalendar(const QStringList &arguments, const CommandIo &io);
int runLunar(const QStringList &arguments, const CommandIo &io);
int runWorkflow(const QStringList &arguments, const CommandIo &io);
int runWorkflowReplay(const QStringList &arguments, const CommandIo &io);
int runDb(const QStringList &arguments, const CommandIo &io);
int runAudit(const QStringList &arguments, const CommandIo &io);
int runServerCommand(const QStringList &arguments, const CommandIo &io);
int runServerUser(const QStringList &arguments, const CommandIo &io);
int runServerSystem(const QStringList &arguments, const CommandIo &io);
int runSync(const QStringList &arguments, const CommandIo &io);
int runAct(const QStringList &arguments, const CommandIo &io);
int runOutbox(const QStringList &arguments, const CommandIo &io);
int runReport(const QStringList &arguments, const CommandIo &io);

} // namespace ioc::cli

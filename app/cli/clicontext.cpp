#include "clicontext.h"

#include "core/calendarfile.h"
#include "keyring/keychainsecretstore.h"
#include "storage/profile.h"

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

// The first line of a file, without its line break.
std::optional<core::SecretBytes> readFirstLine(const QString &path, const CommandIo &io)
{
    QFile file(path);
    const bool opened =
        path == QStringLiteral("-") ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        io.fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    if (line.isEmpty()) {
        io.fail(QStringLiteral("%1: the first line is empty").arg(path));
        return std::nullopt;
    }
    return core::SecretBytes::take(line);
}

int openProfile(const QCommandLineParser &parser, const QCommandLineOption &profileOption,
                const QCommandLineOption &passphraseOption, storage::Profile::Mode mode, const CommandIo &io,
                keyring::KeychainSecretStore &keyring, std::unique_ptr<storage::Profile> *profile,
                storage::Profile::Repair repair)
{
    const QString directory = parser.value(profileOption);
    if (directory.isEmpty()) {
        return io.fail(QStringLiteral("--profile DIR is required"), exitUsage);
    }
    storage::KeySource source;
    if (parser.isSet(passphraseOption)) {
        auto passphrase = readFirstLine(parser.value(passphraseOption), io);
        if (!passphrase) {
            return exitFailure;
        }
        source.passphrase = std::move(*passphrase);
    } else if (qEnvironmentVariableIsSet("IOC_DB_PASSPHRASE")) {
        // As UTF-8 on every system: qgetenv() on Windows goes through the ANSI code page, which has
        // no room for Vietnamese.
        QByteArray passphrase = qEnvironmentVariable("IOC_DB_PASSPHRASE").toUtf8();
        source.passphrase = core::SecretBytes::take(passphrase);
    } else {
        source.keyring = &keyring;
    }
    storage::StorageError error;
    *profile = storage::Profile::open(directory, std::move(source), mode, &error, repair);
    if (!*profile) {
        return io.fail(error.message);
    }
    return exitOk;
}

} // namespace ioc::cli

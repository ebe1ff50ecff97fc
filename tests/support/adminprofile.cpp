#include "support/adminprofile.h"

#include <QProcess>
#include <QRegularExpression>
#include <QThread>

namespace ioc::test {

AdminProfile::AdminProfile(QString directory, QString passphraseFile)
    : m_directory(std::move(directory))
    , m_passphraseFile(std::move(passphraseFile))
{}

void AdminProfile::setServer(const QUrl &url, const QString &user, const QString &passwordFile, const QString &caFile)
{
    m_server = url;
    m_user = user;
    m_passwordFile = passwordFile;
    m_caFile = caFile;
}

AdminRun AdminProfile::exec(const QStringList &arguments, const QStringList &environment)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &variable : environment) {
            const qsizetype equals = variable.indexOf(QLatin1Char('='));
            env.insert(variable.left(equals), variable.mid(equals + 1));
        }
        process.setProcessEnvironment(env);
    }
    process.start(qEnvironmentVariable("IOC_ADMIN"), arguments);
    if (!process.waitForStarted(10000)) {
        qFatal("ioc-admin did not start");
    }
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {-1, process.readAll() + "\n(ioc-admin did not finish within 120 s)"};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAll()};
}

AdminRun AdminProfile::run(const QStringList &arguments, bool again)
{
    QStringList full = arguments;
    full += {QStringLiteral("--profile"), m_directory};
    if (!m_passphraseFile.isEmpty()) {
        full += {QStringLiteral("--passphrase-file"), m_passphraseFile};
    }
    QStringList environment;
    if (!m_traceFile.isEmpty()) {
        environment.append(QStringLiteral("IOC_CRASH_TRACE=") + m_traceFile);
    }
    if (!m_armed.isEmpty() && !m_crashed) {
        const AdminRun armed = exec(full, environment + QStringList{QStringLiteral("IOC_CRASH_AT=") + m_armed});
        if (!armed.crashed()) {
            return armed;
        }
        m_crashed = true;
        if (!again) {
            return armed;
        }
        // Then as after a restart: the same command again.
    }
    return exec(full, environment);
}

QStringList AdminProfile::syncArguments() const
{
    return {QStringLiteral("sync"),
            QStringLiteral("--server"),
            m_server.toString(),
            QStringLiteral("--user"),
            m_user,
            QStringLiteral("--password-file"),
            m_passwordFile,
            QStringLiteral("--ca"),
            m_caFile,
            QStringLiteral("--once")};
}

AdminRun AdminProfile::syncUntilSettled(int attempts)
{
    AdminRun last;
    for (int i = 0; i < attempts; ++i) {
        last = sync();
        if (last.exitCode == 0 && last.output.contains("0 pending, 0 in conflict, 0 failed")) {
            break;
        }
        // An entry whose last attempt got no answer waits out its backoff (kept in the outbox,
        // so a new process waits too).
        QThread::msleep(500UL * unsigned(i + 1));
    }
    return last;
}

AdminRun AdminProfile::act(const QString &reportId, const QString &action, const QByteArray &payloadJson,
                           const QStringList &files)
{
    QStringList arguments{QStringLiteral("act"), QStringLiteral("--report"), reportId, QStringLiteral("--action"),
                          action};
    if (!payloadJson.isEmpty()) {
        arguments += {QStringLiteral("--payload"), QString::fromUtf8(payloadJson)};
    }
    for (const QString &file : files) {
        arguments += {QStringLiteral("--file"), file};
    }
    return run(arguments, false);
}

QList<qint64> AdminProfile::entriesIn(const QString &state)
{
    // "#12 conflict set_urgent on <id> acted_at …"
    static const QRegularExpression line(QStringLiteral(R"(^#(\d+) (\w+) )"));
    QList<qint64> seqs;
    const AdminRun listed =
        exec(QStringList{QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--profile"), m_directory} +
             (m_passphraseFile.isEmpty() ? QStringList()
                                         : QStringList{QStringLiteral("--passphrase-file"), m_passphraseFile}));
    for (const QByteArray &text : listed.output.split('\n')) {
        const auto match = line.match(QString::fromUtf8(text));
        if (match.hasMatch() && match.captured(2) == state) {
            seqs.append(match.captured(1).toLongLong());
        }
    }
    return seqs;
}

} // namespace ioc::test

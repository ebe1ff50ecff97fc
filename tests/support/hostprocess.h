#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace ioc::test {

// A program of the build machine that a test runs: the ioc-server, openssl, psql. Through
// QProcess; or, when the test program itself runs under Wine (IOC_TEST_HOST_LAUNCHER names the
// URL of tests/support/hostlauncher.py), through that launcher, since a Windows program under
// Wine can start a Linux binary but gets neither its output nor its exit code.
class HostProcess final
{
public:
    HostProcess();
    ~HostProcess(); // a process still running is killed
    Q_DISABLE_COPY_MOVE(HostProcess)

    // Whether programs go through the launcher.
    static bool throughLauncher();

    void setWorkingDirectory(const QString &directory) { m_workingDirectory = directory; }
    // Bytes the program reads on its standard input, which is then closed (empty: none).
    void setInput(const QByteArray &input) { m_input = input; }
    // VAR=value, added to the environment the program inherits.
    void setExtraEnvironment(const QStringList &variables) { m_environment = variables; }
    bool start(const QString &program, const QStringList &arguments);
    bool isRunning() const;
    // What the program wrote since the last call.
    QByteArray readStandardOutput();
    QByteArray readStandardError();
    // Waits up to `ms` for more output (or the end).
    void waitForOutput(int ms);
    bool waitForFinished(int ms);
    void terminate();
    void kill();
    // How it ended: its exit code, or 128 + the signal that ended it (`crashed()` then).
    int exitCode() const;
    bool crashed() const;
    qint64 processId() const { return m_pid; }

    struct Result
    {
        bool finished = false;
        int exitCode = -1;
        QByteArray output;
        QByteArray errors;
    };
    // Runs a program to its end (at most `timeoutMs`).
    static Result run(const QString &program, const QStringList &arguments, const QString &workingDirectory = {},
                      int timeoutMs = 60000, const QByteArray &input = {});

private:
    void poll() const;
    void signalRemote(const QString &signal);

    std::unique_ptr<QProcess> m_local;
    QString m_workingDirectory;
    QByteArray m_input;
    QStringList m_environment;
    QString m_remoteId;
    qint64 m_pid = 0;
    mutable QByteArray m_output;
    mutable QByteArray m_errors;
    mutable bool m_running = false;
    mutable int m_exitCode = -1;
    mutable bool m_crashed = false;
};

} // namespace ioc::test

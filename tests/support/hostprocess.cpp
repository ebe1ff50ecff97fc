#include "support/hostprocess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QTimer>
#include <QtTest/QTest>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace ioc::test {

namespace {

constexpr int killedExitCode = 128 + 9; // as a shell reports SIGKILL (which Windows does not define)

// One request to the launcher; aborts the test program when the launcher does not answer.
QJsonObject askLauncher(const QString &path, const QJsonObject &body = {}, bool post = true)
{
    QNetworkAccessManager manager; // one per request: nothing of it outlives the application
    QNetworkRequest request(QUrl(qEnvironmentVariable("IOC_TEST_HOST_LAUNCHER") + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(120000);
    QNetworkReply *reply =
        post ? manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)) : manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    if (reply->error() != QNetworkReply::NoError && !answer.contains(QStringLiteral("error"))) {
        qFatal("the host launcher did not answer %s: %s", qPrintable(path), qPrintable(reply->errorString()));
    }
    return answer;
}

// VAR=value words as names and values.
QList<std::pair<QString, QString>> variables(const QStringList &words)
{
    QList<std::pair<QString, QString>> split;
    for (const QString &word : words) {
        const qsizetype equals = word.indexOf(QLatin1Char('='));
        split.append({word.left(equals), word.mid(equals + 1)});
    }
    return split;
}

} // namespace

HostProcess::HostProcess() = default;

HostProcess::~HostProcess()
{
    if (isRunning()) {
        kill();
        waitForFinished(10000);
    }
}

bool HostProcess::throughLauncher()
{
    return qEnvironmentVariableIsSet("IOC_TEST_HOST_LAUNCHER");
}

bool HostProcess::start(const QString &program, const QStringList &arguments)
{
    if (!throughLauncher()) {
        m_local = std::make_unique<QProcess>();
        m_local->setProcessChannelMode(QProcess::SeparateChannels);
        if (!m_workingDirectory.isEmpty()) {
            m_local->setWorkingDirectory(m_workingDirectory);
        }
        if (!m_environment.isEmpty()) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            for (const auto &[name, value] : variables(m_environment)) {
                environment.insert(name, value);
            }
            m_local->setProcessEnvironment(environment);
        }
#ifdef Q_OS_LINUX
        // A test program that crashes or is killed takes its server (or any other child) with it,
        // instead of leaving it running on its port. Linux sends the signal when the thread that
        // started the child ends: the tests start theirs from the main thread.
        m_local->setChildProcessModifier([parent = ::getpid()] {
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
            if (::getppid() != parent) {
                ::_exit(127); // the test program was gone before the line above took effect
            }
        });
#endif
        m_local->start(program, arguments);
        if (!m_local->waitForStarted(10000)) {
            return false;
        }
        m_local->write(m_input);
        m_local->closeWriteChannel();
        m_pid = m_local->processId();
        return true;
    }
    QJsonObject environment;
    for (const auto &[name, value] : variables(m_environment)) {
        environment.insert(name, value);
    }
    const QJsonObject answer =
        askLauncher(QStringLiteral("/processes"), {{QStringLiteral("program"), program},
                                                   {QStringLiteral("arguments"), QJsonArray::fromStringList(arguments)},
                                                   {QStringLiteral("environment"), environment},
                                                   {QStringLiteral("working_directory"), m_workingDirectory},
                                                   {QStringLiteral("input"), QString::fromLatin1(m_input.toBase64())}});
    m_remoteId = answer.value(QStringLiteral("id")).toString();
    if (m_remoteId.isEmpty()) {
        qWarning("the host launcher cannot start %s: %s", qPrintable(program),
                 qPrintable(answer.value(QStringLiteral("error")).toString()));
        return false;
    }
    m_pid = answer.value(QStringLiteral("pid")).toInteger();
    m_running = true;
    return true;
}

void HostProcess::poll() const
{
    if (m_remoteId.isEmpty() || !m_running) {
        return;
    }
    const QJsonObject state = askLauncher(QStringLiteral("/processes/") + m_remoteId, {}, false);
    m_output += QByteArray::fromBase64(state.value(QStringLiteral("stdout")).toString().toLatin1());
    m_errors += QByteArray::fromBase64(state.value(QStringLiteral("stderr")).toString().toLatin1());
    m_running = state.value(QStringLiteral("running")).toBool();
    if (!m_running) {
        m_exitCode = state.value(QStringLiteral("exit_code")).toInt(-1);
        m_crashed = state.value(QStringLiteral("crashed")).toBool();
    }
}

bool HostProcess::isRunning() const
{
    if (m_local) {
        return m_local->state() != QProcess::NotRunning;
    }
    poll();
    return m_running;
}

QByteArray HostProcess::readStandardOutput()
{
    if (m_local) {
        return m_local->readAllStandardOutput();
    }
    poll();
    return std::exchange(m_output, {});
}

QByteArray HostProcess::readStandardError()
{
    if (m_local) {
        return m_local->readAllStandardError();
    }
    poll();
    return std::exchange(m_errors, {});
}

void HostProcess::waitForOutput(int ms)
{
    if (m_local) {
        m_local->waitForReadyRead(ms);
        return;
    }
    QTest::qWait(std::min(ms, 50));
}

bool HostProcess::waitForFinished(int ms)
{
    if (m_local) {
        return m_local->state() == QProcess::NotRunning || m_local->waitForFinished(ms);
    }
    if (m_remoteId.isEmpty()) {
        return true;
    }
    askLauncher(QStringLiteral("/processes/%1/wait").arg(m_remoteId), {{QStringLiteral("timeout_ms"), ms}});
    return !isRunning();
}

void HostProcess::terminate()
{
    if (m_local) {
        m_local->terminate();
    } else {
        signalRemote(QStringLiteral("TERM"));
    }
}

void HostProcess::kill()
{
    if (m_local) {
        m_local->kill();
    } else {
        signalRemote(QStringLiteral("KILL"));
    }
}

void HostProcess::signalRemote(const QString &signal)
{
    if (!m_remoteId.isEmpty()) {
        askLauncher(QStringLiteral("/processes/%1/signal").arg(m_remoteId), {{QStringLiteral("signal"), signal}});
    }
}

int HostProcess::exitCode() const
{
    if (m_local) {
        if (m_local->state() != QProcess::NotRunning) {
            return -1;
        }
        return m_local->exitStatus() == QProcess::NormalExit ? m_local->exitCode() : killedExitCode;
    }
    return isRunning() ? -1 : m_exitCode;
}

bool HostProcess::crashed() const
{
    if (m_local) {
        return m_local->state() == QProcess::NotRunning && m_local->exitStatus() != QProcess::NormalExit;
    }
    return !isRunning() && m_crashed;
}

HostProcess::Result HostProcess::run(const QString &program, const QStringList &arguments,
                                     const QString &workingDirectory, int timeoutMs, const QByteArray &input)
{
    HostProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.setInput(input);
    Result result;
    if (!process.start(program, arguments)) {
        result.errors = "cannot start " + program.toLocal8Bit();
        return result;
    }
    result.finished = process.waitForFinished(timeoutMs);
    result.output = process.readStandardOutput();
    result.errors = process.readStandardError();
    result.exitCode = process.crashed() ? -1 : process.exitCode();
    return result;
}

} // namespace ioc::test

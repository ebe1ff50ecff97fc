#include "serverconfig.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc::server;
using namespace Qt::StringLiterals;

namespace {

// Every long option of ioc-server, with a value it accepts. A new option that is missing here
// fails everyOptionOfTheHelpIsASetting: each one must be tried as a setting.
const QList<std::pair<QString, QString>> &everyOption()
{
    static const QList<std::pair<QString, QString>> options{
        {u"listen"_s, u"127.0.0.1:9443"_s},
        {u"tls-cert"_s, u"/etc/ioc-server/tls/server.crt"_s},
        {u"tls-key"_s, u"/etc/ioc-server/tls/server.key"_s},
        {u"data"_s, u"/var/lib/ioc-server"_s},
        {u"db-key-file"_s, u"/etc/ioc-server/keys/db.key"_s},
        {u"audit-key-file"_s, u"/etc/ioc-server/keys/audit.key"_s},
        {u"demo"_s, u"true"_s},
        {u"demo-reports"_s, u"42"_s},
        {u"simulate"_s, u"3"_s},
        {u"insecure-loopback-for-development"_s, u"yes"_s},
        {u"kdf-iterations"_s, u"300000"_s},
        {u"scheduler-interval-ms"_s, u"1500"_s},
        {u"checkpoint-interval"_s, u"120"_s},
        {u"db"_s, u"postgres"_s},
        {u"db-url"_s, u"postgresql://ioc@db.example:5432/ioc"_s},
        {u"db-password-file"_s, u"/etc/ioc-server/db-password"_s},
        {u"db-owner-url"_s, u"postgresql://owner@db.example:5432/ioc"_s},
        {u"db-owner-password-file"_s, u"/etc/ioc-server/db-owner-password"_s},
        {u"tiles"_s, u"/srv/tiles/quangtri.mbtiles"_s},
        {u"head-timeout"_s, u"7"_s},
        {u"body-idle-timeout"_s, u"25"_s},
        {u"keepalive-timeout"_s, u"50"_s},
        {u"max-connections"_s, u"1500"_s},
        {u"max-connections-per-address"_s, u"150"_s},
        {u"trusted-proxy"_s, u"10.0.0.0/8"_s},
        {u"metrics-from"_s, u"192.168.50.0/24"_s},
        {u"open311-media-ca"_s, u"/etc/ioc-server/tls/province-ca.pem"_s},
        {u"open311-media-from-private-addresses"_s, u"true"_s},
        {u"channels"_s, u"/etc/ioc-server/channels.json"_s},
    };
    return options;
}

QStringList commandLine(const QList<std::pair<QString, QString>> &options)
{
    QStringList arguments{u"ioc-server"_s};
    for (const auto &[name, value] : options) {
        if (value == u"true"_s || value == u"yes"_s) {
            arguments << u"--"_s + name;
        } else {
            arguments << u"--"_s + name << value;
        }
    }
    return arguments;
}

QString writeFile(const QTemporaryDir &dir, const QString &text)
{
    const QString path = dir.filePath(u"ioc-server.conf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

QString settingsText(const QList<std::pair<QString, QString>> &options)
{
    QString text = u"# ioc-server.conf, as an administrator writes it\n\n"_s;
    for (const auto &[name, value] : options) {
        text += name + u" = "_s + value + u'\n';
    }
    return text;
}

// The fields a setting can change, as text, to compare two configurations whole.
QStringList described(const ServerConfig &c)
{
    QStringList proxies;
    for (const auto &[address, bits] : c.trustedProxies) {
        proxies << address.toString() + u'/' + QString::number(bits);
    }
    QStringList readers;
    for (const auto &[address, bits] : c.metricsReaders) {
        readers << address.toString() + u'/' + QString::number(bits);
    }
    return {readers.join(u' '),
            c.address.toString(),
            QString::number(c.port),
            c.certificateFile,
            c.privateKeyFile,
            c.dataDirectory,
            c.databaseKeyFile,
            c.auditKeyFile,
            QString::number(c.demo),
            QString::number(c.demoReports),
            QString::number(c.simulatePerMinute),
            QString::number(c.insecureLoopback),
            QString::number(c.passwordIterations),
            QString::number(c.schedulerIntervalMs),
            QString::number(c.checkpointIntervalSeconds),
            c.postgresUrl,
            c.postgresPasswordFile,
            c.postgresOwnerUrl,
            c.postgresOwnerPasswordFile,
            QString::number(c.headTimeoutSeconds),
            QString::number(c.bodyIdleTimeoutSeconds),
            QString::number(c.keepAliveTimeoutSeconds),
            QString::number(c.maxConnections),
            QString::number(c.maxConnectionsPerAddress),
            proxies.join(u' '),
            c.tilesFile,
            c.open311MediaCaFile,
            QString::number(c.open311MediaFromPrivateAddresses),
            c.channelsFile};
}

} // namespace

// ioc-server's settings file (--config): every command-line option is a setting, and a wrong
// file is refused with its name and line.
class TestServerConfig final : public QObject
{
    Q_OBJECT

private slots:
    void everyOptionOfTheHelpIsASetting()
    {
        QString help;
        bool exitOk = false;
        QVERIFY(!ServerConfig::fromArguments({u"ioc-server"_s, u"--help"_s}, &help, &exitOk));
        QVERIFY(exitOk);
        QSet<QString> inHelp;
        const QRegularExpression longOption(u"--([a-z][a-z0-9-]+)"_s);
        for (auto it = longOption.globalMatch(help); it.hasNext();) {
            inHelp.insert(it.next().captured(1));
        }
        for (const QString &printsOnly : {u"help"_s, u"help-all"_s, u"version"_s, u"config"_s}) {
            inHelp.remove(printsOnly);
        }
        QSet<QString> tried;
        for (const auto &option : everyOption()) {
            tried.insert(option.first);
        }
        QCOMPARE(tried, inHelp);
    }

    void aFileGivesWhatTheCommandLineGives()
    {
        QTemporaryDir dir;
        QString error;
        const auto fromCommandLine = ServerConfig::fromArguments(commandLine(everyOption()), &error);
        QVERIFY2(fromCommandLine, qPrintable(error));
        auto withSecondProxy = everyOption();
        const QString file = writeFile(dir, settingsText(withSecondProxy) + u"trusted-proxy = 192.168.10.5\n"_s);
        const auto fromFile = ServerConfig::fromArguments({u"ioc-server"_s, u"--config"_s, file}, &error);
        QVERIFY2(fromFile, qPrintable(error));
        QStringList expected = described(*fromCommandLine);
        expected[24] += u" 192.168.10.5/32"_s; // repeatable: both proxies
        QCOMPARE(described(*fromFile), expected);
        // Not left at their defaults by accident: the file's values are there.
        QCOMPARE(fromFile->port, quint16(9443));
        QCOMPARE(fromFile->maxConnectionsPerAddress, 150);
        QVERIFY(fromFile->demo);
        QCOMPARE(fromFile->postgresOwnerUrl, u"postgresql://owner@db.example:5432/ioc"_s);
    }

    void theCommandLineOverridesTheFile()
    {
        QTemporaryDir dir;
        const QString file = writeFile(dir, u"listen = 127.0.0.1:1000\ndata = /var/lib/ioc-server\n"
                                            "insecure-loopback-for-development = true\ndemo = false\n"_s);
        QString error;
        const auto config = ServerConfig::fromArguments(
            {u"ioc-server"_s, u"--config"_s, file, u"--listen"_s, u"127.0.0.1:2000"_s}, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->port, quint16(2000));
        QCOMPARE(config->dataDirectory, u"/var/lib/ioc-server"_s);
        QVERIFY(config->insecureLoopback);
        QVERIFY(!config->demo);
        QVERIFY(!ServerConfig::demoRequested({u"ioc-server"_s, u"--config"_s, file}));
        writeFile(dir, u"listen = 127.0.0.1:1000\ndata = \"/var/lib/ioc server\"\n"
                       "insecure-loopback-for-development = 1\ndemo = yes\n"_s);
        QVERIFY(ServerConfig::demoRequested({u"ioc-server"_s, u"--config"_s, file}));
        const auto quoted = ServerConfig::fromArguments({u"ioc-server"_s, u"--config"_s, file}, &error);
        QVERIFY2(quoted, qPrintable(error));
        QCOMPARE(quoted->dataDirectory, u"/var/lib/ioc server"_s);
    }

    void aWrongFileIsRefusedWithItsLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown") << u"data = /tmp/x\n# fine\nlisten-port = 8443\n"_s
                                 << u"ioc-server.conf:3: unknown setting \"listen-port\""_s;
        QTest::newRow("no equals") << u"data /tmp/x\n"_s << u"ioc-server.conf:1: expected \"name = value\""_s;
        QTest::newRow("flag") << u"data = /tmp/x\ndemo = maybe\n"_s
                              << u"ioc-server.conf:2: \"demo\" is true or false, not \"maybe\""_s;
        QTest::newRow("twice") << u"data = /tmp/a\ndata = /tmp/b\n"_s << u"ioc-server.conf:2: \"data\" is set twice"_s;
        QTest::newRow("nested") << u"config = /etc/other.conf\n"_s
                                << u"ioc-server.conf:1: \"config\" is given on the command line only"_s;
        QTest::newRow("bad value") << u"data = /tmp/x\ninsecure-loopback-for-development = true\n"
                                      "max-connections = lots\n"_s
                                   << u"--max-connections needs a number from 1 to 1000000"_s;
        QTest::newRow("rules still apply") << u"data = /tmp/x\nlisten = 0.0.0.0:8443\n"_s << u"TLS is required"_s;
    }

    void aWrongFileIsRefusedWithItsLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString file = writeFile(dir, text);
        QString error;
        bool exitOk = false;
        QVERIFY(!ServerConfig::fromArguments({u"ioc-server"_s, u"--config"_s, file}, &error, &exitOk));
        QVERIFY(!exitOk);
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void aMissingFileIsNamed()
    {
        QString error;
        QVERIFY(
            !ServerConfig::fromArguments({u"ioc-server"_s, u"--config"_s, u"/nonexistent/ioc-server.conf"_s}, &error));
        QVERIFY2(error.startsWith(u"cannot read the settings file /nonexistent/ioc-server.conf"_s), qPrintable(error));
    }

    void versionPrints()
    {
        QCoreApplication::setApplicationName(u"ioc-server"_s);
        QCoreApplication::setApplicationVersion(u"9.8.7"_s);
        QString text;
        bool exitOk = false;
        QVERIFY(!ServerConfig::fromArguments({u"ioc-server"_s, u"--version"_s}, &text, &exitOk));
        QVERIFY(exitOk);
        QCOMPARE(text, u"ioc-server 9.8.7"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "testserverconfig.moc"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The regulation's rules as cases (tests/data/cases/, one file per rule, named after its
// article): each a report and what happens to it, replayed through the rules by the real
// `ioc-admin workflow replay` exactly as the server applies actions, with the state and clocks
// the regulation requires. A case whose expectation the rules do not meet fails here.
class TestWorkflowCases final : public QObject
{
    Q_OBJECT

private slots:
    void everyCaseHolds_data()
    {
        QTest::addColumn<QString>("path");
        const QDir cases(QStringLiteral(QT_TESTCASE_SOURCEDIR) + u"/data/cases"_s);
        const QStringList files = cases.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            QTest::newRow(qPrintable(file)) << cases.filePath(file);
        }
    }

    void everyCaseHolds()
    {
        QFETCH(QString, path);
        QString out;
        const int code = replay(path, &out);
        QVERIFY2(code == 0, qPrintable(out));
        // Refusals the case expects come first, then the final state.
        QVERIFY2(out.startsWith(u"state "_s) || out.contains(u"\nstate "_s), qPrintable(out));
        QVERIFY(!out.contains(u"DIFFERS"_s));
    }

    // The replay is a check, not a printer: an expectation the rules do not meet fails it, and an
    // event the rules refuse stops it with its index and error.
    void aWrongExpectationFails()
    {
        QFile original(QStringLiteral(QT_TESTCASE_SOURCEDIR) +
                       u"/data/cases/dieu-10.1-distribute-within-one-working-hour.json"_s);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray text = original.readAll();
        QTemporaryDir dir;
        const QString wrong = dir.filePath(u"wrong.json"_s);
        writeFile(wrong, QByteArray(text).replace("\"on_time\": true", "\"on_time\": false"));
        QString out;
        QCOMPARE(replay(wrong, &out), 1);
        QVERIFY2(out.contains(u"DIFFERS clock distribute: on_time expected false, got true"_s), qPrintable(out));

        const QString refused = dir.filePath(u"refused.json"_s);
        writeFile(refused, QByteArray(text).replace("\"action\": \"accept\"", "\"action\": \"agency_accept\""));
        QCOMPARE(replay(refused, &out), 1);
        QVERIFY2(out.contains(u"event 1 (agency_accept): refused: "_s), qPrintable(out));
    }

private:
    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    static int replay(const QString &path, QString *out)
    {
        QProcess process;
        process.start(qEnvironmentVariable("IOC_ADMIN"), {u"workflow"_s, u"replay"_s, u"--case"_s, path});
        if (!process.waitForFinished(60000)) {
            return -1;
        }
        *out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
};

QTEST_GUILESS_MAIN(TestWorkflowCases)
#include "testworkflowcases.moc"

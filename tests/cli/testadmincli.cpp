#include "storage/profile.h"
#include "storage/reportrepository.h"
#include "support/profiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run admin(const QStringList &arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("IOC_ADMIN"), arguments);
    if (!process.waitForFinished(60000)) {
        qFatal("ioc-admin did not finish");
    }
    Run run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
#ifdef Q_OS_WIN
    // A Windows program's text output ends its lines with CR LF.
    run.out.replace(u"\r\n"_s, u"\n"_s);
    run.err.replace(u"\r\n"_s, u"\n"_s);
#endif
    return run;
}

QString writeFile(QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    file.open(QIODevice::WriteOnly);
    file.write(content);
    return file.fileName();
}

} // namespace

// The real ioc-admin binary, run as a user would.
class TestAdminCli final : public QObject
{
    Q_OBJECT

private slots:
    void deadline_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("due");
        QTest::newRow("1 wh") << QStringList{u"--start"_s, u"2026-11-30T08:00"_s, u"--step"_s, u"distribute"_s}
                              << u"2026-11-30T09:00:00+07:00"_s;
        QTest::newRow("urgent 30 min at night")
            << QStringList{u"--start"_s, u"2026-11-30T02:00"_s, u"--step"_s, u"distribute"_s, u"--urgent"_s}
            << u"2026-11-30T02:30:00+07:00"_s;
        QTest::newRow("night intake starts at 07:00")
            << QStringList{u"--start"_s, u"2026-11-30T02:00"_s, u"--step"_s, u"distribute"_s}
            << u"2026-11-30T08:00:00+07:00"_s;
        QTest::newRow("6 wd over a weekend")
            << QStringList{u"--start"_s, u"2026-11-27T16:30:00+07:00"_s, u"--step"_s, u"process"_s}
            << u"2026-12-07T16:30:00+07:00"_s;
        QTest::newRow("offset honoured") << QStringList{u"--start"_s, u"2026-11-30T01:00:00Z"_s, u"--step"_s,
                                                        u"accept"_s}
                                         << u"2026-11-30T08:30:00+07:00"_s;
        QTest::newRow("48 h calendar") << QStringList{u"--start"_s, u"2026-11-28T10:00"_s, u"--step"_s, u"supplement"_s}
                                       << u"2026-11-30T10:00:00+07:00"_s;
        QTest::newRow("over Tết") << QStringList{u"--start"_s, u"2026-02-13T16:30"_s, u"--step"_s, u"publish"_s}
                                  << u"2026-02-23T07:30:00+07:00"_s;
    }

    void deadline()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, due);
        const Run run = admin(QStringList{u"deadline"_s} + arguments);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, due + u'\n');
        const Run json = admin(QStringList{u"deadline"_s} + arguments + QStringList{u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"due"_s).toString(), due);
    }

    void deadlineWithACalendarFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"calendar.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version": 1, "make_up_days": [{"date": "2026-11-28", "name": "Làm bù"}]})");
        file.close();
        const Run run = admin(
            {u"deadline"_s, u"--start"_s, u"2026-11-27T16:30"_s, u"--step"_s, u"distribute"_s, u"--calendar"_s, path});
        QCOMPARE(run.out, u"2026-11-28T07:30:00+07:00\n"_s); // the make-up Saturday is worked
    }

    void holidays()
    {
        const Run run = admin({u"calendar"_s, u"holidays"_s, u"--year"_s, u"2026"_s});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 12);
        QCOMPARE(lines.first(), u"2026-01-01 Tết Dương lịch"_s);
        QVERIFY(lines.contains(u"2026-02-17 Tết Nguyên Đán (mùng 1 tháng Giêng)"_s));
        QVERIFY(lines.contains(u"2026-04-27 Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)"_s));
        const Run json = admin({u"calendar"_s, u"holidays"_s, u"--year"_s, u"2026"_s, u"--json"_s});
        const QJsonArray days = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(days.size(), 12);
        QCOMPARE(days.at(7).toObject().value(u"kind"_s).toString(), u"compensatory"_s);
        QCOMPARE(days.at(7).toObject().value(u"date"_s).toString(), u"2026-04-27"_s);
    }

    void lunar()
    {
        QCOMPARE(admin({u"lunar"_s, u"--to-solar"_s, u"2026-01-01"_s}).out, u"2026-02-17\n"_s);
        QCOMPARE(admin({u"lunar"_s, u"--to-solar"_s, u"2023-02-01"_s, u"--leap"_s}).out, u"2023-03-22\n"_s);
        QCOMPARE(admin({u"lunar"_s, u"--to-lunar"_s, u"2023-04-01"_s}).out, u"2023-02-11 leap\n"_s);
        QCOMPARE(admin({u"lunar"_s, u"--to-lunar"_s, u"1985-01-21"_s}).out, u"1985-01-01\n"_s);
    }

    void workflow()
    {
        const Run dot = admin({u"workflow"_s, u"--dot"_s});
        QCOMPARE(dot.exitCode, 0);
        QVERIFY(dot.out.startsWith(u"digraph workflow {"_s));
        const Run markdown = admin({u"workflow"_s, u"--markdown"_s});
        QVERIFY(markdown.out.startsWith(u"# Workflow"_s));
        QVERIFY(markdown.out.contains(u"| `distribute` |"_s));
    }

    void badInputExitsWithOneClearLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown step") << QStringList{u"deadline"_s, u"--start"_s, u"2026-11-30T08:00"_s, u"--step"_s,
                                                     u"lunch"_s}
                                      << u"unknown step \"lunch\""_s;
        QTest::newRow("malformed date") << QStringList{u"deadline"_s, u"--start"_s, u"30/11/2026"_s, u"--step"_s,
                                                       u"process"_s}
                                        << u"--start \"30/11/2026\" is not an ISO 8601"_s;
        QTest::newRow("missing option") << QStringList{u"deadline"_s, u"--step"_s, u"process"_s}
                                        << u"deadline needs --start"_s;
        QTest::newRow("unreadable calendar")
            << QStringList{u"deadline"_s, u"--start"_s,    u"2026-11-30T08:00"_s,          u"--step"_s,
                           u"process"_s,  u"--calendar"_s, u"/nonexistent/calendar.json"_s}
            << u"cannot read calendar file /nonexistent/calendar.json"_s;
        QTest::newRow("no deadline") << QStringList{u"deadline"_s, u"--start"_s, u"2026-11-30T08:00"_s, u"--step"_s,
                                                    u"dispatch"_s}
                                     << u"step \"dispatch\" has no deadline for normal reports"_s;
        QTest::newRow("bad year") << QStringList{u"calendar"_s, u"holidays"_s, u"--year"_s, u"twenty"_s}
                                  << u"--year needs a year"_s;
        QTest::newRow("no such lunar date") << QStringList{u"lunar"_s, u"--to-solar"_s, u"2024-05-01"_s, u"--leap"_s}
                                            << u"lunar date 2024-05-01 leap does not exist"_s;
        QTest::newRow("unknown option") << QStringList{u"lunar"_s, u"--to-moon"_s, u"x"_s} << u"Unknown option"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command \"frobnicate\""_s;
    }

    void badInputExitsWithOneClearLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = admin(arguments);
        QVERIFY(run.exitCode != 0);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(u"ioc-admin: "_s) && run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
    }

    void databaseCommands()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(u"profile"_s);
        const QString passphrase = writeFile(dir, u"pass.txt"_s, "cụm mật khẩu\nignored second line\n");
        const QString wrong = writeFile(dir, u"wrong.txt"_s, "sai\n");
        const QString next = writeFile(dir, u"next.txt"_s, "mật khẩu mới\n");

        Run run = admin({u"db"_s, u"init"_s, u"--profile"_s, profile, u"--passphrase-file"_s, passphrase});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"created profile "_s) && run.err.isEmpty(), qPrintable(run.out + run.err));
        run = admin({u"db"_s, u"stats"_s, u"--profile"_s, profile, u"--passphrase-file"_s, passphrase});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.split(u'\n').contains(u"reports: 0"_s));
        QVERIFY(run.out.contains(u"cipher_version: 4."_s));
        run = admin({u"db"_s, u"check"_s, u"--profile"_s, profile, u"--passphrase-file"_s, passphrase});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(u": ok"_s), 5);

        // A wrong passphrase: one clear line, the file untouched.
        run = admin({u"db"_s, u"check"_s, u"--profile"_s, profile, u"--passphrase-file"_s, wrong});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.endsWith(u"wrong key or not a database\n"_s) && run.err.count(u'\n') == 1,
                 qPrintable(run.err));
        // No passphrase and no keyring service here: a clear error, not a new database.
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.remove(u"IOC_DB_PASSPHRASE"_s);
        env.remove(u"DISPLAY"_s);
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("IOC_ADMIN"), {u"db"_s, u"stats"_s, u"--profile"_s, profile});
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitCode(), 1);
#ifdef Q_OS_WIN
        // Windows always has its keyring (the Credential Manager), which holds no key for this
        // profile made with a passphrase.
        const QString expected = u"the keyring holds no key for it"_s;
#else
        const QString expected = u"give a passphrase"_s;
#endif
        const QString refusal = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(refusal.contains(expected), qPrintable(refusal));
        // The environment variable works as well.
        env.insert(u"IOC_DB_PASSPHRASE"_s, u"cụm mật khẩu"_s);
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("IOC_ADMIN"), {u"db"_s, u"stats"_s, u"--profile"_s, profile});
        QVERIFY(process.waitForFinished());
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

        run = admin({u"db"_s, u"rekey"_s, u"--profile"_s, profile, u"--passphrase-file"_s, passphrase,
                     u"--new-passphrase-file"_s, next});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(admin({u"db"_s, u"check"_s, u"--profile"_s, profile, u"--passphrase-file"_s, passphrase}).exitCode, 1);
        QCOMPARE(admin({u"db"_s, u"check"_s, u"--profile"_s, profile, u"--passphrase-file"_s, next}).exitCode, 0);

        QCOMPARE(admin({u"db"_s, u"stats"_s}).exitCode, 2);
        run = admin({u"db"_s, u"stats"_s, u"--profile"_s, dir.filePath(u"none"_s), u"--passphrase-file"_s, passphrase});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"does not exist"_s));
        QVERIFY(!QFile::exists(dir.filePath(u"none/replica.db"_s)));
    }

    // A search index that lacks reports (left so by a kill in an older version's bulk load) is
    // reported by `db check`, which leaves it as it is, and mended by `db repair`.
    void searchIndexCheckedAndRepaired()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(u"profile"_s);
        const QString passphrase = writeFile(dir, u"pass.txt"_s, "cụm mật khẩu\n");
        {
            QByteArray secret = "cụm mật khẩu";
            ioc::storage::KeySource source;
            source.passphrase = ioc::core::SecretBytes::take(secret);
            ioc::storage::StorageError error;
            auto opened = ioc::storage::Profile::open(profile, std::move(source),
                                                      ioc::storage::Profile::Mode::OpenOrCreate, &error);
            QVERIFY2(opened, qPrintable(error.message));
            ioc::storage::ReportRepository reports(opened->replica());
            const QDateTime t(QDate(2026, 11, 28), QTime(3, 0), QTimeZone::utc());
            QVERIFY(opened->replica().transaction(
                [&] {
                    bool ok = reports.beginBulkLoad(&error);
                    for (int n = 1; ok && n <= 30; ++n) {
                        ok = reports.store(ioc::test::sampleReport(n, t), &error);
                    }
                    return ok;
                },
                &error));
            QVERIFY(QSqlQuery(opened->replica().connection()).exec(u"DELETE FROM bulk_load"_s));
        }
        const QStringList options{u"--profile"_s, profile, u"--passphrase-file"_s, passphrase};
        Run run = admin(QStringList{u"db"_s, u"check"_s} + options);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out.count(u": ok"_s), 4);
        QVERIFY2(run.out.contains(u"replica.db search_index: "_s) &&
                     !run.out.contains(u"replica.db search_index: ok"_s),
                 qPrintable(run.out));
        QVERIFY2(run.err.contains(u"ioc-admin db repair"_s), qPrintable(run.err));
        QCOMPARE(admin(QStringList{u"db"_s, u"check"_s} + options).exitCode, 1); // check changed nothing

        run = admin(QStringList{u"db"_s, u"repair"_s} + options);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"rebuilt the search index of "_s) && run.out.contains(u"(30 reports)"_s),
                 qPrintable(run.out + run.err));
        run = admin(QStringList{u"db"_s, u"check"_s} + options);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(u": ok"_s), 5);
    }

    // A key change killed at any step: the next open finishes it (the journal inside the replica
    // holds both keys), so the profile opens with the new passphrase and both files use it.
    void rekeyKilledAtAnyStepIsFinishedByTheNextOpen_data()
    {
        QTest::addColumn<QString>("point");
        QTest::newRow("journal written") << u"rekey.journal_written"_s;
        QTest::newRow("replica re-encrypted") << u"rekey.replica_rekeyed"_s;
        QTest::newRow("media re-encrypted") << u"rekey.media_rekeyed"_s;
    }

    void rekeyKilledAtAnyStepIsFinishedByTheNextOpen()
    {
        QFETCH(QString, point);
        QTemporaryDir dir;
        const QString profile = dir.filePath(u"profile"_s);
        const QString oldPass = writeFile(dir, u"old.txt"_s, "mật khẩu cũ\n");
        const QString newPass = writeFile(dir, u"new.txt"_s, "mật khẩu mới\n");
        QCOMPARE(admin({u"db"_s, u"init"_s, u"--profile"_s, profile, u"--passphrase-file"_s, oldPass}).exitCode, 0);
        QProcess crashed;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"IOC_CRASH_AT"_s, point);
        crashed.setProcessEnvironment(env);
        crashed.start(qEnvironmentVariable("IOC_ADMIN"),
                      {u"db"_s, u"rekey"_s, u"--profile"_s, profile, u"--passphrase-file"_s, oldPass,
                       u"--new-passphrase-file"_s, newPass});
        QVERIFY(crashed.waitForFinished(60000));
        QCOMPARE(crashed.exitCode(), 137);
        // Whichever passphrase opens the replica now finishes the change; the new one then works.
        const QStringList check{u"db"_s, u"check"_s, u"--profile"_s, profile, u"--passphrase-file"_s};
        if (admin(check + QStringList{newPass}).exitCode != 0) {
            const Run withOld = admin(check + QStringList{oldPass});
            QVERIFY2(withOld.exitCode == 0, qPrintable(withOld.err));
        }
        const Run withNew = admin(check + QStringList{newPass});
        QVERIFY2(withNew.exitCode == 0, qPrintable(withNew.out + withNew.err));
        QCOMPARE(withNew.out.count(u": ok"_s), 5); // replica and media cache, both readable
        QCOMPARE(admin(check + QStringList{oldPass}).exitCode, 1);
    }

    void invalidCalendarFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"calendar.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version": 1, "weekly": {"mon": [["7h","11h"]]}})");
        file.close();
        const Run run = admin({u"calendar"_s, u"holidays"_s, u"--year"_s, u"2026"_s, u"--calendar"_s, path});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, u"ioc-admin: "_s + path + u": calendar: weekly.mon[0]: \"7h\" is not a time HH:MM\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestAdminCli)
#include "testadmincli.moc"

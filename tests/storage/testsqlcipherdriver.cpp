#include "storage/sqlcipherdriver.h"
#include "support/sqlcipher.h"

#include <QFile>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <iterator>
#ifdef Q_OS_WIN
#include <windows.h>
// after windows.h, whose types it uses
#include <psapi.h>
#endif

using namespace ioc;
using namespace Qt::StringLiterals;

// Conformance of the QSQLCIPHER driver, on real SQLCipher files.
class TestSqlCipherDriver final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"test-%1.db"_s.arg(++m_counter));
        m_db = test::openCipher(m_path, test::testKey());
        QVERIFY2(m_db.isOpen(), qPrintable(m_db.lastError().text()));
        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, score REAL, "
                       u"data BLOB, note TEXT)"_s));
    }

    void cleanup() { test::closeCipher(m_db); }

    void registeredAsQsqlcipher()
    {
        storage::SqlCipherDriver::registerDriver();
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLCIPHER"_s, u"registered"_s);
        QVERIFY(db.isValid());
        QVERIFY(qobject_cast<storage::SqlCipherDriver *>(db.driver()) != nullptr);
        qobject_cast<storage::SqlCipherDriver *>(db.driver())->setKey(test::testKey());
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QVERIFY(db.tables().contains(u"t"_s));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"registered"_s);
        QVERIFY(!QSqlDatabase::connectionNames().contains(u"registered"_s));
    }

    void typesRoundTrip()
    {
        QByteArray blob(6 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < blob.size(); ++i) {
            blob[i] = char(i * 31 % 251);
        }
        const QString vietnamese = u"Đường Hùng Vương, phường Đông Lễ — ổ gà sâu 30 cm 🚧"_s;
        QSqlQuery q(m_db);
        QVERIFY(q.prepare(u"INSERT INTO t (name, score, data, note) VALUES (?, ?, ?, ?)"_s));
        q.addBindValue(vietnamese);
        q.addBindValue(2.5);
        q.addBindValue(blob);
        q.addBindValue(QVariant(QMetaType::fromType<QString>()));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        QCOMPARE(q.lastInsertId().toLongLong(), 1);

        QVERIFY(q.exec(u"SELECT id, name, score, data, note FROM t"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).typeId(), QMetaType::LongLong);
        QCOMPARE(q.value(0).toLongLong(), 1);
        QCOMPARE(q.value(1).toString(), vietnamese);
        QCOMPARE(q.value(2).toDouble(), 2.5);
        QCOMPARE(q.value(3).toByteArray().size(), blob.size());
        QVERIFY(q.value(3).toByteArray() == blob);
        QVERIFY(q.isNull(4));
        QVERIFY(q.value(4).isNull());
        QVERIFY(!q.next());
    }

    void namedAndRepeatedPlaceholders()
    {
        QSqlQuery q(m_db);
        QVERIFY(q.prepare(u"INSERT INTO t (name, note) VALUES (:name, :name || '!')"_s));
        q.bindValue(u":name"_s, u"một"_s);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        q.bindValue(u":name"_s, u"hai"_s);
        QVERIFY(q.exec());
        QVERIFY(q.prepare(u"SELECT note FROM t WHERE name = :n AND note LIKE :n || '%' AND ':n' = ':n'"_s));
        q.bindValue(u":n"_s, u"hai"_s);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"hai!"_s);
    }

    void recordAndIndexMetadata()
    {
        const QSqlRecord record = m_db.record(u"t"_s);
        QCOMPARE(record.count(), 5);
        QCOMPARE(record.field(u"id"_s).metaType(), QMetaType::fromType<qlonglong>());
        QCOMPARE(record.field(u"score"_s).metaType(), QMetaType::fromType<double>());
        QCOMPARE(record.field(u"data"_s).metaType(), QMetaType::fromType<QByteArray>());
        QCOMPARE(record.field(u"name"_s).requiredStatus(), QSqlField::Required);
        const QSqlIndex primary = m_db.primaryIndex(u"t"_s);
        QCOMPARE(primary.count(), 1);
        QCOMPARE(primary.fieldName(0), u"id"_s);
        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"SELECT name AS label, count(*) AS n FROM t"_s));
        QCOMPARE(q.record().fieldName(0), u"label"_s);
        QCOMPARE(q.record().fieldName(1), u"n"_s);
        QCOMPARE(m_db.tables(), QStringList{u"t"_s});
    }

    void iteration()
    {
        insertRows(50);
        QSqlQuery forward(m_db);
        forward.setForwardOnly(true);
        QVERIFY(forward.exec(u"SELECT id FROM t ORDER BY id"_s));
        int n = 0;
        while (forward.next()) {
            QCOMPARE(forward.value(0).toInt(), ++n);
        }
        QCOMPARE(n, 50);
        QVERIFY(!forward.seek(3)); // cannot go back

        QSqlQuery scrollable(m_db);
        QVERIFY(scrollable.exec(u"SELECT id FROM t ORDER BY id"_s));
        QVERIFY(scrollable.seek(10));
        QCOMPARE(scrollable.value(0).toInt(), 11);
        QVERIFY(scrollable.previous());
        QCOMPARE(scrollable.value(0).toInt(), 10);
        QVERIFY(scrollable.last());
        QCOMPARE(scrollable.value(0).toInt(), 50);
        QCOMPARE(scrollable.at(), 49);
        QVERIFY(scrollable.first());
        QCOMPARE(scrollable.value(0).toInt(), 1);
        QCOMPARE(scrollable.size(), -1);
    }

    void transactions()
    {
        QVERIFY(m_db.transaction());
        insertRows(3);
        QVERIFY(m_db.rollback());
        QCOMPARE(count(), 0);
        QVERIFY(m_db.transaction());
        insertRows(3);
        QVERIFY(m_db.commit());
        QCOMPARE(count(), 3);
        // A failing statement inside a transaction: roll back, nothing of it stays.
        QVERIFY(m_db.transaction());
        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"INSERT INTO t (name) VALUES ('bốn')"_s));
        QVERIFY(!q.exec(u"INSERT INTO t (name) VALUES ('row1')"_s)); // UNIQUE
        QVERIFY(m_db.rollback());
        QCOMPARE(count(), 3);
    }

    void errorsCarryTheSqliteCode()
    {
        insertRows(1);
        QSqlQuery q(m_db);
        QVERIFY(!q.exec(u"INSERT INTO t (name) VALUES ('row1')"_s));
        QCOMPARE(q.lastError().nativeErrorCode(), u"2067"_s); // SQLITE_CONSTRAINT_UNIQUE
        QCOMPARE(q.lastError().type(), QSqlError::StatementError);
        QVERIFY(q.lastError().databaseText().contains(u"UNIQUE"_s));
        QVERIFY(!q.exec(u"SELECT nope FROM t"_s));
        QVERIFY(q.lastError().databaseText().contains(u"nope"_s));
        QVERIFY(!q.prepare(u"SELECT 1; SELECT 2"_s));
        QVERIFY(q.lastError().databaseText().contains(u"executeScript"_s));
        QVERIFY(q.prepare(u"SELECT ?"_s));
        QVERIFY(!q.exec()); // nothing bound
        QVERIFY(q.lastError().databaseText().contains(u"1 placeholders, 0 values"_s));
    }

    void scriptsRunEveryStatement()
    {
        auto *driver = qobject_cast<storage::SqlCipherDriver *>(m_db.driver());
        QVERIFY(driver->executeScript(u"-- a migration\n"
                                      u"CREATE TABLE a (x INTEGER);\n"
                                      u"INSERT INTO a VALUES (1);\n"
                                      u"INSERT INTO a VALUES (2); /* trailing comment */\n"
                                      u"CREATE INDEX a_x ON a (x);\n"_s));
        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"SELECT sum(x) FROM a"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QVERIFY(!driver->executeScript(u"INSERT INTO a VALUES (3); INSERT INTO missing VALUES (4);"_s));
        QVERIFY(driver->lastError().driverText().contains(u"INSERT INTO missing"_s));
    }

    void busyTimeout()
    {
        QSqlDatabase second = test::openCipher(m_path, test::testKey(), u"QSQLCIPHER_BUSY_TIMEOUT=200"_s);
        QVERIFY(second.isOpen());
        QVERIFY(m_db.transaction()); // BEGIN IMMEDIATE: holds the write lock
        insertRows(1);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!second.transaction());
        QVERIFY(timer.elapsed() >= 150);
        QCOMPARE(second.lastError().nativeErrorCode(), u"5"_s); // SQLITE_BUSY
        QVERIFY(m_db.commit());
        QVERIFY(second.transaction());
        QVERIFY(second.commit());
        test::closeCipher(second);
    }

    void wrongKeyLeavesTheFileUntouched()
    {
        insertRows(5);
        test::closeCipher(m_db);
        const QByteArray before = test::sha256OfFile(m_path);
        QSqlDatabase wrong = test::openCipher(m_path, test::testKey('x'), {});
        QVERIFY(!wrong.isOpen());
        QVERIFY2(wrong.lastError().databaseText() == u"wrong key or not a database"_s,
                 qPrintable(wrong.lastError().text()));
        test::closeCipher(wrong);
        QCOMPARE(test::sha256OfFile(m_path), before);
        m_db = test::openCipher(m_path, test::testKey(), {});
        QCOMPARE(count(), 5);
    }

    void foreignFilesAreRefusedUntouched()
    {
        const QString junk = m_dir.filePath(u"junk.db"_s);
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'j'));
        file.close();
        const QByteArray before = test::sha256OfFile(junk);
        QSqlDatabase db = test::openCipher(junk, test::testKey());
        QVERIFY(!db.isOpen());
        QCOMPARE(db.lastError().databaseText(), u"wrong key or not a database"_s);
        test::closeCipher(db);
        QCOMPARE(test::sha256OfFile(junk), before);

        // A plain SQLite database is refused with a key, and without one unless asked for.
        const QString plain = m_dir.filePath(u"plain.db"_s);
        QSqlDatabase baseline = test::openCipher(plain, storage::DatabaseKey(),
                                                 u"QSQLCIPHER_CREATE_IF_MISSING;QSQLCIPHER_ALLOW_UNENCRYPTED"_s);
        QVERIFY(baseline.isOpen());
        QVERIFY(QSqlQuery(baseline).exec(u"CREATE TABLE p (x)"_s));
        test::closeCipher(baseline);
        QFile plainFile(plain);
        QVERIFY(plainFile.open(QIODevice::ReadOnly));
        QVERIFY(plainFile.read(15) == "SQLite format 3"); // the baseline really is unencrypted
        plainFile.close();
        QSqlDatabase keyed = test::openCipher(plain, test::testKey(), {});
        QVERIFY(!keyed.isOpen());
        test::closeCipher(keyed);
        QSqlDatabase unkeyed = test::openCipher(plain, storage::DatabaseKey(), {});
        QVERIFY(!unkeyed.isOpen());
        test::closeCipher(unkeyed);
    }

    void missingFileIsNotCreatedUnlessAsked()
    {
        const QString missing = m_dir.filePath(u"missing.db"_s);
        QSqlDatabase db = test::openCipher(missing, test::testKey(), {});
        QVERIFY(!db.isOpen());
        QVERIFY(db.lastError().databaseText().contains(u"does not exist"_s));
        test::closeCipher(db);
        QVERIFY(!QFile::exists(missing));
    }

    void theFileIsEncrypted()
    {
        insertRows(3);
        test::closeCipher(m_db);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(!content.startsWith("SQLite format 3"));
        QVERIFY(!content.contains("row1"));
        file.close();

        int code = 0;
        QByteArray error;
        test::runProcess(u"sqlite3"_s, {m_path, u"SELECT count(*) FROM t;"_s}, {}, &code, &error);
        QVERIFY2(code != 0 && error.contains("not a database"), error.constData());
        const QByteArray python = test::runProcess(
            u"/usr/bin/python3"_s,
            {u"-c"_s,
             u"import sqlite3,sys\ntry:\n sqlite3.connect(sys.argv[1]).execute('select * from t').fetchall()\n"
             u" print('read')\nexcept sqlite3.DatabaseError as e:\n print('refused', e)"_s,
             m_path},
            {}, &code);
        QVERIFY2(python.startsWith("refused"), python.constData());

        // The sqlcipher tool with the key reads it.
        const QByteArray hexKey = QByteArray(32, 'k').toHex();
        const QByteArray out = test::runProcess(
            u"sqlcipher"_s, {m_path}, "PRAGMA key = \"x'" + hexKey + "'\";\nSELECT name FROM t ORDER BY id;\n", &code);
        QVERIFY2(out.contains("row1\nrow2\nrow3"), out.constData());
        m_db = test::openCipher(m_path, test::testKey(), {});
    }

    void passphraseDatabasesOpenWithTheSqlcipherTool()
    {
        const QString path = m_dir.filePath(u"passphrase.db"_s);
        QByteArray passphrase("mật khẩu dài của tỉnh");
        const core::SecretBytes secret = core::SecretBytes::take(passphrase);
        const QByteArray salt = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        QSqlDatabase db = test::openCipher(path, storage::DatabaseKey::fromPassphrase(secret, salt));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE s (v TEXT)"_s));
        QVERIFY(QSqlQuery(db).exec(u"INSERT INTO s VALUES ('xin chào')"_s));
        test::closeCipher(db);
        QCOMPARE(storage::DatabaseKey::saltOfFile(path), salt);

        int code = 0;
        const QByteArray out = test::runProcess(u"sqlcipher"_s, {path},
                                                "PRAGMA key = 'mật khẩu dài của tỉnh';\nSELECT v FROM s;\n", &code);
        QVERIFY2(out.contains("xin chào"), out.constData());
        // Re-derived from the file's salt, the same passphrase opens it again.
        QSqlDatabase again = test::openCipher(
            path, storage::DatabaseKey::fromPassphrase(secret, storage::DatabaseKey::saltOfFile(path)), {});
        QVERIFY(again.isOpen());
        test::closeCipher(again);
    }

    void rekey()
    {
        insertRows(2);
        auto *driver = qobject_cast<storage::SqlCipherDriver *>(m_db.driver());
        QVERIFY2(driver->rekey(test::testKey('n')), qPrintable(driver->lastError().text()));
        test::closeCipher(m_db);
        QSqlDatabase old = test::openCipher(m_path, test::testKey(), {});
        QVERIFY(!old.isOpen());
        test::closeCipher(old);
        m_db = test::openCipher(m_path, test::testKey('n'), {});
        QVERIFY(m_db.isOpen());
        QCOMPARE(count(), 2);
    }

    void integrityChecks()
    {
        insertRows(200);
        auto *driver = qobject_cast<storage::SqlCipherDriver *>(m_db.driver());
        QVERIFY(driver->cipherVersion().startsWith(u"4."_s));
        QCOMPARE(driver->cipherIntegrityCheck(), QStringList());
        QCOMPARE(driver->integrityCheck(), QStringList());
        test::closeCipher(m_db);
        // Flip bytes inside the second page: its HMAC no longer matches.
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(4096 + 100);
        file.write(QByteArray(16, '\xff'));
        file.close();
        m_db = test::openCipher(m_path, test::testKey(), {});
        QVERIFY(m_db.isOpen());
        driver = qobject_cast<storage::SqlCipherDriver *>(m_db.driver());
        QVERIFY(!driver->cipherIntegrityCheck().isEmpty());
    }

    void qtsSqliteDriverIsNeverLoaded()
    {
        insertRows(1);
        const QByteArray loaded = loadedLibraries();
        QVERIFY(!loaded.isEmpty());
        QVERIFY(!loaded.contains("qsqlite"));
        QVERIFY(loaded.contains("libsqlcipher"));
    }

private:
    // The file names of the libraries this process has loaded, lowercase.
    static QByteArray loadedLibraries()
    {
#ifdef Q_OS_WIN
        HMODULE modules[1024];
        DWORD needed = 0;
        if (!EnumProcessModules(GetCurrentProcess(), modules, sizeof(modules), &needed)) {
            return {};
        }
        QByteArray names;
        for (DWORD i = 0; i < std::min<DWORD>(needed / sizeof(HMODULE), std::size(modules)); ++i) {
            wchar_t name[MAX_PATH];
            const DWORD length = GetModuleFileNameW(modules[i], name, MAX_PATH);
            names += QString::fromWCharArray(name, int(length)).toLower().toUtf8() + '\n';
        }
        return names;
#else
        QFile maps(u"/proc/self/maps"_s);
        return maps.open(QIODevice::ReadOnly) ? maps.readAll().toLower() : QByteArray();
#endif
    }

    void insertRows(int n)
    {
        QSqlQuery q(m_db);
        QVERIFY(q.prepare(u"INSERT INTO t (name, score) VALUES (?, ?)"_s));
        for (int i = 1; i <= n; ++i) {
            q.addBindValue(u"row%1"_s.arg(i));
            q.addBindValue(i * 1.5);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }

    int count()
    {
        QSqlQuery q(m_db);
        q.exec(u"SELECT count(*) FROM t"_s);
        q.next();
        return q.value(0).toInt();
    }

    QTemporaryDir m_dir;
    QString m_path;
    QSqlDatabase m_db;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "testsqlcipherdriver.moc"

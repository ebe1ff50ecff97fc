#include "serverdatabase.h"

#include "core/crashpoint.h"
#include "storage/durablefile.h"
#include "storage/sqlcipherdriver.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace ioc::server {

Sql::Sql(const ServerDatabase &db)
    : m_db(db)
    , m_query(db.connection())
{}

Sql::~Sql()
{
    release();
}

void Sql::release()
{
    if (!m_pooledText.isEmpty()) {
        m_query.finish();
        m_db.returnStatement(m_pooledText, std::exchange(m_query, QSqlQuery(m_db.connection())));
        m_pooledText.clear();
    }
}

bool Sql::exec(const QString &sql, const QVariantList &values)
{
    release();
    if (values.isEmpty()) {
        return m_query.exec(sql);
    }
    bool prepared = false;
    m_query = m_db.takeStatement(sql, &prepared);
    if (!prepared) {
        return false;
    }
    m_pooledText = sql;
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // The schema stores flags as integers in both databases; PostgreSQL will not coerce a
        // boolean parameter to an integer column.
        m_query.bindValue(i, value.typeId() == QMetaType::Bool ? QVariant(value.toBool() ? 1 : 0) : value);
    }
    return m_query.exec();
}

QString Sql::error() const
{
    return m_query.lastError().text();
}

namespace {

// Reads the database key (64 hex digits) from `path`, creating it with 0600 permissions first if
// it does not exist.
std::optional<core::SecretBytes> loadOrCreateKey(const QString &path, bool mayCreate, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        if (!mayCreate) {
            *error = QStringLiteral("the key file %1 does not exist").arg(path);
            return std::nullopt;
        }
        // Created with owner-only permissions in the same call: never readable by others, not even
        // for a moment.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = QStringLiteral("cannot create the key file %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        const core::SecretBytes key = core::SecretBytes::random(storage::DatabaseKey::keySize);
        const core::SecretBytes hex = key.toHex();
        const bool written = file.write(hex.data(), hex.size()) == hex.size() && file.write("\n") == 1 &&
                             file.flush() && storage::syncToDisk(file);
        file.close();
        // On disk, and named in its folder, before the database that cannot be opened without it.
        if (!written || !storage::syncDirectory(QFileInfo(path).absolutePath())) {
            QFile::remove(path);
            *error = QStringLiteral("cannot write the key file %1 to disk").arg(path);
            return std::nullopt;
        }
        IOC_CRASH_POINT("server.key.written");
        return key.clone();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the key file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray hex = file.readLine().trimmed();
    QByteArray raw = QByteArray::fromHex(hex);
    core::secureZero(hex.data(), std::size_t(hex.size()));
    if (raw.size() != storage::DatabaseKey::keySize) {
        *error = QStringLiteral("the key file %1 must hold 64 hexadecimal digits").arg(path);
        return std::nullopt;
    }
    return core::SecretBytes::take(raw);
}

} // namespace

std::unique_ptr<ServerDatabase> ServerDatabase::openEmbedded(const QString &dataDirectory, const QString &keyFile,
                                                             QString *error)
{
    storage::SqlCipherDriver::registerDriver();
    const QString dbPath = QDir(dataDirectory).filePath(QStringLiteral("server.db"));
    const bool dbExists = QFile::exists(dbPath);
    const QString keyPath = keyFile.isEmpty() ? QDir(dataDirectory).filePath(QStringLiteral("server.key")) : keyFile;
    // A named key file must exist; the default one is created with a new database only.
    const auto key = loadOrCreateKey(keyPath, keyFile.isEmpty() && !dbExists, error);
    if (!key) {
        return nullptr;
    }
    storage::Database::Options options;
    options.path = dbPath;
    options.key = storage::DatabaseKey::fromRawKey(*key);
    options.migrations = QStringLiteral(":/ioc/migrations/server");
    options.create = true;
    storage::StorageError storageError;
    std::unique_ptr<ServerDatabase> db(new ServerDatabase(Dialect::Sqlite));
    db->m_embedded = storage::Database::open(std::move(options), &storageError);
    if (!db->m_embedded) {
        *error = storageError.message;
        return nullptr;
    }
    const int openedAt = db->m_embedded->openedAtSchemaVersion();
    if (openedAt > 0 && openedAt < db->m_embedded->schemaVersion()) {
        qInfo("database: migrated from schema %d to %d", openedAt, db->m_embedded->schemaVersion());
    }
    if (!db->protectAuditTrail(error)) {
        return nullptr;
    }
    return db;
}

bool ServerDatabase::protectAuditTrail(QString *error)
{
    // The server only ever appends to the audit trail; the database refuses anything else, so no
    // bug and no statement through the server's connection can change or remove an entry. (Its
    // owner can drop the triggers: what holds against the owner is the keyed chain, AuditLog.)
    const QStringList statements =
        m_dialect == Dialect::Sqlite
            ? QStringList{QStringLiteral("CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log "
                                         "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
                          QStringLiteral("CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log "
                                         "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END")}
            : QStringList{QStringLiteral("CREATE OR REPLACE FUNCTION ioc_audit_append_only() RETURNS trigger "
                                         "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit trail is "
                                         "append-only'; END $$"),
                          QStringLiteral("CREATE OR REPLACE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "
                                         "audit_log FOR EACH ROW EXECUTE FUNCTION ioc_audit_append_only()"),
                          QStringLiteral("CREATE OR REPLACE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "
                                         "audit_log FOR EACH STATEMENT EXECUTE FUNCTION ioc_audit_append_only()")};
    Sql sql(*this);
    if (m_dialect == Dialect::Postgres) {
        // Present already (the usual case): no DDL, no table lock at every start.
        if (sql.exec(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND "
                                    "tgname IN ('audit_log_append_only', 'audit_log_no_truncate')")) &&
            sql.next() && sql.value(0).toInt() == 2) {
            return true;
        }
        sql.exec(QStringLiteral("SELECT pg_advisory_lock(2573)")); // with the instances' migrations
    }
    const bool ok = transaction(
        [&] {
            for (const QString &statement : statements) {
                if (!sql.exec(statement)) {
                    *error = QStringLiteral("cannot protect the audit trail: %1").arg(sql.error());
                    return false;
                }
            }
            return true;
        },
        error);
    if (m_dialect == Dialect::Postgres) {
        sql.exec(QStringLiteral("SELECT pg_advisory_unlock(2573)"));
    }
    return ok;
}

ServerDatabase::ServerDatabase(Dialect dialect)
    : m_dialect(dialect)
{}

std::unique_ptr<ServerDatabase> ServerDatabase::openPostgres(const QString &url, const QString &passwordFile,
                                                             QString *error)
{
    const QUrl parsed(url);
    if (!parsed.isValid() ||
        (parsed.scheme() != QStringLiteral("postgresql") && parsed.scheme() != QStringLiteral("postgres"))) {
        // Not repeated: it may hold a password.
        *error = QStringLiteral("--db-url is not a postgresql://user@host:port/database URL");
        return nullptr;
    }
    if (!parsed.password().isEmpty()) {
        // A command line is visible to every user of the machine (ps, /proc).
        *error = QStringLiteral("--db-url must not hold a password: put it in --db-password-file, PGPASSWORD or "
                                "PGPASSFILE");
        return nullptr;
    }
    QString password; // none: libpq finds it
    if (!passwordFile.isEmpty()) {
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error =
                QStringLiteral("cannot read the database password file %1: %2").arg(passwordFile, file.errorString());
            return nullptr;
        }
        password = QString::fromUtf8(file.readLine()).trimmed();
    }
    static QAtomicInt counter;
    std::unique_ptr<ServerDatabase> db(new ServerDatabase(Dialect::Postgres));
    db->m_connectionName = QStringLiteral("ioc-server-pg-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
    if (!connection.isValid()) {
        *error = QStringLiteral("the PostgreSQL driver (QPSQL) is not available");
        return nullptr;
    }
    const QString socketDir = QUrlQuery(parsed).queryItemValue(QStringLiteral("host"));
    connection.setHostName(socketDir.isEmpty() ? parsed.host() : socketDir);
    const int port =
        parsed.port() > 0 ? parsed.port() : QUrlQuery(parsed).queryItemValue(QStringLiteral("port")).toInt();
    if (port > 0) {
        connection.setPort(port);
    }
    connection.setUserName(parsed.userName());
    connection.setPassword(password);
    connection.setDatabaseName(parsed.path().mid(1));
    if (!connection.open()) {
        *error = QStringLiteral("cannot connect to PostgreSQL: %1").arg(connection.lastError().text());
        return nullptr;
    }
    if (!db->migratePostgres(error) || !db->protectAuditTrail(error)) {
        return nullptr;
    }
    ServerDatabase *self = db.get();
    connection.driver()->subscribeToNotification(QStringLiteral("ioc_changes"));
    connect(connection.driver(), &QSqlDriver::notification, self,
            [self](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (name == QStringLiteral("ioc_changes") && source == QSqlDriver::OtherSource) {
                    emit self->remoteChange(payload.toString().toLongLong());
                }
            });
    return db;
}

bool ServerDatabase::preparePostgres(const QString &ownerUrl, const QString &ownerPasswordFile,
                                     const QString &runtimeRole, QString *error)
{
    static const QRegularExpression plainName(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!plainName.match(runtimeRole).hasMatch()) {
        *error = QStringLiteral("--db-url's user must be a plain PostgreSQL role name (lower-case letters, digits, _)");
        return false;
    }
    const auto owner = openPostgres(ownerUrl, ownerPasswordFile, error); // migrates, adds the triggers
    if (!owner) {
        return false;
    }
    Sql sql(*owner);
    if (sql.exec(QStringLiteral("SELECT current_user")) && sql.next() && sql.value(0).toString() == runtimeRole) {
        *error = QStringLiteral("--db-owner-url and --db-url name the same role: the server must run as a role "
                                "that does not own the schema");
        return false;
    }
    // The server's role reads and writes the data, appends to the audit trail and does nothing
    // else to it (no UPDATE, DELETE or TRUNCATE; not being the owner, it cannot drop the
    // triggers either), and changes no schema.
    const QString role = QLatin1Char('"') + runtimeRole + QLatin1Char('"');
    const QStringList grants{
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1"),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"),
        QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM %1"),
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_version FROM %1"),
        QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1")};
    return owner->transaction(
        [&] {
            for (const QString &grant : grants) {
                if (!sql.exec(grant.arg(role))) {
                    *error = QStringLiteral("cannot grant the server's role its rights: %1").arg(sql.error());
                    return false;
                }
            }
            return true;
        },
        error);
}

bool ServerDatabase::migratePostgres(QString *error)
{
    Sql sql(*this);
    const QDir migrations(QStringLiteral(":/ioc/migrations/server"));
    // Up to date (the usual start): no DDL at all, which a role that does not own the schema
    // (the server's, with --db-owner-url) could not run.
    if (sql.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) && sql.next() &&
        sql.value(0).toBool() && sql.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")) &&
        sql.next() && sql.value(0).toInt() == storage::Database::knownSchemaVersion(migrations.path())) {
        return true;
    }
    if (!sql.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))) {
        *error = QStringLiteral("%1 (the schema needs creating or migrating: its owner does it, --db-owner-url)")
                     .arg(sql.error());
        return false;
    }
    // One instance migrates at a time.
    sql.exec(QStringLiteral("SELECT pg_advisory_lock(2573)"));
    int current = 0;
    if (sql.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")) && sql.next()) {
        current = sql.value(0).toInt();
    }
    const QDir folder(QStringLiteral(":/ioc/migrations/server"));
    const int known = storage::Database::knownSchemaVersion(folder.path());
    bool ok = true;
    if (current > known) {
        *error = QStringLiteral("the database has schema version %1, newer than this program knows (%2)")
                     .arg(current)
                     .arg(known);
        ok = false;
    }
    static const QRegularExpression name(QStringLiteral(R"(^(\d{4})_.*\.sql$)"));
    static const QRegularExpression comment(QStringLiteral("--[^\n]*"));
    for (const QString &entry : folder.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const int version = name.match(entry).captured(1).toInt();
        if (!ok || version <= current) {
            continue;
        }
        QFile file(folder.filePath(entry));
        file.open(QIODevice::ReadOnly);
        // The few dialect differences of the shared migrations.
        static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
        static const QRegularExpression jsonExtract(QStringLiteral(R"(json_extract\((\w+), '\$\.(\w+)'\))"));
        // An ISO 8601 time in the JSON as milliseconds since the epoch (to the second).
        static const QRegularExpression epochMs(
            QStringLiteral(R"(CAST\(strftime\('%s', json_extract\((\w+), '\$\.(\w+)'\)\) AS INTEGER\) \* 1000)"));
        const QString script =
            QString::fromUtf8(file.readAll())
                .remove(comment)
                .replace(blob, QStringLiteral("BYTEA"))
                .replace(epochMs, QStringLiteral("CAST(EXTRACT(EPOCH FROM CAST(CAST(\\1 AS json) ->> "
                                                 "'\\2' AS timestamptz)) AS BIGINT) * 1000"))
                .replace(jsonExtract, QStringLiteral("(CAST(\\1 AS json) ->> '\\2')"));
        ok = transaction(
            [&] {
                for (const QString &statement : script.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                    if (!statement.trimmed().isEmpty() && !sql.exec(statement)) {
                        *error = QStringLiteral("migration %1: %2 (migrations run as the schema's owner, "
                                                "--db-owner-url)")
                                     .arg(version)
                                     .arg(sql.error());
                        return false;
                    }
                }
                const bool recorded =
                    sql.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {version});
                IOC_CRASH_POINT("server.migration.before_commit");
                return recorded;
            },
            error);
    }
    sql.exec(QStringLiteral("SELECT pg_advisory_unlock(2573)"));
    if (ok && current > 0 && current < known) {
        qInfo("database: migrated from schema %d to %d", current, known);
    }
    return ok;
}

QSqlQuery ServerDatabase::takeStatement(const QString &text, bool *prepared) const
{
    auto found = m_statements.find(text);
    if (found != m_statements.end() && !found->second.empty()) {
        *prepared = true;
        QSqlQuery query = std::move(found->second.back());
        found->second.pop_back();
        return query;
    }
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    *prepared = query.prepare(text);
    return query;
}

void ServerDatabase::returnStatement(const QString &text, QSqlQuery query) const
{
    std::vector<QSqlQuery> &free = m_statements[text];
    if (free.size() < 4) {
        free.push_back(std::move(query));
    }
}

ServerDatabase::~ServerDatabase()
{
    m_statements.clear();
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase ServerDatabase::connection() const
{
    return m_embedded ? m_embedded->connection() : QSqlDatabase::database(m_connectionName, false);
}

QString ServerDatabase::path() const
{
    return m_embedded ? m_embedded->path() : connection().databaseName();
}

bool ServerDatabase::transaction(const std::function<bool()> &work, QString *error)
{
    if (m_embedded) {
        storage::StorageError storageError;
        const bool ok = m_embedded->transaction(work, &storageError);
        if (!ok && error != nullptr && storageError.isError()) {
            *error = storageError.message;
        }
        return ok;
    }
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        if (error != nullptr) {
            *error = db.lastError().text();
        }
        return false;
    }
    if (!work()) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        if (error != nullptr) {
            *error = db.lastError().text();
        }
        db.rollback();
        return false;
    }
    return true;
}

void ServerDatabase::announceChange(qint64 head)
{
    if (m_dialect == Dialect::Postgres) {
        Sql sql(*this);
        sql.exec(QStringLiteral("SELECT pg_notify('ioc_changes', ?)"), {QString::number(head)});
    }
}

qint64 ServerDatabase::nextValue(const QString &counter)
{
    return reserveValues(counter, 1);
}

qint64 ServerDatabase::reserveValues(const QString &counter, qint64 count)
{
    Sql sql(*this);
    if (sql.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, CAST(? AS TEXT)) ON CONFLICT (key) DO UPDATE "
                                "SET value = CAST(CAST(meta.value AS BIGINT) + ? AS TEXT) RETURNING value"),
                 {counter, QString::number(count), count}) &&
        sql.next()) {
        return sql.value(0).toLongLong() - count + 1;
    }
    qWarning("ioc-server: cannot advance the counter %s: %s", qPrintable(counter), qPrintable(sql.error()));
    return 0;
}

QString ServerDatabase::meta(const QString &key) const
{
    Sql sql(*this);
    return sql.exec(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}) && sql.next()
               ? sql.value(0).toString()
               : QString();
}

bool ServerDatabase::setMeta(const QString &key, const QString &value)
{
    Sql sql(*this);
    return sql.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                    {key, value});
}

} // namespace ioc::server

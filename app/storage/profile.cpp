#include "storage/profile.h"

#include "core/crashpoint.h"
#include "storage/logging.h"
#include "storage/reportrepository.h"
#include "storage/sqlcipherdriver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace ioc::storage {

namespace {

const QString replicaMigrations = QStringLiteral(":/ioc/migrations/replica");
const QString mediaMigrations = QStringLiteral(":/ioc/migrations/media");

StorageError keyError(const QString &message)
{
    return {StorageError::Kind::KeyUnavailable, message};
}

// Resolves the key of the profile whose replica is at `path`.
std::optional<DatabaseKey> resolveKey(const QString &directory, KeySource &source, bool create, bool *usesPassphrase,
                                      StorageError *error)
{
    const QString path = Profile::replicaPath(directory);
    const bool exists = QFileInfo::exists(path) && QFileInfo(path).size() > 0;
    if (source.passphrase) {
        *usesPassphrase = true;
        QByteArray salt = exists ? DatabaseKey::saltOfFile(path) : QByteArray();
        if (exists && salt.isEmpty()) {
            *error = {StorageError::Kind::Other, QStringLiteral("%1: cannot read the database header").arg(path)};
            return std::nullopt;
        }
        if (!exists) {
            const core::SecretBytes random = core::SecretBytes::random(DatabaseKey::saltSize);
            salt = QByteArray(random.data(), random.size());
        }
        return DatabaseKey::fromPassphrase(*source.passphrase, salt);
    }
    *usesPassphrase = false;
    if (source.keyring == nullptr) {
        *error = keyError(QStringLiteral("no passphrase was given and no keyring is available; give a passphrase "
                                         "(--passphrase-file or IOC_DB_PASSPHRASE)"));
        return std::nullopt;
    }
    const QString entry = Profile::keyringEntry(directory);
    auto read = source.keyring->read(entry);
    if (read.status == core::SecretStore::Status::Ok) {
        if (read.secret.size() != DatabaseKey::keySize) {
            *error = keyError(QStringLiteral("the keyring entry %1 does not hold a 256-bit key").arg(entry));
            return std::nullopt;
        }
        return DatabaseKey::fromRawKey(read.secret);
    }
    if (read.status != core::SecretStore::Status::NotFound) {
        *error = keyError(QStringLiteral("the OS keyring is not available (%1); give a passphrase "
                                         "(--passphrase-file or IOC_DB_PASSPHRASE)")
                              .arg(read.error));
        return std::nullopt;
    }
    if (exists) {
        // A rekey from a passphrase to a keyring key that stopped before the main entry was written.
        auto next = source.keyring->read(entry + QStringLiteral(".next"));
        if (next.status == core::SecretStore::Status::Ok && next.secret.size() == DatabaseKey::keySize) {
            return DatabaseKey::fromRawKey(next.secret);
        }
        *error = keyError(QStringLiteral("%1 exists but the keyring holds no key for it; it will not be recreated. "
                                         "If it was made with a passphrase, give the passphrase")
                              .arg(path));
        return std::nullopt;
    }
    if (!create) {
        *error = {StorageError::Kind::Missing, QStringLiteral("%1 does not exist").arg(path)};
        return std::nullopt;
    }
    // A new profile: the key goes to the keyring before any file exists.
    const core::SecretBytes key = core::SecretBytes::random(DatabaseKey::keySize);
    QString writeError;
    if (source.keyring->write(entry, key, &writeError) != core::SecretStore::Status::Ok) {
        *error = keyError(QStringLiteral("cannot store the new key in the OS keyring: %1").arg(writeError));
        return std::nullopt;
    }
    return DatabaseKey::fromRawKey(key);
}

} // namespace

QString Profile::replicaPath(const QString &directory)
{
    return QDir(directory).absoluteFilePath(QStringLiteral("replica.db"));
}

QString Profile::mediaPath(const QString &directory)
{
    return QDir(directory).absoluteFilePath(QStringLiteral("media.db"));
}

QString Profile::keyringEntry(const QString &directory)
{
    const QByteArray path = QDir(directory).absolutePath().toUtf8();
    return QStringLiteral("replica-key:") +
           QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(24));
}

std::unique_ptr<Profile> Profile::open(const QString &directory, KeySource source, Mode mode, StorageError *error,
                                       Repair repair)
{
    SqlCipherDriver::registerDriver();
    const bool create = mode == Mode::OpenOrCreate;
    if (create && !QDir().mkpath(directory)) {
        *error = {StorageError::Kind::Other, QStringLiteral("cannot create the profile folder %1").arg(directory)};
        return nullptr;
    }
    std::unique_ptr<Profile> profile(new Profile());
    profile->m_directory = QDir(directory).absolutePath();
    auto key = resolveKey(profile->m_directory, source, create, &profile->m_usesPassphrase, error);
    if (!key) {
        return nullptr;
    }
    profile->m_key = std::move(*key);

    const auto openReplica = [&](const DatabaseKey &key, StorageError *openError) {
        Database::Options replica;
        replica.path = replicaPath(directory);
        replica.key = key.clone();
        replica.migrations = replicaMigrations;
        replica.create = create;
        return Database::open(std::move(replica), openError);
    };
    profile->m_replica = openReplica(profile->m_key, error);
    if (!profile->m_replica && error->kind == StorageError::Kind::WrongKey && source.keyring != nullptr) {
        // A rekey stopped after re-encrypting the replica and before the keyring's main entry
        // changed: the new key waits in the ".next" entry.
        const auto next = source.keyring->read(keyringEntry(profile->m_directory) + QStringLiteral(".next"));
        if (next.status == core::SecretStore::Status::Ok && next.secret.size() == DatabaseKey::keySize) {
            StorageError nextError;
            DatabaseKey nextKey = DatabaseKey::fromRawKey(next.secret);
            profile->m_replica = openReplica(nextKey, &nextError);
            if (profile->m_replica) {
                profile->m_key = std::move(nextKey);
            }
        }
    }
    if (!profile->m_replica) {
        return nullptr;
    }
    if (!profile->completeRekey(source.keyring, error)) {
        return nullptr;
    }
    if (repair == Repair::Automatic) {
        ReportRepository reports(*profile->m_replica);
        if (!reports.searchIndexLooksComplete()) {
            qCWarning(lcStorage) << "the search index of" << profile->m_replica->path()
                                 << "lacks reports; rebuilding it";
            if (!reports.rebuildSearchIndex(error)) {
                return nullptr;
            }
            profile->m_repairedSearchIndex = true;
        }
    }
    Database::Options media;
    media.path = mediaPath(directory);
    media.key = profile->m_key.clone();
    media.migrations = mediaMigrations;
    media.create = true; // the cache may always be rebuilt
    profile->m_media = Database::open(std::move(media), error);
    if (!profile->m_media) {
        return nullptr;
    }
    return profile;
}

Profile::~Profile()
{
    m_media.reset();
    m_replica.reset();
    m_key = DatabaseKey();
}

std::unique_ptr<Database> Profile::openReplicaConnection(StorageError *error) const
{
    Database::Options options;
    options.path = replicaPath(m_directory);
    options.key = m_key.clone();
    return Database::open(std::move(options), error);
}

std::unique_ptr<Database> Profile::openMediaConnection(StorageError *error) const
{
    Database::Options options;
    options.path = mediaPath(m_directory);
    options.key = m_key.clone();
    return Database::open(std::move(options), error);
}

bool Profile::rekey(KeySource newSource, StorageError *error)
{
    DatabaseKey newKey;
    core::SecretBytes raw;
    if (newSource.passphrase) {
        newKey = DatabaseKey::fromPassphrase(*newSource.passphrase, DatabaseKey::saltOfFile(replicaPath(m_directory)));
    } else {
        if (newSource.keyring == nullptr) {
            *error = keyError(QStringLiteral("no new passphrase and no keyring to hold a new key"));
            return false;
        }
        raw = core::SecretBytes::random(DatabaseKey::keySize);
        QString writeError;
        // Kept safe before any file uses it.
        if (newSource.keyring->write(keyringEntry(m_directory) + QStringLiteral(".next"), raw, &writeError) !=
            core::SecretStore::Status::Ok) {
            *error = keyError(QStringLiteral("cannot store the new key in the OS keyring: %1").arg(writeError));
            return false;
        }
        IOC_CRASH_POINT("rekey.next_key_stored");
        newKey = DatabaseKey::fromRawKey(raw);
    }
    // Both keys in the replica before either file changes: a crash at any later point is finished
    // by the next open (completeRekey), whichever of the two keys opens the replica then.
    const bool journaled = m_replica->transaction(
        [&] {
            QSqlQuery query(m_replica->connection());
            query.prepare(QStringLiteral("INSERT OR REPLACE INTO rekey_journal (id, old_key, new_key, new_raw) "
                                         "VALUES (1, ?, ?, ?)"));
            const auto bytes = [](const core::SecretBytes &secret) {
                return QByteArray::fromRawData(secret.data(), secret.size());
            };
            query.addBindValue(bytes(m_key.literal()));
            query.addBindValue(bytes(newKey.literal()));
            query.addBindValue(raw.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(bytes(raw)));
            if (!query.exec()) {
                *error = StorageError::fromSql(query.lastError(), m_replica->path());
                return false;
            }
            return true;
        },
        error);
    if (!journaled) {
        return false;
    }
    IOC_CRASH_POINT("rekey.journal_written");
    if (!completeRekey(newSource.keyring, error)) {
        return false;
    }
    m_usesPassphrase = newSource.passphrase.has_value();
    return true;
}

bool Profile::completeRekey(core::SecretStore *keyring, StorageError *error)
{
    const QString entry = keyringEntry(m_directory);
    const QString pendingEntry = entry + QStringLiteral(".next");
    DatabaseKey oldKey;
    DatabaseKey newKey;
    core::SecretBytes raw;
    {
        QSqlQuery query(m_replica->connection());
        if (!query.exec(QStringLiteral("SELECT old_key, new_key, new_raw FROM rekey_journal WHERE id = 1"))) {
            *error = StorageError::fromSql(query.lastError(), m_replica->path());
            return false;
        }
        if (!query.next()) {
            // No key change in progress; a ".next" entry left by one that never touched a file
            // (its journal was not written) is dropped.
            if (keyring != nullptr && !m_usesPassphrase) {
                keyring->remove(pendingEntry, nullptr);
            }
            return true;
        }
        const auto secret = [&](int column) {
            QByteArray bytes = query.value(column).toByteArray();
            return core::SecretBytes::take(bytes);
        };
        oldKey = DatabaseKey::fromLiteral(secret(0));
        newKey = DatabaseKey::fromLiteral(secret(1));
        raw = secret(2);
        query.finish();
    }
    if (!(m_key == newKey)) {
        if (!m_replica->driver()->rekey(newKey)) {
            *error = StorageError::fromSql(m_replica->driver()->lastError(), m_replica->path());
            return false;
        }
        m_key = newKey.clone();
    }
    IOC_CRASH_POINT("rekey.replica_rekeyed");
    if (!rekeyMedia(oldKey, newKey, error)) {
        return false;
    }
    IOC_CRASH_POINT("rekey.media_rekeyed");
    if (!raw.isEmpty()) {
        if (keyring == nullptr) {
            *error = keyError(QStringLiteral("a key change in progress needs the OS keyring to finish"));
            return false;
        }
        QString writeError;
        if (keyring->write(entry, raw, &writeError) != core::SecretStore::Status::Ok) {
            *error = keyError(QStringLiteral("the databases use the new key, kept in the keyring as %1, but the main "
                                             "entry could not be updated: %2")
                                  .arg(pendingEntry, writeError));
            return false;
        }
        IOC_CRASH_POINT("rekey.main_key_stored");
    }
    QSqlQuery done(m_replica->connection());
    if (!done.exec(QStringLiteral("DELETE FROM rekey_journal"))) {
        *error = StorageError::fromSql(done.lastError(), m_replica->path());
        return false;
    }
    if (!raw.isEmpty()) {
        keyring->remove(pendingEntry, nullptr);
    }
    return true;
}

bool Profile::rekeyMedia(const DatabaseKey &oldKey, const DatabaseKey &newKey, StorageError *error)
{
    if (m_media) {
        // Open (a rekey of a running profile): it still has the old key.
        if (!m_media->driver()->rekey(newKey)) {
            *error = StorageError::fromSql(m_media->driver()->lastError(), m_media->path());
            return false;
        }
        return true;
    }
    if (!QFileInfo::exists(mediaPath(m_directory))) {
        return true;
    }
    // At open: the media cache has one key or the other.
    const auto openWith = [&](const DatabaseKey &key, StorageError *openError) {
        Database::Options options;
        options.path = mediaPath(m_directory);
        options.key = key.clone();
        return Database::open(std::move(options), openError);
    };
    StorageError ignored;
    if (openWith(newKey, &ignored)) {
        return true;
    }
    auto media = openWith(oldKey, error);
    if (!media) {
        return false;
    }
    if (!media->driver()->rekey(newKey)) {
        *error = StorageError::fromSql(media->driver()->lastError(), media->path());
        return false;
    }
    return true;
}

} // namespace ioc::storage

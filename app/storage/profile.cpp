#include "storage/profile.h"

#include "storage/logging.h"
#include "storage/reportrepository.h"
#include "storage/sqlcipherdriver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

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

    Database::Options replica;
    replica.path = replicaPath(directory);
    replica.key = profile->m_key.clone();
    replica.migrations = replicaMigrations;
    replica.create = create;
    profile->m_replica = Database::open(std::move(replica), error);
    if (!profile->m_replica) {
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
    const QString entry = keyringEntry(m_directory);
    const QString pendingEntry = entry + QStringLiteral(".next");
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
        // Keep the new key safe before any file uses it.
        if (newSource.keyring->write(pendingEntry, raw, &writeError) != core::SecretStore::Status::Ok) {
            *error = keyError(QStringLiteral("cannot store the new key in the OS keyring: %1").arg(writeError));
            return false;
        }
        newKey = DatabaseKey::fromRawKey(raw);
    }
    for (Database *db : {m_replica.get(), m_media.get()}) {
        if (!db->driver()->rekey(newKey)) {
            *error = StorageError::fromSql(db->driver()->lastError(), db->path());
            return false;
        }
    }
    if (!newSource.passphrase) {
        QString writeError;
        if (newSource.keyring->write(entry, raw, &writeError) != core::SecretStore::Status::Ok) {
            *error = keyError(QStringLiteral("the databases use the new key, kept in the keyring as %1, but the main "
                                             "entry could not be updated: %2")
                                  .arg(pendingEntry, writeError));
            return false;
        }
        newSource.keyring->remove(pendingEntry, nullptr);
    }
    m_key = std::move(newKey);
    m_usesPassphrase = newSource.passphrase.has_value();
    return true;
}

} // namespace ioc::storage

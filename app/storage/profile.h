#pragma once

#include "core/secret.h"
#include "core/secretstore.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QString>

#include <memory>
#include <optional>

namespace ioc::storage {

// Where a profile's key comes from. An explicit passphrase always wins; otherwise the key is a
// random 256-bit key in the OS keyring.
struct KeySource
{
    std::optional<core::SecretBytes> passphrase;
    core::SecretStore *keyring = nullptr;
};

// A user profile on a workstation: DIR/replica.db (reports, outbox, reference data) and
// DIR/media.db (the media cache), both encrypted with the profile's key. An existing database
// is never recreated or overwritten: a wrong or missing key is an error. Creating a profile
// first stores the new key in the keyring, then creates the files, so an interrupted creation
// is completed by the next open. The key is wiped when the profile closes.
class Profile final
{
public:
    enum class Mode
    {
        OpenExisting,
        OpenOrCreate,
    };

    // What open() does about a search index that lacks reports (a crash in an older version's
    // bulk load): rebuild it, or leave it for `ioc-admin db check` to report.
    enum class Repair
    {
        Automatic,
        None,
    };

    static std::unique_ptr<Profile> open(const QString &directory, KeySource source, Mode mode, StorageError *error,
                                         Repair repair = Repair::Automatic);
    ~Profile();
    Q_DISABLE_COPY_MOVE(Profile)

    static QString replicaPath(const QString &directory);
    static QString mediaPath(const QString &directory);
    // The keyring entry of a profile's key (derived from its absolute path).
    static QString keyringEntry(const QString &directory);

    const QString &directory() const { return m_directory; }
    Database &replica() { return *m_replica; }
    Database &media() { return *m_media; }
    bool usesPassphrase() const { return m_usesPassphrase; }

    // Another connection to the replica, for a worker thread (one connection per thread).
    std::unique_ptr<Database> openReplicaConnection(StorageError *error) const;
    // Another connection to the media cache, likewise.
    std::unique_ptr<Database> openMediaConnection(StorageError *error) const;

    // Re-encrypts both databases with a new key: a fresh random key in the keyring, or the
    // given new passphrase. Journaled in the replica first (rekey_journal), so a crash at any
    // point is finished by the next open, with either key.
    bool rekey(KeySource newSource, StorageError *error);
    // Whether open() rebuilt the search index.
    bool repairedSearchIndex() const { return m_repairedSearchIndex; }

private:
    Profile() = default;
    // Finishes a key change the journal records (at open, or as the last steps of rekey()).
    bool completeRekey(core::SecretStore *keyring, StorageError *error);
    bool rekeyMedia(const DatabaseKey &oldKey, const DatabaseKey &newKey, StorageError *error);

    QString m_directory;
    DatabaseKey m_key;
    bool m_usesPassphrase = false;
    bool m_repairedSearchIndex = false;
    std::unique_ptr<Database> m_replica;
    std::unique_ptr<Database> m_media;
};

} // namespace ioc::storage

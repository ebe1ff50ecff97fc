#pragma once

#include "core/directory.h"
#include "core/secret.h"
#include "core/workflow.h"
#include "session/syncworker.h"
#include "session/verifier.h"
#include "storage/identityrepository.h"
#include "storage/outboxrepository.h"
#include "storage/profile.h"
#include "storage/referencerepository.h"
#include "storage/reportrepository.h"
#include "sync/syncengine.h"

#include <QObject>
#include <QThread>
#include <QUrl>

#include <memory>

namespace ioc::session {

class SyncWorker;

struct SessionOptions
{
    QUrl server;
    QString username;
    // A CA certificate (PEM) to trust for this profile only, e.g. a center's private CA or the
    // demo's throwaway one; copied into the profile, so later sessions trust it too.
    QString caFile;
    // SPKI pins (base64 SHA-256, as HPKP's pin-sha256) the server's key must match; kept in the
    // profile as the CA is. Empty: the pins the profile already keeps, if any.
    QList<QByteArray> pins;
    // Empty: <app data>/profiles/<server host_port>-<user>.
    QString profileDirectory;
    // The profile's key from a passphrase instead of the OS keyring (no keyring prompt); the
    // refresh token then stays in memory only. One buffer however often the options are copied:
    // open() wipes it once the key is derived.
    std::shared_ptr<core::SecretBytes> profilePassphrase;
};

// One officer signed in to one server: the encrypted profile (replica and media cache), the
// sync worker thread, the officer's identity and role, and the reads and commands the UI needs.
// The UI thread reads the replica through its own connection; every change goes through the
// outbox. Closing the session stops sync, closes the databases and wipes the key from memory.
class ConsoleSession final : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleSession(QObject *parent = nullptr);
    ~ConsoleSession() override;
    Q_DISABLE_COPY_MOVE(ConsoleSession)

    static QString defaultProfileDirectory(const QUrl &server, const QString &username);
    // Pins as typed (separated by spaces, commas or new lines); nothing and a message if one of
    // them is not the base64 of a SHA-256 digest.
    static std::optional<QList<QByteArray>> parsePins(const QString &text, QString *error);

    // Opens (or creates) the profile and starts the sync thread. False with a message on failure
    // (wrong key, unreadable CA file, …); nothing is created or overwritten then.
    bool open(const SessionOptions &options, QString *error);
    // Signs in (an empty password resumes with the kept refresh token); answers with
    // signInFinished. The password is kept only as a salted hash, to unlock the screen offline.
    void signIn(const QByteArray &password, const QString &totp);
    void signOut();
    void close();
    bool isOpen() const { return m_profile != nullptr; }

    // True if `password` is the one this session signed in with (checked locally, offline).
    bool checkPassword(const QByteArray &password) const;

    const SessionOptions &options() const { return m_options; }
    std::optional<core::User> user() const { return m_user; }
    core::Actor actor() const;
    sync::SyncStatus status() const { return m_status; }
    // The server's clock (the offset learnt from its Date headers), for countdowns.
    QDateTime serverNow() const;

    // Reads, on the UI thread's connection.
    storage::ReportRepository &reports() { return *m_reports; }
    storage::IdentityRepository &identities() { return *m_identities; }
    storage::ReferenceRepository &reference() { return *m_reference; }
    storage::OutboxRepository &outbox() { return *m_outbox; }
    // The replica's connection of the UI thread (the supervision figures read it in bulk).
    storage::Database &replica();
    core::Directory directory() const { return m_reference->directory(); }
    QList<storage::OutboxEntry> conflicts() const;

    // Commands: each is one outbox entry, durable when this returns.
    // `files`: result photos, kept encrypted first and attached to the action by their hash.
    std::optional<storage::OutboxEntry> act(const QString &reportId, const QString &action, const QJsonObject &payload,
                                            QString *error, const QList<NewMedia> &files = {});
    // A report entered here (hotline, e-mail, Zalo, Facebook): its id made here, its files kept
    // encrypted first, sent when the server is reachable.
    std::optional<storage::OutboxEntry> create(const QString &reportId, const QJsonObject &payload,
                                               const QList<NewMedia> &files, QString *error);
    std::optional<storage::OutboxEntry> reconfirm(qint64 seq, QString *error);
    bool discard(qint64 seq, QString *error);
    void syncNow();

    // A plain API request (not an action on a report; `path` may carry a query): `done` runs on the
    // UI thread with the HTTP status (0 when no answer came), the JSON body, and a message for
    // people on failure.
    using Answer = std::function<void(int status, const QJsonObject &json, const QString &message)>;
    void request(const QByteArray &method, const QString &path, const QJsonObject &body, Answer done);
    // Reveals a report's reporter (PRODUCT.md §17): `reveal_identity` with the reason, sent now
    // (never queued: the identity comes in the answer, so a reveal needs the server); what the
    // server answers is kept in the identity store. `done` runs on the UI thread with a message
    // for people on failure.
    using RevealAnswer = std::function<void(bool ok, const QString &message)>;
    void reveal(const QString &reportId, const QString &reason, RevealAnswer done);
    // A photo or video of a report (cache first); `done` runs on the UI thread.
    using MediaAnswer = std::function<void(const QByteArray &data, const QString &error)>;
    void fetchMedia(const QString &sha256, const QString &mimeType, MediaAnswer done);
    // The verification checklist of a report, evaluated on the verifier's thread; `done` runs
    // on the UI thread.
    using VerificationAnswer = std::function<void(const Verification &verification)>;
    void verify(const QString &reportId, VerificationAnswer done);

signals:
    void signInFinished(bool ok, const QString &message);
    void signInRequired();
    void statusChanged(const ioc::sync::SyncStatus &status);
    void reportsChanged(const QStringList &reportIds);
    void reportsReloaded(); // too many to name: read the replica again
    void referenceChanged();
    void outboxChanged();
    void resynchronised();
    void idle();

private:
    SessionOptions m_options; // without the passphrase, which open() consumed
    bool m_usesPassphrase = false;
    std::unique_ptr<core::SecretStore> m_keyring;
    std::unique_ptr<storage::Profile> m_profile;
    std::unique_ptr<storage::ReportRepository> m_reports;
    std::unique_ptr<storage::IdentityRepository> m_identities;
    std::unique_ptr<storage::ReferenceRepository> m_reference;
    std::unique_ptr<storage::OutboxRepository> m_outbox;
    QThread m_thread;
    SyncWorker *m_worker = nullptr; // lives on m_thread
    QThread m_verifyThread;
    Verifier *m_verifier = nullptr; // lives on m_verifyThread
    QHash<int, VerificationAnswer> m_verifyAnswers;
    std::optional<core::User> m_user;
    sync::SyncStatus m_status;
    QHash<int, Answer> m_answers;
    QHash<int, MediaAnswer> m_mediaAnswers;
    int m_nextTag = 1;
    QByteArray m_passwordSalt;
    QByteArray m_passwordHash;
};

} // namespace ioc::session

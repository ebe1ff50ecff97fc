#include "session/consolesession.h"

#include "core/reportjson.h"
#include "keyring/keychainsecretstore.h"
#include "session/syncworker.h"
#include "sync/tlspolicy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ioc::session {

namespace {

constexpr int passwordIterations = 100000;

QString trustedCaPath(const QString &profileDirectory)
{
    return QDir(profileDirectory).filePath(u"trusted-ca.pem"_s);
}

QString pinsPath(const QString &profileDirectory)
{
    return QDir(profileDirectory).filePath(u"pinned-keys.txt"_s);
}

} // namespace

std::optional<QList<QByteArray>> ConsoleSession::parsePins(const QString &text, QString *error)
{
    QList<QByteArray> pins;
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    for (const QString &pin : text.split(separators, Qt::SkipEmptyParts)) {
        const auto decoded = QByteArray::fromBase64Encoding(pin.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32) {
            *error = tr("\"%1\" is not a key pin: a pin is the base64 of the SHA-256 of the server key "
                        "(44 characters ending in =).")
                         .arg(pin);
            return std::nullopt;
        }
        pins.append(pin.toLatin1());
    }
    return pins;
}

ConsoleSession::ConsoleSession(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ioc::sync::SyncStatus>();
    qRegisterMetaType<ioc::core::User>();
    m_thread.setObjectName(u"sync"_s);
    m_verifyThread.setObjectName(u"verify"_s);
}

ConsoleSession::~ConsoleSession()
{
    close();
}

QString ConsoleSession::defaultProfileDirectory(const QUrl &server, const QString &username)
{
    QString name = server.host() + u'_' + QString::number(server.port(443)) + u'-' + username;
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.') {
            c = u'_';
        }
    }
    // The machine's own data, not the roaming part of a Windows profile (%LOCALAPPDATA%, not
    // %APPDATA%): the replica is large, and its key is in this machine's Credential Manager. On
    // Linux both are ~/.local/share.
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/profiles/"_s + name;
}

bool ConsoleSession::open(const SessionOptions &options, QString *error)
{
    close();
    m_options = options;
    if (m_options.profileDirectory.isEmpty()) {
        m_options.profileDirectory = defaultProfileDirectory(options.server, options.username);
    }
    storage::KeySource source;
    m_usesPassphrase = options.profilePassphrase != nullptr;
    if (m_usesPassphrase) {
        source.passphrase = options.profilePassphrase->clone();
        // Consumed: the key is derived from it below, and nothing keeps it for the session.
        options.profilePassphrase->wipe();
        m_options.profilePassphrase.reset();
    } else {
        m_keyring = std::make_unique<keyring::KeychainSecretStore>();
        source.keyring = m_keyring.get();
    }
    storage::StorageError storageError;
    m_profile = storage::Profile::open(m_options.profileDirectory, std::move(source),
                                       storage::Profile::Mode::OpenOrCreate, &storageError);
    if (!m_profile) {
        *error = storageError.message;
        m_keyring.reset();
        return false;
    }

    sync::ApiEndpoint endpoint;
    endpoint.baseUrl = options.server;
    const QString caCopy = trustedCaPath(m_options.profileDirectory);
    if (!options.caFile.isEmpty()) {
        QString caError;
        if (!sync::TlsPolicy::loadCaBundle(options.caFile, &caError)) {
            *error = caError;
            close();
            return false;
        }
        QFile::remove(caCopy);
        if (!QFile::copy(options.caFile, caCopy)) {
            *error = tr("Cannot copy the certificate %1 into the profile.").arg(options.caFile);
            close();
            return false;
        }
    }
    if (QFile::exists(caCopy)) {
        QString caError;
        const auto cas = sync::TlsPolicy::loadCaBundle(caCopy, &caError);
        if (!cas) {
            *error = caError;
            close();
            return false;
        }
        endpoint.tls.extraCas = *cas;
    }
    // The pins, like the CA, stay with the profile: later sessions (and a resume offline) keep them.
    const QString pinsFile = pinsPath(m_options.profileDirectory);
    if (!options.pins.isEmpty()) {
        QSaveFile file(pinsFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(options.pins.join('\n') + '\n') < 0 || !file.commit()) {
            *error = tr("Cannot keep the key pins in the profile: %1").arg(file.errorString());
            close();
            return false;
        }
    }
    if (QFile file(pinsFile); file.open(QIODevice::ReadOnly)) {
        QString pinError;
        const auto pins = parsePins(QString::fromLatin1(file.readAll()), &pinError);
        if (!pins) {
            *error = tr("The profile's key pins are damaged (%1): %2").arg(pinsFile, pinError);
            close();
            return false;
        }
        endpoint.tls.pins = *pins;
    }
    const QString endpointProblem = sync::ApiClient::checkEndpoint(endpoint);
    if (!endpointProblem.isEmpty()) {
        *error = endpointProblem;
        close();
        return false;
    }

    m_reports = std::make_unique<storage::ReportRepository>(m_profile->replica());
    m_identities = std::make_unique<storage::IdentityRepository>(m_profile->replica());
    m_reference = std::make_unique<storage::ReferenceRepository>(m_profile->replica());
    m_outbox = std::make_unique<storage::OutboxRepository>(m_profile->replica());

    // The refresh token goes to the keyring only when the profile key does too.
    m_worker = new SyncWorker(endpoint, *m_profile, m_usesPassphrase ? nullptr : m_keyring.get());
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::statusChanged, this, [this](const sync::SyncStatus &status) {
        m_status = status;
        emit statusChanged(status);
    });
    connect(m_worker, &SyncWorker::reportsChanged, this, &ConsoleSession::reportsChanged);
    connect(m_worker, &SyncWorker::reportsReloaded, this, &ConsoleSession::reportsReloaded);
    connect(m_worker, &SyncWorker::referenceChanged, this, &ConsoleSession::referenceChanged);
    connect(m_worker, &SyncWorker::outboxChanged, this, &ConsoleSession::outboxChanged);
    connect(m_worker, &SyncWorker::resynchronised, this, &ConsoleSession::resynchronised);
    connect(m_worker, &SyncWorker::idle, this, &ConsoleSession::idle);
    connect(m_worker, &SyncWorker::signInRequired, this, &ConsoleSession::signInRequired);
    connect(m_worker, &SyncWorker::answered, this,
            [this](int tag, int status, const QJsonObject &json, const QString &message) {
                const Answer done = m_answers.take(tag);
                if (done) {
                    done(status, json, message);
                }
            });
    connect(m_worker, &SyncWorker::mediaFetched, this, [this](int tag, const QByteArray &data, const QString &error) {
        const MediaAnswer done = m_mediaAnswers.take(tag);
        if (done) {
            done(data, error);
        }
    });
    connect(m_worker, &SyncWorker::signInFinished, this,
            [this](bool ok, const QString &message, const core::User &user) {
                if (ok) {
                    m_user = user;
                }
                emit signInFinished(ok, message);
            });
    m_thread.start();
    m_verifier = new Verifier(*m_profile);
    m_verifier->moveToThread(&m_verifyThread);
    connect(&m_verifyThread, &QThread::finished, m_verifier, &QObject::deleteLater);
    m_verifyThread.start(QThread::LowPriority);
    bool initialised = false;
    QString initError;
    QMetaObject::invokeMethod(
        m_worker,
        [&] {
            connect(
                m_worker, &SyncWorker::initialised, m_worker,
                [&](bool ok, const QString &message) {
                    initialised = ok;
                    initError = message;
                },
                Qt::SingleShotConnection);
            m_worker->initialise();
        },
        Qt::BlockingQueuedConnection);
    if (!initialised) {
        *error = initError;
        close();
        return false;
    }
    return true;
}

void ConsoleSession::signIn(const QByteArray &password, const QString &totp)
{
    if (!password.isEmpty()) {
        m_passwordSalt = QByteArray(16, '\0');
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_passwordSalt.data()), 4);
        m_passwordHash = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password, m_passwordSalt,
                                                            passwordIterations, 32);
    }
    const QString username = m_options.username;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, username, password, totp] { worker->signIn(username, password, totp); });
}

bool ConsoleSession::checkPassword(const QByteArray &password) const
{
    if (m_passwordHash.isEmpty()) {
        return false;
    }
    const QByteArray hash = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password, m_passwordSalt,
                                                               passwordIterations, 32);
    // Constant-time comparison.
    unsigned char difference = 0;
    for (qsizetype i = 0; i < hash.size(); ++i) {
        difference |= static_cast<unsigned char>(hash[i] ^ m_passwordHash[i]);
    }
    return difference == 0 && hash.size() == m_passwordHash.size();
}

void ConsoleSession::signOut()
{
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, &SyncWorker::signOut, Qt::BlockingQueuedConnection);
    }
    m_user.reset();
}

void ConsoleSession::close()
{
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, &SyncWorker::shutdown, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        m_worker = nullptr;
    }
    if (m_verifier) {
        QMetaObject::invokeMethod(m_verifier, &Verifier::shutdown, Qt::BlockingQueuedConnection);
        m_verifyThread.quit();
        m_verifyThread.wait();
        m_verifier = nullptr;
    }
    m_verifyAnswers.clear();
    m_outbox.reset();
    m_reference.reset();
    m_identities.reset();
    m_reports.reset();
    m_profile.reset(); // closes the databases and wipes the key
    m_keyring.reset();
    m_user.reset();
    m_passwordHash.fill('\0');
    m_passwordHash.clear();
    m_answers.clear();
    m_mediaAnswers.clear();
    m_status = {};
}

storage::Database &ConsoleSession::replica()
{
    return m_profile->replica();
}

core::Actor ConsoleSession::actor() const
{
    core::Actor actor;
    if (m_user) {
        actor.userId = m_user->id;
        actor.role = m_user->role;
        actor.agencyId = m_user->agencyId;
    }
    return actor;
}

QDateTime ConsoleSession::serverNow() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_status.clockKnown ? now.addMSecs(m_status.clockOffsetMs) : now;
}

QList<storage::OutboxEntry> ConsoleSession::conflicts() const
{
    return m_outbox ? m_outbox->entries(storage::OutboxState::Conflict) : QList<storage::OutboxEntry>();
}

std::optional<storage::OutboxEntry> ConsoleSession::act(const QString &reportId, const QString &action,
                                                        const QJsonObject &payload, QString *error,
                                                        const QList<NewMedia> &files)
{
    if (!m_worker) {
        *error = tr("No session is open.");
        return std::nullopt;
    }
    std::optional<storage::OutboxEntry> entry;
    QMetaObject::invokeMethod(
        m_worker, [&] { entry = m_worker->queueAction(reportId, action, payload, error, files); },
        Qt::BlockingQueuedConnection);
    return entry;
}

std::optional<storage::OutboxEntry> ConsoleSession::reconfirm(qint64 seq, QString *error)
{
    std::optional<storage::OutboxEntry> entry;
    if (m_worker) {
        QMetaObject::invokeMethod(
            m_worker, [&] { entry = m_worker->reconfirm(seq, error); }, Qt::BlockingQueuedConnection);
    }
    return entry;
}

bool ConsoleSession::discard(qint64 seq, QString *error)
{
    bool ok = false;
    if (m_worker) {
        QMetaObject::invokeMethod(
            m_worker, [&] { ok = m_worker->discard(seq, error); }, Qt::BlockingQueuedConnection);
    }
    return ok;
}

void ConsoleSession::request(const QByteArray &method, const QString &path, const QJsonObject &body, Answer done)
{
    if (!m_worker) {
        done(0, {}, tr("No session is open."));
        return;
    }
    const int tag = m_nextTag++;
    m_answers.insert(tag, std::move(done));
    const QByteArray bytes = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, tag, method, path, bytes] { worker->request(tag, method, path, bytes); });
}

void ConsoleSession::reveal(const QString &reportId, const QString &reason, RevealAnswer done)
{
    if (!m_user) {
        done(false, tr("No session is open."));
        return;
    }
    const QJsonObject body{{u"action"_s, core::actionName(core::Action::RevealIdentity)},
                           {u"payload"_s, QJsonObject{{u"reason"_s, reason}}}};
    request(
        "POST", u"/v1/reports/%1/actions"_s.arg(reportId), body,
        [this, reportId, reason, done = std::move(done)](int status, const QJsonObject &json, const QString &message) {
            if (status == 0) {
                done(false, tr("Revealing an identity needs the server, and it cannot be reached now. "
                               "Try again once connected."));
                return;
            }
            if (status != 200) {
                done(false, message);
                return;
            }
            const auto identity = core::json::toReporter(json.value(u"identity"_s).toObject());
            if (!json.value(u"identity"_s).isObject() || !identity.ok() || !m_identities || !m_user) {
                done(false, tr("The server did not send the identity."));
                return;
            }
            storage::StorageError error;
            const bool kept = m_profile->replica().transaction(
                [&] {
                    return m_identities->storeRevealed(reportId, identity.value(), m_user->id, reason, serverNow(),
                                                       &error);
                },
                &error);
            if (!kept) {
                done(false, tr("The identity could not be kept on this workstation: %1").arg(error.message));
                return;
            }
            emit reportsChanged({reportId});
            done(true, {});
        });
}

void ConsoleSession::fetchMedia(const QString &sha256, const QString &mimeType, MediaAnswer done)
{
    if (!m_worker) {
        done({}, tr("No session is open."));
        return;
    }
    const int tag = m_nextTag++;
    m_mediaAnswers.insert(tag, std::move(done));
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, tag, sha256, mimeType] { worker->fetchMedia(tag, sha256, mimeType); });
}

std::optional<storage::OutboxEntry> ConsoleSession::create(const QString &reportId, const QJsonObject &payload,
                                                           const QList<NewMedia> &files, QString *error)
{
    if (!m_worker) {
        *error = tr("No session is open.");
        return std::nullopt;
    }
    std::optional<storage::OutboxEntry> entry;
    QMetaObject::invokeMethod(
        m_worker, [&] { entry = m_worker->queueCreate(reportId, payload, files, error); },
        Qt::BlockingQueuedConnection);
    return entry;
}

void ConsoleSession::verify(const QString &reportId, VerificationAnswer done)
{
    if (!m_verifier || !m_user) {
        Verification failed;
        failed.reportId = reportId;
        failed.error = tr("No session is open.");
        done(failed);
        return;
    }
    const int tag = m_nextTag++;
    m_verifyAnswers.insert(tag, std::move(done));
    QMetaObject::invokeMethod(m_verifier, [this, verifier = m_verifier, tag, reportId, now = serverNow()] {
        verifier->evaluate(reportId, now, [this, tag](const Verification &result) {
            // Back on the UI thread; dropped if the session closed meanwhile.
            QMetaObject::invokeMethod(this, [this, tag, result] {
                const VerificationAnswer answer = m_verifyAnswers.take(tag);
                if (answer) {
                    answer(result);
                }
            });
        });
    });
}

void ConsoleSession::syncNow()
{
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow);
    }
}

} // namespace ioc::session

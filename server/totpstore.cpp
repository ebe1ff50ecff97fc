#include "totpstore.h"

#include "auditkey.h"
#include "core/totp.h"
#include "serverdatabase.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace ioc::server {

namespace {

QByteArray xored(const QByteArray &a, const QByteArray &b)
{
    QByteArray out(a.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < a.size(); ++i) {
        out[i] = char(a.at(i) ^ b.at(i % b.size()));
    }
    return out;
}

QString recoveryHash(const QString &userId, const QString &normalised)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((userId + u':' + normalised).toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

TotpStore::TotpStore(ServerDatabase &database, const AuditKey *auditKey)
    : m_database(database)
{
    const QByteArray label = QByteArrayLiteral("ioc-totp-secrets 1");
    m_wrapKey = auditKey != nullptr
                    ? QMessageAuthenticationCode::hash(label, QByteArray(auditKey->key.data(), auditKey->key.size()),
                                                       QCryptographicHash::Sha256)
                    : QCryptographicHash::hash(label, QCryptographicHash::Sha256);
}

QByteArray TotpStore::keystream(const QString &userId, const QByteArray &nonce) const
{
    return QMessageAuthenticationCode::hash(QByteArray(userId.toUtf8() + ':' + nonce), m_wrapKey,
                                            QCryptographicHash::Sha256);
}

bool TotpStore::enrol(const QString &userId, Enrolment *enrolment, QString *error)
{
    enrolment->secret = core::totp::newSecret();
    enrolment->recoveryCodes = core::totp::newRecoveryCodes();
    QByteArray nonce(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), nonce.size() / 4);
    const QByteArray sealed = xored(enrolment->secret, keystream(userId, nonce));
    if (!remove(userId, error)) {
        return false;
    }
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("INSERT INTO user_totp (user_id, secret, nonce, enrolled_at, last_step) "
                                 "VALUES (?, ?, ?, ?, 0)"),
                  {userId, QString::fromLatin1(sealed.toBase64()), QString::fromLatin1(nonce.toBase64()),
                   QDateTime::currentMSecsSinceEpoch()})) {
        *error = sql.error();
        return false;
    }
    for (const QString &code : std::as_const(enrolment->recoveryCodes)) {
        if (!sql.exec(QStringLiteral("INSERT INTO user_recovery_codes (user_id, code_hash) VALUES (?, ?)"),
                      {userId, recoveryHash(userId, core::totp::normalisedRecoveryCode(code))})) {
            *error = sql.error();
            return false;
        }
    }
    return true;
}

bool TotpStore::remove(const QString &userId, QString *error)
{
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("DELETE FROM user_totp WHERE user_id = ?"), {userId}) ||
        !sql.exec(QStringLiteral("DELETE FROM user_recovery_codes WHERE user_id = ?"), {userId})) {
        *error = sql.error();
        return false;
    }
    return true;
}

bool TotpStore::isEnrolled(const QString &userId) const
{
    Sql sql(m_database);
    return sql.exec(QStringLiteral("SELECT 1 FROM user_totp WHERE user_id = ?"), {userId}) && sql.next();
}

int TotpStore::recoveryCodesLeft(const QString &userId) const
{
    Sql sql(m_database);
    return sql.exec(QStringLiteral("SELECT count(*) FROM user_recovery_codes WHERE user_id = ? AND used_at IS NULL"),
                    {userId}) &&
                   sql.next()
               ? sql.value(0).toInt()
               : 0;
}

TotpStore::Verdict TotpStore::verify(const QString &userId, const QString &typed, const QDateTime &now)
{
    if (core::totp::looksLikeRecoveryCode(typed)) {
        // Used up by the one update that finds it unused: two requests racing get one success.
        Sql use(m_database);
        if (!use.exec(
                QStringLiteral("UPDATE user_recovery_codes SET used_at = ? WHERE user_id = ? AND "
                               "code_hash = ? AND used_at IS NULL"),
                {now.toMSecsSinceEpoch(), userId, recoveryHash(userId, core::totp::normalisedRecoveryCode(typed))})) {
            return Verdict::Wrong;
        }
        if (use.rowsAffected() == 1) {
            return Verdict::Accepted;
        }
        Sql used(m_database);
        return used.exec(QStringLiteral("SELECT 1 FROM user_recovery_codes WHERE user_id = ? AND code_hash = ?"),
                         {userId, recoveryHash(userId, core::totp::normalisedRecoveryCode(typed))}) &&
                       used.next()
                   ? Verdict::Replayed
                   : Verdict::Wrong;
    }
    Sql read(m_database);
    if (!read.exec(QStringLiteral("SELECT secret, nonce FROM user_totp WHERE user_id = ?"), {userId}) || !read.next()) {
        return Verdict::Wrong;
    }
    const QByteArray secret = xored(QByteArray::fromBase64(read.value(0).toString().toLatin1()),
                                    keystream(userId, QByteArray::fromBase64(read.value(1).toString().toLatin1())));
    const std::optional<qint64> step = core::totp::matchingStep(secret, typed, now);
    if (!step) {
        return Verdict::Wrong;
    }
    // Each step once, never going back: the update that moves last_step forward wins.
    Sql advance(m_database);
    if (!advance.exec(QStringLiteral("UPDATE user_totp SET last_step = ? WHERE user_id = ? AND last_step < ?"),
                      {*step, userId, *step})) {
        return Verdict::Wrong;
    }
    return advance.rowsAffected() == 1 ? Verdict::Accepted : Verdict::Replayed;
}

} // namespace ioc::server

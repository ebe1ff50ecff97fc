#include "reporteridentity.h"

#include "core/identitycheck.h"
#include "core/reportjson.h"
#include "serverdatabase.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QMutexLocker>
#include <QRandomGenerator>

namespace ioc::server {

namespace {

const QString secretKey = QStringLiteral("sender_key_secret");
const QString noIdentifier = QStringLiteral("-");

} // namespace

ReporterIdentity::ReporterIdentity(ServerDatabase &database)
    : m_database(database)
{
    secret();
}

QByteArray ReporterIdentity::secret() const
{
    const QMutexLocker lock(&m_mutex);
    if (m_secret.isEmpty()) {
        // Made once per installation; the first of several instances to store it wins.
        QByteArray candidate(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(candidate.data()), candidate.size() / 4);
        Sql sql(m_database);
        sql.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"),
                 {secretKey, QString::fromLatin1(candidate.toBase64())});
        const QString stored = m_database.meta(secretKey);
        if (stored.isEmpty()) {
            qFatal("ioc-server: cannot keep the secret of the sender keys in the database");
        }
        m_secret = QByteArray::fromBase64(stored.toLatin1());
    }
    return m_secret;
}

QString ReporterIdentity::key(const QString &kind, const QString &value) const
{
    const QByteArray mac =
        QMessageAuthenticationCode::hash((kind + u':' + value).toUtf8(), secret(), QCryptographicHash::Sha256);
    // 128 bits: no two senders share one by chance.
    return kind + u':' +
           QString::fromLatin1(mac.left(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString ReporterIdentity::phoneKey(const QString &phone) const
{
    const QString digits = core::identity::nationalDigits(phone);
    return digits.isEmpty() ? QString() : key(QStringLiteral("p"), digits);
}

QString ReporterIdentity::citizenIdKey(const QString &citizenId) const
{
    const QString id = QString(citizenId).remove(u' ');
    return id.isEmpty() ? QString() : key(QStringLiteral("c"), id);
}

QStringList ReporterIdentity::senderKeys(const core::Reporter &reporter) const
{
    QStringList keys;
    if (!reporter.accountId.isEmpty()) {
        keys.append(key(QStringLiteral("a"), reporter.accountId));
    }
    if (const QString phone = phoneKey(reporter.phone); !phone.isEmpty()) {
        keys.append(phone);
    }
    if (reporter.kind == core::ReporterKind::Person) {
        if (const QString id = citizenIdKey(reporter.citizenId); !id.isEmpty()) {
            keys.append(id);
        }
    }
    return keys;
}

void ReporterIdentity::stamp(core::Report &report, QDate today) const
{
    report.reporter.senderKeys = senderKeys(report.reporter);
    report.reporter.checks = core::identity::serverChecks(report.reporter, today);
}

core::Reporter ReporterIdentity::completed(const core::Reporter &reporter, QDate today) const
{
    core::Reporter shown = reporter;
    if (shown.checks.isEmpty()) {
        shown.checks = core::identity::serverChecks(shown, today);
    }
    if (shown.senderKeys.isEmpty()) {
        shown.senderKeys = senderKeys(shown);
    }
    return shown;
}

bool ReporterIdentity::sameIdentity(const core::Reporter &a, const core::Reporter &b)
{
    return a.kind == b.kind && a.accountId == b.accountId && a.fullName == b.fullName && a.address == b.address &&
           a.phone == b.phone && a.citizenId == b.citizenId && a.email == b.email &&
           a.representative == b.representative && a.zaloUserId == b.zaloUserId;
}

bool ReporterIdentity::index(const QString &reportId, const QStringList &keys, QString *error) const
{
    Sql sql(m_database);
    if (!sql.exec(QStringLiteral("DELETE FROM report_sender_keys WHERE report_id = ?"), {reportId})) {
        *error = sql.error();
        return false;
    }
    for (const QString &key : keys.isEmpty() ? QStringList{noIdentifier} : keys) {
        if (!sql.exec(QStringLiteral("INSERT INTO report_sender_keys (report_id, sender_key) VALUES (?, ?) "
                                     "ON CONFLICT (report_id, sender_key) DO NOTHING"),
                      {reportId, key})) {
            *error = sql.error();
            return false;
        }
    }
    return true;
}

QStringList ReporterIdentity::reportsWithKey(const QString &key, int limit) const
{
    QStringList ids;
    if (key.isEmpty()) {
        return ids;
    }
    Sql sql(m_database);
    if (sql.exec(QStringLiteral("SELECT k.report_id FROM report_sender_keys k JOIN reports r ON r.id = k.report_id "
                                "WHERE k.sender_key = ? ORDER BY r.created_at, r.id LIMIT ?"),
                 {key, limit})) {
        while (sql.next()) {
            ids.append(sql.value(0).toString());
        }
    }
    return ids;
}

int ReporterIdentity::indexMissing(int limit, QString *error) const
{
    QList<std::pair<QString, QStringList>> missing;
    {
        Sql sql(m_database);
        if (!sql.exec(QStringLiteral("SELECT r.id, r.data FROM reports r WHERE NOT EXISTS "
                                     "(SELECT 1 FROM report_sender_keys k WHERE k.report_id = r.id) LIMIT ?"),
                      {limit})) {
            *error = sql.error();
            return -1;
        }
        while (sql.next()) {
            const auto report = core::json::toReport(QJsonDocument::fromJson(sql.value(1).toByteArray()).object());
            if (report.ok()) {
                missing.append({sql.value(0).toString(), senderKeys(report.value().reporter)});
            } else {
                missing.append({sql.value(0).toString(), {}});
            }
        }
    }
    if (missing.isEmpty()) {
        return 0;
    }
    const bool done = m_database.transaction(
        [&] {
            for (const auto &[id, keys] : missing) {
                if (!index(id, keys, error)) {
                    return false;
                }
            }
            return true;
        },
        error);
    return done ? int(missing.size()) : -1;
}

} // namespace ioc::server

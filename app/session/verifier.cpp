#include "session/verifier.h"

#include "core/languagecheck.h"
#include "core/logging.h"
#include "core/vntime.h"
#include "language/speller.h"
#include "storage/database.h"
#include "storage/identityrepository.h"
#include "storage/profile.h"
#include "storage/referencerepository.h"
#include "storage/reportrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ioc::session {

namespace {

using namespace core;

// Who sent a report, as the server's opaque key (PRODUCT.md §17): the account's, else the phone's.
QString senderOf(const Reporter &reporter)
{
    return reporter.senderKeys.value(0);
}

std::vector<quint64> hashesOf(const Report &report)
{
    std::vector<quint64> hashes;
    for (const MediaItem &item : report.media) {
        bool ok = false;
        const quint64 hash = item.facts.perceptualHash.toULongLong(&ok, 16);
        if (ok && item.facts.perceptualHash.size() == 16) {
            hashes.push_back(hash);
        }
    }
    return hashes;
}

duplicates::Entry entryOf(const Report &report, const QString &sender)
{
    duplicates::Entry e;
    e.id = report.id;
    e.latitude = report.position.latitude;
    e.longitude = report.position.longitude;
    e.receivedAt = report.receivedAt;
    e.text = report.title + u' ' + report.content;
    e.hashes = hashesOf(report);
    e.sender = sender;
    return e;
}

QJsonObject provinceBoundary(const Directory &directory, QDate today)
{
    for (const Area &area : directory.areas()) {
        if (area.level == u"province"_s && area.parentId.isEmpty() && area.isValidOn(today)) {
            return area.boundary;
        }
    }
    return {};
}

} // namespace

Verifier::Verifier(const storage::Profile &profile)
    : m_profile(profile)
{}

Verifier::~Verifier() = default;

void Verifier::evaluate(const QString &reportId, const QDateTime &now,
                        const std::function<void(const Verification &)> &done)
{
    if (!m_replica) {
        storage::StorageError error;
        m_replica = m_profile.openReplicaConnection(&error);
        if (!m_replica) {
            Verification failed;
            failed.reportId = reportId;
            failed.error = error.message;
            done(failed);
            return;
        }
    }
    if (!m_spellerTried) {
        m_spellerTried = true;
        QString error;
        m_speller = ioc::language::Speller::openVietnamese(&error);
        if (!m_speller) {
            qCWarning(core::lcCore) << "spelling is not checked:" << error;
        }
    }
    done(evaluateOn(*m_replica, m_speller.get(), reportId, now));
}

void Verifier::shutdown()
{
    m_replica.reset();
    m_speller.reset();
}

Verification Verifier::evaluateOn(storage::Database &replica, const ioc::language::Speller *speller,
                                  const QString &reportId, const QDateTime &now)
{
    QElapsedTimer timer;
    timer.start();
    Verification v;
    v.reportId = reportId;
    storage::ReportRepository reports(replica);
    storage::IdentityRepository identities(replica);
    storage::ReferenceRepository reference(replica);

    std::optional<Report> report = reports.report(reportId);
    if (!report) {
        v.error = QCoreApplication::translate("ioc::session", "The report is not in the local copy.");
        return v;
    }
    // The checks come from the server; an identity revealed here is shown whole in the dialog.
    if (const std::optional<Reporter> revealed = identities.identityOf(reportId)) {
        Reporter &r = report->reporter;
        r.fullName = revealed->fullName;
        r.address = revealed->address;
        r.phone = revealed->phone;
        r.citizenId = revealed->citizenId;
        r.email = revealed->email;
        r.representative = revealed->representative;
    }
    verification::Input input;
    input.report = *report;
    input.today = vntime::localDate(now);
    input.now = now;
    const Directory directory = reference.directory();
    input.evidence.provinceBoundary = provinceBoundary(directory, input.today);

    // The sender's other reports (7.6.2.f, h).
    storage::StorageError error;
    const std::optional<QStringList> senderIds = reports.reportsOfSender(*report, &error);
    if (senderIds) {
        for (const QString &id : *senderIds) {
            if (const std::optional<Report> other = reports.report(id)) {
                input.sameSender.append({other->code, other->state, other->position.latitude, other->position.longitude,
                                         other->title + u' ' + other->content});
            }
        }
    } else {
        input.senderKnown = false;
        qCWarning(core::lcCore) << "sender look-up failed:" << error.message;
    }

    // Duplicates (7.6.2.e): reports near in place and time, scored in memory.
    const duplicates::Options options;
    if (report->position.isValid() && (report->position.latitude != 0 || report->position.longitude != 0)) {
        const QList<storage::NearbyReport> near = reports.near(
            report->position.latitude, report->position.longitude, options.radiusMetres,
            report->receivedAt.addDays(-options.windowDays), report->receivedAt.addDays(options.windowDays), 500);
        std::vector<duplicates::Entry> entries;
        QHash<QString, const Report *> byId;
        for (const storage::NearbyReport &n : near) {
            if (n.report.id == reportId || isTerminalState(n.report.state)) {
                continue;
            }
            entries.push_back(entryOf(n.report, n.sender));
            byId.insert(n.report.id, &n.report);
            input.codes.insert(n.report.id, n.report.code);
        }
        const duplicates::Index index(std::move(entries), options);
        input.duplicates = index.candidates(entryOf(*report, senderOf(report->reporter)));
        for (const duplicates::Candidate &c : input.duplicates) {
            const Report *other = byId.value(c.id);
            v.candidates.append(
                {c, other->code, other->title, other->content, other->state, other->receivedAt, other->media});
        }
    }

    // Spelling (5.1): syllables hunspell does not know, except abbreviations (listed apart) and
    // the proper names of the report's own address and of the province's areas (Đakrông,
    // Krông Klang…).
    if (speller != nullptr) {
        QList<verification::Misspelling> misspelt;
        QSet<QString> abbreviations;
        for (const QString &text : {report->title, report->content}) {
            for (const core::language::Hit &hit : core::language::check(text).abbreviations) {
                abbreviations.insert(hit.word.toLower());
            }
        }
        QSet<QString> names;
        static const QRegularExpression word(u"\\p{L}+"_s);
        QStringList placeTexts{report->position.address};
        for (const Area &area : directory.areas()) {
            placeTexts.append(area.name);
        }
        for (const QString &text : placeTexts) {
            for (auto it = word.globalMatch(text); it.hasNext();) {
                names.insert(it.next().captured().toLower());
            }
        }
        for (const QString &text : {report->title, report->content}) {
            for (const ioc::language::Speller::Misspelling &m : speller->check(text)) {
                if (!abbreviations.contains(m.word.toLower()) && !names.contains(m.word.toLower())) {
                    misspelt.append({m.word, m.suggestions});
                }
            }
        }
        input.spelling = misspelt;
    }

    v.checklist = verification::evaluate(input);
    v.report = std::move(input.report);
    v.elapsedMs = timer.elapsed();
    return v;
}

} // namespace ioc::session

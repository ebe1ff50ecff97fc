#pragma once

#include "core/domain.h"
#include "core/report.h"
#include "core/slapolicy.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ioc::reporting {

// Times are milliseconds since 1970-01-01 UTC (0 = none): a million reports' clocks are compared
// many times per figure, and QDateTime would cost more than the arithmetic.
using Ms = qint64;

// One clock of a report, as the replica's report_clocks table holds it.
struct ClockFact
{
    core::ClockStep step = core::ClockStep::Distribute;
    core::ClockStatus status = core::ClockStatus::Running;
    QString agencyId; // empty: the IOC's own clock
    Ms startedAt = 0;
    Ms dueAt = 0;
    Ms stoppedAt = 0;
    std::optional<bool> onTime;
};

// What the figures need of one report (PRODUCT.md §11): no text, no identity.
struct ReportFacts
{
    QString id;
    QString code;
    QString title;
    core::ReportState state = core::ReportState::Received;
    core::Channel channel = core::Channel::MobileApp;
    QString categoryId;
    QString areaId;
    QString leadAgencyId;
    Ms receivedAt = 0;
    bool urgent = false;
    bool hidden = false;
    Ms publishedAt = 0;
    Ms ratedAt = 0;                           // the last rating
    std::optional<core::Satisfaction> rating; // the last rating (13.1: the last one counts)
    bool sanctionProcedure = false;           // 11.2.b: the 6-working-day clock does not apply
    QString repeatOf;                         // 14.3.f: the earlier handled report it repeats
    QStringList rejectReasons;                // canonical names
    std::vector<ClockFact> clocks;
};

// A call of the IOC's hotline to an agency (log_call, 14.3.d).
struct CallFact
{
    QString reportId;
    QString agencyId;
    Ms at = 0;
    bool missed = false; // not answered or busy
};

// A numbered reminder letter of the ICT Center to an agency (văn bản nhắc nhở, 14.3.a).
struct LetterFact
{
    QString id;
    QString number; // "05/NN-TTCNTT"
    QString agencyId;
    Ms issuedAt = 0;
    QStringList reportIds;
};

// A supervisor's assessment of an agency's cooperation over a period (14.2.c).
struct AssessmentFact
{
    QString agencyId;
    Ms from = 0; // the period assessed, [from, to)
    Ms to = 0;
    QString level; // "good", "fair", "poor"
    QString text;
    Ms recordedAt = 0;
};

struct Dataset
{
    std::vector<ReportFacts> reports;
    std::vector<CallFact> calls;
    std::vector<LetterFact> letters;
    std::vector<AssessmentFact> assessments;
};

// One buffer per distinct key (area, category, agency, reason): the figures tell keys apart by
// their buffer before their text (reporting/bykey.h), and a province's reports hold a few hundred
// distinct keys.
class KeyPool final
{
public:
    void intern(ReportFacts &report);
    void intern(CallFact &call);

private:
    void intern(QString &key);

    QSet<QString> m_keys;
    QSet<const QChar *> m_pooled; // the buffers of m_keys
};

// A data set kept up to date as sync brings changes: an index by report id, so that a batch
// replaces only the reports it changed. Its keys share their buffers (KeyPool).
class LiveDataset final
{
public:
    LiveDataset() = default;
    explicit LiveDataset(Dataset data);

    const Dataset &data() const { return m_data; }
    // A sync batch: `changedIds` were stored or removed; `facts` holds those still present,
    // `calls` every call of those reports (their events were replaced with them).
    void apply(const QStringList &changedIds, std::vector<ReportFacts> facts, std::vector<CallFact> calls);
    // The letters and assessments (they come whole: a few hundred a year).
    Dataset &records() { return m_data; }

private:
    Dataset m_data;
    QHash<QString, size_t> m_index;
    KeyPool m_keys;
};

// The facts of a report, as the replica stores them beside it.
ReportFacts factsOf(const core::Report &report);

// The data set in JSON (tests/data/reporting): times as ISO 8601 with offset. On a malformed
// document, returns nullopt and says where in `error`.
std::optional<Dataset> datasetFromJson(const QJsonObject &document, QString *error);

} // namespace ioc::reporting

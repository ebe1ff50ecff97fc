#pragma once

#include "core/domain.h"
#include "core/duplicates.h"
#include "core/evidencecheck.h"
#include "core/identitycheck.h"
#include "core/report.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

// The verification checklist of a report (Điều 5, 7.6, 8, 9; PRODUCT.md §2–§3): one row per
// condition, each passing, failing or needing a look, with the findings that say why. The rows
// are assembled from the separate checks (identity, evidence, duplicates, the sender's other
// reports, language, spelling, scope); the officer decides. Lives in core so the server can
// evaluate the same list.
namespace ioc::core::verification {

using identity::Finding;
using identity::Verdict;

enum class Condition
{
    Identity,      // 5.3
    Media,         // 7.6.2.a
    CaptureTime,   // 7.6.1.b
    Editing,       // 7.6.2.b
    Position,      // 7.6.1.c: EXIF GPS, inside the province, measured by GPS
    Duplicates,    // 7.6.2.e
    SenderHistory, // 7.6.2.f, h
    Language,      // 5.1, 5.5: abbreviations, spelling, offensive words
    Scope,         // 1.1.c
    Supplement,    // 7.6.2.c: only while a requested supplement is awaited
};
QString conditionName(Condition condition); // stable: "identity", "media", …

struct Row
{
    Condition condition = Condition::Identity;
    QString label;   // for people: "Danh tính người phản ánh"
    QString article; // "Điều 5.3"
    Verdict verdict = Verdict::Pass;
    QList<Finding> findings;
};

struct Misspelling
{
    QString word;
    QStringList suggestions;
};

struct Input
{
    Report report; // with its reporter's identity
    QDate today;   // Vietnam time: bounds birth years
    QDateTime now; // judges the supplement's 48 hours
    evidence::Context evidence;
    QList<evidence::SenderReport> sameSender;
    bool senderKnown = true; // false: the sender's other reports could not be looked up
    std::vector<duplicates::Candidate> duplicates;
    QHash<QString, QString> codes;              // report id → code, for candidates
    std::optional<QList<Misspelling>> spelling; // nothing: no dictionary
};

struct Checklist
{
    QList<Row> rows;
    Verdict overall = Verdict::Pass;
    // Reasons to propose if the officer rejects, from what the rows found (never applied alone).
    QList<RejectReason> suggestedReasons;
    QString duplicateOf; // the best candidate's id when it looks like the same matter
    // The text with abbreviations spelled out, if any (a proposal for `edit_text`).
    QString proposedContent;
    QString proposedTitle;
    const Row *row(Condition condition) const;
};

// A candidate with at least this score is shown as "needs a look" and proposed as the primary.
constexpr double duplicateThreshold = 0.55;

Checklist evaluate(const Input &input);

// A report near another one in place and time, shown beside it with its photos.
struct CandidateReport
{
    duplicates::Candidate match;
    QString code;
    QString title;
    QString content;
    ReportState state = ReportState::Received;
    QDateTime receivedAt;
    QList<MediaItem> media;
};

// Everything the verification dialog shows for one report.
struct Evaluation
{
    QString reportId;
    Report report; // with the reporter's identity (masked on screen unless revealed)
    Checklist checklist;
    QList<CandidateReport> candidates; // every report near in place and time, best first
    QString error;                     // the report could not be read
    qint64 elapsedMs = 0;
};

// The evidence text with the reporter's phone, citizen ID, e-mail and name masked, for a screen
// where the identity has not been revealed on purpose.
QString maskIdentity(const QString &text, const Reporter &reporter);

} // namespace ioc::core::verification

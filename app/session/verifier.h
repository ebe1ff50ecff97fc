#pragma once

#include "core/checklist.h"
#include "core/report.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace ioc::storage {
class Database;
class Profile;
} // namespace ioc::storage

namespace ioc::language {
class Speller;
}

namespace ioc::session {

using Verification = core::verification::Evaluation;
using DuplicateCandidate = core::verification::CandidateReport;

// Evaluates the verification checklist of reports on its own thread with its own replica
// connection and spelling dictionary, so opening a report never waits for the duplicate search
// or hunspell. Looking up the sender's other reports is recorded like any identity look-up.
class Verifier final : public QObject
{
    Q_OBJECT

public:
    explicit Verifier(const storage::Profile &profile);
    ~Verifier() override;
    Q_DISABLE_COPY_MOVE(Verifier)

    // On the verifier's thread: the whole evaluation, handed to `done` (called on this thread).
    void evaluate(const QString &reportId, const QDateTime &now, const std::function<void(const Verification &)> &done);
    // Closes the connection (before the thread ends).
    void shutdown();

    // The same evaluation on any connection (tests, the benchmark); `speller` may be null.
    static Verification evaluateOn(storage::Database &replica, const language::Speller *speller,
                                   const QString &reportId, const QDateTime &now);

private:
    const storage::Profile &m_profile;
    std::unique_ptr<storage::Database> m_replica;
    std::unique_ptr<language::Speller> m_speller;
    bool m_spellerTried = false;
};

} // namespace ioc::session

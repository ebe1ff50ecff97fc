#pragma once

#include "core/report.h"
#include "storage/profile.h"
#include "support/memorysecretstore.h"

#include <QTemporaryDir>

#include <memory>

namespace ioc::test {

// A throwaway profile in a temporary folder, keyed from an in-memory keyring.
class TempProfile final
{
public:
    TempProfile();
    storage::Profile &operator*() { return *m_profile; }
    storage::Profile *operator->() { return m_profile.get(); }
    QString directory() const { return m_dir.path(); }
    // Closes the profile and opens it again (as a restarted process would).
    void reopen(storage::Profile::Repair repair = storage::Profile::Repair::Automatic);

private:
    QTemporaryDir m_dir;
    MemorySecretStore m_keyring;
    std::unique_ptr<storage::Profile> m_profile;
};

// A realistic report for storage tests: Vietnamese text, a position in Quảng Trị, a reporter.
core::Report sampleReport(int n, const QDateTime &receivedAt);

} // namespace ioc::test

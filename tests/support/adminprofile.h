#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ioc::test {

// One run of the real ioc-admin binary.
struct AdminRun
{
    int exitCode = -1; // 137: it stopped at its crash point
    QByteArray output; // stdout and stderr
    bool crashed() const { return exitCode == 137; }
};

// A console profile driven through `ioc-admin` (IOC_ADMIN), as a workstation would use it: the
// same replica, outbox and sync engine as the console, each command a process of its own. A crash
// point can be armed (IOC_CRASH_AT): it stays armed until a process stops there, then the
// command is run again unarmed, as the officer would after a restart. Every run appends the crash
// points it passed to `traceFile()` when one is set.
class AdminProfile final
{
public:
    // `passphraseFile` empty: the key in the OS keyring.
    AdminProfile(QString directory, QString passphraseFile);

    void setServer(const QUrl &url, const QString &user, const QString &passwordFile, const QString &caFile);
    void arm(const QString &point) { m_armed = point; }
    bool crashed() const { return m_crashed; }
    void setTraceFile(const QString &file) { m_traceFile = file; }
    const QString &directory() const { return m_directory; }
    const QString &passphraseFile() const { return m_passphraseFile; }
    void setPassphraseFile(const QString &file) { m_passphraseFile = file; }

    // `ioc-admin <arguments> --profile … [--passphrase-file …]`, armed if a point is; a run that
    // crashed is run once more, unarmed, and that second run is returned — unless `again` is
    // false (an officer's action: whether it was saved shows in the outbox, it is not taken twice).
    AdminRun run(const QStringList &arguments, bool again = true);
    // `sync --once` until it reports an empty outbox (at most `attempts` runs).
    AdminRun syncUntilSettled(int attempts = 5);
    AdminRun sync() { return run(syncArguments()); }
    AdminRun act(const QString &reportId, const QString &action, const QByteArray &payloadJson,
                 const QStringList &files = {});
    // Seqs of outbox entries in `state` ("pending", "conflict", "failed", "sent"), from `outbox list`.
    QList<qint64> entriesIn(const QString &state);

    static AdminRun exec(const QStringList &arguments, const QStringList &environment = {});

private:
    QStringList syncArguments() const;

    QString m_directory;
    QString m_passphraseFile;
    QUrl m_server;
    QString m_user;
    QString m_passwordFile;
    QString m_caFile;
    QString m_armed;
    bool m_crashed = false;
    QString m_traceFile;
};

} // namespace ioc::test

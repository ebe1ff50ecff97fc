// Test helper for tests/storage/testdurability: opens a profile and writes outbox actions as
// fast as it can, printing "ack <client id>" after each one has committed, until it is killed.
// The profile's raw key comes in hex in IOC_TEST_RAW_KEY (held by a stand-in keyring, so that
// hundreds of restarts do not each pay for a passphrase derivation).
#include "storage/outboxrepository.h"
#include "storage/profile.h"
#include "support/memorysecretstore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

using namespace ioc;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
#ifdef Q_OS_WIN
    // Its lines are a protocol the test reads byte for byte: "\n" as written, never "\r\n".
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: outboxwriter PROFILE_DIR (key in IOC_TEST_RAW_KEY)\n");
        return 2;
    }
    QByteArray key = QByteArray::fromHex(qgetenv("IOC_TEST_RAW_KEY"));
    test::MemorySecretStore keyring;
    keyring.write(storage::Profile::keyringEntry(args.at(1)), core::SecretBytes::take(key), nullptr);
    storage::StorageError error;
    auto profile = storage::Profile::open(args.at(1), storage::KeySource{std::nullopt, &keyring},
                                          storage::Profile::Mode::OpenOrCreate, &error);
    if (!profile) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    storage::OutboxRepository outbox(profile->replica());
    std::printf("ready\n");
    std::fflush(stdout);
    for (int n = 0;; ++n) {
        storage::NewOutboxEntry entry;
        entry.reportId = QStringLiteral("report-%1").arg(n % 50);
        entry.action = QStringLiteral("add_note");
        entry.payload = {{QStringLiteral("text"), QStringLiteral("Ghi chú số %1 — kiểm tra độ bền").arg(n)}};
        const auto saved = outbox.enqueue(entry, QDateTime::currentDateTimeUtc(), &error);
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
        std::printf("ack %s\n", qPrintable(saved->clientId));
        std::fflush(stdout);
    }
}

#include "requestguard.h"

#include <cstdint>
#include <cstdlib>

using namespace ioc::server;

// The guard that reads each request head off the socket before QtHttpServer buffers its body.
// The first byte cuts the rest into pieces of that size (as TCP may deliver them): the verdict
// must not depend on where the stream was cut, and must never be lost once given.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const std::size_t piece = std::size_t(data[0] % 64) + 1;
    const char *stream = reinterpret_cast<const char *>(data + 1);
    const qint64 length = qint64(size - 1);

    RequestGuard whole(64 * 1024, 4 * 1024);
    const RequestGuard::Verdict once = whole.feed(stream, length);

    RequestGuard cut(64 * 1024, 4 * 1024);
    RequestGuard::Verdict inPieces = RequestGuard::Verdict::Pass;
    for (qint64 offset = 0; offset < length; offset += qint64(piece)) {
        const RequestGuard::Verdict verdict =
            cut.feed(stream + offset, std::min<qint64>(qint64(piece), length - offset));
        if (inPieces != RequestGuard::Verdict::Pass && verdict != inPieces) {
            std::abort(); // a refusal given is kept
        }
        inPieces = verdict;
    }
    if (once != inPieces) {
        std::abort();
    }
    return 0;
}

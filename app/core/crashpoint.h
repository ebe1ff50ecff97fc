#pragma once

#include <array>
#include <string_view>

// Crash points: the named durable-write boundaries of the replica, the sync engine and the server's
// persistence (before and after each commit, between a network answer and its recording, inside
// rekey, bulk load and migration). `IOC_CRASH_POINT("name")` marks one. In a test build
// (IOC_TEST_BUILD, which defines IOC_CRASH_POINTS) the process ends at once with `_Exit(137)`, as
// if killed, the n-th time it passes the point named by `IOC_CRASH_AT=<point>[:<n>]`; with
// `IOC_CRASH_TRACE=<file>` it appends the name of every point it passes to that file. In other
// builds the macro compiles to nothing. Every point must be listed below (a name that is not is a
// compile error), in docs/reliability.md, and be reached by a case of tests/sync/testcrashpoints,
// which checks both.
namespace ioc::core::crash {

enum class Side
{
    Console, // ioc-console and ioc-admin: the replica, the outbox, the sync engine, the profile's keys
    Server,  // ioc-server and its database (embedded or PostgreSQL)
    Both,    // code both use (the embedded database's migrations)
};

struct Point
{
    std::string_view name;
    Side side;
    std::string_view where; // for people: the moment the point stands for
};

// clang-format off
inline constexpr std::array points{
    // The replica's schema.
    Point{"migration.before_commit", Side::Both, "a schema migration ran, its transaction not committed"},
    Point{"migration.after_commit", Side::Both, "a schema migration committed, the next not begun"},
    // The media cache.
    Point{"media.pinned", Side::Console, "a file is kept pinned for an action not yet queued"},
    // The outbox.
    Point{"outbox.enqueue.before_commit", Side::Console, "an officer's action is written, not committed"},
    Point{"outbox.enqueue.after_commit", Side::Console, "an officer's action is committed, the caller not told"},
    Point{"outbox.rearm.before_commit", Side::Console, "a conflict is confirmed again: row re-armed, not committed"},
    Point{"outbox.rearm.after_commit", Side::Console, "a conflict confirmed again is committed"},
    // Pull.
    Point{"pull.page.received", Side::Console, "a page of the change feed arrived, nothing of it stored"},
    Point{"pull.page.before_commit", Side::Console, "a page and its cursor are written, not committed"},
    Point{"pull.page.after_commit", Side::Console, "a page and its cursor committed, the next page not applied"},
    Point{"bulk_load.begun", Side::Console, "an initial sync marked its bulk load (search index not maintained)"},
    Point{"bulk_load.end.before_commit", Side::Console, "the search index is rebuilt, marker deleted, not committed"},
    Point{"bulk_load.end.after_commit", Side::Console, "the bulk load ended: index rebuilt and marker gone"},
    Point{"resync.clear.before_commit", Side::Console, "a full resync cleared the replica (outbox kept), not committed"},
    Point{"resync.clear.after_commit", Side::Console, "a full resync's clearing committed, nothing pulled yet"},
    // Push.
    Point{"push.media.uploaded", Side::Console, "the server has a file whole, its upload not yet recorded"},
    Point{"push.answer.received", Side::Console, "the server applied an action, its answer not recorded"},
    Point{"push.answer.before_commit", Side::Console, "an action's answer and report are written, not committed"},
    Point{"push.answer.after_commit", Side::Console, "an action's answer is recorded"},
    Point{"push.conflict.before_commit", Side::Console, "a 412 conflict is written, not committed"},
    Point{"push.refused.before_commit", Side::Console, "a refusal (403, 409, 422…) is written, not committed"},
    // The profile's key.
    Point{"rekey.next_key_stored", Side::Console, "rekey: the new key is in the keyring as .next, files untouched"},
    Point{"rekey.journal_written", Side::Console, "rekey: both keys are journaled in the replica, no file re-encrypted"},
    Point{"rekey.replica_rekeyed", Side::Console, "rekey: the replica uses the new key, the media cache the old"},
    Point{"rekey.media_rekeyed", Side::Console, "rekey: both files use the new key, the keyring's main entry the old"},
    Point{"rekey.main_key_stored", Side::Console, "rekey: the main entry holds the new key, .next not removed"},
    // The server.
    Point{"server.action.before_commit", Side::Server, "an action, its event, feed, audit and idempotency record written, not committed"},
    Point{"server.action.after_commit", Side::Server, "an action is committed, its answer not sent"},
    Point{"server.create.before_commit", Side::Server, "a new report is written, not committed"},
    Point{"server.create.after_commit", Side::Server, "a new report is committed, its answer not sent"},
    Point{"server.refusal.after_commit", Side::Server, "a refusal is kept under its idempotency key, not sent"},
    Point{"server.media.part_stored", Side::Server, "a part of an upload is stored, its answer not sent"},
    Point{"server.media.completed", Side::Server, "an upload is verified and committed, its answer not sent"},
    Point{"server.reference.before_commit", Side::Server, "an agency, area, category, calendar or policy written, not committed"},
    Point{"server.reference.after_commit", Side::Server, "reference data committed, not loaded nor announced"},
    Point{"server.flag.before_commit", Side::Server, "a time-driven flag, its event and audit entry written, not committed"},
    Point{"server.flag.after_commit", Side::Server, "a time-driven flag is committed"},
    Point{"server.key.written", Side::Server, "a new server.key is on disk, the database not yet created"},
    Point{"server.migration.before_commit", Side::Server, "a schema migration of the server ran, not committed"},
};
// clang-format on

// The name itself, if it is listed; otherwise not a constant expression (a compile error).
consteval std::string_view registered(std::string_view name)
{
    for (const Point &point : points) {
        if (point.name == name) {
            return name;
        }
    }
    throw "not a crash point listed in core/crashpoint.h";
}

#ifdef IOC_CRASH_POINTS
void reached(std::string_view name) noexcept;
#define IOC_CRASH_POINT(name) ::ioc::core::crash::reached(::ioc::core::crash::registered(name))
#else
#define IOC_CRASH_POINT(name) static_cast<void>(::ioc::core::crash::registered(name))
#endif

} // namespace ioc::core::crash

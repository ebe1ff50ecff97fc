#pragma once

#include "accountstore.h"
#include "apikeys.h"
#include "auditlog.h"
#include "changefeed.h"
#include "clientaddress.h"
#include "core/clock.h"
#include "idempotencystore.h"
#include "mediastore.h"
#include "referencestore.h"
#include "reportservice.h"
#include "serverdatabase.h"
#include "totpstore.h"
#include "userstore.h"

#include <QString>

namespace ioc::storage {
class MbTiles;
}

namespace ioc::server {

namespace basemap {
class Renderer;
}
class CheckpointSigner;
class MediaFetcher;
class LiveChannel;
class Metrics;
class Notifications;

// Everything the API handlers use, built once by ServerApp.
struct Services
{
    ServerDatabase &database;
    const core::Clock &clock;
    UserStore &users;
    ReferenceStore &reference;
    ChangeFeed &feed;
    AuditLog &audit;
    IdempotencyStore &idempotency;
    AccountStore &accounts;
    MediaStore &media;
    ReportService &reports;
    LiveChannel &live;
    TotpStore &totp;
    QString epoch;
    int passwordIterations;
    bool ready = false;                            // false while demo data is being seeded
    storage::MbTiles *tiles = nullptr;             // the basemap, once there is one
    const basemap::Renderer *basemap = nullptr;    // the demo's: draws tiles the file lacks
    TrustedProxies trustedProxies;                 // whose X-Forwarded-For is believed
    bool demo = false;                             // --demo: the sign-in policy's TOTP is not required
    const CheckpointSigner *checkpoints = nullptr; // signs the audit trail's head (server/auditcheckpoint.h)
    int checkpointIntervalSeconds = 600;
    Metrics *metrics = nullptr;             // requests counted and timed for /v1/metrics
    TrustedProxies metricsReaders;          // --metrics-from: who may read /v1/metrics without an admin token
    ApiKeyStore *apiKeys = nullptr;         // connected systems' keys (Open311)
    RateLimiter *rateLimits = nullptr;      // requests per key or address (Open311)
    MediaFetcher *mediaFetcher = nullptr;   // Open311's media_url
    Notifications *notifications = nullptr; // the outbox of messages to agencies and citizens

    // After a commit: wake this instance's long polls and tell the other instances.
    void announceChanges();
};

} // namespace ioc::server

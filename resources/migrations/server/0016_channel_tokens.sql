-- The tokens of outbound channels that rotate them (docs/channels.md): Zalo's OA API takes an
-- access token that lives about a day and is renewed with a refresh token that works once. The
-- renewed pair must outlive the server and be shared by its instances, so it lives here, sealed
-- (AES-256-GCM under a key derived from the audit key file, server/secretbox.h).
--
-- seed_hash: SHA-256 of the refresh token file the row was last seeded from; a file with other
-- contents (the OA's administrator authorised the server again) replaces the stored pair.
-- version: raised by every change of the pair; a renewal is claimed by setting refreshing_until
-- (ms since the epoch) where version is still the one read, so one instance renews at a time.
CREATE TABLE channel_tokens (
    channel          TEXT PRIMARY KEY,
    access_token     TEXT,
    refresh_token    TEXT NOT NULL,
    expires_at       BIGINT NOT NULL,
    seed_hash        TEXT NOT NULL,
    version          BIGINT NOT NULL,
    refreshing_until BIGINT,
    updated_at       BIGINT NOT NULL
);

-- The Open311 interface (docs/open311.md).
--
-- Connected systems' API keys, stored hashed (SHA-256) as tokens are: the key itself is printed
-- once, when it is made. A revoked key stays, so that the audit trail's key id keeps a meaning.
CREATE TABLE api_keys (
    key_hash    TEXT PRIMARY KEY,
    key_id      TEXT NOT NULL UNIQUE,  -- shown in lists and the audit trail instead of the key
    user_id     TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    revoked_at  BIGINT                 -- NULL while it works
);
CREATE INDEX api_keys_user ON api_keys (user_id);

-- Requests counted per key (or per client address) in fixed windows of a minute, shared by
-- every instance on one database, so two instances do not double a limit.
CREATE TABLE rate_limits (
    bucket        TEXT PRIMARY KEY,  -- 'open311:post:key:<key id>', 'open311:get:address:<address>'
    window_start  BIGINT NOT NULL,   -- ms since the epoch, a multiple of the window
    hits          INTEGER NOT NULL
);

-- The listing of requests by date and service, and the updates by date, without reading every
-- report: the received time and the category of each report, the received time of each event
-- (ms since the epoch, kept by ReportService::persist). Rows written before are filled from
-- their JSON, to the second.
ALTER TABLE reports ADD COLUMN received_at BIGINT;
ALTER TABLE reports ADD COLUMN category_id TEXT;
UPDATE reports SET received_at = CAST(strftime('%s', json_extract(data, '$.received_at')) AS INTEGER) * 1000,
    category_id = json_extract(data, '$.category_id');
CREATE INDEX reports_received ON reports (received_at);
CREATE INDEX reports_category_received ON reports (category_id, received_at);
ALTER TABLE report_events ADD COLUMN received_at BIGINT;
UPDATE report_events SET received_at = CAST(strftime('%s', json_extract(data, '$.received_at')) AS INTEGER) * 1000;
CREATE INDEX report_events_received ON report_events (received_at);

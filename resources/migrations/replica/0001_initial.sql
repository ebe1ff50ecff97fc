-- The console's local replica (one per user profile, SQLCipher-encrypted).
-- Times are milliseconds since 1970-01-01 UTC. JSON columns hold the API's wire format.

CREATE TABLE reports (
    id              TEXT PRIMARY KEY,
    code            TEXT NOT NULL,
    version         INTEGER NOT NULL,
    state           TEXT NOT NULL,
    title           TEXT NOT NULL,
    category_id     TEXT,
    area_id         TEXT,
    channel         TEXT NOT NULL,
    latitude        REAL,
    longitude       REAL,
    received_at     INTEGER NOT NULL,
    urgent          INTEGER NOT NULL DEFAULT 0,
    hidden          INTEGER NOT NULL DEFAULT 0,
    is_public       INTEGER NOT NULL DEFAULT 1,
    lead_agency_id  TEXT,
    claimed_by      TEXT,
    next_due_at     INTEGER,  -- the running countdown clock due first; NULL when none runs
    next_due_step   TEXT,
    open_clocks     TEXT NOT NULL DEFAULT '',  -- every running clock, "step=due_ms;…" (history is in `data`)
    folded          TEXT NOT NULL DEFAULT '',  -- foldVietnamese(title, content, address): the search text
    data            BLOB NOT NULL  -- the whole report as UTF-8 JSON, without the reporter's identity
);
-- The queue queries: open reports by area / agency / overall, urgent first, nearest deadline
-- first. (The console's queue model sorts and filters everything else in memory; each further
-- index would slow every write of a sync.)
CREATE INDEX reports_open_area_due ON reports (area_id, urgent DESC, next_due_at) WHERE next_due_at IS NOT NULL;
CREATE INDEX reports_open_agency_due ON reports (lead_agency_id, urgent DESC, next_due_at) WHERE next_due_at IS NOT NULL;
CREATE INDEX reports_open_due ON reports (urgent DESC, next_due_at) WHERE next_due_at IS NOT NULL;

-- Personal data of reporters lives here only: never in `data`, never in the full-text index.
CREATE TABLE reporter_identities (
    report_id       TEXT PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    account_id      TEXT,
    full_name       TEXT,
    address         TEXT,
    phone           TEXT,
    phone_digits    TEXT,  -- normalised for look-ups: digits only, leading 84 → 0
    citizen_id      TEXT,
    email           TEXT,
    representative  TEXT
);
CREATE INDEX reporter_identities_phone ON reporter_identities (phone_digits);
CREATE INDEX reporter_identities_citizen_id ON reporter_identities (citizen_id);

CREATE TABLE report_events (
    report_id        TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    seq              INTEGER NOT NULL,
    action           TEXT NOT NULL,
    actor_id         TEXT,
    actor_role       TEXT,
    actor_agency_id  TEXT,
    acted_at         INTEGER,
    received_at      INTEGER,
    from_state       TEXT,
    to_state         TEXT,
    version          INTEGER,
    payload          TEXT,
    PRIMARY KEY (report_id, seq)
);


-- Full-text search over reports.folded, kept in step by triggers. Queries are folded too, so
-- "duong" finds "đường" (FTS5's remove_diacritics does not fold đ).
CREATE VIRTUAL TABLE reports_fts USING fts5 (
    folded,
    content = 'reports',
    content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);
-- During a bulk load (an initial or full sync) the triggers stand aside and the index is rebuilt
-- once at the end, three times faster than row by row.
CREATE TABLE bulk_load (active INTEGER NOT NULL);
CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports WHEN NOT EXISTS (SELECT 1 FROM bulk_load) BEGIN
    INSERT INTO reports_fts (rowid, folded) VALUES (new.rowid, new.folded);
END;
CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports WHEN NOT EXISTS (SELECT 1 FROM bulk_load) BEGIN
    INSERT INTO reports_fts (reports_fts, rowid, folded) VALUES ('delete', old.rowid, old.folded);
END;
CREATE TRIGGER reports_fts_update AFTER UPDATE OF folded ON reports WHEN NOT EXISTS (SELECT 1 FROM bulk_load) BEGIN
    INSERT INTO reports_fts (reports_fts, rowid, folded) VALUES ('delete', old.rowid, old.folded);
    INSERT INTO reports_fts (rowid, folded) VALUES (new.rowid, new.folded);
END;

CREATE TABLE areas (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    parent_id   TEXT,
    data        TEXT NOT NULL
);
CREATE TABLE agencies (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    parent_id   TEXT,
    data        TEXT NOT NULL
);
CREATE TABLE categories (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    urgent      INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL
);
CREATE TABLE users (
    id          TEXT PRIMARY KEY,
    username    TEXT NOT NULL,
    role        TEXT NOT NULL,
    agency_id   TEXT,
    data        TEXT NOT NULL
);
-- Single documents the server distributes: "calendar", "sla_policy".
CREATE TABLE config_documents (
    kind        TEXT PRIMARY KEY,
    data        TEXT NOT NULL
);

-- Sync bookkeeping: cursor, epoch, last successful sync.
CREATE TABLE sync_state (
    key    TEXT PRIMARY KEY,
    value  TEXT
);

-- Officers' actions waiting to reach the server, in order. Durable before the UI says "saved".
CREATE TABLE outbox (
    seq              INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id        TEXT NOT NULL UNIQUE,
    kind             TEXT NOT NULL CHECK (kind IN ('action', 'create')),
    report_id        TEXT NOT NULL,
    action           TEXT NOT NULL,
    payload          TEXT NOT NULL,
    idempotency_key  TEXT NOT NULL UNIQUE,
    base_version     INTEGER,
    acted_at         INTEGER NOT NULL,
    created_at       INTEGER NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER,
    last_error       TEXT,
    state            TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'conflict', 'failed')),
    result           TEXT
);
CREATE INDEX outbox_state_seq ON outbox (state, seq);
CREATE INDEX outbox_report_seq ON outbox (report_id, seq);

-- Media an offline-created report carries; uploaded before the report itself.
CREATE TABLE outbox_media (
    outbox_seq  INTEGER NOT NULL REFERENCES outbox (seq) ON DELETE CASCADE,
    sha256      TEXT NOT NULL,
    uploaded    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (outbox_seq, sha256)
);

-- Looking a reporter up by phone number or citizen ID is audited.
CREATE TABLE identity_lookups (
    id            INTEGER PRIMARY KEY,
    looked_up_at  INTEGER NOT NULL,
    user_id       TEXT,
    kind          TEXT NOT NULL,
    reason        TEXT NOT NULL,
    result_count  INTEGER NOT NULL
);

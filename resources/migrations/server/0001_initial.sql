-- The reference server's database (embedded: SQLCipher-encrypted; or PostgreSQL).
-- Times are milliseconds since 1970-01-01 UTC; JSON columns hold the API's wire format.

CREATE TABLE meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

CREATE TABLE users (
    id             TEXT PRIMARY KEY,
    username       TEXT NOT NULL UNIQUE,
    display_name   TEXT NOT NULL,
    role           TEXT NOT NULL,
    agency_id      TEXT,
    password_hash  TEXT NOT NULL,
    active         INTEGER NOT NULL DEFAULT 1,
    created_at     BIGINT NOT NULL
);

-- Tokens are stored hashed (SHA-256); the token itself is only ever in the client's hands.
CREATE TABLE tokens (
    token_hash  TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL,
    kind        TEXT NOT NULL,       -- access | refresh
    session_id  TEXT NOT NULL,       -- one login; logout revokes all of its tokens
    expires_at  BIGINT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX tokens_session ON tokens (session_id);
CREATE INDEX tokens_expiry ON tokens (expires_at);

-- Failed logins per user name and address; throttling starts at the 5th.
CREATE TABLE login_failures (
    username        TEXT NOT NULL,
    address         TEXT NOT NULL,
    failures        INTEGER NOT NULL,
    blocked_until   BIGINT NOT NULL,
    PRIMARY KEY (username, address)
);

CREATE TABLE reference_data (
    kind     TEXT NOT NULL,   -- area | agency | category
    id       TEXT NOT NULL,
    version  INTEGER NOT NULL,
    data     TEXT NOT NULL,
    PRIMARY KEY (kind, id)
);

CREATE TABLE documents (
    kind     TEXT PRIMARY KEY,   -- calendar | sla_policy
    version  INTEGER NOT NULL,
    data     TEXT NOT NULL
);

CREATE TABLE reports (
    id                   TEXT PRIMARY KEY,
    code                 TEXT NOT NULL UNIQUE,
    version              INTEGER NOT NULL,
    state                TEXT NOT NULL,
    reporter_account_id  TEXT,
    next_due_at          BIGINT,          -- the running countdown clock due first (the scheduler's index)
    data                 TEXT NOT NULL,   -- the whole report as JSON, identity included
    created_at           BIGINT NOT NULL,
    updated_at           BIGINT NOT NULL
);
CREATE INDEX reports_reporter ON reports (reporter_account_id);
CREATE INDEX reports_next_due ON reports (next_due_at);

CREATE TABLE report_events (
    report_id  TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    data       TEXT NOT NULL,
    PRIMARY KEY (report_id, seq)
);

-- The change feed: the latest change of each entity, under one server sequence (meta
-- change_seq), so a cursor is a position in commit order.
CREATE TABLE changes (
    seq        BIGINT PRIMARY KEY,
    kind       TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (kind, entity_id)
);

-- A report left an agency's view: that agency's replicas receive a removal.
CREATE TABLE report_removals (
    seq        BIGINT PRIMARY KEY,
    report_id  TEXT NOT NULL,
    agency_id  TEXT NOT NULL,
    UNIQUE (report_id, agency_id)
);
CREATE INDEX report_removals_agency ON report_removals (agency_id, seq);

-- The audit trail: append-only, each row chained to the previous one by SHA-256.
CREATE TABLE audit_log (
    seq          BIGINT PRIMARY KEY,
    recorded_at  BIGINT NOT NULL,
    actor_id     TEXT,
    actor_role   TEXT,
    action       TEXT NOT NULL,
    entity_kind  TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    acted_at     BIGINT,
    received_at  BIGINT,
    before_data  TEXT,
    after_data   TEXT,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
);

-- Results of requests sent with an Idempotency-Key, kept at least 30 days.
CREATE TABLE idempotency (
    key           TEXT PRIMARY KEY,
    user_id       TEXT NOT NULL,
    request_hash  TEXT NOT NULL,
    status        INTEGER NOT NULL,
    response      TEXT NOT NULL,
    created_at    BIGINT NOT NULL
);
CREATE INDEX idempotency_created ON idempotency (created_at);

-- Citizen accounts' sanctions (Điều 14.1).
CREATE TABLE account_status (
    user_id                    TEXT PRIMARY KEY,
    violations                 INTEGER NOT NULL DEFAULT 0,
    interaction_violations     TEXT NOT NULL DEFAULT '[]',
    locked                     INTEGER NOT NULL DEFAULT 0,
    interactions_locked_until  BIGINT
);

-- Time-driven flags the system actor raised (a clock ran out, a supplement expired, an
-- interaction lock ended), each once. `report_id` is the subject: a report, or an account for
-- interaction_lock_ended.
CREATE TABLE system_flags (
    report_id  TEXT NOT NULL,
    flag       TEXT NOT NULL,
    due_at     BIGINT NOT NULL,
    raised_at  BIGINT NOT NULL,
    PRIMARY KEY (report_id, flag, due_at)
);

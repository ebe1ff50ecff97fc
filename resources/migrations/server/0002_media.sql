-- Media: content-addressed by SHA-256, stored in the database in chunks of at most 4 MiB (so
-- every instance sharing the database serves every file, and the embedded database keeps
-- them encrypted). BLOB becomes BYTEA on PostgreSQL (ServerDatabase).

-- Uploads in progress; a finished upload's chunks become the file's blob (blob_id = upload id).
CREATE TABLE media_uploads (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    size        BIGINT NOT NULL,
    file_name   TEXT NOT NULL,
    mime_type   TEXT,
    received    BIGINT NOT NULL,
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE INDEX media_uploads_updated ON media_uploads (updated_at);

CREATE TABLE media_chunks (
    blob_id      TEXT NOT NULL,
    offset_bytes BIGINT NOT NULL,
    data         BLOB NOT NULL,
    PRIMARY KEY (blob_id, offset_bytes)
);

-- Verified files: what the server read from them (facts, JSON) and where the bytes are.
CREATE TABLE media (
    sha256      TEXT PRIMARY KEY,
    size        BIGINT NOT NULL,
    mime_type   TEXT NOT NULL,
    facts       TEXT NOT NULL,
    blob_id     TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);

-- Who sent the bytes of a file (proof of possession: only they may attach it).
CREATE TABLE media_uploaders (
    sha256   TEXT NOT NULL,
    user_id  TEXT NOT NULL,
    PRIMARY KEY (sha256, user_id)
);

-- Which reports show a file (its media or its result attachments): readers of the report may
-- download it.
CREATE TABLE report_media (
    report_id  TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    PRIMARY KEY (report_id, sha256)
);
CREATE INDEX report_media_sha256 ON report_media (sha256);

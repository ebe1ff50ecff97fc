-- The encrypted media cache of a profile (a separate SQLCipher file, same key).
CREATE TABLE media_blobs (
    sha256       TEXT PRIMARY KEY,
    data         BLOB NOT NULL,
    size         INTEGER NOT NULL,
    mime_type    TEXT,
    last_access  INTEGER NOT NULL,
    pinned       INTEGER NOT NULL DEFAULT 0  -- waiting for upload: never evicted
);
CREATE INDEX media_blobs_lru ON media_blobs (pinned, last_access);

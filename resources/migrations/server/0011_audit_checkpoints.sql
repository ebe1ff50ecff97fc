-- Signed checkpoints of the audit trail's head (server/auditcheckpoint.h): Ed25519 signatures of
-- "entry seq has link hash", made every few minutes when the trail grew; the latest goes out on
-- the change feed and consoles keep it, so that a rewritten trail no longer agrees with them.
CREATE TABLE audit_checkpoints (
    seq         BIGINT PRIMARY KEY,
    hash        TEXT NOT NULL,
    signed_at   BIGINT NOT NULL,
    key_id      TEXT NOT NULL,
    signature   TEXT NOT NULL
);

-- The reporter's identity now reaches a console only through a reveal (PRODUCT.md §17): the
-- change feed carries it masked, with the server's identity checks and opaque sender keys. What
-- earlier versions kept of every report's identity was never revealed on purpose: it goes. The
-- store keeps from now on only what `reveal_identity` answered, with who revealed it, when and why.
DELETE FROM reporter_identities;
ALTER TABLE reporter_identities ADD COLUMN revealed_by TEXT;
ALTER TABLE reporter_identities ADD COLUMN revealed_at INTEGER;
ALTER TABLE reporter_identities ADD COLUMN reason TEXT;

-- Same-sender and duplicate checks (Điều 7.6.2.e, f, h) by the server's keys, not by identity.
CREATE TABLE report_sender_keys (
    report_id   TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    sender_key  TEXT NOT NULL,
    PRIMARY KEY (report_id, sender_key)
) WITHOUT ROWID;
CREATE INDEX report_sender_keys_key ON report_sender_keys (sender_key);

-- Reports stored before lack the masked identity, the checks and the keys: fetched again whole.
DELETE FROM sync_state WHERE key = 'cursor';

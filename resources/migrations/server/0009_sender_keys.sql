-- Reports by sender (PRODUCT.md §17): the opaque keys of each report's reporter (HMAC-SHA256 of
-- the account, the national phone number and the citizen ID under a secret kept in `meta`), so
-- that the audited look-up by phone or citizen ID finds reports without a plaintext index of
-- identities. '-' marks a report indexed that has no identifier at all. Reports stored before
-- this table are indexed by the scheduler, a batch at a time.
CREATE TABLE report_sender_keys (
    report_id   TEXT NOT NULL,
    sender_key  TEXT NOT NULL,
    PRIMARY KEY (report_id, sender_key)
);
CREATE INDEX report_sender_keys_key ON report_sender_keys (sender_key);

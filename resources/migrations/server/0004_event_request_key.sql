-- The Idempotency-Key of the request that made an event, in a column of its own and indexed:
-- a request resent after its idempotency record expired (kept 45 days) is still recognised by
-- its event, and a client can ask which of its requests the server knows (after a restore).
-- json_extract becomes the ->> operator on PostgreSQL (ServerDatabase).
ALTER TABLE report_events ADD COLUMN request_key TEXT;
UPDATE report_events SET request_key = json_extract(data, '$.request_key')
    WHERE data LIKE '%"request_key"%';
CREATE INDEX report_events_request_key ON report_events (request_key);

-- The Idempotency-Key of the request behind each event: which queued actions the server has
-- already applied, even when the answer never arrived.
ALTER TABLE report_events ADD COLUMN request_key TEXT;
CREATE INDEX report_events_request_key ON report_events (request_key) WHERE request_key IS NOT NULL;

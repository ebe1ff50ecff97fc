-- The connected system a report of channel connected_system came from (Open311, Điều 4.1.g): the
-- queue names it beside the channel, so the covering index gains it.
ALTER TABLE reports ADD COLUMN source_system_id TEXT;
UPDATE reports SET source_system_id = json_extract(data, '$.source_system_id') WHERE channel = 'connected_system';
DROP INDEX reports_queue;
CREATE INDEX reports_queue ON reports (id, code, title, state, category_id, area_id, channel, received_at, urgent,
    hidden, lead_agency_id, claimed_by, next_due_at, next_due_step, version, latitude, longitude, source_system_id);

-- The map reads every report's position with the queue: the covering index gains it.
DROP INDEX reports_queue;
CREATE INDEX reports_queue ON reports (id, code, title, state, category_id, area_id, channel, received_at, urgent,
    hidden, lead_agency_id, claimed_by, next_due_at, next_due_step, version, latitude, longitude);

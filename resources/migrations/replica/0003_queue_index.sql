-- Loading the console's queue reads these columns of every report. As a covering index they
-- are a compact scan (about 150 bytes a row) instead of decrypting every page of the table,
-- whose rows carry the whole report as JSON: a 100k-report queue loads several times faster, at
-- the price of one more index to maintain on each write.
CREATE INDEX reports_queue ON reports (id, code, title, state, category_id, area_id, channel, received_at, urgent,
    hidden, lead_agency_id, claimed_by, next_due_at, next_due_step, version);

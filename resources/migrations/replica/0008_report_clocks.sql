-- Supervision (PRODUCT.md §11): the figures read the history of every report's clocks and a few
-- facts beside them. Kept here, in columns, by the same statement batch that stores the report
-- (ReportRepository::store), instead of parsing every report's JSON for each figure.
ALTER TABLE reports ADD COLUMN published_at INTEGER;   -- the latest publication
ALTER TABLE reports ADD COLUMN rated_at INTEGER;       -- the last rating (13.1: the last counts)
ALTER TABLE reports ADD COLUMN rating TEXT;
ALTER TABLE reports ADD COLUMN sanction INTEGER NOT NULL DEFAULT 0;  -- 11.2.b sanction procedure
ALTER TABLE reports ADD COLUMN repeat_of TEXT;         -- 14.3.f: the earlier handled report
ALTER TABLE reports ADD COLUMN reject_reasons TEXT NOT NULL DEFAULT '';  -- canonical names, space-separated

CREATE TABLE report_clocks (
    report_id   TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,  -- the clock's place in the report's list
    step        TEXT NOT NULL,
    status      TEXT NOT NULL,
    agency_id   TEXT,              -- NULL: the IOC's own clock
    started_at  INTEGER,
    due_at      INTEGER,
    stopped_at  INTEGER,
    on_time     INTEGER,           -- NULL: not judged
    PRIMARY KEY (report_id, seq)
) WITHOUT ROWID;

-- The hotline calls to agencies (14.3.d) among the timeline events.
CREATE INDEX report_events_calls ON report_events (report_id) WHERE action = 'log_call';

-- What the replica already holds, from its JSON (times there are ISO 8601 with an offset).
UPDATE reports SET
    published_at = CAST(round((julianday(json_extract(CAST(data AS TEXT), '$.published_at')) - 2440587.5)
                              * 86400000.0) AS INTEGER),
    rated_at = CAST(round((julianday(json_extract(CAST(data AS TEXT), '$.ratings[#-1].rated_at')) - 2440587.5)
                          * 86400000.0) AS INTEGER),
    rating = coalesce(json_extract(CAST(data AS TEXT), '$.ratings[#-1].level'),
                      json_extract(CAST(data AS TEXT), '$.rating')),
    repeat_of = nullif(json_extract(CAST(data AS TEXT), '$.repeat_of'), ''),
    sanction = coalesce(json_extract(CAST(data AS TEXT), '$.sanction_procedure'), '') <> '',
    reject_reasons = coalesce((SELECT group_concat(value, ' ')
                               FROM json_each(json_extract(CAST(reports.data AS TEXT), '$.reject_reasons'))), '');

INSERT INTO report_clocks (report_id, seq, step, status, agency_id, started_at, due_at, stopped_at, on_time)
SELECT reports.id, clock.key,
       json_extract(clock.value, '$.step'),
       json_extract(clock.value, '$.status'),
       nullif(json_extract(clock.value, '$.agency_id'), ''),
       CAST(round((julianday(json_extract(clock.value, '$.started_at')) - 2440587.5) * 86400000.0) AS INTEGER),
       CAST(round((julianday(json_extract(clock.value, '$.due_at')) - 2440587.5) * 86400000.0) AS INTEGER),
       CAST(round((julianday(json_extract(clock.value, '$.stopped_at')) - 2440587.5) * 86400000.0) AS INTEGER),
       json_extract(clock.value, '$.on_time')
FROM reports, json_each(json_extract(CAST(reports.data AS TEXT), '$.clocks')) AS clock;

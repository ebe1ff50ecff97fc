-- Supervision records (PRODUCT.md §11). Reminder letters of the ICT Center to agencies
-- (Điều 14.3.a), numbered per year; a supervisor's assessment of an agency's cooperation over a
-- period (14.2.c), one per agency and period. Both reach the consoles through the change feed.
CREATE TABLE letters (
    id          TEXT PRIMARY KEY,
    year        INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    agency_id   TEXT NOT NULL,
    issued_at   BIGINT NOT NULL,
    data        TEXT NOT NULL,   -- the letter as the API gives it
    UNIQUE (year, seq)
);
CREATE INDEX letters_agency ON letters (agency_id, issued_at);

CREATE TABLE assessments (
    id           TEXT PRIMARY KEY,
    agency_id    TEXT NOT NULL,
    period_from  TEXT NOT NULL,  -- YYYY-MM-DD, both days included
    period_to    TEXT NOT NULL,
    data         TEXT NOT NULL,
    UNIQUE (agency_id, period_from, period_to)
);

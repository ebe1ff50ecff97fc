-- Shift handover notes of the IOC's duty officers: open matters and promises made by phone,
-- shown to the next officer at sign-in until acknowledged.
CREATE TABLE handovers (
    id               TEXT PRIMARY KEY,
    author_id        TEXT NOT NULL,
    written_at       BIGINT NOT NULL,
    text             TEXT NOT NULL,
    acknowledged_by  TEXT,
    acknowledged_at  BIGINT
);
CREATE INDEX handovers_written ON handovers (written_at);

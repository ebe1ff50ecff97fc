-- The supervision records the change feed brings (kinds `letter` and `assessment`): reminder
-- letters to agencies (Điều 14.3.a) and cooperation assessments (14.2.c). An IOC replica holds
-- every one, an agency's its own.
CREATE TABLE letters (
    id          TEXT PRIMARY KEY,
    agency_id   TEXT NOT NULL,
    issued_at   INTEGER NOT NULL,
    data        TEXT NOT NULL
);
CREATE TABLE assessments (
    id          TEXT PRIMARY KEY,
    agency_id   TEXT NOT NULL,
    data        TEXT NOT NULL
);

-- Verification looks up a sender's other reports (by account as well as phone and citizen ID)
-- and the reports near a position within a time window (duplicate candidates).
CREATE INDEX reporter_identities_account ON reporter_identities (account_id);
CREATE INDEX reports_position ON reports (latitude, longitude, received_at);

-- Sign-in attempts counted per user name and, separately, per client address (not per pair: an
-- attacker who spreads guesses over many names from one address, or over many addresses for
-- one name, is slowed down either way). An attempt is counted before its password is checked.
DROP TABLE login_failures;
CREATE TABLE sign_in_throttle (
    throttle_key   TEXT PRIMARY KEY,  -- 'user:<lower-case name>' or 'address:<client address>'
    failures       INTEGER NOT NULL,  -- attempts not followed by a success, in this window
    blocked_until  BIGINT NOT NULL,   -- ms since the epoch; 0: not blocked
    updated_at     BIGINT NOT NULL
);
CREATE INDEX sign_in_throttle_updated ON sign_in_throttle (updated_at);

-- Second factors (RFC 6238 TOTP) of accounts: server/totpstore.h. The secret is stored encrypted
-- under a key derived from the audit key file (kept apart from the database), with the nonce of
-- its enrolment; `last_step` is the last 30-second step whose code was accepted (no code is
-- accepted twice). Recovery codes are stored as SHA-256, each usable once.
CREATE TABLE user_totp (
    user_id      TEXT PRIMARY KEY,
    secret       TEXT NOT NULL,
    nonce        TEXT NOT NULL,
    enrolled_at  BIGINT NOT NULL,
    last_step    BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE user_recovery_codes (
    user_id    TEXT NOT NULL,
    code_hash  TEXT NOT NULL,
    used_at    BIGINT,
    PRIMARY KEY (user_id, code_hash)
);

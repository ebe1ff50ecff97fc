-- The bytes each user announced in uploads, for the daily upload quota (policy "uploads"):
-- one row per upload begun, kept two days.
CREATE TABLE media_upload_log (
    user_id     TEXT NOT NULL,
    size        BIGINT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX media_upload_log_user ON media_upload_log (user_id, created_at);
CREATE INDEX media_upload_log_created ON media_upload_log (created_at);

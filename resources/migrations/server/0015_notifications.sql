-- Messages to people outside the console (docs/channels.md): the agency's contact person and
-- leader when a report is distributed to it or reminded (Điều 11.1.a, 21.1), the citizen when a
-- report is rejected, needs a supplement, has a result or a status notice (8.2, 12.1, 12.3,
-- 11.2.b). A row is written in the transaction of the event that causes it (an outbox), so a
-- crash never loses or doubles one; the dispatcher delivers it with retries.
--
-- state: queued (waits for its next attempt), sending (claimed by an instance until
-- claimed_until: a crash leaves it to be claimed again after that), sent, given_up (attempts
-- used up, a refusal that no retry can mend, or a channel that is not configured). `id` is the
-- message's key towards gateways (Idempotency-Key), so a resend after a crash can be recognised.
-- The in-app channel is delivered by being written (the citizen's app reads it); `callback` is a
-- call an officer owes a hotline caller (sent once an officer records it).
CREATE TABLE notifications (
    id              TEXT PRIMARY KEY,
    report_id       TEXT NOT NULL,
    event_seq       BIGINT NOT NULL,
    audience        TEXT NOT NULL,     -- agency, citizen
    channel         TEXT NOT NULL,     -- sms, email, zalo, in_app, callback
    recipient       TEXT NOT NULL,     -- a phone number, an e-mail address, a citizen account, a Zalo user
    recipient_name  TEXT,
    account_id      TEXT,              -- the citizen's account, for the in-app list
    template        TEXT NOT NULL,
    subject         TEXT,
    body            TEXT NOT NULL,
    state           TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,   -- ms since the epoch
    claimed_until   BIGINT,
    last_error      TEXT,
    created_at      BIGINT NOT NULL,
    sent_at         BIGINT
);
CREATE INDEX notifications_due ON notifications (state, next_attempt_at);
CREATE INDEX notifications_report ON notifications (report_id, created_at);
CREATE INDEX notifications_account ON notifications (account_id, created_at);

-- A call back (docs/channels.md) is a reply an officer owes a reporter who came by the hotline,
-- Facebook or Zalo without a known user: the officer who made the call records it, with what
-- came of it (reached: the message becomes `sent`; not reached: it stays queued, its attempts
-- counted), and the audit trail keeps the entry.
ALTER TABLE notifications ADD COLUMN handled_by TEXT;
ALTER TABLE notifications ADD COLUMN handled_note TEXT;
CREATE INDEX notifications_channel_state ON notifications (channel, state, created_at);

-- Each report's change as the IOC's roles read it (ReportService::feedEntry), serialised in the
-- transaction that wrote the change, so that the change feed sends stored bytes instead of
-- building every report again (docs/performance.md).
--
-- An entry is used only while entry_seq equals the row's seq and entry_format is the server's
-- (ChangeFeed::EntryFormat). A writer that makes no entry (an older instance during a rolling
-- upgrade) moves seq and leaves the entry stale; a newer server that reads reports differently
-- raises the format. Either way the feed builds the change again, as it does for a NULL entry.
ALTER TABLE changes ADD COLUMN entry BLOB;  -- UTF-8 JSON, kept as bytes: sent as read
ALTER TABLE changes ADD COLUMN entry_seq BIGINT;
ALTER TABLE changes ADD COLUMN entry_format INTEGER;

-- Each event as the IOC's roles read it, serialised when it is written: a report's entry is its
-- own fields and these, so a change costs the new event's form, not every earlier one's. The
-- form depends on the reporter's identity (masked in the payloads): entry_key ties it to the
-- identity and the format it was made with (ReportService::entryKey, a digest salted with the
-- report's id, so that it links no two reports); when the key differs, the form is made again.
ALTER TABLE report_events ADD COLUMN entry BLOB;
ALTER TABLE report_events ADD COLUMN entry_key BLOB;

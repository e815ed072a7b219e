-- Each event reaches notifications exactly once (the outbox library), so a mail no longer needs a unique
-- deduplication key; the column keeps naming the event and the recipient a mail is for.
ALTER TABLE mails DROP CONSTRAINT mails_dedupe_key;
ALTER TABLE mails RENAME COLUMN dedupe_key TO source;

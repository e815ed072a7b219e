-- Events now go through the outbox library's own schema (outbox.events, outbox.deliveries), which also
-- records which subscriber handled which event: the inbox is no longer needed.
DROP TABLE outbox;
DROP TABLE inbox;

-- Events now go through the outbox library's own schema (outbox.events, outbox.deliveries).
DROP TABLE outbox;

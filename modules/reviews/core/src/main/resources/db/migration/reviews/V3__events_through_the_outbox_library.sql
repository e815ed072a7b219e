-- Events now go through the outbox library's own schema (outbox.events, outbox.deliveries), which also
-- records which subscriber handled which event: the inbox is no longer needed.
-- Undelivered entries are not carried over: refuse to drop them (the previous version delivers them first).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM outbox WHERE published_at IS NULL) THEN
        RAISE EXCEPTION 'reviews.outbox holds undelivered events: let the previous version deliver them, then upgrade (README, Events)';
    END IF;
END $$;
DROP TABLE outbox;
DROP TABLE inbox;

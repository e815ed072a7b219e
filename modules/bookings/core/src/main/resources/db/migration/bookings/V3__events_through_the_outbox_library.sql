-- Events now go through the outbox library's own schema (outbox.events, outbox.deliveries).
-- Undelivered entries are not carried over: refuse to drop them (the previous version delivers them first).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM outbox WHERE published_at IS NULL) THEN
        RAISE EXCEPTION 'bookings.outbox holds undelivered events: let the previous version deliver them, then upgrade (README, Events)';
    END IF;
END $$;
DROP TABLE outbox;

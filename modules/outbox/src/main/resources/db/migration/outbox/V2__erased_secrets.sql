-- Events whose payload holds secrets (properties marked @Secret, such as one-time tokens): their names, and when they
-- were erased from the payload, which the workers do as soon as no delivery of the event is pending or parked.
ALTER TABLE events
    ADD COLUMN secrets varchar(64)[],
    ADD COLUMN secrets_erased_at timestamptz;
-- the workers' sweep: events whose secrets are still there (a handful at any time)
CREATE INDEX events_holding_secrets_idx ON events (id) WHERE secrets IS NOT NULL AND secrets_erased_at IS NULL;

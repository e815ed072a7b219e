-- Every module's events, and their delivery to each subscriber (the outbox library, dev.staybook.outbox).
-- An event is written in the transaction of the change it announces, with one delivery row per subscriber
-- of its type; a delivery is marked DELIVERED in the subscriber's own transaction, so each subscriber sees
-- each event exactly once, and a failing subscriber delays no other.

CREATE TABLE events (
    id           uuid PRIMARY KEY,
    publisher    varchar(32) NOT NULL,
    event_type   varchar(64) NOT NULL,
    aggregate_id uuid NOT NULL,
    payload      text NOT NULL,
    occurred_at  timestamptz NOT NULL
);
-- the nightly purge: events older than the retention whose deliveries are all done
CREATE INDEX events_occurred_idx ON events (occurred_at);

CREATE TABLE deliveries (
    -- publication order: a subscriber that needs order per aggregate is given its events in this order
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id        uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    subscriber      varchar(64) NOT NULL,
    aggregate_id    uuid NOT NULL,
    state           varchar(10) NOT NULL DEFAULT 'PENDING',
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      varchar(2000),
    -- the server instance that last tried it (host:process)
    handled_by      varchar(100),
    -- when it was delivered, parked or dismissed
    settled_at      timestamptz,
    CONSTRAINT deliveries_once_per_subscriber UNIQUE (event_id, subscriber),
    CONSTRAINT deliveries_state_known CHECK (state IN ('PENDING', 'DELIVERED', 'PARKED', 'DISMISSED')),
    CONSTRAINT deliveries_attempts_not_negative CHECK (attempts >= 0),
    CONSTRAINT deliveries_settled_unless_pending CHECK ((state = 'PENDING') = (settled_at IS NULL))
)
-- a queue: every delivery is inserted and then updated once, so dead row versions pile up in the indexes the
-- workers scan; vacuum it after every few thousand changes rather than after a fifth of the table
WITH (autovacuum_vacuum_scale_factor = 0.0, autovacuum_vacuum_threshold = 5000, autovacuum_vacuum_cost_delay = 0,
      autovacuum_analyze_scale_factor = 0.0, autovacuum_analyze_threshold = 5000);
-- what the workers claim: a subscriber's due deliveries, oldest first
CREATE INDEX deliveries_due_idx ON deliveries (subscriber, next_attempt_at, id) WHERE state = 'PENDING';
-- order per aggregate: is an earlier delivery of the same aggregate still open for this subscriber?
CREATE INDEX deliveries_open_by_aggregate_idx ON deliveries (subscriber, aggregate_id, id)
    WHERE state IN ('PENDING', 'PARKED');
-- the administrators' list of parked deliveries, newest first
CREATE INDEX deliveries_parked_idx ON deliveries (id DESC) WHERE state = 'PARKED';

-- Subscribers whose deliveries fail on purpose, honoured only with STAYBOOK_EVENTS_FAULT_INJECTION=true (tests).
CREATE TABLE injected_faults (
    subscriber varchar(64) PRIMARY KEY
);

-- Bookings, their price lines, nights, refunds and history; idempotency keys; the outbox.

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;

CREATE TABLE bookings (
    id               uuid PRIMARY KEY,
    listing_id       uuid NOT NULL,
    guest_id         uuid NOT NULL,
    host_id          uuid NOT NULL,
    status           varchar(24) NOT NULL,
    check_in         date NOT NULL,
    check_out        date NOT NULL,
    guests           integer NOT NULL,
    time_zone        varchar(64) NOT NULL,
    check_in_at      timestamptz NOT NULL,
    check_out_at     timestamptz NOT NULL,
    preparation_days integer NOT NULL DEFAULT 0,
    currency         char(3) NOT NULL,
    guest_total      numeric(19, 4) NOT NULL,
    host_payout      numeric(19, 4) NOT NULL,
    policy_name      varchar(16) NOT NULL,
    policy_version   integer NOT NULL,
    instant_book     boolean NOT NULL,
    payment_due_at   timestamptz,
    respond_by       timestamptz,
    guest_message    varchar(2000),
    refund_total     numeric(19, 4),
    refund_rule      varchar(500),
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          bigint NOT NULL DEFAULT 0,
    CONSTRAINT bookings_status_known CHECK (status IN ('PENDING_PAYMENT', 'REQUESTED', 'CONFIRMED', 'CHECKED_IN',
        'COMPLETED', 'DECLINED', 'EXPIRED', 'CANCELLED_BY_GUEST', 'CANCELLED_BY_HOST')),
    CONSTRAINT bookings_stay_not_empty CHECK (check_out > check_in),
    CONSTRAINT bookings_guests_positive CHECK (guests >= 1),
    CONSTRAINT bookings_preparation_not_negative CHECK (preparation_days >= 0),
    CONSTRAINT bookings_amounts_not_negative CHECK (guest_total >= 0 AND host_payout >= 0 AND coalesce(refund_total, 0) >= 0),
    CONSTRAINT bookings_guest_is_not_host CHECK (guest_id <> host_id),
    -- Double booking is impossible: two active bookings of one listing never share a night, nor the
    -- preparation days the host keeps free after each stay.
    CONSTRAINT bookings_no_overlapping_stays EXCLUDE USING gist (
        listing_id WITH =,
        daterange(check_in, check_out + preparation_days, '[)') WITH &&
    ) WHERE (status IN ('PENDING_PAYMENT', 'REQUESTED', 'CONFIRMED', 'CHECKED_IN'))
);

-- own bookings, newest first, for guests and for hosts
CREATE INDEX bookings_guest_idx ON bookings (guest_id, created_at DESC, id DESC);
CREATE INDEX bookings_host_idx ON bookings (host_id, created_at DESC, id DESC);
-- the deadline sweep: one small partial index per time-driven transition
CREATE INDEX bookings_payment_due_idx ON bookings (payment_due_at) WHERE status = 'PENDING_PAYMENT';
CREATE INDEX bookings_respond_by_idx ON bookings (respond_by) WHERE status = 'REQUESTED';
CREATE INDEX bookings_check_in_due_idx ON bookings (check_in_at) WHERE status = 'CONFIRMED';
CREATE INDEX bookings_check_out_due_idx ON bookings (check_out_at) WHERE status = 'CHECKED_IN';

CREATE TABLE booking_price_lines (
    booking_id  uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    kind        varchar(32) NOT NULL,
    description varchar(200) NOT NULL,
    amount      numeric(19, 4) NOT NULL,
    PRIMARY KEY (booking_id, position)
);

CREATE TABLE booking_nights (
    booking_id uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    night      date NOT NULL,
    price      numeric(19, 4) NOT NULL,
    PRIMARY KEY (booking_id, position),
    CONSTRAINT booking_nights_price_positive CHECK (price > 0)
);

CREATE TABLE booking_refund_lines (
    booking_id  uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    kind        varchar(32) NOT NULL,
    description varchar(200) NOT NULL,
    amount      numeric(19, 4) NOT NULL,
    PRIMARY KEY (booking_id, position)
);

CREATE TABLE booking_transitions (
    id          uuid PRIMARY KEY,
    booking_id  uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    from_status varchar(24),
    to_status   varchar(24) NOT NULL,
    actor_kind  varchar(8) NOT NULL,
    actor_id    uuid,
    reason      varchar(500),
    occurred_at timestamptz NOT NULL,
    CONSTRAINT booking_transitions_actor_known CHECK (actor_kind IN ('GUEST', 'HOST', 'ADMIN', 'SYSTEM'))
);
CREATE INDEX booking_transitions_booking_idx ON booking_transitions (booking_id, occurred_at);

CREATE TABLE booking_idempotency_keys (
    guest_id        uuid NOT NULL,
    idempotency_key varchar(255) NOT NULL,
    request_hash    varchar(64) NOT NULL,
    booking_id      uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (guest_id, idempotency_key)
);

CREATE TABLE outbox (
    event_id        uuid PRIMARY KEY,
    aggregate_id    uuid NOT NULL,
    event_type      varchar(64) NOT NULL,
    payload         text NOT NULL,
    occurred_at     timestamptz NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    last_error      varchar(2000),
    published_at    timestamptz
);
-- what the relay picks up: undelivered entries in order
CREATE INDEX outbox_pending_idx ON outbox (occurred_at, event_id) WHERE published_at IS NULL;


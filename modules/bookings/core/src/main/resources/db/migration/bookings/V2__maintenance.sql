-- What the nightly maintenance needs: indexes for its purges, and the archive of old booking history.

-- Idempotency-Key records older than the retention
CREATE INDEX booking_idempotency_keys_created_idx ON booking_idempotency_keys (created_at);
-- delivered outbox entries older than the retention
CREATE INDEX outbox_published_idx ON outbox (published_at) WHERE published_at IS NOT NULL;
-- bookings that ended long ago, whose history is archived
CREATE INDEX bookings_finished_idx ON bookings (updated_at)
    WHERE status IN ('COMPLETED', 'DECLINED', 'EXPIRED', 'CANCELLED_BY_GUEST', 'CANCELLED_BY_HOST');

-- The status history of bookings that ended longer ago than the history retention, moved out of the
-- hot table. No foreign key: the archive outlives any change to the bookings table.
CREATE TABLE booking_transitions_archive (
    id          uuid PRIMARY KEY,
    booking_id  uuid NOT NULL,
    from_status varchar(24),
    to_status   varchar(24) NOT NULL,
    actor_kind  varchar(8) NOT NULL,
    actor_id    uuid,
    reason      varchar(500),
    occurred_at timestamptz NOT NULL,
    archived_at timestamptz NOT NULL
);
CREATE INDEX booking_transitions_archive_booking_idx ON booking_transitions_archive (booking_id, occurred_at);

-- A confirmed booking whose payment could not be collected is cancelled by Staybook: CANCELLED_UNPAID.
ALTER TABLE bookings DROP CONSTRAINT bookings_status_known;
ALTER TABLE bookings ADD CONSTRAINT bookings_status_known CHECK (status IN ('PENDING_PAYMENT', 'REQUESTED', 'CONFIRMED',
    'CHECKED_IN', 'COMPLETED', 'DECLINED', 'EXPIRED', 'CANCELLED_BY_GUEST', 'CANCELLED_BY_HOST', 'CANCELLED_UNPAID'));

-- the nightly maintenance archives the history of these bookings too (BookingMaintenance names the same statuses)
DROP INDEX bookings_finished_idx;
CREATE INDEX bookings_finished_idx ON bookings (updated_at)
    WHERE status IN ('COMPLETED', 'DECLINED', 'EXPIRED', 'CANCELLED_BY_GUEST', 'CANCELLED_BY_HOST', 'CANCELLED_UNPAID');

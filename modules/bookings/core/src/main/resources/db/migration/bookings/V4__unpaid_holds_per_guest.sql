-- A guest's unpaid bookings (and their payment deadlines), counted before each new booking (UnpaidHolds).
CREATE INDEX bookings_unpaid_by_guest_idx ON bookings (guest_id, payment_due_at) WHERE status = 'PENDING_PAYMENT';

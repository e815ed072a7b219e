-- A refused capture is tried again later: when, and what the capture is made of (the retry has no
-- BookingConfirmed event to read the host's share and the taxes from).
ALTER TABLE payments
    ADD COLUMN next_capture_at     timestamptz,
    ADD COLUMN capture_host_payout numeric(19, 4),
    ADD COLUMN capture_taxes       numeric(19, 4),
    ADD CONSTRAINT payments_capture_retry_only_when_refused CHECK (next_capture_at IS NULL OR status = 'CAPTURE_FAILED');
-- the retry sweep's query path; small, since only refused captures awaiting a retry are in it
CREATE INDEX payments_capture_due_idx ON payments (next_capture_at) WHERE next_capture_at IS NOT NULL;

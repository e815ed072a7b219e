-- The payout run finds each payout's payments (its gateway, the checks of what it paid) by payout id;
-- without this index every lookup scanned all payments.
CREATE INDEX payments_payout_idx ON payments (payout_id) WHERE payout_id IS NOT NULL;

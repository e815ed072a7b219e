-- A payout run no longer updates the payments it pays. It took a whole, non-HOT update of the wide payments row per
-- paid stay (payout_id sat in two indexes' keys or predicates, so every one of the table's indexes got a new entry),
-- and that was most of the run's time: marking 1,000,000 stays took 84 s of PostgreSQL, against 30 s for the delete
-- from owed_shares and insert into payout_items below (modules/benchmarks/results/payouts.md).
--
-- owed_shares: the payments whose host share waits for a payout run (the stay is over); the run deletes what it pays.
-- payout_items: which payout took each paid share; insert-only.
-- Neither has a foreign key to payments: checking one locks the payments row (FOR KEY SHARE), a write to the very
-- row this layout keeps the run away from. Only the payments module writes them, in its payments' transactions.
CREATE TABLE owed_shares (
    payment_id uuid PRIMARY KEY,
    host_id    uuid NOT NULL,
    currency   char(3) NOT NULL
);
CREATE INDEX owed_shares_host_idx ON owed_shares (host_id, currency);

CREATE TABLE payout_items (
    payment_id uuid PRIMARY KEY,
    payout_id  uuid NOT NULL
);
CREATE INDEX payout_items_payout_idx ON payout_items (payout_id);

INSERT INTO payout_items (payment_id, payout_id) SELECT id, payout_id FROM payments WHERE payout_id IS NOT NULL;
INSERT INTO owed_shares (payment_id, host_id, currency)
    SELECT id, host_id, currency FROM payments WHERE payable_at IS NOT NULL AND payout_id IS NULL;

DROP INDEX payments_payable_idx;
DROP INDEX payments_payout_idx;
ALTER TABLE payments DROP COLUMN payout_id;

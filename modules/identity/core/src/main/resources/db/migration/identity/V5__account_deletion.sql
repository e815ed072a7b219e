-- Deleted accounts: anonymized in place (bookings and the ledger of other modules still name the id), never active again.

ALTER TABLE users DROP CONSTRAINT users_status_known;
ALTER TABLE users ADD CONSTRAINT users_status_known CHECK (status IN ('ACTIVE', 'SUSPENDED', 'DELETED'));
ALTER TABLE users ADD COLUMN deleted_at timestamptz;
ALTER TABLE users ADD CONSTRAINT users_deleted_when_deleted_at CHECK ((status = 'DELETED') = (deleted_at IS NOT NULL));

-- the access tokens of recently deleted accounts are refused until they expire: a small, recent set to read
CREATE INDEX users_deleted_at_idx ON users (deleted_at) WHERE deleted_at IS NOT NULL;

-- A payout run's partitions split the hosts by slot, not by ranges of the id itself: host ids are time-ordered
-- UUIDv7 (the identity module's UuidV7), which all begin with the same bytes for years, so equal ranges of ids put
-- every host in the first partition. A slot is the first 16 bits of the md5 of the id's text: spread evenly
-- whatever the id's version or how close together the ids were made. Each partition and chunk is a range of
-- (slot, host, currency) keys, and these indexes serve exactly those ranges.
CREATE FUNCTION host_slot(host_id uuid) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT ('x' || left(md5(host_id::text), 4))::bit(16)::integer $$;

CREATE INDEX owed_shares_slot_idx ON owed_shares (host_slot(host_id), host_id, currency);
-- replaced: only the payout run read owed_shares by host
DROP INDEX owed_shares_host_idx;
CREATE INDEX host_balance_adjustments_open_slot_idx ON host_balance_adjustments (host_slot(host_id), host_id, currency)
    WHERE payout_id IS NULL;
CREATE INDEX payouts_run_slot_idx ON payouts (run_key, host_slot(host_id), host_id, currency);

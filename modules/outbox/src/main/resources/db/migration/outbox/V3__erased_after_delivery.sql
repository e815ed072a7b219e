-- Not only secrets: personal data (addresses, names, words users wrote) is erased from an event's payload as soon as no
-- delivery of it is pending or parked, by the same sweep (properties marked @ErasedAfterDelivery).
ALTER TABLE events RENAME COLUMN secrets TO erasable;
ALTER TABLE events RENAME COLUMN secrets_erased_at TO erased_at;
ALTER INDEX events_holding_secrets_idx RENAME TO events_holding_erasable_idx;


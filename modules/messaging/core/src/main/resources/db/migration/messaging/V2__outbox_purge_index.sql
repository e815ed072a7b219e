-- The nightly maintenance purges delivered outbox entries older than the retention.
CREATE INDEX outbox_published_idx ON outbox (published_at) WHERE published_at IS NOT NULL;

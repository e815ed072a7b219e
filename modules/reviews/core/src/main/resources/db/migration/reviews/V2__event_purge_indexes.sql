-- The nightly maintenance purges delivered outbox entries and handled inbox records older than the retention.
CREATE INDEX outbox_published_idx ON outbox (published_at) WHERE published_at IS NOT NULL;
CREATE INDEX inbox_received_idx ON inbox (received_at);

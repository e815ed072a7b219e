-- The nightly maintenance purges delivered outbox entries, handled inbox records and received webhook
-- events older than the retention.
CREATE INDEX outbox_published_idx ON outbox (published_at) WHERE published_at IS NOT NULL;
CREATE INDEX inbox_received_idx ON inbox (received_at);
CREATE INDEX webhook_events_received_idx ON webhook_events (received_at);

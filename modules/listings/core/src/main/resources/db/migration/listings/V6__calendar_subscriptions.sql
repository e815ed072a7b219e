-- Calendar sync (CalendarSubscriptionResource): external iCalendar feeds a listing subscribes to, fetched on a
-- schedule (CalendarSyncSchedule); the nights each blocks; and the secret token of the listing's own export feed.

CREATE TABLE calendar_subscriptions (
    id              uuid PRIMARY KEY,
    listing_id      uuid NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    name            varchar(100) NOT NULL,
    url             varchar(2000) NOT NULL,
    created_at      timestamptz NOT NULL,
    -- when the schedule fetches it next; a sync claims it by moving this ahead before fetching
    next_sync_at    timestamptz NOT NULL,
    last_synced_at  timestamptz,
    last_failed_at  timestamptz,
    last_error      varchar(300),
    imported_events integer,
    blocked_nights  integer,
    CONSTRAINT calendar_subscriptions_name_present CHECK (length(btrim(name)) > 0),
    -- subscribing twice to one feed would only make the two fight over the same nights
    CONSTRAINT calendar_subscriptions_one_per_url UNIQUE (listing_id, url)
);

-- the schedule's query: the subscriptions due, oldest first
CREATE INDEX calendar_subscriptions_due_idx ON calendar_subscriptions (next_sync_at);

-- A night a subscription blocked says which one, so that its next sync can replace exactly its own nights and leave the
-- host's blocks (subscription_id NULL) and other subscriptions' alone. A host who changes the night takes it over.
ALTER TABLE calendar_days
    ADD COLUMN subscription_id uuid REFERENCES calendar_subscriptions (id) ON DELETE SET NULL,
    ADD CONSTRAINT calendar_days_subscription_only_when_blocked CHECK (blocked OR subscription_id IS NULL);

CREATE INDEX calendar_days_subscription_idx ON calendar_days (subscription_id, night) WHERE subscription_id IS NOT NULL;

-- The export feed's URL carries a random 128-bit token (base64url, 22 characters) the host reads and rotates; a feed
-- request with another token is not found. Kept as is (not hashed) because the host is shown it again.
CREATE TABLE calendar_feed_tokens (
    listing_id uuid PRIMARY KEY REFERENCES listings (id) ON DELETE CASCADE,
    token      varchar(22) NOT NULL,
    created_at timestamptz NOT NULL,
    CONSTRAINT calendar_feed_tokens_token_size CHECK (length(token) = 22)
);

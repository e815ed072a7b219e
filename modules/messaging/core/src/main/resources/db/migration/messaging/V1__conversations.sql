-- Conversations between guests and hosts, their messages, the bookings we know of, and the outbox.

CREATE TABLE booking_parties (
    booking_id uuid PRIMARY KEY,
    listing_id uuid NOT NULL,
    guest_id   uuid NOT NULL,
    host_id    uuid NOT NULL
);

CREATE TABLE conversations (
    id               uuid PRIMARY KEY,
    kind             varchar(8) NOT NULL,
    booking_id       uuid,
    listing_id       uuid NOT NULL,
    guest_id         uuid NOT NULL,
    host_id          uuid NOT NULL,
    created_at       timestamptz NOT NULL,
    last_message_at  timestamptz NOT NULL,
    message_count    integer NOT NULL,
    guest_read_up_to integer NOT NULL,
    host_read_up_to  integer NOT NULL,
    version          bigint NOT NULL DEFAULT 0,
    CONSTRAINT conversations_kind_known CHECK (kind IN ('BOOKING', 'INQUIRY')),
    CONSTRAINT conversations_booking_matches_kind CHECK ((kind = 'BOOKING') = (booking_id IS NOT NULL)),
    CONSTRAINT conversations_two_people CHECK (guest_id <> host_id),
    CONSTRAINT conversations_markers_in_range CHECK (message_count >= 0
        AND guest_read_up_to BETWEEN 0 AND message_count AND host_read_up_to BETWEEN 0 AND message_count),
    -- one conversation per booking
    CONSTRAINT conversations_booking_key UNIQUE (booking_id)
);
-- one inquiry per guest and listing
CREATE UNIQUE INDEX conversations_inquiry_key ON conversations (listing_id, guest_id) WHERE kind = 'INQUIRY';
-- each participant's list, newest activity first
CREATE INDEX conversations_guest_idx ON conversations (guest_id, last_message_at DESC, id DESC);
CREATE INDEX conversations_host_idx ON conversations (host_id, last_message_at DESC, id DESC);

CREATE TABLE messages (
    id              uuid PRIMARY KEY,
    conversation_id uuid NOT NULL REFERENCES conversations (id),
    seq             integer NOT NULL,
    sender_id       uuid NOT NULL,
    text            varchar(5000) NOT NULL,
    sent_at         timestamptz NOT NULL,
    CONSTRAINT messages_seq_positive CHECK (seq >= 1),
    CONSTRAINT messages_text_present CHECK (length(btrim(text)) > 0),
    -- also the index of a conversation's pages, newest first
    CONSTRAINT messages_conversation_seq_key UNIQUE (conversation_id, seq)
);

CREATE TABLE outbox (
    event_id        uuid PRIMARY KEY,
    aggregate_id    uuid NOT NULL,
    event_type      varchar(64) NOT NULL,
    payload         text NOT NULL,
    occurred_at     timestamptz NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    last_error      varchar(2000),
    published_at    timestamptz
);
CREATE INDEX outbox_pending_idx ON outbox (occurred_at, event_id) WHERE published_at IS NULL;

-- The mail outbox: each mail written with the handling of its event, sent by workers, retried with backoff.

CREATE TABLE mails (
    id              uuid PRIMARY KEY,
    dedupe_key      varchar(200) NOT NULL,
    kind            varchar(32) NOT NULL,
    recipient_email varchar(254) NOT NULL,
    recipient_name  varchar(100) NOT NULL,
    subject         varchar(300) NOT NULL,
    body            text NOT NULL,
    status          varchar(8) NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      varchar(2000),
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz,
    -- the event and the recipient: a redelivered event finds its mail here and adds none
    CONSTRAINT mails_dedupe_key UNIQUE (dedupe_key),
    CONSTRAINT mails_status_known CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT mails_sent_at_when_sent CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
    CONSTRAINT mails_attempts_not_negative CHECK (attempts >= 0)
);
-- what the workers claim: pending mails by due time
CREATE INDEX mails_due_idx ON mails (next_attempt_at) WHERE status = 'PENDING';
-- the administrators' list, newest first, all or by status
CREATE INDEX mails_created_idx ON mails (created_at DESC, id DESC);
CREATE INDEX mails_status_created_idx ON mails (status, created_at DESC, id DESC);

-- who each booking is between (from BookingPlaced): payment events name only the booking
CREATE TABLE bookings (
    booking_id uuid PRIMARY KEY,
    listing_id uuid NOT NULL,
    guest_id   uuid NOT NULL,
    host_id    uuid NOT NULL
);

-- Completed stays open for review, their reviews (hidden until published), rating aggregates, outbox and inbox.

CREATE TABLE stays (
    booking_id       uuid PRIMARY KEY,
    listing_id       uuid NOT NULL,
    guest_id         uuid NOT NULL,
    host_id          uuid NOT NULL,
    checked_out_at   timestamptz NOT NULL,
    window_closes_at timestamptz NOT NULL,
    status           varchar(16) NOT NULL,
    published_at     timestamptz,
    version          bigint NOT NULL DEFAULT 0,
    CONSTRAINT stays_status_known CHECK (status IN ('OPEN', 'PUBLISHED', 'CLOSED')),
    CONSTRAINT stays_window_after_check_out CHECK (window_closes_at > checked_out_at),
    CONSTRAINT stays_guest_is_not_host CHECK (guest_id <> host_id),
    CONSTRAINT stays_published_unless_open CHECK ((status = 'OPEN') = (published_at IS NULL))
);
-- the window-closing job: open stays by the end of their window
CREATE INDEX stays_window_due_idx ON stays (window_closes_at) WHERE status = 'OPEN';

CREATE TABLE reviews (
    id            uuid PRIMARY KEY,
    booking_id    uuid NOT NULL REFERENCES stays (booking_id),
    listing_id    uuid NOT NULL,
    author_side   varchar(8) NOT NULL,
    author_id     uuid NOT NULL,
    subject_id    uuid NOT NULL,
    overall       integer NOT NULL,
    cleanliness   integer,
    accuracy      integer,
    communication integer,
    location      integer,
    check_in      integer,
    value         integer,
    text          varchar(2000) NOT NULL,
    written_at    timestamptz NOT NULL,
    published_at  timestamptz,
    response_text varchar(2000),
    responded_at  timestamptz,
    -- one review per side per stay: the database has the last word when both tabs submit at once
    CONSTRAINT reviews_one_per_side UNIQUE (booking_id, author_side),
    CONSTRAINT reviews_side_known CHECK (author_side IN ('GUEST', 'HOST')),
    CONSTRAINT reviews_overall_stars CHECK (overall BETWEEN 1 AND 5),
    -- guests rate every aspect of the listing, hosts none
    CONSTRAINT reviews_aspects_by_side CHECK (CASE author_side
        WHEN 'GUEST' THEN num_nonnulls(cleanliness, accuracy, communication, location, check_in, value) = 6
            AND least(cleanliness, accuracy, communication, location, check_in, value) >= 1
            AND greatest(cleanliness, accuracy, communication, location, check_in, value) <= 5
        ELSE num_nonnulls(cleanliness, accuracy, communication, location, check_in, value) = 0 END),
    CONSTRAINT reviews_text_present CHECK (length(btrim(text)) > 0),
    CONSTRAINT reviews_response_only_when_published CHECK (response_text IS NULL OR published_at IS NOT NULL),
    CONSTRAINT reviews_response_complete CHECK ((response_text IS NULL) = (responded_at IS NULL))
);
-- the public lists, newest first: a listing's reviews by guests, a guest's reviews by hosts
CREATE INDEX reviews_of_listing_idx ON reviews (listing_id, published_at DESC, id DESC)
    WHERE author_side = 'GUEST' AND published_at IS NOT NULL;
CREATE INDEX reviews_of_guest_idx ON reviews (subject_id, published_at DESC, id DESC)
    WHERE author_side = 'HOST' AND published_at IS NOT NULL;

-- Running sums of published ratings, one row per listing and per reviewed guest.
CREATE TABLE listing_ratings (
    listing_id        uuid PRIMARY KEY,
    review_count      integer NOT NULL,
    overall_sum       bigint NOT NULL,
    cleanliness_sum   bigint NOT NULL,
    accuracy_sum      bigint NOT NULL,
    communication_sum bigint NOT NULL,
    location_sum      bigint NOT NULL,
    check_in_sum      bigint NOT NULL,
    value_sum         bigint NOT NULL,
    updated_at        timestamptz NOT NULL,
    CONSTRAINT listing_ratings_sums_in_range CHECK (review_count > 0 AND overall_sum BETWEEN review_count AND 5 * review_count)
);

CREATE TABLE guest_ratings (
    guest_id     uuid PRIMARY KEY,
    review_count integer NOT NULL,
    overall_sum  bigint NOT NULL,
    updated_at   timestamptz NOT NULL,
    CONSTRAINT guest_ratings_sums_in_range CHECK (review_count > 0 AND overall_sum BETWEEN review_count AND 5 * review_count)
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

-- events already acted on (completed stays, our own published reviews counted into the aggregates)
CREATE TABLE inbox (
    event_id    uuid PRIMARY KEY,
    event_type  varchar(64) NOT NULL,
    received_at timestamptz NOT NULL
);

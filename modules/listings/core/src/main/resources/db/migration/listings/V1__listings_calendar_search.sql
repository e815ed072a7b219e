-- Listings, their photos, the amenity catalogue, the availability calendar and the indexes search uses.
-- Every index below names the query path that needs it (see SearchQuery).

-- GiST over (uuid, daterange) for booked stays needs btree_gist; always in public so every schema finds it.
CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;

CREATE TABLE amenities (
    code     varchar(40) PRIMARY KEY,
    name     varchar(80) NOT NULL,
    category varchar(40) NOT NULL,
    CONSTRAINT amenities_code_format CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
    CONSTRAINT amenities_name_present CHECK (length(btrim(name)) > 0)
);

INSERT INTO amenities (code, name, category) VALUES
    ('wifi', 'Wi-Fi', 'essentials'),
    ('kitchen', 'Kitchen', 'essentials'),
    ('washer', 'Washer', 'essentials'),
    ('dryer', 'Dryer', 'essentials'),
    ('air_conditioning', 'Air conditioning', 'comfort'),
    ('heating', 'Heating', 'comfort'),
    ('dedicated_workspace', 'Dedicated workspace', 'comfort'),
    ('tv', 'TV', 'entertainment'),
    ('hair_dryer', 'Hair dryer', 'essentials'),
    ('iron', 'Iron', 'essentials'),
    ('pool', 'Pool', 'outdoor'),
    ('hot_tub', 'Hot tub', 'outdoor'),
    ('free_parking', 'Free parking on premises', 'parking'),
    ('ev_charger', 'EV charger', 'parking'),
    ('crib', 'Crib', 'family'),
    ('high_chair', 'High chair', 'family'),
    ('gym', 'Gym', 'facilities'),
    ('bbq_grill', 'BBQ grill', 'outdoor'),
    ('breakfast', 'Breakfast', 'services'),
    ('fireplace', 'Indoor fireplace', 'comfort'),
    ('smoke_alarm', 'Smoke alarm', 'safety'),
    ('carbon_monoxide_alarm', 'Carbon monoxide alarm', 'safety'),
    ('first_aid_kit', 'First aid kit', 'safety'),
    ('fire_extinguisher', 'Fire extinguisher', 'safety'),
    ('beach_access', 'Beach access', 'location'),
    ('ski_in_out', 'Ski-in/ski-out', 'location'),
    ('waterfront', 'Waterfront', 'location'),
    ('garden', 'Garden', 'outdoor'),
    ('balcony', 'Balcony', 'outdoor'),
    ('elevator', 'Elevator', 'facilities'),
    ('dishwasher', 'Dishwasher', 'essentials'),
    ('self_check_in', 'Self check-in', 'services');

CREATE TABLE listings (
    id                       uuid PRIMARY KEY,
    host_id                  uuid NOT NULL,
    status                   varchar(16) NOT NULL,
    title                    varchar(120) NOT NULL,
    description              varchar(5000),
    property_type            varchar(16) NOT NULL,
    room_type                varchar(16) NOT NULL,
    street                   varchar(200),
    city                     varchar(100) NOT NULL,
    region                   varchar(100),
    postal_code              varchar(20),
    country                  char(2) NOT NULL,
    latitude                 double precision NOT NULL,
    longitude                double precision NOT NULL,
    -- derived for GiST: bounding-box search and distance candidates (x = longitude, y = latitude)
    location                 point GENERATED ALWAYS AS (point(longitude, latitude)) STORED,
    time_zone                varchar(64) NOT NULL,
    guests                   integer NOT NULL,
    bedrooms                 integer NOT NULL,
    beds                     integer NOT NULL,
    bathrooms                numeric(3, 1) NOT NULL,
    amenities                text[] NOT NULL DEFAULT '{}',
    pets_allowed             boolean NOT NULL DEFAULT false,
    smoking_allowed          boolean NOT NULL DEFAULT false,
    events_allowed           boolean NOT NULL DEFAULT false,
    additional_rules         varchar(2000),
    check_in_from            time NOT NULL,
    check_out_until          time NOT NULL,
    currency                 char(3) NOT NULL,
    -- the currency's minor-unit digits, so SQL can round stay totals like Money does
    currency_digits          integer NOT NULL,
    nightly_price            numeric(15, 3) NOT NULL,
    cleaning_fee             numeric(15, 3) NOT NULL DEFAULT 0,
    weekly_discount_percent  integer NOT NULL DEFAULT 0,
    monthly_discount_percent integer NOT NULL DEFAULT 0,
    min_nights               integer NOT NULL DEFAULT 1,
    max_nights               integer NOT NULL DEFAULT 365,
    advance_notice_days      integer NOT NULL DEFAULT 0,
    preparation_days         integer NOT NULL DEFAULT 0,
    instant_book             boolean NOT NULL DEFAULT false,
    cancellation_policy      varchar(16) NOT NULL,
    rating_average           numeric(3, 2),
    rating_count             integer NOT NULL DEFAULT 0,
    created_at               timestamptz NOT NULL,
    updated_at               timestamptz NOT NULL,
    published_at             timestamptz,
    version                  bigint NOT NULL DEFAULT 0,
    search_vector            tsvector GENERATED ALWAYS AS (
                                 setweight(to_tsvector('english', title), 'A')
                                 || setweight(to_tsvector('english', coalesce(description, '')), 'B')) STORED,
    CONSTRAINT listings_status_known CHECK (status IN ('DRAFT', 'PUBLISHED', 'UNPUBLISHED', 'ARCHIVED')),
    CONSTRAINT listings_published_has_date CHECK (status NOT IN ('PUBLISHED', 'UNPUBLISHED') OR published_at IS NOT NULL),
    CONSTRAINT listings_title_present CHECK (length(btrim(title)) > 0),
    CONSTRAINT listings_latitude_range CHECK (latitude BETWEEN -90 AND 90),
    CONSTRAINT listings_longitude_range CHECK (longitude BETWEEN -180 AND 180),
    CONSTRAINT listings_guests_range CHECK (guests BETWEEN 1 AND 50),
    CONSTRAINT listings_bedrooms_range CHECK (bedrooms BETWEEN 0 AND 50),
    CONSTRAINT listings_beds_range CHECK (beds BETWEEN 1 AND 100),
    CONSTRAINT listings_bathrooms_half_steps CHECK (bathrooms BETWEEN 0 AND 50 AND bathrooms * 2 = trunc(bathrooms * 2)),
    CONSTRAINT listings_prices_positive CHECK (nightly_price > 0 AND cleaning_fee >= 0),
    CONSTRAINT listings_discounts_range CHECK (weekly_discount_percent BETWEEN 0 AND 99 AND monthly_discount_percent BETWEEN 0 AND 99),
    CONSTRAINT listings_stay_rules CHECK (min_nights >= 1 AND max_nights BETWEEN min_nights AND 365
        AND advance_notice_days BETWEEN 0 AND 365 AND preparation_days BETWEEN 0 AND 30),
    CONSTRAINT listings_rating_range CHECK (rating_average IS NULL OR rating_average BETWEEN 0 AND 5),
    CONSTRAINT listings_rating_count CHECK (rating_count >= 0)
);

CREATE TABLE listing_photos (
    listing_id uuid NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    url        varchar(2048) NOT NULL,
    caption    varchar(200),
    PRIMARY KEY (listing_id, position),
    CONSTRAINT listing_photos_position_range CHECK (position BETWEEN 0 AND 49)
);

-- a host's own listings, newest first (GET /users/me/listings)
CREATE INDEX listings_host_idx ON listings (host_id, id DESC);
-- search by city
CREATE INDEX listings_published_city_idx ON listings (lower(city)) WHERE status = 'PUBLISHED';
-- search by bounding box and by distance (candidates inside the radius' bounding box)
CREATE INDEX listings_published_location_idx ON listings USING gist (location) WHERE status = 'PUBLISHED';
-- sort=newest (the default) with its keyset
CREATE INDEX listings_published_newest_idx ON listings (published_at DESC, id DESC) WHERE status = 'PUBLISHED';
-- sort=rating: unrated listings last, keyset on (rating, id)
CREATE INDEX listings_published_rating_idx ON listings ((coalesce(rating_average, -1)) DESC, id DESC)
    WHERE status = 'PUBLISHED';
-- sort=price and price filters without dates: amounts are compared within one currency
CREATE INDEX listings_published_price_idx ON listings (currency, nightly_price, id) WHERE status = 'PUBLISHED';
-- amenities=wifi,pool (must have all)
CREATE INDEX listings_published_amenities_idx ON listings USING gin (amenities) WHERE status = 'PUBLISHED';
-- q= full text
CREATE INDEX listings_published_text_idx ON listings USING gin (search_vector) WHERE status = 'PUBLISHED';

-- Host blocks and per-night prices. A row exists only while it says something: blocked or repriced.
CREATE TABLE calendar_days (
    listing_id     uuid NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    night          date NOT NULL,
    blocked        boolean NOT NULL DEFAULT false,
    block_note     varchar(200),
    price_override numeric(15, 3),
    PRIMARY KEY (listing_id, night),
    CONSTRAINT calendar_days_note_only_when_blocked CHECK (blocked OR block_note IS NULL),
    CONSTRAINT calendar_days_price_positive CHECK (price_override IS NULL OR price_override > 0)
);

-- Nights taken by bookings, told to listings by the bookings module (BookedStays); never read from its tables.
CREATE TABLE booked_stays (
    booking_id uuid PRIMARY KEY,
    listing_id uuid NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    check_in   date NOT NULL,
    check_out  date NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT booked_stays_nights CHECK (check_out > check_in)
);

-- availability: does a booked stay overlap the (widened) stay of this listing?
CREATE INDEX booked_stays_listing_stay_idx ON booked_stays USING gist (listing_id, daterange(check_in, check_out));

-- Great-circle distance (haversine, mean Earth radius) in kilometres; inlined by the planner.
CREATE FUNCTION distance_km(lat1 double precision, lng1 double precision, lat2 double precision, lng2 double precision)
    RETURNS double precision
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT 2 * 6371.0088 * asin(least(1.0, sqrt(
        power(sin(radians(lat2 - lat1) / 2), 2)
        + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lng2 - lng1) / 2), 2))))
$$;

-- Rounds half to even at the given number of decimals, like Money.rounded, so SQL stay totals equal Java's.
CREATE FUNCTION round_half_even(amount numeric, digits integer)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT round(
        CASE WHEN abs(amount * power(10::numeric, digits) - trunc(amount * power(10::numeric, digits))) = 0.5
                  AND mod(trunc(amount * power(10::numeric, digits)), 2) = 0
             THEN trunc(amount * power(10::numeric, digits))
             ELSE round(amount * power(10::numeric, digits))
        END / power(10::numeric, digits), digits)
$$;

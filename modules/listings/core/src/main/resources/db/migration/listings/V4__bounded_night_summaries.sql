-- Night summaries of bounded size. V2 summarised every night a listing ever had and V3 put those values
-- into a btree index, whose entries hold at most 2704 bytes: about 320 price overrides, or a few hundred
-- stays over the years, and every calendar write of the listing failed. Now:
--   * the summaries live in a narrow table of their own, in no index but its key (a write of one listing
--     rewrites one small row, never the wide listings row and its text and GIN indexes);
--   * they cover nights from yesterday (UTC) on: every listing's today is on or after that date, and past
--     nights never matter for search or booking. Future nights are bounded by the booking horizon
--     (BookingHorizon, two years), which calendar changes, imports and bookings all respect;
--   * stay prices no longer come from arrays of overrides on the row: search sums the overrides of the
--     stay's nights from calendar_days (an index-only scan below), and only for listings whose
--     repriced_nights meet the stay.
-- Every write recomputes a listing's summary from yesterday on, so no summary grows as days pass; a
-- summary nobody writes keeps the past part it had, which no search asks about (see README, Listings).

CREATE TABLE night_summaries (
    listing_id         uuid PRIMARY KEY REFERENCES listings (id) ON DELETE CASCADE,
    summarised_from    date NOT NULL,
    -- blocked nights, and booked stays widened by the preparation days on both sides: a stay is
    -- bookable exactly when it does not overlap them
    unavailable_nights datemultirange NOT NULL,
    -- nights with a price override
    repriced_nights    datemultirange NOT NULL
) WITH (fillfactor = 80);

CREATE INDEX calendar_days_price_overrides_idx ON calendar_days (listing_id, night) INCLUDE (price_override)
    WHERE price_override IS NOT NULL;

CREATE OR REPLACE FUNCTION refresh_night_summaries(listing_ids uuid[])
    RETURNS void
    LANGUAGE plpgsql
AS $$
DECLARE
    -- yesterday in UTC, whatever the session's time zone: no listing's today is earlier
    summarised_from constant date := (now() AT TIME ZONE 'UTC')::date - 1;
BEGIN
    -- Lock first, then compute in a new statement: its snapshot then sees every write committed by a
    -- concurrent transaction that held the lock, so two writers never leave a stale summary behind.
    -- FOR NO KEY UPDATE waits for another refresh of the same listing but not for the key-share locks
    -- that inserting calendar rows takes (their foreign key), which FOR UPDATE turned into deadlocks.
    PERFORM 1 FROM listings.listings WHERE id = ANY (listing_ids) ORDER BY id FOR NO KEY UPDATE;
    INSERT INTO listings.night_summaries AS s (listing_id, summarised_from, unavailable_nights, repriced_nights)
    SELECT l.id, summarised_from,
           coalesce((
               SELECT range_agg(nights) FROM (
                   SELECT daterange(c.night, c.night + 1) AS nights
                   FROM listings.calendar_days c
                   WHERE c.listing_id = l.id AND c.blocked AND c.night >= summarised_from
                   UNION ALL
                   SELECT daterange(greatest(b.check_in - l.preparation_days, summarised_from), b.check_out + l.preparation_days)
                   FROM listings.booked_stays b
                   WHERE b.listing_id = l.id
                     AND daterange(b.check_in, b.check_out) && daterange(summarised_from - l.preparation_days, NULL)) taken), '{}'),
           coalesce((
               SELECT range_agg(daterange(c.night, c.night + 1))
               FROM listings.calendar_days c
               WHERE c.listing_id = l.id AND c.price_override IS NOT NULL AND c.night >= summarised_from), '{}')
    FROM listings.listings l
    WHERE l.id = ANY (listing_ids)
    ON CONFLICT (listing_id) DO UPDATE
        SET summarised_from = EXCLUDED.summarised_from,
            unavailable_nights = EXCLUDED.unavailable_nights,
            repriced_nights = EXCLUDED.repriced_nights;
END;
$$;

SELECT refresh_night_summaries(ARRAY(
    SELECT id FROM listings WHERE unavailable_nights <> '{}' OR repriced_nights <> '{}'));

-- dropping the columns drops the covering city index that INCLUDEd them; it comes back with bounded columns only
ALTER TABLE listings DROP COLUMN unavailable_nights, DROP COLUMN repriced_nights, DROP COLUMN override_nights,
    DROP COLUMN override_prices;

DROP INDEX IF EXISTS listings_published_city_idx;
CREATE INDEX listings_published_city_idx ON listings (lower(city), currency)
    INCLUDE (id, city, guests, min_nights, max_nights, advance_notice_days, time_zone, nightly_price, cleaning_fee,
             weekly_discount_percent, monthly_discount_percent, currency_digits, published_at, rating_average)
    WHERE status = 'PUBLISHED';

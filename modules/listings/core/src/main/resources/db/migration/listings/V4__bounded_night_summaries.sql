-- Night summaries of bounded size. V2 summarised every night a listing ever had (multiranges and arrays of
-- overrides) and V3 put them into a btree index, whose entries hold at most 2704 bytes: about 320 price
-- overrides, or a few hundred stays over the years, and every calendar write of the listing failed. Now each
-- listing carries two bit strings, one bit a night from nights_from (yesterday in UTC when last written: no
-- listing's today is earlier) for at most 734 nights, which covers the booking horizon (BookingHorizon: check-out
-- at most 731 days after today, respected by bookings, calendar changes, imports and search):
--   unavailable_bits: blocked nights, and booked stays widened by the preparation days on both sides (a stay
--                     is bookable exactly when none of its nights is set);
--   repriced_bits:    nights with a price override.
-- At most 92 bytes each, whatever the listing's age or popularity, so the covering city index carries them again
-- and a search with dates reads nothing else per candidate. A stay's price overrides are summed from
-- calendar_days (an index-only scan of the index below), only for listings repriced during the stay.
-- Nights past the end of a bit string are free: they were beyond the horizon when the listing was last written,
-- and any later write recomputes the summary. So nothing needs trimming as days pass (see README, Search).

ALTER TABLE listings DROP COLUMN unavailable_nights, DROP COLUMN repriced_nights, DROP COLUMN override_nights,
    DROP COLUMN override_prices;
ALTER TABLE listings ADD COLUMN nights_from date NOT NULL DEFAULT DATE '2000-01-01',
    ADD COLUMN unavailable_bits varbit NOT NULL DEFAULT B'',
    ADD COLUMN repriced_bits varbit NOT NULL DEFAULT B'';

CREATE INDEX calendar_days_price_overrides_idx ON calendar_days (listing_id, night) INCLUDE (price_override)
    WHERE price_override IS NOT NULL;

-- One bit per night from first_night for at most 734 nights: set when a range of nights holds it; trailing free
-- nights are left out. Written range by range (a run of zeros, then of ones), not night by night: a summary is
-- rewritten on every booking of the listing.
CREATE FUNCTION night_bits(first_night date, nights datemultirange)
    RETURNS varbit
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT coalesce(string_agg(repeat('0', greatest(lower(r), first_night) - greatest(previous_end, first_night))
                               || repeat('1', least(upper(r), first_night + 734) - greatest(lower(r), first_night)),
                               '' ORDER BY lower(r)), '')::varbit
    FROM (SELECT r, coalesce(lag(upper(r)) OVER (ORDER BY lower(r)), first_night) AS previous_end
          FROM unnest(nights) AS r
          WHERE upper(r) > first_night AND lower(r) < first_night + 734) AS within
$$;

CREATE OR REPLACE FUNCTION refresh_night_summaries(listing_ids uuid[])
    RETURNS void
    LANGUAGE plpgsql
AS $$
DECLARE
    -- yesterday in UTC, whatever the session's time zone: no listing's today is earlier
    first_night constant date := (now() AT TIME ZONE 'UTC')::date - 1;
BEGIN
    -- Lock first, then compute in a new statement: its snapshot then sees every write committed by a
    -- concurrent transaction that held the lock, so two writers never leave a stale summary behind.
    -- FOR NO KEY UPDATE waits for another refresh of the same listing but not for the key-share locks
    -- that inserting calendar rows takes (their foreign key), which FOR UPDATE turned into deadlocks.
    PERFORM 1 FROM listings.listings WHERE id = ANY (listing_ids) ORDER BY id FOR NO KEY UPDATE;
    UPDATE listings.listings l
    SET nights_from = first_night,
        unavailable_bits = listings.night_bits(first_night, coalesce((
            SELECT range_agg(nights) FROM (
                SELECT daterange(c.night, c.night + 1) AS nights
                FROM listings.calendar_days c
                WHERE c.listing_id = l.id AND c.blocked AND c.night >= first_night
                UNION ALL
                SELECT daterange(greatest(b.check_in - l.preparation_days, first_night), b.check_out + l.preparation_days)
                FROM listings.booked_stays b
                WHERE b.listing_id = l.id
                  AND daterange(b.check_in, b.check_out) && daterange(first_night - l.preparation_days, NULL)) taken), '{}')),
        repriced_bits = listings.night_bits(first_night, coalesce((
            SELECT range_agg(daterange(c.night, c.night + 1))
            FROM listings.calendar_days c
            WHERE c.listing_id = l.id AND c.price_override IS NOT NULL AND c.night >= first_night), '{}'))
    WHERE l.id = ANY (listing_ids);
END;
$$;

SELECT refresh_night_summaries(ARRAY(
    SELECT DISTINCT listing_id FROM calendar_days UNION SELECT DISTINCT listing_id FROM booked_stays));

-- dropping the summary columns dropped the covering city index that INCLUDEd them; it comes back with bounded ones
DROP INDEX IF EXISTS listings_published_city_idx;
CREATE INDEX listings_published_city_idx ON listings (lower(city), currency)
    INCLUDE (id, city, guests, min_nights, max_nights, advance_notice_days, time_zone, nights_from, unavailable_bits,
             repriced_bits, nightly_price, cleaning_fee, weekly_discount_percent, monthly_discount_percent, currency_digits,
             published_at, rating_average)
    WHERE status = 'PUBLISHED';

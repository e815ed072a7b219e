-- Search with dates would probe calendar_days and booked_stays once per candidate listing: thousands
-- of index probes for a big city. Each listing carries summaries of its nights instead, kept exact by
-- statement-level triggers on every write path (the services, BookedStays, bulk loads, tests):
--   unavailable_nights: blocked nights, and booked stays widened by the preparation days on both sides
--                       (a stay is bookable exactly when it does not overlap them);
--   repriced_nights:    nights with a price override, to skip the sum below for most listings;
--   override_nights, override_prices: those nights and their prices, in night order, for stay totals.
-- calendar_days and booked_stays stay the source of truth; these columns are derived from them.

ALTER TABLE listings ADD COLUMN unavailable_nights datemultirange NOT NULL DEFAULT '{}';
ALTER TABLE listings ADD COLUMN repriced_nights datemultirange NOT NULL DEFAULT '{}';
ALTER TABLE listings ADD COLUMN override_nights date[] NOT NULL DEFAULT '{}';
ALTER TABLE listings ADD COLUMN override_prices numeric(15, 3)[] NOT NULL DEFAULT '{}';

CREATE FUNCTION refresh_night_summaries(listing_ids uuid[])
    RETURNS void
    LANGUAGE plpgsql
AS $$
BEGIN
    -- Lock first, then compute in a new statement: its snapshot then sees every write committed by a
    -- concurrent transaction that held the lock, so two writers never leave a stale summary behind.
    PERFORM 1 FROM listings.listings WHERE id = ANY (listing_ids) ORDER BY id FOR UPDATE;
    UPDATE listings.listings l
    SET unavailable_nights = coalesce((
            SELECT range_agg(nights) FROM (
                SELECT daterange(c.night, c.night + 1) AS nights
                FROM listings.calendar_days c WHERE c.listing_id = l.id AND c.blocked
                UNION ALL
                SELECT daterange(b.check_in - l.preparation_days, b.check_out + l.preparation_days)
                FROM listings.booked_stays b WHERE b.listing_id = l.id) taken), '{}'),
        (repriced_nights, override_nights, override_prices) = (
            SELECT coalesce(range_agg(daterange(c.night, c.night + 1)), '{}'),
                   coalesce(array_agg(c.night ORDER BY c.night), '{}'),
                   coalesce(array_agg(c.price_override ORDER BY c.night), '{}')
            FROM listings.calendar_days c WHERE c.listing_id = l.id AND c.price_override IS NOT NULL)
    WHERE l.id = ANY (listing_ids);
END;
$$;

CREATE FUNCTION nights_changed()
    RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM listings.refresh_night_summaries(ARRAY(SELECT DISTINCT listing_id FROM new_rows));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM listings.refresh_night_summaries(ARRAY(
            SELECT listing_id FROM new_rows UNION SELECT listing_id FROM old_rows));
    ELSE
        PERFORM listings.refresh_night_summaries(ARRAY(SELECT DISTINCT listing_id FROM old_rows));
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER calendar_days_inserted AFTER INSERT ON calendar_days
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION nights_changed();
CREATE TRIGGER calendar_days_updated AFTER UPDATE ON calendar_days
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION nights_changed();
CREATE TRIGGER calendar_days_deleted AFTER DELETE ON calendar_days
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION nights_changed();
CREATE TRIGGER booked_stays_inserted AFTER INSERT ON booked_stays
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION nights_changed();
CREATE TRIGGER booked_stays_updated AFTER UPDATE ON booked_stays
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION nights_changed();
CREATE TRIGGER booked_stays_deleted AFTER DELETE ON booked_stays
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION nights_changed();

-- New preparation days widen or narrow every booked stay of the listing.
CREATE FUNCTION preparation_days_changed()
    RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM listings.refresh_night_summaries(ARRAY[NEW.id]);
    RETURN NULL;
END;
$$;

CREATE TRIGGER listings_preparation_days_changed AFTER UPDATE OF preparation_days ON listings
    FOR EACH ROW WHEN (OLD.preparation_days IS DISTINCT FROM NEW.preparation_days)
    EXECUTE FUNCTION preparation_days_changed();

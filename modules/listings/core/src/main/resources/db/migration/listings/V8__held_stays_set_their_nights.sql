-- A booking that holds its nights sets their bits in the listing's summary instead of recomputing it.
-- Recomputing reads every blocked night and booked stay of the listing ahead (a busy listing holds hundreds) and
-- plans night_bits each time: measured under booking load it was half of PostgreSQL's time (see
-- modules/benchmarks/results/confirmations.md). Holding only adds taken nights, so the new summary is the old one
-- with the stay's nights (widened by the preparation days) set: the same bits a recomputation gives. A summary
-- written on an earlier day starts at another night; that listing is recomputed as before. Releasing a stay,
-- calendar changes and preparation days still recompute (a freed night may stay taken for another reason).

-- The bits of nights [from_night, to_night) set, counted from first_night and cut to the 734 nights a summary holds.
CREATE FUNCTION nights_set(bits varbit, first_night date, from_night date, to_night date)
    RETURNS varbit
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
DECLARE
    first_bit constant integer := greatest(from_night - first_night, 0);
    end_bit constant integer := least(to_night - first_night, 734);
BEGIN
    IF end_bit <= first_bit THEN
        RETURN bits;
    END IF;
    RETURN overlay(bits || repeat('0', greatest(end_bit - length(bits), 0))::varbit
                   PLACING repeat('1', end_bit - first_bit)::varbit FROM first_bit + 1 FOR end_bit - first_bit);
END;
$$;

CREATE FUNCTION stays_held()
    RETURNS trigger
    LANGUAGE plpgsql
AS $$
DECLARE
    -- the same first night refresh_night_summaries writes: yesterday in UTC
    first_night constant date := (now() AT TIME ZONE 'UTC')::date - 1;
    stay record;
    written_earlier uuid[] := '{}';
BEGIN
    -- in listing order, as refresh_night_summaries locks them: concurrent holds and refreshes never deadlock
    FOR stay IN SELECT listing_id, check_in, check_out FROM new_rows ORDER BY listing_id, check_in LOOP
        UPDATE listings.listings l
        SET unavailable_bits = listings.nights_set(l.unavailable_bits, first_night,
                                                   stay.check_in - l.preparation_days, stay.check_out + l.preparation_days)
        WHERE l.id = stay.listing_id AND l.nights_from = first_night;
        IF NOT FOUND THEN
            written_earlier := written_earlier || stay.listing_id;
        END IF;
    END LOOP;
    IF cardinality(written_earlier) > 0 THEN
        PERFORM listings.refresh_night_summaries(written_earlier);
    END IF;
    RETURN NULL;
END;
$$;

DROP TRIGGER booked_stays_inserted ON booked_stays;
CREATE TRIGGER booked_stays_inserted AFTER INSERT ON booked_stays
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stays_held();

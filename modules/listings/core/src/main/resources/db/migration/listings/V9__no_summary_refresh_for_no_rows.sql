-- A statement that changed no stay or calendar row leaves every summary as it was: do not refresh any.
-- Holding a stay is an INSERT ... ON CONFLICT DO UPDATE, and PostgreSQL fires the statement-level UPDATE trigger of such
-- an insert even when no row conflicted; refresh_night_summaries then locked and updated nothing, for about 1 ms a hold
-- (6 % of PostgreSQL's statement time under the confirmation benchmark, pg_stat_statements).
CREATE OR REPLACE FUNCTION nights_changed()
    RETURNS trigger
    LANGUAGE plpgsql
AS $$
DECLARE
    changed uuid[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        changed := ARRAY(SELECT DISTINCT listing_id FROM new_rows);
    ELSIF TG_OP = 'UPDATE' THEN
        changed := ARRAY(SELECT listing_id FROM new_rows UNION SELECT listing_id FROM old_rows);
    ELSE
        changed := ARRAY(SELECT DISTINCT listing_id FROM old_rows);
    END IF;
    IF cardinality(changed) > 0 THEN
        PERFORM listings.refresh_night_summaries(changed);
    END IF;
    RETURN NULL;
END;
$$;

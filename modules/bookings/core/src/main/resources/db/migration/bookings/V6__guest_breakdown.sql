-- Guest breakdown (issue 12): adults, children, infants and pets instead of one number of guests.
-- The old number meant adults, so the column is renamed (no table rewrite: the rows keep their values as adults)
-- and the new counts start at 0 (a constant default is stored in the catalogue, again without a rewrite).
-- The previous version writes "guests": stop its instances before starting this one (not a rolling upgrade).
ALTER TABLE bookings RENAME COLUMN guests TO adults;
ALTER TABLE bookings RENAME CONSTRAINT bookings_guests_positive TO bookings_adults_positive;
ALTER TABLE bookings
    ADD COLUMN children integer NOT NULL DEFAULT 0,
    ADD COLUMN infants  integer NOT NULL DEFAULT 0,
    ADD COLUMN pets     integer NOT NULL DEFAULT 0,
    ADD CONSTRAINT bookings_guest_counts_not_negative CHECK (children >= 0 AND infants >= 0 AND pets >= 0);

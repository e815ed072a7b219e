-- Search and wishlists leave out today's stay once the listing's check-in time has come there (StaySql), as a quote
-- does: the covering city index carries check_in_from too, so that a search for tonight stays an index-only scan.
DROP INDEX listings_published_city_idx;
CREATE INDEX listings_published_city_idx ON listings (lower(city), currency)
    INCLUDE (id, city, guests, min_nights, max_nights, advance_notice_days, time_zone, check_in_from, nights_from,
             unavailable_bits, repriced_bits, nightly_price, cleaning_fee, weekly_discount_percent, monthly_discount_percent,
             currency_digits, published_at, rating_average)
    WHERE status = 'PUBLISHED';

-- Search finds a page of ids first and loads the page's rows afterwards (SearchQuery). These indexes
-- carry every column the first step needs for its most common paths, so that a big city or a map
-- area is answered from the index alone (index-only scans) instead of one heap page per candidate.

-- city, with or without dates, any sort: filters, stay total inputs and sort keys
DROP INDEX listings_published_city_idx;
CREATE INDEX listings_published_city_idx ON listings (lower(city), currency)
    INCLUDE (id, city, guests, min_nights, max_nights, advance_notice_days, time_zone, unavailable_nights, repriced_nights,
             override_nights, override_prices, nightly_price, cleaning_fee, weekly_discount_percent, monthly_discount_percent,
             currency_digits, published_at, rating_average)
    WHERE status = 'PUBLISHED';

-- bounding box and distance: the point itself, the id, and the default sort key
DROP INDEX listings_published_location_idx;
CREATE INDEX listings_published_location_idx ON listings USING gist (location) INCLUDE (id, published_at)
    WHERE status = 'PUBLISHED';

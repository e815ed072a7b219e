package dev.staybook.benchmarks;

/** The set-based statements of {@link GenerateListings}; random values are drawn per row. */
final class GeneratorSql {

    static final String CITIES = """
            CREATE TEMP TABLE bench_cities ON COMMIT DROP AS
            SELECT (ordinality - 1)::int AS idx, name, country, latitude, longitude, time_zone, currency, typical_price,
                   CASE currency WHEN 'JPY' THEN 0 ELSE 2 END AS digits
            FROM unnest(?::text[], ?::text[], ?::float8[], ?::float8[], ?::text[], ?::text[], ?::int[]) WITH ORDINALITY
                 AS c (name, country, latitude, longitude, time_zone, currency, typical_price)""";

    /** One row per listing; the city index is skewed so that big cities get more listings. */
    static final String LISTINGS = """
            WITH draws AS (
                SELECT g, floor(power(random(), 1.4) * (SELECT count(*) FROM bench_cities))::int AS city,
                       random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6,
                       random() AS r7, random() AS r8, 1 + floor(power(random(), 1.5) * 8)::int AS guests,
                       (ARRAY['APARTMENT', 'APARTMENT', 'APARTMENT', 'HOUSE', 'HOUSE', 'CONDO', 'LOFT', 'CABIN', 'VILLA',
                              'COTTAGE', 'TINY_HOME', 'BOAT', 'OTHER'])[1 + floor(random() * 13)::int] AS kind
                FROM generate_series(1, ?) AS g
            ), priced AS (
                SELECT d.*, c.*, round((c.typical_price * (0.45 + power(d.r4, 2) * 2.6))::numeric, c.digits) AS nightly
                FROM draws d JOIN bench_cities c ON c.idx = d.city
            )
            INSERT INTO listings.listings (id, host_id, status, title, description, property_type, room_type, street, city,
                postal_code, country, latitude, longitude, time_zone, guests, bedrooms, beds, bathrooms, amenities, pets_allowed,
                smoking_allowed, events_allowed, check_in_from, check_out_until, currency, currency_digits, nightly_price,
                cleaning_fee, weekly_discount_percent, monthly_discount_percent, min_nights, max_nights, advance_notice_days,
                preparation_days, instant_book, cancellation_policy, rating_average, rating_count, created_at, updated_at,
                published_at)
            SELECT gen_random_uuid(), ('%s' || lpad(to_hex(g %% 25000), 12, '0'))::uuid, 'PUBLISHED',
                (ARRAY['Sunny', 'Cosy', 'Spacious', 'Quiet', 'Modern', 'Charming', 'Elegant', 'Rustic', 'Bright', 'Stylish'])
                    [1 + floor(r1 * 10)::int] || ' ' || lower(replace(kind, '_', ' ')) || ' in ' || name,
                'A ' || (ARRAY['lovely', 'calm', 'light-filled', 'renovated', 'historic'])[1 + floor(r2 * 5)::int] || ' place with '
                    || (ARRAY['a sea view', 'a garden', 'a balcony', 'a rooftop terrace', 'a fireplace', 'a workspace', 'mountain views',
                              'a courtyard'])[1 + floor(r3 * 8)::int] || ', close to '
                    || (ARRAY['the old town', 'the beach', 'the metro', 'the market', 'museums', 'the river', 'the park'])
                       [1 + floor(r5 * 7)::int] || '. Fast wifi, fresh linen and a host who answers quickly.',
                kind, CASE WHEN r6 < 0.75 THEN 'ENTIRE_PLACE' WHEN r6 < 0.95 THEN 'PRIVATE_ROOM' ELSE 'SHARED_ROOM' END,
                (1 + floor(r7 * 200)::int) || ' Main Street', name, lpad((1000 + g %% 9000)::text, 5, '0'), country,
                latitude + (random() - 0.5) * 0.16, longitude + (random() - 0.5) * 0.16 / cos(radians(latitude)), time_zone,
                guests, greatest(0, guests / 2), greatest(1, (guests + 1) / 2), 1 + floor(r8 * 3) * 0.5,
                ARRAY(SELECT a.code FROM listings.amenities a
                      WHERE random() < CASE a.code WHEN 'wifi' THEN 0.95 WHEN 'kitchen' THEN 0.8 WHEN 'heating' THEN 0.8
                                                   WHEN 'smoke_alarm' THEN 0.7 WHEN 'washer' THEN 0.6 WHEN 'tv' THEN 0.6
                                                   ELSE 0.18 END + 0 * g
                      ORDER BY a.code),
                r1 < 0.3, r2 < 0.05, r3 < 0.1, '15:00', '11:00', currency, digits, nightly,
                CASE WHEN r5 < 0.7 THEN round(nightly * 0.3, digits) ELSE 0 END,
                (ARRAY[0, 5, 10, 15])[1 + floor(r6 * 4)::int], (ARRAY[0, 10, 20, 30])[1 + floor(r7 * 4)::int],
                CASE WHEN r8 < 0.5 THEN 1 WHEN r8 < 0.85 THEN 2 ELSE 3 END, CASE WHEN r1 < 0.5 THEN 30 ELSE 365 END,
                CASE WHEN r2 < 0.7 THEN 0 ELSE 1 + floor(r3 * 2)::int END, CASE WHEN r4 < 0.7 THEN 0 ELSE 1 END,
                r5 < 0.6, (ARRAY['FLEXIBLE', 'MODERATE', 'STRICT'])[1 + floor(r6 * 3)::int],
                CASE WHEN r7 < 0.8 THEN round((3.5 + r8 * 1.5)::numeric, 2) END, CASE WHEN r7 < 0.8 THEN 1 + floor(r1 * 300)::int ELSE 0 END,
                now() - age, now(), now() - age
            FROM (SELECT priced.*, random() * interval '730 days' AS age FROM priced) AS aged""";

    static final String PHOTOS = """
            INSERT INTO listings.listing_photos (listing_id, position, url, caption)
            SELECT l.id, p, 'https://img.staybook.dev/listings/' || l.id || '/' || p || '.jpg',
                   (ARRAY['Living room', 'Bedroom', 'Kitchen', 'Bathroom', 'View', 'Entrance', 'Terrace', 'Street'])[1 + p]
            FROM listings.listings l
            CROSS JOIN LATERAL generate_series(0, abs(hashtext(l.id::text)) % 8) AS p
            WHERE l.host_id::text LIKE 'b0000000-%' AND NOT EXISTS (SELECT 1 FROM listings.listing_photos x WHERE x.listing_id = l.id)""";

    /** Two host blocks of one to five nights somewhere in the next year. */
    static final String BLOCKS = """
            INSERT INTO listings.calendar_days (listing_id, night, blocked, block_note)
            SELECT b.id, current_date + b.start + k, true, 'Owner stay'
            FROM (SELECT l.id, floor(random() * 360)::int + 0 * length(l.title) AS start, 1 + floor(random() * 5)::int AS nights
                  FROM listings.listings l CROSS JOIN generate_series(1, 2)
                  WHERE l.host_id::text LIKE 'b0000000-%') b
            CROSS JOIN LATERAL generate_series(0, b.nights - 1) AS k
            ON CONFLICT (listing_id, night) DO NOTHING""";

    /** A third of the listings charge 20 % more on Friday and Saturday nights of the next three months. */
    static final String WEEKEND_PRICES = """
            INSERT INTO listings.calendar_days (listing_id, night, price_override)
            SELECT l.id, d::date, round(l.nightly_price * 1.2, l.currency_digits)
            FROM listings.listings l
            CROSS JOIN generate_series(current_date, current_date + 90, interval '1 day') AS d
            WHERE l.host_id::text LIKE 'b0000000-%' AND abs(hashtext(l.id::text)) % 3 = 0 AND extract(isodow FROM d) IN (5, 6)
            ON CONFLICT (listing_id, night) DO UPDATE SET price_override = EXCLUDED.price_override""";

    /**
     * N bookings of two to seven nights per listing over the next 360 days, one per window of 360 / N days
     * (at least 8, so N is at most 45), so they never overlap. Parameters: window, window, N.
     */
    static final String BOOKED_STAYS = """
            INSERT INTO listings.booked_stays (booking_id, listing_id, check_in, check_out)
            SELECT gen_random_uuid(), s.id, s.check_in, s.check_in + s.nights
            FROM (SELECT l.id, current_date + w * ? + floor(random() * (? - 7))::int + 0 * length(l.title) AS check_in,
                         2 + floor(random() * 6)::int AS nights
                  FROM listings.listings l CROSS JOIN generate_series(0, ? - 1) AS w
                  WHERE l.host_id::text LIKE 'b0000000-%') s
            WHERE NOT EXISTS (SELECT 1 FROM listings.booked_stays x WHERE x.listing_id = s.id AND x.check_in = s.check_in)""";

    /**
     * The past: stays over the last {@code years} years, none overlapping, each in a window of its own (a stay of
     * one to three nights in every 4 days for the popular tenth of the listings, of two to seven nights in every
     * 30 days for the others). Parameters: years.
     */
    static final String PAST_STAYS = """
            INSERT INTO listings.booked_stays (booking_id, listing_id, check_in, check_out, created_at)
            SELECT gen_random_uuid(), s.id, s.check_in, s.check_in + s.nights, s.check_in - 20
            FROM (SELECT l.id, current_date - (w + 1) * p.window_days + floor(random() * (p.window_days - p.longest))::int AS check_in,
                         p.shortest + floor(random() * (p.longest - p.shortest + 1))::int AS nights
                  FROM listings.listings l
                  CROSS JOIN LATERAL (SELECT CASE WHEN abs(hashtext(l.id::text)) % 10 = 0 THEN 4 ELSE 30 END AS window_days,
                                             CASE WHEN abs(hashtext(l.id::text)) % 10 = 0 THEN 1 ELSE 2 END AS shortest,
                                             CASE WHEN abs(hashtext(l.id::text)) % 10 = 0 THEN 3 ELSE 6 END AS longest) p
                  CROSS JOIN LATERAL generate_series(0, (? * 365) / p.window_days - 1) AS w
                  WHERE l.host_id::text LIKE 'b0000000-%') s""";

    /** The popular tenth is booked densely for the next 120 days: a stay of one or two nights in every 4 days. */
    static final String BUSY_SEASON = """
            INSERT INTO listings.booked_stays (booking_id, listing_id, check_in, check_out)
            SELECT gen_random_uuid(), s.id, s.check_in, s.check_in + s.nights
            FROM (SELECT l.id, current_date + 1 + w * 4 + floor(random() * 2)::int AS check_in, 1 + floor(random() * 2)::int AS nights
                  FROM listings.listings l CROSS JOIN generate_series(0, 29) AS w
                  WHERE l.host_id::text LIKE 'b0000000-%' AND abs(hashtext(l.id::text)) % 10 = 0) s
            WHERE NOT EXISTS (SELECT 1 FROM listings.booked_stays x WHERE x.listing_id = s.id
                              AND daterange(x.check_in, x.check_out) && daterange(s.check_in, s.check_in + s.nights))""";

    /**
     * Dynamic pricing (what pricing tools do): a share of the hosts give every night of the next two years a price
     * of its own, with seasons, dearer weekends and some noise. Parameter: the share (0 to 1).
     */
    static final String DYNAMIC_PRICES = """
            INSERT INTO listings.calendar_days (listing_id, night, price_override)
            SELECT l.id, d::date,
                   round(l.nightly_price * (1 + 0.25 * sin(2 * pi() * extract(doy FROM d) / 365)
                                            + CASE WHEN extract(isodow FROM d) IN (5, 6) THEN 0.15 ELSE 0 END
                                            + (random() - 0.5) * 0.1)::numeric, l.currency_digits)
            FROM listings.listings l
            CROSS JOIN generate_series(current_date + 1, current_date + 730, interval '1 day') AS d
            WHERE l.host_id::text LIKE 'b0000000-%' AND abs(hashtext(l.id::text || 'dynamic')) % 1000 < ? * 1000
            ON CONFLICT (listing_id, night) DO UPDATE SET price_override = EXCLUDED.price_override""";

    /**
     * The hosts of the generated listings as identity accounts (GUEST and HOST roles), so that a listing's
     * host is found as it would be in production (hosts have verified their address). Their password hash is no
     * hash: nobody signs in as them.
     */
    static final String HOSTS = """
            INSERT INTO identity.users (id, email, password_hash, name, created_at, updated_at, password_changed_at,
                                        sessions_ended_at, email_verified_at)
            SELECT DISTINCT l.host_id, 'host-' || l.host_id || '@bench.staybook.test', '!generated: no password',
                   'Host ' || right(l.host_id::text, 5), now(), now(), now(), now(), now()
            FROM listings.listings l
            WHERE l.host_id::text LIKE 'b0000000-%'
            ON CONFLICT (id) DO NOTHING""";

    static final String HOST_ROLES = """
            INSERT INTO identity.user_roles (user_id, role)
            SELECT u.id, r.role FROM identity.users u CROSS JOIN (VALUES ('GUEST'), ('HOST')) AS r (role)
            WHERE u.id::text LIKE 'b0000000-%'
            ON CONFLICT DO NOTHING""";

    static final String NIGHT_SUMMARIES = """
            SELECT listings.refresh_night_summaries(ARRAY(SELECT id FROM listings.listings WHERE host_id::text LIKE 'b0000000-%'))""";

    private GeneratorSql() {
    }
}

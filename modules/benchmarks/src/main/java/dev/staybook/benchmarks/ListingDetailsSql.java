package dev.staybook.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * pgbench scripts for GET /listings/{id}. The statements are those Hibernate issues for the endpoint
 * (seen in PostgreSQL's log with log_statement = all): in one transaction the listing row by primary key
 * and its photos, in a second (identity's) the host with its roles. pgbench has no random UUIDs, so a
 * random 32-bit prefix picks the listing: the first id at or after it, one descent of the same primary
 * key index as Hibernate's {@code id = ?}. {@code maxkey} is the prefix of the greatest id, so every draw finds one.
 */
final class ListingDetailsSql {

    private static final String DRAW = "\\set r random(0, :maxkey)\n";
    private static final String LISTING_COLUMNS = "l1_0.id AS listing_id,l1_0.additional_rules,l1_0.advance_notice_days,"
            + "l1_0.amenities,l1_0.bathrooms,l1_0.bedrooms,l1_0.beds,l1_0.cancellation_policy,l1_0.check_in_from,"
            + "l1_0.check_out_until,l1_0.city,l1_0.cleaning_fee,l1_0.country,l1_0.currency,l1_0.currency_digits,"
            + "l1_0.description,l1_0.events_allowed,l1_0.guests,l1_0.instant_book,l1_0.latitude,l1_0.longitude,"
            + "l1_0.max_nights,l1_0.min_nights,l1_0.monthly_discount_percent,l1_0.nightly_price,l1_0.pets_allowed,"
            + "l1_0.postal_code,l1_0.preparation_days,l1_0.property_type,l1_0.region,l1_0.room_type,l1_0.smoking_allowed,"
            + "l1_0.street,l1_0.time_zone,l1_0.title,l1_0.weekly_discount_percent,l1_0.created_at,l1_0.host_id,"
            + "l1_0.published_at,l1_0.rating_average,l1_0.rating_count,l1_0.status,l1_0.updated_at,l1_0.version";
    private static final String LISTING = "SELECT " + LISTING_COLUMNS + " FROM listings.listings l1_0"
            + " WHERE l1_0.id >= (lpad(to_hex(:r::bigint), 8, '0') || '-0000-0000-0000-000000000000')::uuid ORDER BY l1_0.id LIMIT 1";

    /** What the endpoint reads, statement for statement, with its two transactions. */
    static final String ENDPOINT = DRAW
            + "BEGIN;\n"
            + LISTING + " \\gset\n"
            + "SELECT p1_0.listing_id,p1_0.position,p1_0.caption,p1_0.url FROM listings.listing_photos p1_0"
            + " WHERE p1_0.listing_id = :listing_id;\n"
            + "COMMIT;\n"
            + "BEGIN;\n"
            + "SELECT u1_0.id,u1_0.avatar_url,u1_0.bio,u1_0.created_at,u1_0.email,u1_0.languages,u1_0.name,"
            + "u1_0.password_changed_at,u1_0.password_hash,u1_0.phone,r1_0.user_id,r1_0.role,u1_0.sessions_ended_at,u1_0.status,u1_0.updated_at,"
            + "u1_0.version FROM identity.users u1_0 LEFT JOIN identity.user_roles r1_0 ON u1_0.id = r1_0.user_id"
            + " WHERE u1_0.id = :host_id;\n"
            + "COMMIT;\n";

    /** The listing row alone, in autocommit: pgbench's select-only for this table. */
    static final String LISTING_ROW = DRAW + LISTING + ";\n";

    private ListingDetailsSql() {
    }

    /** The first 32 bits of the greatest listing id. */
    static long maxKey(String database) throws SQLException {
        try (Connection connection = Database.connect(database); Statement statement = connection.createStatement();
             var row = statement.executeQuery("SELECT id::text FROM listings.listings ORDER BY id DESC LIMIT 1")) {
            row.next();
            return Long.parseLong(row.getString(1).substring(0, 8), 16);
        }
    }
}

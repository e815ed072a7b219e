package dev.staybook.listings.internal.persistence;

import dev.staybook.identity.api.UserId;
import dev.staybook.identity.api.PersonalDataExport;
import dev.staybook.jdbc.PersonalRows;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import javax.sql.DataSource;

/** Listings' section of a user's data export: the listings they host, in every status, and their wishlists. */
@ApplicationScoped
public class AccountListings implements PersonalDataExport {

    private static final String HOSTED = """
            SELECT id::text AS "id", title AS "title", status AS "status", street AS "street", city AS "city",
                   postal_code AS "postalCode", country AS "country", created_at AS "createdAt", published_at AS "publishedAt"
            FROM listings.listings WHERE host_id = ? ORDER BY id DESC""";
    private static final String WISHLISTS = """
            SELECT w.id::text AS "id", w.name AS "name", w.created_at AS "createdAt",
                   ARRAY (SELECT i.listing_id::text FROM listings.wishlist_items i WHERE i.wishlist_id = w.id
                          ORDER BY i.added_at DESC, i.listing_id DESC) AS "listingIds"
            FROM listings.wishlists w WHERE w.owner_id = ? ORDER BY w.id DESC""";

    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;

    @Override
    public String section() {
        return "listings";
    }

    @Override
    public Object exportFor(UserId user) {
        return Map.of("hosted", PersonalRows.list(dataSource::getConnection, HOSTED, user.value()),
                "wishlists", PersonalRows.list(dataSource::getConnection, WISHLISTS, user.value()));
    }
}

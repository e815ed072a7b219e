package dev.staybook.reviews.internal.persistence;

import dev.staybook.identity.api.UserId;
import dev.staybook.identity.api.PersonalDataExport;
import dev.staybook.jdbc.PersonalRows;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Reviews' section of a user's data export: the reviews they wrote (published or not yet), and the published
 * reviews about them. A review about them not yet published stays hidden, as it does everywhere (double-blind).
 */
@ApplicationScoped
public class AccountReviews implements PersonalDataExport {

    private static final String COLUMNS = """
            SELECT id::text AS "id", booking_id::text AS "bookingId", listing_id::text AS "listingId",
                   author_side AS "authorSide", overall AS "overall", text AS "text", written_at AS "writtenAt",
                   published_at AS "publishedAt", response_text AS "response", responded_at AS "respondedAt"
            FROM reviews.reviews""";
    private static final String WRITTEN = COLUMNS + " WHERE author_id = ? ORDER BY written_at DESC, id DESC";
    private static final String RECEIVED = COLUMNS
            + " WHERE subject_id = ? AND published_at IS NOT NULL ORDER BY published_at DESC, id DESC";

    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;

    @Override
    public String section() {
        return "reviews";
    }

    @Override
    public Object exportFor(UserId user) {
        return Map.of("written", PersonalRows.list(dataSource::getConnection, WRITTEN, user.value()),
                "received", PersonalRows.list(dataSource::getConnection, RECEIVED, user.value()));
    }
}

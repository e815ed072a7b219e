package dev.staybook.messaging.internal.persistence;

import dev.staybook.identity.api.UserId;
import dev.staybook.identity.api.PersonalDataExport;
import dev.staybook.jdbc.PersonalRows;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Messaging's section of a user's data export: the conversations they take part in and the messages they wrote
 * there. The other party's messages are that party's words, so they are left out.
 */
@ApplicationScoped
public class AccountMessages implements PersonalDataExport {

    // found through the conversations' guest and host indexes
    private static final String OWN_CONVERSATIONS = "SELECT id FROM messaging.conversations WHERE guest_id = ? UNION ALL"
            + " SELECT id FROM messaging.conversations WHERE host_id = ?";
    private static final String CONVERSATIONS = """
            SELECT id::text AS "id", kind AS "kind", booking_id::text AS "bookingId", listing_id::text AS "listingId",
                   CASE WHEN guest_id = ? THEN 'GUEST' ELSE 'HOST' END AS "side", created_at AS "createdAt",
                   message_count AS "messageCount"
            FROM messaging.conversations WHERE id IN (%s) ORDER BY created_at DESC, id DESC""".formatted(OWN_CONVERSATIONS);
    private static final String WRITTEN = """
            SELECT conversation_id::text AS "conversationId", seq AS "seq", text AS "text", sent_at AS "sentAt"
            FROM messaging.messages WHERE conversation_id IN (%s) AND sender_id = ?
            ORDER BY sent_at DESC, conversation_id, seq DESC""".formatted(OWN_CONVERSATIONS);

    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;

    @Override
    public String section() {
        return "messages";
    }

    @Override
    public Object exportFor(UserId user) {
        return Map.of("conversations", PersonalRows.list(dataSource::getConnection, CONVERSATIONS, user.value(), user.value(), user.value()),
                "written", PersonalRows.list(dataSource::getConnection, WRITTEN, user.value(), user.value(), user.value()));
    }
}

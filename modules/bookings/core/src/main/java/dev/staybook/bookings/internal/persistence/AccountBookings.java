package dev.staybook.bookings.internal.persistence;

import dev.staybook.bookings.api.BookingStatus;
import dev.staybook.identity.api.UserId;
import dev.staybook.identity.api.AccountDeletionGuard;
import dev.staybook.identity.api.DeletionRefusal;
import dev.staybook.identity.api.PersonalDataExport;
import dev.staybook.jdbc.PersonalRows;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A user's bookings, as guest and as host: their part of the data export, the stays that keep the account from being
 * deleted (every active booking: a stay ahead or under way, or one still being booked), and, once it is deleted, what
 * of the guest's own words is removed. The bookings themselves stay: the law requires them, and the host keeps them.
 */
@ApplicationScoped
public class AccountBookings implements PersonalDataExport, AccountDeletionGuard {

    private static final String ACTIVE = Arrays.stream(BookingStatus.values()).filter(BookingStatus::isActive)
            .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", "));
    private static final String COLUMNS = """
            SELECT id::text AS "id", listing_id::text AS "listingId", status AS "status", check_in AS "checkIn",
                   check_out AS "checkOut", adults AS "adults", children AS "children", infants AS "infants",
                   pets AS "pets", currency AS "currency", %s AS "amount",%s created_at AS "createdAt"
            FROM bookings.bookings""";
    private static final String AS_GUEST = COLUMNS.formatted("round(guest_total, 2)::text", " guest_message AS \"message\",")
            + " WHERE guest_id = ? ORDER BY created_at DESC, id DESC";
    // the guest's message is the guest's words: a host's export leaves it out
    private static final String AS_HOST = COLUMNS.formatted("round(host_payout, 2)::text", "")
            + " WHERE host_id = ? ORDER BY created_at DESC, id DESC";
    private static final String ACTIVE_AS_GUEST = "SELECT count(*) FROM bookings.bookings WHERE guest_id = ? AND status IN (" + ACTIVE + ")";
    private static final String ACTIVE_AS_HOST = "SELECT count(*) FROM bookings.bookings WHERE host_id = ? AND status IN (" + ACTIVE + ")";
    // the version moves on, so a concurrent change of one of these bookings fails instead of writing the message back
    private static final String FORGET_MESSAGES = "UPDATE bookings.bookings SET guest_message = NULL, version = version + 1"
            + " WHERE guest_id = ? AND guest_message IS NOT NULL";
    // through the user's own bookings (their indexes), not a scan of every transition for the actor
    private static final String OWN_BOOKINGS = "SELECT id FROM bookings.bookings WHERE guest_id = ? UNION ALL"
            + " SELECT id FROM bookings.bookings WHERE host_id = ?";
    private static final String FORGET_REASONS = "UPDATE bookings.booking_transitions SET reason = NULL"
            + " WHERE booking_id IN (" + OWN_BOOKINGS + ") AND actor_id = ? AND reason IS NOT NULL";
    private static final String FORGET_ARCHIVED_REASONS = "UPDATE bookings.booking_transitions_archive SET reason = NULL"
            + " WHERE booking_id IN (" + OWN_BOOKINGS + ") AND actor_id = ? AND reason IS NOT NULL";

    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;

    @Override
    public String section() {
        return "bookings";
    }

    @Override
    public Object exportFor(UserId user) {
        return Map.of("asGuest", PersonalRows.list(dataSource::getConnection, AS_GUEST, user.value()),
                "asHost", PersonalRows.list(dataSource::getConnection, AS_HOST, user.value()));
    }

    @Override
    public List<DeletionRefusal> refusalsFor(UserId user) {
        List<DeletionRefusal> refusals = new ArrayList<>();
        long asGuest = PersonalRows.count(dataSource::getConnection, ACTIVE_AS_GUEST, user.value());
        if (asGuest > 0) {
            refusals.add(new DeletionRefusal("upcoming-stays", "You have " + asGuest
                    + " booking(s) ahead or under way: cancel them, or wait until the stays are over."));
        }
        long asHost = PersonalRows.count(dataSource::getConnection, ACTIVE_AS_HOST, user.value());
        if (asHost > 0) {
            refusals.add(new DeletionRefusal("upcoming-hosted-stays", "Guests have " + asHost
                    + " booking(s) of your listings ahead or under way: cancel them, or wait until the stays are over."));
        }
        return refusals;
    }

    /** Removes the deleted user's own words (messages to hosts, reasons given); returns how many records changed. */
    public int forgetWordsOf(UserId user) {
        return PersonalRows.update(dataSource::getConnection, FORGET_MESSAGES, user.value())
                + PersonalRows.update(dataSource::getConnection, FORGET_REASONS, user.value(), user.value(), user.value())
                + PersonalRows.update(dataSource::getConnection, FORGET_ARCHIVED_REASONS, user.value(), user.value(), user.value());
    }
}

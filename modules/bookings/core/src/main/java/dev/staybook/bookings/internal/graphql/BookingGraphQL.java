package dev.staybook.bookings.internal.graphql;

import dev.staybook.bookings.internal.application.BookingDetails;
import dev.staybook.bookings.internal.application.BookingQueries;
import dev.staybook.bookings.internal.application.BookingService;
import dev.staybook.bookings.internal.application.PlaceBooking;
import dev.staybook.bookings.internal.domain.Guests;
import dev.staybook.bookings.internal.web.BookingListing;
import dev.staybook.bookings.internal.web.GuestInput;
import dev.staybook.bookings.internal.web.RequestFingerprint;
import dev.staybook.bookings.internal.web.StayInput;
import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.CurrentUser;
import dev.staybook.kernel.Cursor;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.input.DateInput;
import dev.staybook.kernel.input.IdempotencyKeyInput;
import dev.staybook.kernel.input.MoneyInput;
import dev.staybook.kernel.input.PageSize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * Bookings over GraphQL with the REST API's rules: only a booking's guest and host see it. The listing
 * and the payment of a page of bookings are each fetched in one call (see {@link BookingNodes}).
 */
@GraphQLApi
@ApplicationScoped
public class BookingGraphQL {

    private static final int MAX_LIMIT = 100;
    /** The limits of POST /bookings' body. */
    private static final int MAX_MESSAGE = 2000;
    /** The limit of the reason REST takes when declining or cancelling. */
    private static final int MAX_REASON = 500;
    /** What POST /bookings accepts in its Idempotency-Key header. */

    @Inject
    BookingQueries queries;
    @Inject
    BookingService bookings;
    @Inject
    BookingNodes nodes;
    @Inject
    CurrentUser currentUser;

    @Query("myBookings")
    @Description("as GUEST: my trips; as HOST: bookings of my listings. Newest first.")
    public BookingPage myBookings(@Name("as") @DefaultValue("GUEST") BookingsSide as, @Name("status") String status,
                                  @Name("limit") @DefaultValue("20") Integer limit, @Name("cursor") String cursor) {
        Caller caller = currentUser.require();
        if (as == null) {
            throw InvalidInput.field("as", "must be GUEST or HOST");
        }
        PageSize.require("limit", limit, MAX_LIMIT);
        List<BookingDetails> found = queries.page(caller, as.party, BookingListing.status(status), BookingListing.position(cursor), limit + 1);
        String next = null;
        if (found.size() > limit) {
            BookingDetails last = found.get(limit - 1);
            next = Cursor.encode(last.createdAt().toString(), last.id().toString());
        }
        return new BookingPage(nodes.page(found.stream().limit(limit).toList(), booking -> as == BookingsSide.HOST), next);
    }

    @Query("booking")
    @Description("A booking of mine, as guest or host")
    public BookingNode booking(@Name("id") @Id @NonNull String id) {
        Caller caller = currentUser.require();
        BookingDetails booking = queries.details(caller, BookingListing.id(id));
        return nodes.one(booking, caller.id().value().equals(booking.hostId()) || caller.isAdmin());
    }

    @Mutation("book")
    @Description("Book a stay; send an idempotencyKey to retry safely")
    public BookingNode book(@Name("booking") @NonNull BookingInput input, @Name("idempotencyKey") String idempotencyKey) {
        Caller guest = currentUser.requireVerified();
        IdempotencyKeyInput.optional("idempotencyKey", idempotencyKey);
        LocalDate checkIn = date("checkIn", input.checkIn);
        LocalDate checkOut = date("checkOut", input.checkOut);
        Guests guests = GuestInput.of(input.guests, input.adults, input.children, input.infants, input.pets);
        if (input.message != null && input.message.length() > MAX_MESSAGE) {
            throw InvalidInput.field("message", "must be at most " + MAX_MESSAGE + " characters");
        }
        PlaceBooking command = new PlaceBooking(StayInput.listing(input.listingId), StayInput.stay(checkIn, checkOut),
                guests, input.message, expectedTotal(input), idempotencyKey,
                RequestFingerprint.of(input.listingId, checkIn, checkOut, guests, input.message));
        return nodes.one(bookings.place(guest, command).booking(), false);
    }

    @Mutation("acceptBooking")
    @Description("Accept a request to book: its host only")
    public BookingNode acceptBooking(@Name("id") @Id @NonNull String id) {
        return nodes.one(bookings.accept(currentUser.require(), BookingListing.id(id)), true);
    }

    @Mutation("declineBooking")
    @Description("Decline a request to book: its host only")
    public BookingNode declineBooking(@Name("id") @Id @NonNull String id, @Name("reason") String reason) {
        Caller caller = currentUser.require();
        return nodes.one(bookings.decline(caller, BookingListing.id(id), reason(reason)), true);
    }

    @Mutation("cancelBooking")
    @Description("Cancel as the guest (refund by the policy) or the host (full refund)")
    public BookingNode cancelBooking(@Name("id") @Id @NonNull String id, @Name("reason") String reason) {
        Caller caller = currentUser.require();
        BookingDetails cancelled = bookings.cancel(caller, BookingListing.id(id), reason(reason));
        return nodes.one(cancelled, caller.id().value().equals(cancelled.hostId()));
    }

    private static Money expectedTotal(BookingInput input) {
        return input.expectedTotal == null ? null
                : MoneyInput.money("expectedTotal", input.expectedTotal.amount, input.expectedTotal.currency);
    }

    private static String reason(String reason) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw InvalidInput.field("reason", "must be at most " + MAX_REASON + " characters");
        }
        return reason;
    }

    private static LocalDate date(String field, String text) {
        try {
            return DateInput.parse(text);
        } catch (DateTimeParseException notADate) {
            throw new InvalidInput("The stay's dates are invalid.", List.of(new FieldError(field, "must be an ISO date such as 2027-03-01")));
        }
    }
}

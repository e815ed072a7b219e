package dev.staybook.bookings.internal.graphql;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.bookings.internal.application.BookingDetails;
import dev.staybook.listings.api.BookableListing;
import dev.staybook.listings.api.ListingCatalog;
import dev.staybook.listings.api.ListingId;
import dev.staybook.payments.api.PaymentDirectory;
import dev.staybook.payments.api.PaymentSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Bookings as GraphQL nodes with their listing and payment, which come from the listings and payments
 * modules' published APIs in one call each for a whole page. They are fetched with the page rather than
 * by batched {@code @Source} fields, which Liberty's SmallRye GraphQL 1.0 fails with a NullPointerException.
 */
@ApplicationScoped
class BookingNodes {

    @Inject
    ListingCatalog catalog;
    @Inject
    PaymentDirectory payments;

    /** A page of bookings; {@code hostView} tells which of them the caller sees as the host. */
    List<BookingNode> page(List<BookingDetails> bookings, Predicate<BookingDetails> hostView) {
        Map<ListingId, BookableListing> listings = catalog.findAll(bookings.stream().map(BookingNodes::listingId).distinct().toList());
        Map<BookingId, PaymentSummary> paid = payments.summaries(bookings.stream().map(BookingNodes::bookingId).toList());
        return bookings.stream().map(booking -> BookingNode.of(booking, hostView.test(booking),
                BookedListing.of(listings.get(listingId(booking))), BookingPayment.of(paid.get(bookingId(booking))))).toList();
    }

    private static ListingId listingId(BookingDetails booking) {
        return new ListingId(booking.listingId());
    }

    private static BookingId bookingId(BookingDetails booking) {
        return new BookingId(booking.id());
    }

    BookingNode one(BookingDetails booking, boolean hostView) {
        return page(List.of(booking), ignored -> hostView).get(0);
    }
}
